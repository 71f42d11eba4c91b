package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestReviewedRules holds the rules a review found too narrow or too
// wide: a label in marks after "as" is ascribed only by a verb of speech
// or judgement; "everybody" is a subject as "everyone" is; a quantifier
// subject reads on past a determiner.
func TestReviewedRules(t *testing.T) {
	tests := []struct {
		text, content, speaker string // content "" = no indirect attribution
	}{
		{"Ann Ortiz filed the report as a “draft” last week.", "", ""},
		{"Ed Moss wore his hat as a “joke” on Friday.", "", ""},
		{"Ann Ortiz sent out the memo as a “warning” to staff.", "", ""},
		{"Ed Moss branded the plan as a “disaster” for riders.", "the plan as a “disaster” for riders", "Ed Moss"},
		{"Not everybody agrees that the pier is safe.", "that the pier is safe", "Not everybody"},
		{"But many believe the ferry will sail.", "the ferry will sail", "many"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		var got *doc.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Kind == doc.QuoteIndirect {
				got = &d.Quotes[i]
			}
		}
		switch {
		case tt.content == "" && got != nil:
			t.Errorf("%q: indirect %q by %q, want none", tt.text, got.Words(d.Text), got.Speaker.Name)
		case tt.content != "" && got == nil:
			t.Errorf("%q: no indirect attribution, want %q", tt.text, tt.content)
		case tt.content != "" && (got.Words(d.Text) != tt.content || got.Speaker.Name != tt.speaker):
			t.Errorf("%q: %q by %q, want %q by %q", tt.text, got.Words(d.Text), got.Speaker.Name, tt.content, tt.speaker)
		}
	}
}
