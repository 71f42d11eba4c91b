package speaker

import "testing"

// TestRoundFourteenDirect checks the fourteenth round's mention rules
// on direct quotations with exact spans: each top-level direct
// quotation, in order, as "mention | cue" (" | " for none).
func TestRoundFourteenDirect(t *testing.T) {
	tests := []mentionCase{
		// A bare plural with a phrase before the cue after a
		// quotation (barePlural in describedBy): the plural and its
		// phrase; a plural right before the cue, as before.
		{"Ann met the crew.\n\n“The ferries are late,” officials at the port said.", []string{"officials at the port | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” local residents of the island told reporters.", []string{"local residents of the island | told"}},
		{"Ann met the crew.\n\n“The ferries are late,” officials said.", []string{"officials | said"}},
		// Not a phrase that opens with a preposition of no
		// description ("about").
		{"Ann met the crew.\n\n“The ferries are late,” rumours about the board said.", []string{" | "}},
		// The same plural with its appositive (headOfPhrase).
		{"Ann met the crew.\n\n“The ferries are late,” officials at the port, a unit of the council, said.", []string{"officials at the port, a unit of the council, | said"}},
		// After an inverted cue, a phrase with "of" or "for" says
		// whose the speakers are (pluralOfAfterCue), up to the
		// sentence's end or the verb's phrase; "at" opens the verb's
		// phrase as often, and a relative clause is no such phrase.
		{"Ann met the crew.\n\n“The ferries are late,” said residents of the island.", []string{"residents of the island | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said advisers for the board in a letter.", []string{"advisers for the board | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said officials at a news conference.", []string{" | "}},
		{"Ann met the crew.\n\n“The ferries are late,” said residents of the island who ride them.", []string{" | "}},
		// An adverb in -ly between the subject and the cue
		// (mannerLy); not a noun in -ly.
		{"Ann met the crew.\n\n“The ferries are late,” Ed Moss quietly said.", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” the pilots angrily told reporters.", []string{"the pilots | told"}},
		{"Ann met the crew.\n\n“The ferries are late,” the family said.", []string{"the family | said"}},
		// A noun in -ly after a determiner is the subject, no adverb.
		{"Ann met the crew.\n\n“The ferries are late,” the weekly said.", []string{"the weekly | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” the butterfly said.", []string{"the butterfly | said"}},
		// Nouns before the head of a compound are no participle
		// phrase's head (ingPhrase).
		{"Ann met the crew.\n\n“The ferries are late,” a senior marketing manager said.", []string{"a senior marketing manager | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” the state housing agency said.", []string{"the state housing agency | said"}},
		// A preposition whose object is a word of an idiom or of
		// time opens the verb's phrase, not the plural's
		// (barePlural); an adjective in -ly before the plural is
		// the plural's.
		{"Ann met the crew.\n\n“The ferries are late,” officials at first said.", []string{" | "}},
		{"Ann met the crew.\n\n“The ferries are late,” officials in private said.", []string{" | "}},
		{"Ann met the crew.\n\n“The ferries are late,” officials for years said.", []string{" | "}},
		{"Ann met the crew.\n\n“The ferries are late,” said officials for weeks.", []string{" | "}},
		{"Ann met the crew.\n\n“The ferries are late,” said officials of course.", []string{" | "}},
		{"Ann met the crew.\n\n“The ferries are late,” said residents of the island for years.", []string{"residents of the island | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” elderly residents of the island said.", []string{"elderly residents of the island | said"}},
		// Before the cue, such an idiom is passed over as an adverb
		// is (beforeCue).
		{"Ann met the crew.\n\nOfficials at first said: “The ferries are late.”", []string{"Officials | said"}},
		{"Ann met the crew.\n\nThe mayor in private told me: “The ferries are late.”", []string{"The mayor | told"}},
		// One of a group named between commas: the part and the name.
		{"Ann met the crew.\n\n“The ferries are late,” one of the pilots, Ed Moss, said.", []string{"one of the pilots, Ed Moss, | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” one of the pilots, a veteran, said.", []string{"one of the pilots, a veteran, | said"}},
	}
	checkDirectMentions(t, tests)
}

// TestBeatNotOverCue checks that a beat (a sentence of the paragraph
// whose subject acts) gives no speaker to a quotation whose own
// sentence goes on with a verb of speech whose subject no rule read
// (cueClauseAfter): the author named the speaker there. A quotation
// that ends its sentence still takes the beat.
func TestBeatNotOverCue(t *testing.T) {
	tests := []mentionCase{
		{"Ann Ortiz met the crew. “The ferries are late,” the elderly said.", []string{"the elderly | said"}},
		{"Ann Ortiz met the crew. “The ferries are late,” a senior port official who asked not to be named said.", []string{"a senior port official who asked not to be named | said"}}, // the official, not the beat (the clause of anonymity read since n113)
		{"Ann Ortiz met the crew. “The ferries are late.” She smiled.", []string{"She | "}},
		// A cue in a clause or a phrase within the sentence
		// ("with", "as if") is not the quotation's: the beat.
		{"Ed Moss looked up. “Fine,” with a look that said he meant it.", []string{"Ed Moss | "}},
		{"Ed Moss looked up. “I am not sure,” as if he had said it before.", []string{"Ed Moss | "}},
		{"Ann Ortiz smiled. “The ferries are late.”", []string{"Ann Ortiz | "}},
		// The same before the quotation (cueBefore): a cue and its
		// colon after a subject no rule read; a verb that shares the
		// beat's subject after "and" or an adverb keeps the beat.
		{"Ann Ortiz met the crew. The pilot who we met said: “The ferries are late.”", []string{" | "}},
		{"Ann Ortiz met the crew and again said, “The ferries are late.”", []string{"Ann Ortiz | said"}},
		// A comma that closes a clause on "and" or a participle
		// before the cue: the verb shares the beat's subject.
		{"Ed Moss stood up, and turning to the crew, said: “We are late.”", []string{"Ed Moss | "}},
		// A noun with a relative clause with no pronoun before a
		// colon introduces a text's words: no speaker, neither the
		// noun (the colon rule for "Alexander Bunn:") nor the beat.
		{"Ann Ortiz met the crew. The book he read: “The ferries are late.”", []string{" | "}},
		{"Ann Ortiz met the crew. Alexander Bunn: “The ferries are late.”", []string{"Alexander Bunn | :"}},
		{"Ann Ortiz met the crew. She turned to him: “The ferries are late.”", []string{"She | "}},
	}
	checkDirectMentions(t, tests)
}

// TestRoundFourteenIndirect checks the same rules on indirect
// attributions: "mention | cue | words".
func TestRoundFourteenMentionsIndirect(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A plural with a phrase, then an appositive or a "who"
		// clause before the cue: the subject is the plural with its
		// phrase, the appositive with it (before, none was read, as
		// "the port" follows a preposition).
		{"Officials at the port, a unit of the council, said the ferries were late.", []string{"Officials at the port, a unit of the council, | said | the ferries were late"}},
		{"The pilots at the port, who run the ferries, said the pier was unsafe.", []string{"The pilots at the port, who run the ferries, | said | the pier was unsafe"}},
		// Not examples after "like,", which tidy joins to the head
		// (exampleHead), nor an opening phrase of the clause.
		{"Critics of the plan, like Senators Ed Moss, Republican of Iowa, and Ann Ortiz, Democrat of Ohio, see the pier as unsafe.", []string{"Critics of the plan, like Senators Ed Moss, Republican of Iowa, and Ann Ortiz, Democrat of Ohio, | see | the pier as unsafe"}},
		{"In a note to the board, the mayor said the pier was unsafe.", []string{"the mayor | said | the pier was unsafe"}},
		// A participle phrase with words of time before the cue is
		// whole (participleTime), as with a phrase: it was cut after
		// the participle ("A report released").
		{"A report released last week found that the pier was unsafe.", []string{"A report released last week | found | that the pier was unsafe"}},
		{"A study released yesterday shows that the pier is unsafe.", []string{"A study released yesterday | shows | that the pier is unsafe"}},
		{"A report released in May found that the pier was unsafe.", []string{"A report released in May | found | that the pier was unsafe"}},
		// Not an adverb of the main verb.
		{"A report released also found that the pier was unsafe.", []string{"A report released | found | that the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew.\n\n"+tt.text, tt.want, true)
	}
}

// TestRelativeBeforeCue checks a subject with a restrictive relative
// clause on "who" up to the cue of a direct quotation
// (relativeBeforeCue): the head and its clause, not the clause's
// object ("the ferry"); "that" is left to the other rules, and a
// clause between commas is an appositive, as before.
func TestRelativeBeforeCue(t *testing.T) {
	tests := []mentionCase{
		{"Ann met the crew.\n\nThe pilot who runs the ferry said: “We are late.”", []string{"The pilot who runs the ferry | said"}},
		{"Ann met the crew.\n\nThe woman who runs the shelter told me, “We are full.”", []string{"The woman who runs the shelter | told"}},
		{"Ann met the crew.\n\nPeople who ride the ferry every day say: “It is always late.”", []string{"People who ride the ferry every day | say"}},
		{"Ann met the crew.\n\nThose who run the ferry said: “We are late.”", []string{"Those who run the ferry | said"}},
		{"Ann met the crew.\n\n“We are late,” the pilot who runs the ferry said.", []string{"the pilot who runs the ferry | said"}},
		{"Ann met the crew.\n\nEd Moss, who runs the ferry, said: “We are late.”", []string{"Ed Moss, who runs the ferry, | said"}},
		{"Ann met the crew.\n\nEd Moss thanked the pilots who run the ferry, saying: “We are late.”", []string{"Ed Moss | saying"}},
		// "which" with its verb right after it; not an object
		// relative, whose subject follows "which".
		{"Ann met the crew.\n\nThe group which runs the ferry said: “We are late.”", []string{"The group which runs the ferry | said"}},
		{"Ann met the crew.\n\nThe treaty which both towns ratified says: “We are late.”", []string{" | "}},
		// A plural's possessive with its "which" clause after a
		// comma (possessiveSubject, whichDescribes).
		{"Ann met the crew.\n\nThe pilots’ union, which has ten members, said: “We are late.”", []string{"The pilots’ union, which has ten members, | said"}},
		// A subject that ends with a comma before the cue, unread
		// (the clause may be about the pilots): no beat.
		{"Ann met the crew.\n\nA group of pilots, which has ten members, said: “We are late.”", []string{" | "}},
	}
	checkDirectMentions(t, tests)
}

// TestDashAppositiveComma checks an appositive between dashes that holds
// a comma of its own, its closing dash right before the cue: the name
// with the whole appositive (before, the name alone); and an object
// pronoun after the cue before a quotation, which is no inverted
// subject ("told me, “…”" read "me").
func TestDashAppositiveComma(t *testing.T) {
	tests := []mentionCase{
		{"Ann met the crew.\n\n“We are late,” Ed Moss -- the head of Acme, a firm that builds piers -- said.", []string{"Ed Moss -- the head of Acme, a firm that builds piers -- | said"}},
		{"Ann met the crew.\n\nEd Moss -- the head of Acme, a firm that builds piers -- said, “We are late.”", []string{"Ed Moss -- the head of Acme, a firm that builds piers -- | said"}},
		// No closing dash before the cue: the name alone.
		{"Ann met the crew.\n\n“We are late,” said Ed Moss -- the head of Acme, a firm that builds piers.", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\nEd Moss told me, “We are late.”", []string{"Ed Moss | told"}},
		{"Ann met the crew.\n\nEd Moss, a pilot, told him, “We are late.”", []string{"Ed Moss, a pilot, | told"}},
		{"Ann met the crew.\n\nThe mayor asked them, “Are we late?”", []string{"The mayor | asked"}},
	}
	checkDirectMentions(t, tests)
}

// TestPronounPassesPlacesAndBodies checks that "he" or "she" after a
// quotation passes over a name after "The" that opens a sentence (a
// body, a boat, a paper, as after "the" within one) and a name after
// "in" (a place), whose first word the name reader had taken into the
// name's tokens, so that the word before the name was not seen
// (candOf); a name of unknown sex further back is the speaker.
func TestPronounPassesPlacesAndBodies(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ed Moss spoke after the vote. The Harbour Board approved the plan. “We are late,” he said.", "Ed Moss"},
		{"Ed Moss flew to Ashton on Monday. In Ashton, he met the crew. “We are late,” he said.", "Ed Moss"},
		{"Ed Moss spoke after the vote. Later the Harbour Board approved the plan. “We are late,” he said.", "Ed Moss"},
		// A name that opens a sentence with no word before it is
		// still the speaker.
		{"The vote was close. Ed Moss spoke after it. “We are late,” he said.", "Ed Moss"},
		// A title or a noun of a person's role after "The" makes a
		// person's name.
		{"The Rev. Ed Moss met the crew. “We are late,” he said.", "Rev. Ed Moss"},
		{"The Reverend Ed Moss met the crew. “We are late,” he said.", "Reverend Ed Moss"},
		{"The Captain met the crew. “We are late,” he said.", "Captain"},
		{"The Colonel met the crew. “We are late,” he said.", "Colonel"},
		{"The Duke met the crew. “We are late,” he said.", "Duke"},
		// After "in", a name with a sex is a person's.
		{"Ed Moss believed in Ann Ortiz. “We are late,” she said.", "Ann Ortiz"},
		{"The board had faith in Ann Ortiz. “We are late,” she said.", "Ann Ortiz"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		if len(d.Quotes) == 0 || d.Quotes[0].Speaker.Name != tt.want {
			var got string
			if len(d.Quotes) > 0 {
				got = d.Quotes[0].Speaker.Name
			}
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestForPhraseAfterCue checks the "for" phrase of a description after
// an inverted cue: after a noun of a person's role and before a
// determiner it says whom the person works for, and a name in
// apposition after any "for" phrase makes it the speaker's; not a
// phrase of time ("for the first time") nor a noun of no role.
func TestForPhraseAfterCue(t *testing.T) {
	tests := []mentionCase{
		{"Ann met the crew.\n\n“The ferries are late,” said a spokeswoman for the port.", []string{"a spokeswoman for the port | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said a lawyer for the pilots in a statement.", []string{"a lawyer for the pilots | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said a spokeswoman for the port, Ann Ortiz.", []string{"a spokeswoman for the port, Ann Ortiz | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said a lawyer for the first time.", []string{"a lawyer | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said a pilot for the ferry.", []string{"a pilot | said"}},
		// Nor an idiom on "for the".
		{"Ann met the crew.\n\n“The ferries are late,” said a lawyer for the most part.", []string{"a lawyer | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said a lawyer for the time being.", []string{"a lawyer | said"}},
		{"Ann met the crew.\n\n“The ferries are late,” said a lawyer for the past decade.", []string{"a lawyer | said"}},
	}
	checkDirectMentions(t, tests)
}

// TestPluralPossessiveSubject checks a plural's possessive after a
// determiner as the subject of a direct quotation's cue
// (possessiveSubject): "the pilots’ union" had no speaker before or
// after the quotation; a name's possessive as before, and no cue after
// the noun is no subject.
func TestPluralPossessiveSubject(t *testing.T) {
	tests := []mentionCase{
		{"Ann met the crew.\n\nThe pilots’ union said: “We are late.”", []string{"The pilots’ union | said"}},
		{"Ann met the crew.\n\n“We are late,” the pilots’ union said in a statement.", []string{"the pilots’ union | said"}},
		{"Ann met the crew.\n\n“We are late,” the local teachers' union said.", []string{"the local teachers' union | said"}},
		{"Ann met the crew.\n\n“We are late,” Moss’s lawyer said.", []string{"Moss’s lawyer | said"}},
		{"The crew met.\n\n“We are late,” the pilots’ confusion grew.", []string{" | "}},
	}
	checkDirectMentions(t, tests)
}

// TestParticiplePhraseSubject checks a participle phrase in -ing on the
// subject of a direct quotation's cue (ingPhrase): before the cue the
// head with the phrase (it gave the phrase's object, "the pilots");
// after an inverted cue the phrase to the sentence's end or a comma,
// or, when it is no noun phrase's, the head without the participle
// ("the pilots standing" was the mention); a modifier in -ing before
// its noun is no such phrase.
func TestParticiplePhraseSubject(t *testing.T) {
	tests := []mentionCase{
		{"Ann met the crew.\n\n“We are late,” the union representing the pilots said.", []string{"the union representing the pilots | said"}},
		{"Ann met the crew.\n\nThe union representing the pilots said: “We are late.”", []string{"The union representing the pilots | said"}},
		{"Ann met the crew.\n\n“We are late,” said the union representing the pilots.", []string{"the union representing the pilots | said"}},
		{"Ann met the crew.\n\n“We are late,” said the pilots standing on the quay.", []string{"the pilots | said"}},
		{"Ann met the crew.\n\n“We are late,” said the acting director.", []string{"the acting director | said"}},
		{"Ann met the crew.\n\n“We are late,” said the pilots, laughing.", []string{"the pilots | said"}},
	}
	checkDirectMentions(t, tests)
}

// TestPassiveAfterQuotation checks that a passive of a cue after a
// quotation names the one told, no speaker ("“…,” Ed Moss was told."
// gave Ed Moss); "was quoted as saying" and a progressive ("was
// saying") are the speaker's.
func TestPassiveAfterQuotation(t *testing.T) {
	tests := []mentionCase{
		{"The crew met.\n\n“We are late,” Ed Moss was told.", []string{" | "}},
		{"The crew met.\n\n“We are late,” Moss’s lawyer was told.", []string{" | "}},
		{"The crew met.\n\n“We are late,” Ed Moss was quoted as saying.", []string{"Ed Moss | quoted"}},
		{"The crew met.\n\n“We are late,” Ed Moss was saying.", []string{"Ed Moss | saying"}},
		{"The crew met.\n\n“We are late,” Ed Moss has said.", []string{"Ed Moss | said"}},
		// A passive in a relative clause on the subject, or one
		// followed by "to", is no passive of the cue.
		{"The crew met.\n\n“We are late,” Ed Moss, who was asked about it, said.", []string{"Ed Moss, who was asked about it, | said"}},
		{"The crew met.\n\n“We are late,” Ed Moss, who is asked often, said.", []string{"Ed Moss, who is asked often, | said"}},
		{"The crew met.\n\n“We are late,” Ed Moss was reported to have said.", []string{"Ed Moss | reported"}},
		{"The crew met.\n\n“We are late,” Ed Moss is reported to have told friends.", []string{"Ed Moss | reported"}},
	}
	checkDirectMentions(t, tests)
}

// TestNameOfPlace checks a subject with an "of" phrase before a direct
// quotation's cue (nameOfPlace): the name or the description before
// "of" speaks ("Ed Moss of Ashton said: “…”" and "The mayor of Ashton
// said: “…”" gave "Ashton"); not a name that is a preposition's object.
func TestNameOfPlace(t *testing.T) {
	tests := []mentionCase{
		{"The crew met.\n\nEd Moss of Ashton said: “We are late.”", []string{"Ed Moss of Ashton | said"}},
		{"The crew met.\n\nThe mayor of Ashton said: “We are late.”", []string{"The mayor of Ashton | said"}},
		{"The crew met.\n\nThe former mayor of Ashton told me: “We are late.”", []string{"The former mayor of Ashton | told"}},
		{"The crew met.\n\n“We are late,” Ed Moss of Ashton said.", []string{"Ed Moss of Ashton | said"}},
		// A body after a determiner: the name or the description
		// before "of" speaks.
		{"The crew met.\n\nEd Moss of the board said: “We are late.”", []string{"Ed Moss of the board | said"}},
		{"The crew met.\n\n“We are late,” Ed Moss of the board said.", []string{"Ed Moss of the board | said"}},
		{"The crew met.\n\nThe head of the agency said: “We are late.”", []string{"The head of the agency | said"}},
		// A quantifier before "of": the part speaks.
		{"The crew met.\n\nMost of Ashton said: “We are late.”", []string{"Most of Ashton | said"}},
		{"The crew met.\n\nIn May, most of the board said: “We are late.”", []string{"most of the board | said"}},
	}
	checkDirectMentions(t, tests)
	for _, text := range []string{"The crew met.\n\nEd Moss of Ashton said: “We are late.”", "The crew met.\n\nEd Moss of the board said: “We are late.”"} {
		d := run(t, text)
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != "Ed Moss" {
			t.Errorf("%q: got %+v", text, d.Quotes)
		}
	}
}

// TestAppositiveName checks the speaker's name when a description
// opens the mention and a name in apposition ends it (appositiveName):
// the name, not the description; a name that opens the mention, or a
// description with no name after it, as before.
func TestAppositiveName(t *testing.T) {
	tests := []struct{ text, mention, name string }{
		{"The crew met.\n\n“We are late,” said Acme’s chief executive, Ed Moss.", "Acme’s chief executive, Ed Moss", "Ed Moss"},
		{"The crew met.\n\n“We are late,” said a spokeswoman for the port, Ann Ortiz.", "a spokeswoman for the port, Ann Ortiz", "Ann Ortiz"},
		{"The crew met.\n\n“We are late,” Ed Moss, a pilot, said.", "Ed Moss, a pilot,", "Ed Moss"},
		{"The crew met.\n\n“We are late,” the mayor, a Democrat, said.", "the mayor, a Democrat,", "the mayor"},
		// A lone name in apposition to a place or a body is theirs,
		// not the speaker's.
		{"The crew met.\n\n“We are late,” said the mayor of the town, Ashton.", "the mayor of the town, Ashton", "the mayor"},
		{"The crew met.\n\n“We are late,” said the head of the union, Unite.", "the head of the union, Unite", "the head"},
		{"The crew met.\n\n“We are late,” said a spokeswoman for the state’s largest city, Houston.", "a spokeswoman for the state’s largest city, Houston", "a spokeswoman"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		if len(d.Quotes) != 1 || d.Slice(d.Quotes[0].Speaker.Mention) != tt.mention || d.Quotes[0].Speaker.Name != tt.name {
			t.Errorf("%q: got %+v, want %q, %q", tt.text, d.Quotes, tt.mention, tt.name)
		}
	}
}
