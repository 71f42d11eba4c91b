package corpus

import (
	"fmt"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestSimilarClustersLinear checks that splitting one large group of
// quotations into clusters costs time linear in the group: a group
// joined through a few shared keys can hold thousands of different
// quotations, and comparing each with every cluster so far took 35 s on
// a corpus of 1,000 articles.
func TestSimilarClustersLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	group := func(n int) []*QuoteHit {
		g := make([]*QuoteHit, n)
		for i := range g {
			text := fmt.Sprintf("the harbour board met on day %d and voted %d to %d on the plan for pier %d", i, i%7, i%5, i*31)
			g[i] = &QuoteHit{ID: int64(i), norm: Normalize(text)}
		}
		return g
	}
	run := func(n int) (d int64, clusters int) {
		g := group(n)
		best := testutil.LeastCPU(3, nil, func() { clusters = len(similarClusters(g)) })
		return int64(best), clusters
	}
	small, cs := run(2000)
	large, cl := run(8000)
	t.Logf("2,000 quotations: %d clusters in %v; 8,000: %d in %v", cs, small, cl, large)
	if cs < 1000 || cl < 4000 {
		t.Errorf("different quotations were merged: %d and %d clusters", cs, cl)
	}
	if large > 10*small+int64(50e6) {
		t.Errorf("not linear: %dns for 2,000 quotations, %dns for 8,000", small, large)
	}
}
