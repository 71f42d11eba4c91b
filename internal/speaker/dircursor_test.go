package speaker

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// TestCursorSearch checks cursor.search against sort.Search over
// queries in order, in reverse and at random, on lists of every small
// length.
func TestCursorSearch(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 40; n++ {
		ends := make([]int, n)
		e := 0
		for i := range ends {
			e += 1 + r.IntN(5)
			ends[i] = e
		}
		var c cursor
		for q := 0; q < 300; q++ {
			var i int
			switch {
			case q < 100:
				i = q
			case q < 200:
				i = 200 - q
			default:
				i = r.IntN(e + 3)
			}
			pred := func(k int) bool { return ends[k] > i }
			if got, want := c.search(n, pred), sort.Search(n, pred); got != want {
				t.Fatalf("n=%d i=%d: search %d, want %d", n, i, got, want)
			}
		}
	}
}
