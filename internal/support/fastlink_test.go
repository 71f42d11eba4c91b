package support

import (
	"math/rand"
	"slices"
	"sort"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestAfter holds after to sort.Search from every hint.
func TestAfter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 2000; round++ {
		keys := make([]int, rng.Intn(40))
		for i := range keys {
			keys[i] = rng.Intn(30)
		}
		slices.Sort(keys)
		x := rng.Intn(32) - 1
		past := func(k int) bool { return keys[k] > x }
		want := sort.Search(len(keys), past)
		for hint := -2; hint <= len(keys)+2; hint++ {
			if got := after(len(keys), past, hint); got != want {
				t.Fatalf("after(%v, > %d, hint %d) = %d, want %d", keys, x, hint, got, want)
			}
		}
	}
}

// TestAppendEach holds appendEach to appending one by one, with targets
// in turn and out of it, and lists empty or not.
func TestAppendEach(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for round := 0; round < 2000; round++ {
		to := make([]int, rng.Intn(20))
		t0 := 0
		for i := range to {
			switch rng.Intn(4) {
			case 0:
				to[i] = -1
			case 1:
				to[i] = rng.Intn(8)
			default:
				t0 += rng.Intn(2)
				to[i] = min(t0, 7)
			}
		}
		lists := make([][]int, 8)
		want := make([][]int, 8)
		if rng.Intn(3) == 0 {
			k := rng.Intn(8)
			lists[k], want[k] = []int{99}, []int{99}
		}
		for ci, t := range to {
			if t >= 0 {
				want[t] = append(want[t], ci)
			}
		}
		appendEach(to, func(t int) *[]int { return &lists[t] })
		for k := range lists {
			if !slices.Equal(lists[k], want[k]) || (lists[k] == nil) != (want[k] == nil) {
				t.Fatalf("to %v: list %d = %v, want %v", to, k, lists[k], want[k])
			}
		}
		// A later append to one list must not write into another.
		for k := range lists {
			lists[k] = append(lists[k], -7)
		}
		for k := range lists {
			if !slices.Equal(lists[k][:len(lists[k])-1], want[k]) {
				t.Fatalf("to %v: after appends, list %d = %v, want %v", to, k, lists[k], want[k])
			}
		}
	}
}

// TestQuotesByEnd holds quotesByEnd to a sort, on quotations sorted by
// start that nest, follow one another, touch, are empty, or overlap.
func TestQuotesByEnd(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 5000; round++ {
		quotes := make([]doc.Quote, rng.Intn(12))
		start := 0
		for i := range quotes {
			start += rng.Intn(4)
			quotes[i].Start, quotes[i].End = start, start+rng.Intn(12)
		}
		want := make([]quoteEnd, len(quotes))
		for i, q := range quotes {
			want[i] = quoteEnd{end: q.End, q: i}
		}
		sort.SliceStable(want, func(a, b int) bool {
			if want[a].end != want[b].end {
				return want[a].end < want[b].end
			}
			return want[a].q > want[b].q
		})
		if got := quotesByEnd(quotes); !slices.Equal(got, want) {
			t.Fatalf("quotes %v: by end %v, want %v", quotes, got, want)
		}
	}
}
