package speaker

import (
	"math/rand"
	"testing"
)

// TestFirstEndAfter checks that firstEndAfter gives search's answer and
// leaves the cursor where search leaves it, over sorted lists and
// unsorted ones, for queries in and out of order.
func TestFirstEndAfter(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 2000; round++ {
		n := r.Intn(40)
		ends := make([]int32, n)
		v := 0
		for k := range ends {
			if round%3 == 0 {
				ends[k] = int32(r.Intn(200)) // out of order
			} else {
				v += r.Intn(10)
				ends[k] = int32(v)
			}
		}
		var c1, c2 cursor
		c1.k = r.Intn(n + 3)
		c2.k = c1.k
		for q := 0; q < 30; q++ {
			i := r.Intn(v + 220)
			want := c1.search(n, func(k int) bool { return int(ends[k]) > i })
			got := c2.firstEndAfter(ends, i)
			if got != want || c1.k != c2.k {
				t.Fatalf("ends %v, query %d: firstEndAfter %d (cursor %d), search %d (cursor %d)", ends, i, got, c2.k, want, c1.k)
			}
		}
	}
}
