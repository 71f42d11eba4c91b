package speaker

import (
	"math/rand"
	"strings"
	"testing"
)

// TestClauseUncut checks that clauseUncut gives uncut's answer for
// stretches in text order (the next one at, just after or well after
// the last one's end) and out of it.
func TestClauseUncut(t *testing.T) {
	text := strings.Repeat("“We will not,” Ann Ortiz said; the board met.  Moss, who left — e.g. at 5 p.m. — did not. Über-cool\n", 20)
	x := newTokIndex(text, "")
	r := rand.New(rand.NewSource(2))
	lo := 0
	for n := 0; n < 3000; n++ {
		switch r.Intn(4) {
		case 0:
			lo = r.Intn(len(text))
		default:
			lo = min(lo+r.Intn(20), len(text)-1)
		}
		hi := min(lo+1+r.Intn(60), len(text))
		i, j, ok := x.clauseUncut(lo, hi)
		wi, wj, wok := x.uncut(lo, hi)
		if i != wi || j != wj || ok != wok {
			t.Fatalf("clauseUncut(%d, %d) = %d, %d, %v; uncut gives %d, %d, %v", lo, hi, i, j, ok, wi, wj, wok)
		}
		lo = hi
		if lo == len(text) {
			lo = 0
		}
	}
}
