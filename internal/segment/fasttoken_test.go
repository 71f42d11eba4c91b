package segment

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestPlainRunNumbersAndRunes holds plainRun's paths for numbers, for
// words ended by a full stop, a hyphen or a rune outside ASCII, and for
// the runes E2 80 xx it takes, to the general path: random strings of
// pieces around those edges, broken UTF-8 included.
func TestPlainRunNumbersAndRunes(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "Word", " ", ".", "-", ",", "/", ":", "'", "1", "20", "3.5", "1,000", "9/11", "x",
		"–", "—", "…", "‚", "‛", "“", "”", "„", "‟", "‘", "’", "‐", "‑", "\u2010", "\u2020", "é", "١",
		"\xe2", "\xe2\x80", "\xe2\x80\x80", "\xe2\x81", "\x80", "\xff", "s", "’s", "L.M", "e.g.", "well-known", "--", "...", "\n"}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for _, end := range []int{len(s), len(s) - 1, len(s) - 2} {
			if end < 0 {
				continue
			}
			if fast, slow := tokenize(s, 0, end, nil, true), tokenize(s, 0, end, nil, false); !slices.Equal(fast, slow) {
				t.Fatalf("%q: plainRun %+v, general %+v", s[:end], fast, slow)
			}
		}
	}
}
