package speaker

import (
	"strings"
	"testing"
)

// TestF3NonReportObject checks the senses of "offer", "support",
// "charge" and "maintain" that report nothing with a noun-phrase
// object, and that their reporting senses still read.
func TestF3NonReportObject(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// Must not attribute: a device's capability, a price, a thing
		// kept up.
		{"The harbour app supports dark mode on every phone.", nil},
		{"The new console offers more storage than the last one.", nil},
		{"Most TVs support the new format already.", nil},
		{"They charge way more for fish than the market does.", nil},
		{"The ferry company charges riders a fee for each bicycle.", nil},
		{"The board has been careful to maintain the reputation of the pier.", nil},
		{"The trust maintains a program for young sailors.", nil},
		// Must still attribute: a person or a group backs, proposes,
		// accuses or holds a view.
		{"The senator supported the harbour bill.", []string{"The senator | supported | the harbour bill"}},
		{"Tax proposals offer a stark alternative to the plan.", []string{"Tax proposals | offer | a stark alternative to the plan"}},
		{"Prosecutors charged two developers with fraud on Monday.", []string{"Prosecutors | charged | two developers with fraud on Monday"}},
		{"Ann Reed maintained that the pier was safe.", []string{"Ann Reed | maintained | that the pier was safe"}},
		{"Ann Reed charged that the board had hidden the costs.", []string{"Ann Reed | charged | that the board had hidden the costs"}},
	} {
		if got := c3Attributed(t, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
