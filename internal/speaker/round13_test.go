package speaker

import (
	"testing"
)

// TestRoundThirteenDirect checks the fixes of issue 3 on direct
// quotations with exact spans: each top-level direct quotation, in
// order, as "mention | cue" (" | " for none).
func TestRoundThirteenDirect(t *testing.T) {
	tests := []mentionCase{
		// A relative clause with no pronoun whose verb takes a
		// phrase right before the cue: the head noun, the clause and
		// the phrase are the mention, not the phrase's object.
		{"Ann met the crew.\n\nEveryone I met at the party said: “The pier is unsafe.”", []string{"Everyone I met at the party | said"}},
		{"Ann met the crew.\n\nThe pilots we spoke with at the port said: “The pier is unsafe.”", []string{"The pilots we spoke with at the port | said"}},
		// The same clause right before the cue, read by the subject
		// reader before it (it took "Everyone I" for a label); a
		// particle with no object is the clause's own. After a name
		// the clause is no part of the mention.
		{"Ann met the crew.\n\nEveryone I met said: “The pier is unsafe.”", []string{"Everyone I met | said"}},
		{"Ann met the crew.\n\nThe experts we consulted said: “The pier is unsafe.”", []string{"The experts we consulted | said"}},
		{"Ann met the crew.\n\nEveryone I spoke with said: “The pier is unsafe.”", []string{"Everyone I spoke with | said"}},
		{"Ann met the crew.\n\nEd Moss I met said: “The pier is unsafe.”", []string{"Ed Moss | said"}},
		// No noun before the pronoun: the clause is the sentence's own.
		{"Ann met the crew.\n\nWhen we walked in the harbour master said: “The pier is unsafe.”", []string{"the harbour master | said"}},
		// A relative clause on "who" that ends in a quotation with its
		// comma inside the marks: the name before it speaks the
		// quotation after the cue.
		{"Ann met the crew.\n\nEd Moss, who called the plan “reckless,” said: “We will fight.”", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\nEd Moss, who called the plan “reckless,” said, “We will fight.”", []string{"Ed Moss | said"}},
		// Not when the narration names a subject of its own, nor when
		// the name is a verb's object, nor without a relative clause.
		{"Ann met the crew.\n\nEd Moss called the plan “reckless,” and Ann Ortiz said: “We will fight.”", []string{"Ann Ortiz | said"}},
		{"Ann met the crew.\n\nThe mayor thanked Ed Moss, who called the plan “reckless,” said: “We will fight.”", []string{" | "}},
		{"Ann met the crew.\n\nThe plan is “reckless,” said: “We will fight.”", []string{" | "}},
		// "neither … nor …" in lower case after a quotation: both names
		// are the mention; "neither" with no second name is none.
		{"Ann met the crew.\n\n“We will fight,” neither Ed Moss nor Ann Ortiz said.", []string{"neither Ed Moss nor Ann Ortiz | said"}},
		{"Ann met the crew.\n\n“We will fight,” neither of them said.", []string{" | "}},
	}
	checkDirectMentions(t, tests)
}

// TestRoundThirteenIndirect checks the contact clause with a phrase
// before the cue on indirect attributions: "mention | cue | words".
func TestRoundThirteenIndirect(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Everyone I met at the party said the pier was unsafe.", []string{"Everyone I met at the party | said | the pier was unsafe"}},
		{"The pilots we met on the quay said the pier was unsafe.", []string{"The pilots we met on the quay | said | the pier was unsafe"}},
		{"Before I walked to the port the crews said the pier was unsafe.", []string{"the crews | said | the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew.\n\n"+tt.text, tt.want, false)
	}
}
