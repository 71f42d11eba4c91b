package cite

import (
	"math/rand"
	"testing"
)

// TestPageFinds holds each of pageFinds to its pattern of pageRes on
// random text of page words, numbers, numerals, dashes, separators and
// the letters that the pattern's case folding matches outside ASCII.
func TestPageFinds(t *testing.T) {
	parts := []string{"p.", "P.", "pp.", "Pp.", "p", "page", "Pages", "PAGE", "pg.", "pgs.", "PGS", "pg", "s", "S", ".", " ", "  ", "\t", "\n", "\v", ",", ";", ":", "(", ")", "1", "12", "1997", "a", "B", "z", "_", "–", "—", "-", "x", "iv", "XL", "c", "civil", "ſ", "K", "é", "\xff", "e"}
	rng := rand.New(rand.NewSource(8))
	matched := make([]int, len(pageFinds))
	for n := 0; n < 200000; n++ {
		s := randomText(rng, parts, 8)
		for k, find := range pageFinds {
			lo, hi, ok := find(s)
			m := pageRes[k].FindStringSubmatchIndex(s)
			if ok != (m != nil) || ok && (lo != m[2] || hi != m[3]) {
				t.Fatalf("pageFinds[%d](%q) = %d, %d, %v; the pattern gives %v", k, s, lo, hi, ok, m)
			}
			if ok {
				matched[k]++
			}
		}
	}
	// Text of the second pattern's parts alone, so that it matches often.
	colon := []string{")", "7", "14", ":", " ", "\t", "33", "–", "—", "-", "58", "a", "_", "(", "é", ","}
	for n := 0; n < 200000; n++ {
		s := randomText(rng, colon, 8)
		lo, hi, ok := findColonPages(s)
		m := pageRes[1].FindStringSubmatchIndex(s)
		if ok != (m != nil) || ok && (lo != m[2] || hi != m[3]) {
			t.Fatalf("findColonPages(%q) = %d, %d, %v; the pattern gives %v", s, lo, hi, ok, m)
		}
		if ok {
			matched[1]++
		}
	}
	for k, n := range matched[:2] {
		if n < 1000 {
			t.Errorf("pageFinds[%d] matched only %d of the texts", k, n)
		}
	}
}
