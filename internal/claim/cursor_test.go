package claim

import (
	"math/rand"
	"slices"
	"sort"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestCursor holds cursor.first to sort.Search over sorted lists, for
// positions that mostly rise and sometimes fall, as claims' parts do.
func TestCursor(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for n := 0; n < 200; n++ {
		starts := make([]int, rng.Intn(40))
		for i := range starts {
			starts[i] = rng.Intn(100)
		}
		slices.Sort(starts)
		var after, from cursor
		pos := 0
		for q := 0; q < 60; q++ {
			if rng.Intn(5) == 0 {
				pos = rng.Intn(110) // a step back, now and then
			} else {
				pos += rng.Intn(6)
			}
			gt := func(k int) bool { return starts[k] > pos }
			ge := func(k int) bool { return starts[k] >= pos }
			if got, want := after.first(len(starts), pos, true, gt), sort.Search(len(starts), gt); got != want {
				t.Fatalf("%v, > %d: %d, want %d", starts, pos, got, want)
			}
			if got, want := from.first(len(starts), pos, true, ge), sort.Search(len(starts), ge); got != want {
				t.Fatalf("%v, >= %d: %d, want %d", starts, pos, got, want)
			}
		}
	}
}

// TestClosing holds closing to the test it stands for, over the first
// 0x3000 runes and a few beyond.
func TestClosing(t *testing.T) {
	ref := func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Pf, r) || r == ')' || r == '"' || r == '\'' || r == '’'
	}
	for r := rune(0); r < 0x3000; r++ {
		if closing(r) != ref(r) {
			t.Errorf("closing(%U) = %v", r, closing(r))
		}
	}
	for _, r := range []rune{utf8.RuneError, 0x3000, 0xFEFF, 0x1F600} {
		if closing(r) != ref(r) {
			t.Errorf("closing(%U) = %v", r, closing(r))
		}
	}
}
