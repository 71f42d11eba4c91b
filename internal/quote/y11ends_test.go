package quote

import (
	"math/rand/v2"
	"testing"
)

// TestFirstEndAfter holds firstEndAfter to the cursor's search with the
// same question, from the same cursor, over ends in order and out of it,
// with questions in order, out of order and past either end.
func TestFirstEndAfter(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 3000 {
		ends := make([]int32, r.IntN(40))
		p := 0
		for k := range ends {
			p += r.IntN(20)
			ends[k] = int32(p)
			if r.IntN(30) == 0 {
				ends[k] = int32(r.IntN(p + 1)) // out of order
			}
		}
		var got, want cursor
		for range 60 {
			i := r.IntN(p+40) - 20
			if r.IntN(2) == 0 && len(ends) > 0 {
				i = int(ends[r.IntN(len(ends))]) + r.IntN(3) - 1
			}
			w := want.search(len(ends), func(k int) bool { return int(ends[k]) > i })
			if g := got.firstEndAfter(ends, i); g != w || got != want {
				t.Fatalf("firstEndAfter(%v, %d) = %d, cursor %d; search %d, cursor %d", ends, i, g, got, w, want)
			}
		}
	}
}
