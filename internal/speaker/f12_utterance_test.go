package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestF12AbstainUtterance checks that a noun for the quoted words after
// "was" or "came" and an article with an adjective gives no speaker,
// while a possessive before the noun and a verb of saying after a real
// subject keep theirs.
func TestF12AbstainUtterance(t *testing.T) {
	tests := []struct{ text, quote, speaker string }{
		{"Tomas asked the clerk for a room.\n\n“We are full tonight,” was the curt reply.", "We are full tonight", ""},
		{"The wagon stopped at the gate.\n\n“Leave the horses here,” came a gruff answer. “We go on foot.”", "Leave the horses here", ""},
		{"“Bread for all!” was the angry cry that went up from the square.", "Bread for all!", ""},
		// A possessive names the speaker.
		{"Tomas asked the clerk for a room.\n\n“We are full tonight,” was the clerk's curt reply.", "We are full tonight", "the clerk"},
		// A verb of saying after its subject.
		{"Tomas asked for a room.\n\n“We are full tonight,” the clerk replied.", "We are full tonight", "the clerk"},
		{"The wagon stopped at the gate.\n\n“Leave the horses here,” a porter answered.", "Leave the horses here", "a porter"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		testutil.CheckSpans(t, d)
		q := find(d, tt.quote)
		if q == nil {
			t.Fatalf("%q: no quotation %q", tt.text, tt.quote)
		}
		if q.Speaker.Name != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, q.Speaker.Name, tt.speaker)
		}
		if tt.speaker == "" && len(q.Chain) != 0 {
			t.Errorf("%q: chain %q, want none", tt.text, q.Chain)
		}
	}
}
