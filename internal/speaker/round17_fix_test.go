package speaker

import (
	"strings"
	"testing"
)

// checkDirectNames runs each case and compares the names, mentions and
// cues of its top-level direct quotations, as "name | mention | cue".
func checkDirectNames(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Parent >= 0 || q.Kind != "direct" {
				continue
			}
			got = append(got, q.Speaker.Name+" | "+d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]+" | "+d.Text[q.Cue.Start:q.Cue.End])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestThenVerbSubject checks ", then" after a first verb with an object
// or a particle: the subject is the description of a person, not the
// description and the first verb.
func TestThenVerbSubject(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nThe mayor shook his head, then said: “We will see.”", []string{"The mayor | said"}},
		{"Ann met the crew.\n\nThe mayor looked at Ed, then added: “We will see.”", []string{"The mayor | added"}},
		{"Ann met the crew.\n\nThe mayor read the letter, then said: “We will see.”", []string{"The mayor | said"}},
		{"Ann met the crew. The mayor paused, then added: “We will see.”", []string{"The mayor | added"}},
	})
}

// TestSlashModifierName checks that a slash-joined modifier before a
// name and a trailing cue widens the mention but not the name, and that
// a function word or a bare number joined by a slash opens nothing: no
// name is read then rather than one with the slash in it.
func TestSlashModifierName(t *testing.T) {
	checkDirectNames(t, []mentionCase{
		{"Ann met the crew. “The council has failed,” 9/11 widow Ann Reed said.", []string{"Ann Reed | 9/11 widow Ann Reed | said"}},
		{"Ann met the crew. “The council has failed,” said 9/11 widow Ann Reed.", []string{"Ann Reed | 9/11 widow Ann Reed | said"}},
		{"Ann met the crew. “The council has failed,” and/or Ann Reed said.", []string{" |  | "}},
		{"Ann met the crew. “The council has failed,” 24/7 Ann Reed said.", []string{" |  | "}},
	})
}

// TestParticipleLaterClause checks that a voicing participle after a
// later clause with its own subject hands the quotation to that
// subject, and that a capitalised quantifier is never a name.
func TestParticipleLaterClause(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann Reed waited all night.\n\nNone of the warnings reached the captain, and as soon as the ferry docked she ran to the pier, crying, “Where is my son?”", []string{"she | crying"}},
		{"Ann met the crew.\n\nThe storm closed the port, and Ed Moss walked onto the pier, saying “We will rebuild the town.”", []string{"Ed Moss | saying"}},
		{"Ann met the crew.\n\nNone of the pilots walked onto the pier, shouting “We will rebuild the town.”", []string{" | "}},
	})
}

// TestParticipleOfObject checks a voicing participle that may be the
// object's: after a plural noun or a clause about a letter or a message
// it names no speaker; after a place it is still the subject's.
func TestParticipleOfObject(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nThe mayor faced the protesters, chanting “No more cuts.”", []string{" | "}},
		{"Ann met the crew.\n\nThe mayor received a letter from Ed, replying “We will see.”", []string{" | "}},
		{"Ann met the crew.\n\nThe mayor walked onto the pier, shouting “We will rebuild the town.”", []string{"The mayor | shouting"}},
		{"Ann met the crew.\n\nThe mayor faced the protesters, saying “No more cuts.”", []string{"The mayor | saying"}},
	})
}

// TestItNegativeAdverb checks that a negative adverb between "it" and
// a cue reads no publication.
func TestItNegativeAdverb(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"The Harbour Times ran an editorial on Monday. “Nothing,” it barely said.", []string{" | "}},
		{"The Harbour Times ran an editorial on Monday. “Nothing,” it hardly wrote.", []string{" | "}},
		{"The Harbour Times ran an editorial on Monday. “Nothing,” it later added.", []string{"it | added"}},
	})
}
