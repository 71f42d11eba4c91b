package speaker

import (
	"strings"
	"testing"
)

// TestF3HeaderLabel checks that an e-mail header's fields and a site's
// section names before a colon are no source, and that a name or an
// inquiry before a headline's colon still is.
func TestF3HeaderLabel(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// Must not attribute: header fields and section names.
		{"From: Ann Reed\nTo: All members of the harbour board\nSubject: The ferry strike and its end\n\nHi all,", nil},
		{"Security: Toward signed package downloads for everyone\n\nThe ferries sail at six.", nil},
		{"Kernel: A new scheduler lands in the next release.\n\nThe ferries sail at six.", nil},
		{"Business: Harbour Board Cuts Its Fares Again\n\nThe ferries sail at six.", nil},
		// Must still attribute: a name, an inquiry.
		{"Reed: Ferries Will Sail Again by Monday\n\nThe ferries sail at six.", []string{"Reed | : | Ferries Will Sail Again by Monday"}},
		{"Poll: Voters Back the Ferry Strike\n\nThe ferries sail at six.", []string{"Poll | : | Voters Back the Ferry Strike"}},
	} {
		if got := c3Attributed(t, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
