package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN2CaptionContinue checks that a bare quotation paragraph after a
// photo's caption (a lone list item, or a short fragment that ends no
// sentence) is the speaker's of the paragraph before the caption, and
// that a paragraph of prose there still ends the speaker's turn.
func TestN2CaptionContinue(t *testing.T) {
	const first = "# The pier\n\nThe ferry has not run since May, and the town has begun to count the cost.\n\n“The pier has been our living for a hundred years,” says Ann Moss, who runs the cafe.\n\n"
	const next = "\n\n“We have had to put up with a great deal this year, and nobody in the council has listened to us.”\n\nOther traders agree.\n"
	for _, tt := range []struct{ name, between, want string }{
		{"t.md", "- Ann Moss outside her cafe on the harbour front, where she has worked since 1990", "Ann Moss, who runs the cafe"},
		{"t.txt", "Ann Moss outside her cafe", "Ann Moss, who runs the cafe"},
		// must not fire: prose between them
		{"t.txt", "The council met in June to discuss the pier.", ""},
		{"t.md", "- The council met in June.\n- The traders met in July.", ""},
	} {
		d := runAs(t, tt.name, first+tt.between+next)
		var got *doc.Quote
		for i := range d.Quotes {
			if q := &d.Quotes[i]; q.Kind == doc.QuoteDirect && len(q.Content) > 0 && d.Text[q.Content[0].Start:q.Content[0].Start+7] == "We have" {
				got = q
			}
		}
		if got == nil {
			t.Errorf("%q: no quotation “We have …”", tt.between)
			continue
		}
		m := got.Speaker.Mention
		if s := d.Text[m.Start:m.End]; s != tt.want {
			t.Errorf("%q: speaker mention %q, want %q", tt.between, s, tt.want)
		}
	}
}
