package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestMayAttribute checks the test indirect makes before it makes a
// sentence's toks: a clause with no word a rule of attributions opens
// with, and no colon among its first tokens, is passed over, and
// attributions finds nothing in any clause passed over.
func TestMayAttribute(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The pier is old and the ferry will sail in May.", false},
		{"The pier is old, the harbour master said.", true},
		{"The pier is old, according to the board.", true},
		{"Harbour Board: the pier is old and will close.", true},    // a headline's source before its colon
		{"The pier is old and the ferry will sail: in May.", false}, // a colon too far in
		{"Ed Moss has been a critic of the levy for years.", true},
		{"Critics see the levy as a tax.", true},
		{"The clip has faced ridicule online.", true},
		{"The levy seems too steep.", true},
		{"His claim that the pier is safe was false.", true},
		{"Asked about the levy, Ed Moss smiled.", true},
		{"The pier assets were old.", false}, // "as" of "assets" is no "as"
	}
	for _, c := range cases {
		ix := newTokIndex(c.text, "")
		if got := ix.mayAttribute(0, len(c.text)); got != c.want {
			t.Errorf("%q: mayAttribute %v, want %v", c.text, got, c.want)
		}
		// A stretch that cuts a word is always read: "as" of "assets".
		if at := len("The pier as"); c.text == "The pier assets were old." && !ix.mayAttribute(0, at) {
			t.Errorf("%q: a stretch cut inside a word is passed over", c.text[:at])
		}
	}
	// Nothing is lost: every stretch between two token edges that is
	// passed over yields no attribution.
	texts := append([]string{}, gateTexts...)
	for _, c := range cases {
		texts = append(texts, c.text)
	}
	for _, text := range texts {
		d := &doc.Document{Text: text}
		a := &attributor{d: d, text: text, ix: newTokIndex(text, "")}
		all := a.ix.all
		for i := range all {
			for j := i + 1; j <= len(all) && j <= i+40; j++ {
				lo, hi := int(all[i].s), int(all[j-1].e)
				if a.ix.mayAttribute(lo, hi) {
					continue
				}
				span := doc.Span{Start: lo, End: hi}
				if qs := a.attributions(a.ix.tokens(lo, hi), span, -1, nil); len(qs) > 0 {
					t.Errorf("%q: passed over, but attributions finds %d", text[lo:hi], len(qs))
				}
			}
		}
	}
}
