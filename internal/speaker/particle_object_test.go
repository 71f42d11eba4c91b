package speaker

import (
	"strings"
	"testing"
)

// TestParticleObject checks the facts candOf reads from the word before
// a name when a nobiliary particle stands between ("the family of de
// Wint"): the preposition before the particle puts the name in the
// object's place, so that "he" or "she" prefers a subject to it.
func TestParticleObject(t *testing.T) {
	tests := []struct {
		text   string
		object bool
	}{
		{"Ann spoke of the family of de Wint today.", true},
		{"Ann spoke to van Dyke today.", true},
		{"Ann spoke of the de la Rue family today.", false}, // "the": a thing's name, no object
		{"Yesterday de Wint spoke.", false},
		{"Ann and de Wint spoke.", false},
	}
	for _, tt := range tests {
		ix := newTokIndex(tt.text, "")
		toks := decode(nil, ix.all, tt.text, ix.lower, ix.others)
		at := strings.LastIndex(tt.text, " ") // the last word is never the name
		found := false
		for g := range toks {
			n, ok := nameAt(tt.text, toks, g)
			if !ok || n.start >= at || !strings.ContainsAny(n.text, "WDR") {
				continue
			}
			found = true
			if c := candOf(tt.text, toks, n, false); c.object != tt.object {
				t.Errorf("%q: name %q object %v, want %v", tt.text, n.text, c.object, tt.object)
			}
			break
		}
		if !found {
			t.Errorf("%q: no name read", tt.text)
		}
	}
}
