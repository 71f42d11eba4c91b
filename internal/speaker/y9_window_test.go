package speaker

import (
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestTidyWindow holds tidyWindow to tokens, token for token, over
// windows asked in turn of slot 0 as widen and tidy ask them (a window,
// then one from the same start or another), and scratch's next answer
// from the slot tidyWindow left to tokens too: texts with words cut at
// every byte, characters beyond ASCII, capitals beyond ASCII (a form of
// their own) and marks.
func TestTidyWindow(t *testing.T) {
	example, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(example),
		strings.Repeat("Ørsted’s ÉCOLE said — “Ann Ortiz, a nurse,” and İstanbul's Dr. L.M. Moss (R-Fla.) agreed… ", 12),
		strings.Repeat("ab ", 200),
		"x",
	}
	texts = append(texts, tokenTexts...)
	r := rand.New(rand.NewSource(9))
	for _, text := range texts {
		if text == "" {
			continue
		}
		ix, ref := newTokIndex(text, ""), newTokIndex(text, "")
		for range 2000 {
			lo := r.Intn(len(text))
			hi1 := lo + 1 + r.Intn(min(len(text)-lo, 600))
			ix.scratch(0, lo, hi1) // widen's window
			lo2 := lo
			if r.Intn(4) == 0 {
				lo2 = max(0, lo-r.Intn(20)) + r.Intn(20)
			}
			hi2 := lo2 + 1 + r.Intn(400)
			got := ix.tidyWindow(lo2, hi2)
			if want := ref.tokens(lo2, hi2); !sameToks(got, want) {
				t.Fatalf("%.30q: tidyWindow(%d, %d) after scratch(0, %d, %d) = %v, want %v", text, lo2, hi2, lo, hi1, got, want)
			}
			lo3 := max(0, lo2+r.Intn(60)-30)
			hi3 := lo3 + 1 + r.Intn(500)
			if got, want := ix.scratch(0, lo3, hi3), ref.tokens(lo3, hi3); !sameToks(got, want) {
				t.Fatalf("%.30q: scratch(0, %d, %d) after tidyWindow(%d, %d) = %v, want %v", text, lo3, hi3, lo2, hi2, got, want)
			}
		}
	}
}

// sameToks reports whether two stretches hold the same toks (nil and
// empty alike).
func sameToks(a, b []tok) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}
