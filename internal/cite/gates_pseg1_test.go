package cite

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// TestPageNeedsDash holds the page patterns' gates to the patterns: on
// random entries, wherever a pattern matches, its gate lets it run; and
// yearRange's count of digits to the pattern it gates.
func TestPageNeedsDash(t *testing.T) {
	pieces := []string{"1", "12", "1931", "2003", " ", ",", ":", "(", ")", "-", "–", "—", "p.", "pp.", "a", "Gazette", "iv", "\n", "é"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		w := b.String()
		for k, re := range pageRes {
			if re.MatchString(w) && !pageNeeds[k](w) {
				t.Fatalf("pageRes[%d] matches %q but pageNeeds[%d] is false", k, w, k)
			}
		}
		ys := yearRe.FindAllString(w, -1)
		want := len(ys) == 2 && len(strings.TrimFunc(w, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) })) <= len("–")
		if got := yearRange(w); got != want {
			t.Fatalf("yearRange(%q) = %v, want %v", w, got, want)
		}
	}
}
