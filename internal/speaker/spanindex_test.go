package speaker

import (
	"math/rand"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestSpanIndex checks spanIndex against the walk over every span it
// stands for, on random spans with ties, empty spans and owners with
// several spans each (n19 indexes every piece of a quotation's content
// under the quotation).
func TestSpanIndex(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := 0; trial < 3000; trial++ {
		n := r.Intn(8)
		spans, owners := make([]doc.Span, n), make([]int, n)
		for k := range spans {
			s := r.Intn(12)
			spans[k] = doc.Span{Start: s, End: s + r.Intn(5)}
			owners[k] = r.Intn(4)
		}
		x := indexSpans(spans, owners)
		for q := 0; q < 20; q++ {
			lo, hi, self := r.Intn(14)-1, r.Intn(14), r.Intn(5)-1
			want := false
			for k, s := range spans {
				if owners[k] != self && s.Start < hi && s.End > lo {
					want = true
				}
			}
			if got := x.overlaps(lo, hi, self); got != want {
				t.Fatalf("spans %v owners %v: overlaps(%d, %d, %d) = %v, want %v", spans, owners, lo, hi, self, got, want)
			}
		}
	}
}
