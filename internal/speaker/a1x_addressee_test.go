package speaker

import (
	"strings"
	"testing"
)

// TestA1xHerAddressee checks where an addressee that "her" opens ends,
// in sentences written for the test: "her" and a noun before "that",
// "to" or a question word; "her" alone otherwise.
func TestA1xHerAddressee(t *testing.T) {
	for _, tt := range []struct {
		text string
		at   string // the word "her" is the first of
		want string // the words of the addressee
	}{
		{"The senator told her staff that the bill would pass.", "her staff", "her staff"},
		{"The senator warned her two aides to keep quiet.", "her two", "her two aides"},
		{"The senator asked her campaign staff whether the bill would pass.", "her campaign", "her campaign staff"},
		{"The senator told her that the bill would pass.", "her that", "her"},
		{"The senator told her aides were lying.", "her aides", "her"},
		{"The senator told her repeatedly that the bill would pass.", "her repeatedly", "her"},
		{"The senator told her Monday that the bill would pass.", "her Monday", "her"},
		{"The senator told her the bill would pass.", "her the", "her"},
	} {
		toks := tokenize(tt.text, 0, len(tt.text))
		j := -1
		for i := range toks {
			if toks[i].s == strings.Index(tt.text, tt.at) {
				j = i
			}
		}
		if j < 0 {
			t.Fatalf("%q: no %q", tt.text, tt.at)
		}
		e := herAddresseeEnd(tt.text, toks, j)
		if got := tt.text[toks[j].s:toks[e-1].e]; got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
