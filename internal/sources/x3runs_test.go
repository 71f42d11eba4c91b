package sources

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortRuns holds sortRuns to slices.SortFunc on lists of one to
// many ascending runs, with ties and without.
func TestSortRuns(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		n := r.IntN(40)
		s := make([]int, n)
		runs := 1 + r.IntN(7)
		for k := range s {
			s[k] = r.IntN(20)
		}
		// Sort pieces so that the list is made of about runs runs.
		for a := 0; a < n; {
			b := min(n, a+1+r.IntN(n/runs+1))
			slices.Sort(s[a:b])
			a = b
		}
		want := slices.Clone(s)
		slices.Sort(want)
		sortRuns(s, cmp.Compare[int], nil)
		if !slices.Equal(s, want) {
			t.Fatalf("sortRuns gave %v, want %v", s, want)
		}
	}
}
