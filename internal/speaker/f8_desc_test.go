package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestF8DescFits checks that a description whose noun tells a sex is
// not renamed to a name known to be of the other sex, and is to one of
// its own sex or of no known sex.
func TestF8DescFits(t *testing.T) {
	text := "Mr. Tom Reed and Mrs. Ann Moss and Lee"
	tests := []struct {
		desc, name string
		want       bool
	}{
		{"her sister", "Mr. Tom Reed", false},
		{"her sister", "Mrs. Ann Moss", true},
		{"his brother", "Mrs. Ann Moss", false},
		{"the young man", "Mr. Tom Reed", true},
		{"her sister", "Lee", true},          // a name of no known sex
		{"the other", "Mrs. Ann Moss", true}, // a noun of no sex
	}
	for _, tt := range tests {
		d := run(t, text)
		a := newAttributor(d)
		s := spanOf(text, tt.name, 1)
		sp := doc.Speaker{Name: tt.name, Mention: doc.Span{Start: s.Start, End: s.Start + len(tt.name)}}
		if got := a.f8DescFits(tt.desc, sp); got != tt.want {
			t.Errorf("%q as %q: %v, want %v", tt.desc, tt.name, got, tt.want)
		}
	}
}

// TestF8DescRename checks that a turn "said her sister" answering a
// call to a man keeps its description.
func TestF8DescRename(t *testing.T) {
	const text = "“Are the neighbours pleasant?” asked Mr. Tom Reed.\n\n“Not at all,” answered Ann Moss.\n\n“Tom, look at the hill!” cried her sister, “how fine it is.”"
	checkSpeakerName(t, speakerCase{text, "Tom, look at the hill", "her sister"})
}
