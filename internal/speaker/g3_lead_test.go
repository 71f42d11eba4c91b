package speaker

import "testing"

// TestG3CapsLead checks that a run-in section label in capitals before
// a fronted subordinate clause does not hide the clause: the content of
// its verb ends at the clause's comma. Where no opener follows the
// capitals, or the capitals are a name that is the subject, nothing
// changes.
func TestG3CapsLead(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The ferry stopped.\n\nTHE BORROWING Back when Ann Lee wrote her book, Ed Reed said that debt was a last resort.",
			[]string{"Ann Lee | wrote | her book", "Ed Reed | said | that debt was a last resort"}},
		// No opener after the capitals: the label is left alone.
		{"The ferry stopped.\n\nNASA officials said that the launch was safe.",
			[]string{"NASA officials | said | that the launch was safe"}},
		// g3AllCaps: a word in title case after the capitals is no
		// opener; the label is no part of the mention (n1Subhead).
		{"The ferry stopped.\n\nTHE VOTE Ed Reed said that the pier was unsafe.",
			[]string{"Ed Reed | said | that the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, false)
	}
	for _, w := range []string{"NASA", "AL-QAIDA", "O'NEIL"} {
		if !g3AllCaps(w) {
			t.Errorf("g3AllCaps(%q) = false", w)
		}
	}
	for _, w := range []string{"A", "Back", "NASA's", "2016"} {
		if g3AllCaps(w) {
			t.Errorf("g3AllCaps(%q) = true", w)
		}
	}
}
