package cite

import (
	"math/rand"
	"strings"
	"testing"
)

// TestSingleSpaced holds singleSpaced to strings.Join(strings.Fields(w),
// " ") on random strings of words, spaces of every kind and broken UTF-8.
func TestSingleSpaced(t *testing.T) {
	parts := []string{"a", "Pell", " ", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\u3000", "–", "“", "\xff", "\xe2\x80", ",", "."}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		w := b.String()
		if got, want := singleSpaced(w), strings.Join(strings.Fields(w), " "); got != want {
			t.Fatalf("singleSpaced(%q) = %q, want %q", w, got, want)
		}
	}
}
