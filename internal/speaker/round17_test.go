package speaker

import "testing"

// TestVoicingParticiple checks that a participle of voicing words
// (shouting, chanting, singing …) after the subject's own clause hands
// the quotation right after it to that subject, a name, a pronoun or a
// description of a person; not a participle of manner, nor one whose
// words belong to a thing ("a sign reading").
func TestVoicingParticiple(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nThe mayor walked onto the pier, shouting “We will rebuild the town.”", []string{"The mayor | shouting"}},
		{"Ann met the crew.\n\nEd Moss circled the square, chanting, “No more cuts.”", []string{"Ed Moss | chanting"}},
		{"Ann Ruiz took the stage. She opened the show, singing “Home is where the harbour is.”", []string{"She | singing"}},
		// A description that names no person, and a participle of
		// manner, give no speaker.
		{"Ann met the crew.\n\nThe video ends on the pier, shouting “We will rebuild the town.”", []string{" | "}},
		{"Ann met the crew.\n\nThe mayor walked onto the pier, laughing, “We will rebuild the town.”", []string{" | "}},
		{"Ann met the crew.\n\nThe mayor walked onto the pier, holding a sign reading “Stop the cuts.”", nil},
	})
}

// TestItAdverbCue checks "it", an adverb and a writing cue after a
// quotation: the mention is "it", whose antecedent is a body or a text
// named before; an auxiliary between them is no adverb, and with no
// fitting antecedent nothing is read.
func TestItAdverbCue(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"The Harbour Times ran an editorial on Monday. “The council has failed,” it further wrote.", []string{"it | wrote"}},
		{"The Harbour Times ran an editorial on Monday. “The council has failed,” it later added.", []string{"it | added"}},
		{"The Harbour Times ran an editorial on Monday. “The council has failed,” it was told.", []string{" | "}},
		{"Ann walked to the pier in the rain. “The council has failed,” it further wrote.", []string{" | "}},
	})
}

// TestSlashModifier checks a modifier joined by a slash, with no space
// either side, before a name after an inverted cue: the mention runs
// from it; spaced slashes join nothing.
func TestSlashModifier(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew. “The council has failed,” said 9/11 widow Ann Reed.", []string{"9/11 widow Ann Reed | said"}},
		{"Ann met the crew. “The council has failed,” said former 9/11 widow Ann Reed.", []string{"former 9/11 widow Ann Reed | said"}},
		{"Ann met the crew. “The council has failed,” said 24-year-old Ann Reed.", []string{"24-year-old Ann Reed | said"}},
		{"Ann met the crew. “The council has failed,” said 9 / 11 Ann Reed.", []string{" | "}},
		// The same modifier before a name and a trailing cue; not an
		// adverb before a determiner.
		{"Ann met the crew. “The council has failed,” 9/11 widow Ann Reed said.", []string{"9/11 widow Ann Reed | said"}},
		{"Ann met the crew. “The council has failed,” 50/50 partner Ed Moss said.", []string{"50/50 partner Ed Moss | said"}},
		{"Ann met the crew. “The council has failed,” 24/7 the pilots said.", []string{" | "}},
	})
}

// TestNumberBeforePastCue checks that a past form of a cue after a
// number word is the verb, the number ending its subject ("the father
// of four replied"), while a plural after a number is still the noun.
func TestNumberBeforePastCue(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew. “The council has failed,” the father of four replied.", []string{"the father of four | replied"}},
		{"Ann met the crew. “The council has failed,” the mother of two said.", []string{"the mother of two | said"}},
		{"Ann met the crew. “The council has failed,” the two reports said.", []string{"the two reports | said"}},
		// Before the quotation, the number ends a description of a
		// person that opens its clause; not one after a preposition.
		{"Ann met the crew. The retired 61-year-old father of four answered, “I am staying here.”", []string{"The retired 61-year-old father of four | answered"}},
		{"Ann met the crew. A letter to the mother of two said, “I am staying here.”", []string{" | "}},
	})
}

// TestCoordinatedVerbsBeforeCue checks two verbs of one subject before
// a quotation, joined by "and" or by a comma and "then": the subject is
// the description's, without the first verb; a clause of its own
// between them ("who") leaves the cue to other readings.
func TestCoordinatedVerbsBeforeCue(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew. The mayor paused and added: “We will see.”", []string{"The mayor | added"}},
		{"Ann met the crew. The mayor paused, then added: “We will see.”", []string{"The mayor | added"}},
		{"Ann met the crew. Ed Moss laughed and said, “That is not how it works.”", []string{"Ed Moss | said"}},
		{"Ann met the crew. The old pilot waved and shouted, “We will see.”", []string{"The old pilot | shouted"}},
		// The first verb's object is not the subject.
		{"Ann met the crew. The mayor thanked the pilot and added: “We will see.”", []string{"The mayor | added"}},
	})
}
