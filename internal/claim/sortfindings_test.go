package claim

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestSortFindings holds sortFindings to the stable sort it replaces, on
// random lists: two runs in order (the usual case, ties across them
// included), and runs out of order, which it leaves to the stable sort.
func TestSortFindings(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		size := rng.Intn(40)
		had := 0
		if size > 0 {
			had = rng.Intn(size + 1)
		}
		fs := make([]doc.Finding, size)
		for i := range fs {
			// Few distinct starts, so that ties are common; the message
			// tells equal starts apart, to see that their order is kept.
			fs[i] = doc.Finding{Span: doc.Span{Start: rng.Intn(12)}, Message: string(rune('a' + i))}
		}
		if rng.Intn(4) > 0 { // most lists: each run in order
			slices.SortStableFunc(fs[:had], findingStart)
			slices.SortStableFunc(fs[had:], findingStart)
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, findingStart)
		got := slices.Clone(fs)
		sortFindings(got, had)
		for i := range want {
			if got[i].Span != want[i].Span || got[i].Message != want[i].Message {
				t.Fatalf("list %d (had %d): at %d got %v, want %v", n, had, i, got, want)
			}
		}
	}
}
