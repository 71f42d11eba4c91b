package speaker

import (
	"strings"
	"testing"
)

// TestF3AppositiveWho checks that a content reported inside a "who"
// clause closing an appositive ends at the clause's comma before the
// main verb, adverbs before that verb included, and that a comma
// inside the content that no main verb follows does not end it.
func TestF3AppositiveWho(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // the words of the quotation whose cue is "warned" or "said"
	}{
		{"Senator Ann Reed, a harbour-town Republican who warned of the deficit in the past, nevertheless voted for the plan.", "the deficit in the past"},
		{"Senator Ann Reed, a harbour-town Republican who warned of the deficit in the past, voted for the plan.", "the deficit in the past"},
		{"Ann Reed, a former pilot who said the pier was unsafe, later joined the strike.", "the pier was unsafe"},
		{"Ann Reed, who said the pier was unsafe, meanwhile joined the strike.", "the pier was unsafe"},
		// Must not cut: no main verb after the comma.
		{"Ann Reed, a former pilot who said that if the pier fell, the ferries would stop, joined the strike.", "that if the pier fell, the ferries would stop"},
	} {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if cue := d.Text[q.Cue.Start:q.Cue.End]; cue == "warned" || cue == "said" {
				got = append(got, q.Words(d.Text))
			}
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
