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
		{"The new interface supports layers for every map.", nil},
		{"The harbour tool reports how much the file has shrunk.", nil},
		{"Reviewers found that the One X does not support the new format.", []string{"Reviewers | found | that the One X does not support the new format"}},
		{"The Harbour One X offers more storage than the last one.", nil},
		{"The thaw worried the water board for weeks.", nil},
		{"The early thaw worried Ann Reed more than the flood.", nil},
		{"Tourism is critical to the island's economy, the board says.", []string{"the board | says | Tourism is critical to the island's economy"}},
		{"The ferry is critical to Port Elsby and its traders.", nil},
		{"It is the Harbour Foods brand that makes the fish worth more.", nil},
		{"The mayor branded the board a lawless body.", []string{"The mayor | branded | the board a lawless body"}},
		// Must still attribute: a person or a group backs, proposes,
		// accuses or holds a view.
		{"The senator supported the harbour bill.", []string{"The senator | supported | the harbour bill"}},
		{"Tax proposals offer a stark alternative to the plan.", []string{"Tax proposals | offer | a stark alternative to the plan"}},
		{"Prosecutors charged two developers with fraud on Monday.", []string{"Prosecutors | charged | two developers with fraud on Monday"}},
		{"Ann Reed maintained that the pier was safe.", []string{"Ann Reed | maintained | that the pier was safe"}},
		{"Ann Reed charged that the board had hidden the costs.", []string{"Ann Reed | charged | that the board had hidden the costs"}},
		{"Jay Z supported the harbour bill.", []string{"Jay Z | supported | the harbour bill"}},
		{"The G7 supported the harbour deal.", []string{"The G7 | supported | the harbour deal"}},
		{"Officials worried about the cost of the pier.", []string{"Officials | worried | the cost of the pier"}},
		{"Ann Reed agreed to a short interview on Monday.", []string{"Ann Reed | agreed | to a short interview on Monday"}},
		{"Ann Reed was critical of the harbour plan.", []string{"Ann Reed | critical | the harbour plan"}},
	} {
		if got := c3Attributed(t, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestF3MinVerb checks that no form of f3Verb's lists is shorter than
// the gate f3NonReport puts before its lookup.
func TestF3MinVerb(t *testing.T) {
	for w := range f3Verb {
		if len(w) < f3MinVerb {
			t.Errorf("%q is shorter than f3MinVerb (%d)", w, f3MinVerb)
		}
	}
}
