package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestRoundFifteenEdges checks the fifteenth round's mention edges on
// indirect attributions with exact spans, "mention | cue | words", each
// rule with negatives that share its pattern.
func TestRoundFifteenEdges(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A subordinating conjunction or a sentence adverb that opens
		// the clause is no part of the subject (leadWord).
		{"Although Ed Moss said the pier was unsafe, the board kept it open.", []string{"Ed Moss | said | the pier was unsafe"}},
		{"Once the court ruled that the pier was unsafe, the board closed it.", []string{"the court | ruled | that the pier was unsafe"}},
		{"Even though Ed Moss said the pier was unsafe, the board kept it open.", []string{"Ed Moss | said | the pier was unsafe"}},
		{"Once more the mayor said the pier was unsafe.", []string{"the mayor | said | the pier was unsafe"}},
		{"Meanwhile the mayor said the pier was unsafe.", []string{"the mayor | said | the pier was unsafe"}},
		// "Even" alone grades the subject and stays.
		{"Even the mayor said the pier was unsafe.", []string{"the mayor | said | the pier was unsafe"}},
		// An adverb of degree or time between the subject and the cue
		// is the verb's (trailingAdverb); "late" only before a word
		// of time, and not inside an appositive's clause; "all" is a
		// floating quantifier the mention keeps.
		{"The pilots almost unanimously said the pier was unsafe.", []string{"The pilots | said | the pier was unsafe"}},
		{"Officials late Monday said the pier was unsafe.", []string{"Officials | said | the pier was unsafe"}},
		{"The late mayor said the pier was unsafe.", []string{"The late mayor | said | the pier was unsafe"}},
		{"The pilots all said the pier was unsafe.", []string{"The pilots all | said | the pier was unsafe"}},
		{"Ed Moss, who is asked often, said the pier was unsafe.", []string{"Ed Moss, who is asked often, | said | the pier was unsafe"}},
		// An opening participle phrase without its comma before the
		// name (participleOpener); a body's name that opens with a
		// participle stays whole.
		{"Stung by the vote Ed Moss said the council betrayed the town.", []string{"Ed Moss | said | the council betrayed the town"}},
		{"Stung by the vote, Ed Moss said the council betrayed the town.", []string{"Ed Moss | said | the council betrayed the town"}},
		{"Concerned Citizens for Ashton said the pier was unsafe.", []string{"Concerned Citizens for Ashton | said | the pier was unsafe"}},
		{"United for the Harbour Council said the pier was unsafe.", []string{"United for the Harbour Council | said | the pier was unsafe"}},
		// Names joined by a slash are one modifier (slashNames).
		{"A new Harbour/Ferry poll found that the pier was unsafe.", []string{"A new Harbour/Ferry poll | found | that the pier was unsafe"}},
		{"The Harbour and Ferry poll found that the pier was unsafe.", []string{"The Harbour and Ferry poll | found | that the pier was unsafe"}},
		// A list of names before "and others" (listBefore), only
		// where the list opens the sentence.
		{"Moss, Ortiz and others argued that the pier was unsafe.", []string{"Moss, Ortiz and others | argued | that the pier was unsafe"}},
		{"Moss, Ortiz, and other pilots argued that the pier was unsafe.", []string{"Moss, Ortiz, and other pilots | argued | that the pier was unsafe"}},
		{"Moss and others said the pier was unsafe.", []string{"Moss and others | said | the pier was unsafe"}},
		{"The board fined Moss, and others said the pier was unsafe.", []string{"others | said | the pier was unsafe"}},
		// A cue's base form after a determiner and a capital is a
		// noun (capitalModified): one attribution, its subject whole.
		{"A Texas judge ruled that the pier was unsafe.", []string{"A Texas judge | ruled | that the pier was unsafe"}},
		{"The Ohio report said the pier was unsafe.", []string{"The Ohio report | said | the pier was unsafe"}},
		{"The Democrats argue that the pier is unsafe.", []string{"The Democrats | argue | that the pier is unsafe"}},
		{"The Pentagon says the pier is unsafe.", []string{"The Pentagon | says | the pier is unsafe"}},
		// Several capitalised words ("Times" is in a list of
		// function words, and still a name's); "that" right after
		// the noun leaves it to nameNounAt, as before.
		{"The paper carries a Harbour Ferry Times report from May that found the mayor lied.", nil}, // was "The paper carries a Harbour Ferry Times | report"
		{"The paper carries a Harbour Times report that found the mayor lied.", []string{"a Harbour Times | report | that found the mayor lied"}},
		// A participle with its agent and its words of time before
		// the cue (participleTime).
		{"A report released by the board last week found that the pier was unsafe.", []string{"A report released by the board last week | found | that the pier was unsafe"}},
		{"A report released by the board found that the pier was unsafe.", []string{"A report released by the board | found | that the pier was unsafe"}},
		// "Neither … nor …" with descriptions is one mention
		// (neitherNor), as with names.
		{"Neither the mayor nor the pilots think the pier is safe.", []string{"Neither the mayor nor the pilots | think | the pier is safe"}},
		{"Neither Ed Moss nor Ann Ortiz thinks the pier is safe.", []string{"Neither Ed Moss nor Ann Ortiz | thinks | the pier is safe"}},
		// A sentence adverb between commas after the subject is the
		// clause's (asideAdverbs); an appositive stays.
		{"Ed Moss, too, said the pier was unsafe.", []string{"Ed Moss | said | the pier was unsafe"}},
		{"Ed Moss, a pilot, said the pier was unsafe.", []string{"Ed Moss, a pilot, | said | the pier was unsafe"}},
		// "there," or "here," after a plural or a name is an adverb of
		// place before the verb (placeAdverb); after a singular noun
		// it may open an existential clause, and nothing is read.
		{"Officials there said the pier was unsafe.", []string{"Officials | said | the pier was unsafe"}},
		{"Ed Moss here says the pier is unsafe.", []string{"Ed Moss | says | the pier is unsafe"}},
		{"At one end of the pier there stood a sign.", nil},
		// A verb of a restrictive relative clause in the subject is
		// no cue of its own (dropInSubject): "oppose" takes "the
		// pipeline" as its object.
		{"Central Asian leaders who oppose the pipeline said it would harm farmers.", []string{"Central Asian leaders who oppose the pipeline | said | it would harm farmers"}},
		{"Pilots who use the pier said it was unsafe.", []string{"Pilots who use the pier | said | it was unsafe"}},
		// A capitalised adjective before its plural noun, the verb
		// coordinated (adjectivePlural); a name before a verb stays.
		{"European ministers met on Monday and said the crisis was serious.", []string{"European ministers | said | the crisis was serious"}},
		{"Saudi foreign ministers met and said it was unsafe.", []string{"Saudi foreign ministers | said | it was unsafe"}},
		{"Morgan visited the pier and said it was unsafe.", []string{"Morgan | said | it was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}

// TestDatelineNoAntecedent checks that a dateline in capitals at a
// paragraph's start is no name a pronoun may stand for (dateline),
// with or without an agency in parentheses or a state after a comma;
// a name in capitals that no dash follows still is.
func TestDatelineNoAntecedent(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ann met the crew.\n\nWASHINGTON -- “The pier is unsafe,” he said.", ""},
		{"Ann met the crew.\n\nWASHINGTON (AP) — The pier is old.\n\n“The pier is unsafe,” he said.", ""},
		{"Ann met the crew.\n\nFAIRVIEW, W.Va. - The pier is old.\n\n“The pier is unsafe,” he said.", ""},
		{"The crew met.\n\nED MOSS spoke first.\n\n“The pier is unsafe,” he said.", "ED MOSS"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		var got string
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteDirect {
				got = q.Speaker.Name
			}
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestBodyNameGoesOn checks a body's name with "for" or "on" after an
// inverted cue (bodyNameGoesOn): whole up to the sentence's end, not
// over a word of time or a lower-case phrase of the verb.
func TestBodyNameGoesOn(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The levy will raise little,” said the Center on Harbour and Ferry Policy.", []string{"the Center on Harbour and Ferry Policy | said"}},
		{"Ann met the crew.\n\n“The levy will raise little,” said the Board on Monday.", []string{"the Board | said"}},
		{"Ann met the crew.\n\n“The levy will raise little,” said the Institute for the first time.", []string{"the Institute | said"}},
	})
}

// TestPerfectContraction checks a pronoun contracted with "’s" before
// a past participle of reporting, read as "has" (perfectS): the
// mention is the pronoun, without the clitic; a progressive and an
// adjective of stance keep "is", and "is said to" reads nothing.
func TestPerfectContraction(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"He’s said the pier is unsafe.", []string{"He | said | the pier is unsafe"}},
		{"Though he’s argued that the pier is unsafe, he voted for it.", []string{"he | argued | that the pier is unsafe"}},
		{"He’s claiming that the pier is unsafe.", []string{"He | claiming | that the pier is unsafe"}},
		{"He’s convinced that the pier is unsafe.", []string{"He | convinced | that the pier is unsafe"}},
		{"He’s said to be angry.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ed Moss met the crew. "+tt.text, tt.want, true)
	}
	// Read by another rule with the contraction and an adverb in its
	// words (nested in the trailing cue's content), the mention is the
	// pronoun alone: it was "he’s seldom".
	checkIndirect(t, "Ed Moss met the crew. Though he’s seldom spoken about it, the pier was unsafe, he said.", []string{"he | said | Though he’s seldom spoken about it, the pier was unsafe", "he | spoken about | it"}, false)
}

// TestBodyNameTrailing checks a body's long name as the subject of a
// trailing inverted cue (bodyTail) and after "according to" with no
// determiner (accordingTo): whole, not nothing; a word of time after
// the body is no part of its name (whereTail reads the body alone).
func TestBodyNameTrailing(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The levy would raise little, said the Institute for Harbour Studies.", []string{"the Institute for Harbour Studies | said | The levy would raise little"}},
		{"The levy would raise little, said the Bureau of Harbour Studies.", []string{"the Bureau of Harbour Studies | said | The levy would raise little"}},
		{"The levy would raise little, said the Center on Harbour and Ferry Policy.", []string{"the Center on Harbour and Ferry Policy | said | The levy would raise little"}},
		{"The levy would raise little, said the Board on Monday.", []string{"the Board | said | The levy would raise little"}},
		{"The levy would raise little, according to research by the Institute for Harbour Studies.", []string{"research by the Institute for Harbour Studies | according to | The levy would raise little"}},
		{"The levy would raise little, according to research by the institute.", []string{"research by the institute | according to | The levy would raise little"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}

// TestFindingAfterTrailing checks a verb of evidence in a trailing cue
// after a noun for research (findingAfter): "…, the study found" reads
// the study as the source; "…, the police found" stays unread, as
// trailingSense leaves such verbs to the perfect.
func TestFindingAfterTrailing(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The levy would raise little, the study found.", []string{"the study | found | The levy would raise little"}},
		{"The levy would raise little, a new poll shows.", []string{"a new poll | shows | The levy would raise little"}},
		{"The pier was unsafe, the police found.", nil},
		{"The pier was unsafe, the police have found.", []string{"the police | found | The pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}

// TestFiniteInside checks that a mention stops before a predicate it
// ran into (finiteInside), and keeps participles that modify its noun
// and clauses of their own.
func TestFiniteInside(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ed Moss met with the pilots and came out convinced that the deal was sound.", []string{"Ed Moss | convinced | that the deal was sound"}},
		{"The pilots went home convinced that the pier was unsafe.", []string{"The pilots | convinced | that the pier was unsafe"}},
		{"The inspectors spent a week at the pier and concluded that it was unsafe.", []string{"The inspectors | concluded | that it was unsafe"}},
		{"A report released last week found that the pier was unsafe.", []string{"A report released last week | found | that the pier was unsafe"}},
		{"Several of the pilots interviewed said the pier was unsafe.", []string{"Several of the pilots interviewed | said | the pier was unsafe"}},
		{"Everyone I met said the pier was unsafe.", []string{"Everyone I met | said | the pier was unsafe"}},
		{"The pilots the mayor met said the pier was unsafe.", []string{"The pilots the mayor met | said | the pier was unsafe"}},
		{"The pilots Ed Moss met said the pier was unsafe.", []string{"The pilots Ed Moss met | said | the pier was unsafe"}},
		{"Ed Moss, who met the pilots, said the pier was unsafe.", []string{"Ed Moss, who met the pilots, | said | the pier was unsafe"}},
		// Two clauses joined by "and,": the second has its own
		// subject, which the cue's is.
		{"The crew left and the mayor said the pier was unsafe.", []string{"the mayor | said | the pier was unsafe"}},
		{"The crew left and senior officials said the pier was unsafe.", []string{"senior officials | said | the pier was unsafe"}},
		// A clause-opening word at the sentence's start is no
		// preposition: the words before the plural are its subject's.
		{"But senior Harbour Board officials said the pier was unsafe.", []string{"senior Harbour Board officials | said | the pier was unsafe"}},
		{"In a radio interview Ed Moss said the pier was unsafe.", []string{"Ed Moss | said | the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}

// TestTimeAside checks that a phrase of time between commas after the
// subject is left out of the mention (timeAside), and that appositives
// that hold a noun of time are not.
func TestTimeAside(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ed Moss, a week after the vote, said the pier was unsafe.", []string{"Ed Moss | said | the pier was unsafe"}},
		{"Ed Moss, two days later, said the pier was unsafe.", []string{"Ed Moss | said | the pier was unsafe"}},
		{"Ed Moss, last year, said the pier was unsafe.", []string{"Ed Moss | said | the pier was unsafe"}},
		{"Ed Moss, a day laborer, said the pier was unsafe.", []string{"Ed Moss, a day laborer, | said | the pier was unsafe"}},
		{"Ed Moss, the Monday host, said the pier was unsafe.", []string{"Ed Moss, the Monday host, | said | the pier was unsafe"}},
		{"Ed Moss, 54, said the pier was unsafe.", []string{"Ed Moss, 54, | said | the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The pier is unsafe,” said Ed Moss, the next day.", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said Ed Moss, a pilot, on Monday.", []string{"Ed Moss, a pilot, | said"}},
	})
}

// TestRoundFifteenDirect checks this round's edges on direct
// quotations: a list before "and others" after the closing mark
// (listBefore), names joined by a slash after an inverted cue
// (slashAfter), and the clause-opening words and adverbs that the
// indirect cases above check.
func TestRoundFifteenDirect(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The pier is unsafe,” Ortiz and others said.", []string{"Ortiz and others | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said the Harbour/Ferry pollster.", []string{"the Harbour/Ferry pollster | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said the pollster.", []string{"the pollster | said"}},
		{"Ann met the crew.\n\nAlthough Ed Moss said, “The pier is unsafe,” the board kept it open.", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” the pilots almost unanimously said.", []string{"the pilots | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” Ed Moss, too, said.", []string{"Ed Moss | said"}},
	})
}
