package sources

import (
	"cmp"
	"math/rand"
	"slices"
	"sort"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestP8SpeakerSort holds speakerMentions's sort of the speakers'
// mentions (slices.SortFunc by start) to sort.Slice by start, which it
// replaced, ties and all: spans that start together with different
// ends are left in the same order by both.
func TestP8SpeakerSort(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for n := 0; n < 2000; n++ {
		size := rng.Intn(200)
		if n%100 == 0 {
			size = 5000
		}
		ms := make([]doc.Span, size)
		starts := 1 + rng.Intn(size+1)
		for i := range ms {
			s := rng.Intn(starts)
			ms[i] = doc.Span{Start: s, End: s + 1 + i} // the end tells ties apart
		}
		if n%2 == 0 { // nearly in order, as the quotations' order leaves them
			slices.SortStableFunc(ms, func(a, b doc.Span) int { return a.Start - b.Start })
			for range 1 + size/20 {
				if size > 1 {
					i, j := rng.Intn(size), rng.Intn(size)
					ms[i], ms[j] = ms[j], ms[i]
				}
			}
		}
		want := slices.Clone(ms)
		sort.Slice(want, func(i, j int) bool { return want[i].Start < want[j].Start })
		slices.SortFunc(ms, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
		if !slices.Equal(ms, want) {
			t.Fatalf("size %d: slices.SortFunc's order differs from sort.Slice's", size)
		}
	}
}
