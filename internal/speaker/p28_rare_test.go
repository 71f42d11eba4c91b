package speaker

import (
	"math/rand"
	"testing"
)

// TestRareFirst compares hopsIn and workIn, which read the index's list
// of rare tokens where a stretch cuts no token (rareFirst), with their
// readings of the stretch's toks, over stretches that cut words and
// characters beyond ASCII and stretches that hold sites, works, both or
// neither.
func TestRareFirst(t *testing.T) {
	text := "In his memoir, Ed Moss said the English version of Wikipedia “got it wrong.” " +
		"The Quora post — from the French edition of the Memoirs — was copied; wikipedia’s page " +
		"and her memoirs agree. Nobody read it on Quora. Ann Lee’s Memoir says so, and Wikipedia.\n\n" +
		"A plain sentence without either, Ortiz said. Ed’s memoirs, the Spanish version of the Wikipedia, Quora."
	ix := newTokIndex(text, "")
	hopsRef := func(lo, hi int) []string {
		var out []string
		if !ix.mayHold(lo, hi) {
			return nil
		}
		toks := ix.tokens(lo, hi)
		for k := range toks {
			tk := &toks[k]
			if !tk.word || !tk.is(isSite) || !sites[tk.str(text)] {
				continue
			}
			w := tk.str(text)
			h := w
			if k >= 3 && toks[k-1].lower(text) == "of" && (toks[k-2].lower(text) == "version" || toks[k-2].lower(text) == "edition") && capital(toks[k-3].str(text)) {
				h = toks[k-3].str(text) + " " + w
			} else if k >= 4 && toks[k-1].lower(text) == "the" && toks[k-2].lower(text) == "of" && (toks[k-3].lower(text) == "version" || toks[k-3].lower(text) == "edition") && capital(toks[k-4].str(text)) {
				h = toks[k-4].str(text) + " " + w
			}
			out = append(out, h)
		}
		return out
	}
	workRef := func(lo, hi int) string {
		if !ix.mayHold(lo, hi) {
			return ""
		}
		for _, tk := range ix.tokens(lo, hi) {
			if tk.word && tk.is(isWork) {
				return tk.str(text)
			}
		}
		return ""
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		lo := rng.Intn(len(text)+2) - 1
		hi := lo + rng.Intn(200) - 10
		h, hr := hopsIn(ix, lo, hi), hopsRef(lo, hi)
		if len(h) != len(hr) {
			t.Fatalf("hopsIn(%d, %d) = %q, reading the toks %q", lo, hi, h, hr)
		}
		for i := range h {
			if h[i] != hr[i] {
				t.Fatalf("hopsIn(%d, %d) = %q, reading the toks %q", lo, hi, h, hr)
			}
		}
		if w, wr := workIn(ix, lo, hi), workRef(lo, hi); w != wr {
			t.Fatalf("workIn(%d, %d) = %q, reading the toks %q", lo, hi, w, wr)
		}
	}
}
