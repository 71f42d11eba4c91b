package speaker

import (
	"math/rand"
	"testing"
)

// TestStraightenWord: straightenWord gives what straighten.Replace
// gives, on words built from the marks' bytes, their pieces and letters.
func TestStraightenWord(t *testing.T) {
	parts := []string{"’", "‘", "‐", "\xe2", "\xe2\x80", "\x80\x99", "\x99", "a", "s", "—", "“", "€", "x\xe2\x80\x9d"}
	for _, w := range []string{"", "a", "harbour’s", "‘tis", "co‐op", "\xe2", "\xe2\x80", "’’", "\xe2’"} {
		if got, want := straightenWord(w), straighten.Replace(w); got != want {
			t.Errorf("straightenWord(%q) = %q, want %q", w, got, want)
		}
	}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		w := ""
		for k := r.Intn(7); k > 0; k-- {
			w += parts[r.Intn(len(parts))]
		}
		if got, want := straightenWord(w), straighten.Replace(w); got != want {
			t.Fatalf("straightenWord(%q) = %q, want %q", w, got, want)
		}
	}
}
