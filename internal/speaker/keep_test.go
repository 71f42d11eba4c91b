package speaker

import (
	"slices"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestKeepChain checks keepChain's shared arrays: each chain is a copy
// with no room after it, so that an append to one leaves the next as it
// was, and the arrays start small and double (nextChunk), so that a
// document with a few quotations keeps no 64 KB array alive.
func TestKeepChain(t *testing.T) {
	var a attributor
	one := a.keepChain([]string{"Ed Moss"})
	two := a.keepChain([]string{"Ann Lee", "Ed Moss"})
	if cap(a.chains) != 64 {
		t.Errorf("first array holds %d strings, want 64", cap(a.chains))
	}
	_ = append(one, "the mayor")
	if !slices.Equal(two, []string{"Ann Lee", "Ed Moss"}) {
		t.Errorf("an append to the first chain wrote over the second: %q", two)
	}
	for range 40 {
		a.keepChain([]string{"Ann Lee", "Ed Moss"})
	}
	if cap(a.chains) != 128 {
		t.Errorf("second array holds %d strings, want 128", cap(a.chains))
	}
	for _, c := range []struct{ last, n, want int }{
		{0, 1, 64}, {64, 1, 128}, {2048, 3, chainChunk}, {chainChunk, 1, chainChunk}, {0, 100, 400},
	} {
		if got := nextChunk(c.last, c.n, chainChunk); got != c.want {
			t.Errorf("nextChunk(%d, %d) = %d, want %d", c.last, c.n, got, c.want)
		}
	}
	if s := a.keepSpans([]doc.Span{{Start: 1, End: 2}}); len(s) != 1 || cap(a.spans) != 64 {
		t.Errorf("keepSpans: %v in an array of %d, want one span in 64", s, cap(a.spans))
	}
}
