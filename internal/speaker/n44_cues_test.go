package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN44Manners checks the verbs of manner round n44 put in cues.txt:
// before a colon they hand the quotation that follows to their subject.
func TestN44Manners(t *testing.T) {
	checkN44Speakers(t, []n44Case{
		{"The hall fell quiet. After a pause Ed Ruiz ventured: \"Perhaps the ferry is simply late.\"", "Perhaps the ferry", "Ed Ruiz"},
		{"The rain had stopped. Then Ann Moss inquired: \"Is the old pier open at all?\"", "Is the old pier", "Ann Moss"},
	})
}

// TestN44Inverted checks the verbs of manner that follow the quotation
// with the speaker after them ("“…,” queried Ann Moss").
func TestN44Inverted(t *testing.T) {
	checkN44Speakers(t, []n44Case{
		{"The shop was nearly empty. \"Brown or white?\" queried Ann Moss at the counter.", "Brown or white", "Ann Moss"},
		{"The pier was closed. \"Never!\" vociferated Ed Ruiz, red in the face.", "Never!", "Ed Ruiz"},
	})
}

// n44Case is a text, the words its direct quotation opens with, and
// the speaker it must have.
type n44Case struct{ text, words, speaker string }

// checkN44Speakers checks that each case's direct quotation, found by
// the words it opens with, has the speaker named.
func checkN44Speakers(t *testing.T, cases []n44Case) {
	t.Helper()
	for _, c := range cases {
		d := run(t, c.text)
		if q := find(d, c.words); q == nil || q.Kind != doc.QuoteDirect {
			t.Errorf("%q: no direct quotation from %q", c.text, c.words)
		} else if q.Speaker.Name != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.speaker)
		}
	}
}
