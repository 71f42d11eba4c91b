package speaker

import (
	"testing"
)

// TestRoundNine checks the ninth round's rules with exact spans, as
// TestRoundEight does: every indirect quotation of each text, in
// order, as "mention | cue | content".
func TestRoundNine(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A noun phrase never ends in "of", "and" or an article: an
		// adjective in -ing before its noun after "with" is no
		// absolute phrase.
		{"She turned with a sort of appealing air, to Ann, who walked on.", nil},
		{"She looked up with a kind of pleading smile at the crew.", nil},
		{"The vote passed, with many experts warning that the pier was unsafe.", []string{"many experts | warning | that the pier was unsafe"}},
		// An indefinite pronoun or a quantifier that opens its clause
		// is the subject of a verb of reporting; "not" before it is
		// the mention's.
		{"The pier opened in May. Not everyone agrees that the ferry will sail.", []string{"Not everyone | agrees | that the ferry will sail"}},
		{"The pier opened in May. But everyone believes the ferry will sail.", []string{"everyone | believes | the ferry will sail"}},
		{"The pier opened in May. But nobody believes the ferry will sail.", nil},
		{"The pier opened in May. Many believe that the ferry will sail.", []string{"Many | believe | that the ferry will sail"}},
		{"The pier opened in May. But few agree that the ferry will sail.", []string{"few | agree | that the ferry will sail"}},
		{"Some one has said that the pier is old.", []string{"Some one | said | that the pier is old"}},
		{"How brave they will all think me at home!", nil},
		{"She does not at all apologize for writing to me.", nil},
		{"The board heard many claims that the pier was unsafe.", nil},
		// A reduced relative in a subject that one plural noun opens at
		// the sentence's start, or "other" after a subordinator; the
		// verb agrees with the head, not the agent.
		{"The pier opened. Emails obtained by the paper suggest the board knew of the flaw.", []string{"Emails obtained by the paper | suggest | the board knew of the flaw"}},
		{"Nobody is arguing, since other Harbour Board emails combed through by the paper suggest that Ed Moss places money above safety.", []string{"other Harbour Board emails combed through by the paper | suggest | that Ed Moss places money above safety"}},
	}
	for _, tt := range tests {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
