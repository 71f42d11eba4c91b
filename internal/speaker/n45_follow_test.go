package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN45Follows checks that a quotation in marks opening the sentence
// right after an attribution whose source comes first, or after a
// postposed one with a longer tail, joins that attribution as its
// second piece (an indirect one becomes mixed); and that a quotation
// with a speaker of its own, one in the next paragraph, one after a
// verb of knowing, one after another sentence or a tail with a mark,
// and a phrase in marks inside a sentence of the writer's stay apart.
func TestN45Follows(t *testing.T) {
	for _, c := range []struct {
		text, quote, second string // second: "" when the quotation must stay apart
	}{
		{"Ed Moss, a former partner, called him a master of the deal. “He could sell a ferry to a fish.”", "him a master", "He could sell a ferry to a fish."},
		{"The mayor, who runs the harbour board, described the old pier as a danger to the town. “It should have closed years ago.”", "the old pier", "It should have closed years ago."},
		// A postposed source with a longer tail, or a title's full stop in it.
		{"\"The pier is a crucial link,\" board chair Ed Moss said after Ann Ortiz failed to show up at the second hearing she was formally called to in the past two weeks. \"We need it open.\"", "The pier is a crucial link", "We need it open."},
		// Not: another sentence between, or a mark in the tail.
		{"\"The pier is a crucial link,\" board chair Ed Moss said after Ann Ortiz failed to show up. She was formally called to the hearing. \"We need it open.\"", "The pier is a crucial link", ""},
		{"\"The pier is a crucial link,\" board chair Ed Moss said after Ann Ortiz failed to show up at the \"crucial\" hearing she was called to. \"We need it open.\"", "The pier is a crucial link", ""},
		{"Ed Moss called him a master of the deal. “He could sell a ferry to a fish,” Ann Ortiz said.", "him a master", ""},
		{"Ed Moss called him a master of the deal.\n\n“He could sell a ferry to a fish.”", "him a master", ""},
		{"Ann Ortiz believed the song was too old for the crowd. “Try this one.”", "the song was too old", ""},
		{"Ed Moss called him a master of the deal. The crew had “no doubt” about it.", "him a master", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if c.second == "" {
			if len(q.Content) != 1 {
				t.Errorf("%q: %q has %d pieces, want 1", c.text, c.quote, len(q.Content))
			}
			continue
		}
		if len(q.Content) != 2 || d.Text[q.Content[1].Start:q.Content[1].End] != c.second || q.Kind == doc.QuoteIndirect || q.Speaker.Name == "" {
			t.Errorf("%q: %q is %s with %d pieces, speaker %q; want direct or mixed, second piece %q", c.text, c.quote, q.Kind, len(q.Content), q.Speaker.Name, c.second)
		}
		if n := n45TopLevel(d); n != 1 {
			t.Errorf("%q: %d top-level quotations, want 1", c.text, n)
		}
	}
}

// n45TopLevel counts the quotations no other one encloses.
func n45TopLevel(d *doc.Document) int {
	n := 0
	for _, q := range d.Quotes {
		if q.Parent < 0 {
			n++
		}
	}
	return n
}
