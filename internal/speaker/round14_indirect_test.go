package speaker

import "testing"

// TestRoundFourteenIndirect checks the fourteenth indirect round's
// readings with exact spans, as TestRoundThirteenIndirectFixes does:
// each text's indirect quotations as "mention | cue | content", nested
// ones too where all is set. Each rule has cases that share its pattern
// and report nothing, or report otherwise.
func TestRoundFourteenIndirect(t *testing.T) {
	tests := []struct {
		text string
		all  bool
		want []string
	}{
		// A negated modal, or "hadn't", between the subject and its
		// verb, in either spelling of the apostrophe.
		{"The mayor can't say when the pier will reopen.", false, []string{"The mayor | say | when the pier will reopen"}},
		{"The mayor cannot say when the pier will reopen.", false, []string{"The mayor | say | when the pier will reopen"}},
		{"The mayor couldn't say when the pier would reopen.", false, []string{"The mayor | say | when the pier would reopen"}},
		{"The mayor shouldn’t claim the pier is safe.", false, []string{"The mayor | claim | the pier is safe"}},
		{"The mayor hadn't said whether the pier would reopen.", false, []string{"The mayor | said | whether the pier would reopen"}},
		{"The mayor hadn’t said whether the pier would reopen.", false, []string{"The mayor | said | whether the pier would reopen"}},
		// The same auxiliaries with no verb of reporting after them
		// report nothing.
		{"The mayor can't swim across the bay.", false, nil},
		{"The mayor couldn't open the pier on time.", false, nil},
		{"The mayor hadn't closed the pier by then.", false, nil},
		// A negated modal inside a reported clause makes it a clause,
		// not an object.
		{"Ed Moss said the ferry couldn’t sail.", false, []string{"Ed Moss | said | the ferry couldn’t sail"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, !tt.all)
	}
}
