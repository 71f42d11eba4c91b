package segment

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayElide holds mayElide to elisionEnd: wherever it says a ’ begins
// no elision, elisionEnd finds none there (plainRun then makes the mark
// a token of its own, as tokenize does).
func TestMayElide(t *testing.T) {
	pieces := []string{"’", "‘", "tis", "Tis", "twas", "em", "n", "cause", "90", "90s", "1", "a", "Z", "é", " ", ".", ",", "’’", "s", "round", "\n", "—", "x9"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for i := strings.Index(s, "’"); i >= 0; {
			if !mayElide(s, i) && elisionEnd(s, i, len(s)) != 0 {
				t.Fatalf("%q at %d: mayElide says no elision, elisionEnd finds one to %d", s, i, elisionEnd(s, i, len(s)))
			}
			k := strings.Index(s[i+1:], "’")
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
}
