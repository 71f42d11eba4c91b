package speaker

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// dedupeByMap is dedupe as it was, with a map for every chain: the
// reference the scan of short chains is checked against.
func dedupeByMap(c []string) []string {
	if len(c) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	prev := ""
	for i, s := range c {
		if i > 0 && s == prev {
			continue
		}
		prev = s
		if seen[s] && i != len(c)-1 {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// TestDedupeShortAndLong checks dedupe against dedupeByMap on random
// chains on both sides of dedupeScan, drawn from few names so that
// repeats, neighbours and a repeated last hop are common.
func TestDedupeShortAndLong(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	names := []string{"Ann", "Ed", "Wikipedia", "Ann’s memoir", "translation"}
	for n := 0; n < 3*dedupeScan; n++ {
		for range 50 {
			c := make([]string, n)
			for i := range c {
				c[i] = names[r.IntN(len(names))]
			}
			want := dedupeByMap(slices.Clone(c))
			if got := dedupe(c); !slices.Equal(got, want) {
				t.Fatalf("dedupe(%q) = %q, want %q", c, got, want)
			}
		}
	}
}
