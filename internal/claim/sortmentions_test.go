package claim

import (
	"math/rand"
	"slices"
	"sort"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestSortMentions holds sortMentions to sort.Slice by start, ties and
// all: mentions of two sources may start together, and their order is
// then what the sort left.
func TestSortMentions(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for n := 0; n < 3000; n++ {
		size := rng.Intn(300)
		if n%100 == 0 {
			size = 20000
		}
		ms := make([]mention, size)
		starts := 1 + rng.Intn(size+1)
		for i := range ms {
			s := rng.Intn(starts)
			ms[i] = mention{Span: doc.Span{Start: s, End: s + 1}, source: i} // source tells ties apart
		}
		if n%3 == 0 { // runs already sorted, as each source's mentions are
			for lo := 0; lo < size; lo += 1 + rng.Intn(50) {
				hi := min(size, lo+1+rng.Intn(50))
				slices.SortStableFunc(ms[lo:hi], func(a, b mention) int { return a.Start - b.Start })
			}
		}
		want := slices.Clone(ms)
		sort.Slice(want, func(i, j int) bool { return want[i].Start < want[j].Start })
		sortMentions(ms)
		if !slices.Equal(ms, want) {
			t.Fatalf("size %d: sortMentions's order differs from sort.Slice's", size)
		}
	}
}
