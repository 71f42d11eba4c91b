package speaker

import (
	"strings"
	"unicode/utf8"
)

// thingBeforeIndex is thingBefore read from the index's tokens where
// they lie, without making the toks of its 300-byte window: cueSubject
// and trailingCue ask it of every "it says" and "…, it says, …", and
// the walk back over the window mostly stops at the second sentence
// end, some tens of tokens before the window's start. ok is false
// where the answer may differ from the window's toks: the window cuts
// a character at either end, or a token at its end, or the walk
// reaches the pieces of the token its start cuts (scratch makes those
// pieces, which the index does not hold). thingBefore then reads the
// window as before.
//
// The tokens of the window are the index's tokens all[i:n] (those that
// start at or after its start and end by its end), preceded, where its
// start cuts a token, by that token's pieces: the walk reads the same
// tokens as thingBefore's loop at the same places while it stays in
// all[i:n], and a test past n (the window's end) fails in both.
func (a *attributor) thingBeforeIndex(at int) (string, bool) {
	x, text := a.ix, a.text
	lo, hi := max(0, at-300), min(at, len(text))
	if lo >= hi {
		return "", true // scratch's window is empty: no toks
	}
	if !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) {
		return "", false
	}
	all := x.all
	i, n := x.endAfter(lo), x.endAfter(hi)
	if n < len(all) && int(all[n].s) < hi {
		return "", false // the window's end cuts a token
	}
	headCut := i < len(all) && int(all[i].s) < lo
	if headCut {
		i++ // the cut token's pieces are scratch's, not the index's
	}
	stops := 0
	for j := n - 1; j >= i; j-- {
		t := &all[j]
		if !t.word {
			if s := text[t.s:t.e]; s == "!" || s == "?" || s == "." || s == "…" { // boundary's own marks: it answers false for every other
				if j == i && headCut {
					return "", false // boundary would read the piece before
				}
				// boundary reads the tokens on either side, as far as
				// the window holds them: those three are made.
				var buf [3]tok
				from := max(i, j-1)
				toks := decode(buf[:0], all[from:min(n, j+2)], text, x.lower, x.others)
				if boundary(text, toks, j-from) {
					if stops++; stops > 1 {
						return "", true
					}
				}
			}
			continue
		}
		if j+1 >= n {
			continue // the window's last word: no noun after it
		}
		// "the", "a" and "an" are determiners: the bit turns away the
		// other words, most of the window, before their lower case is
		// taken (a map look-up for a word with a capital beyond ASCII)
		// and compared.
		if !t.is(isDet) {
			continue
		}
		if w := x.low(*t); !thingOwners[w] {
			continue
		}
		if nx := &all[j+1]; !nx.word || capital(text[nx.s:nx.e]) {
			continue
		}
		e := j + 1
		if e+1 < n && all[e+1].word && x.low(all[e]) == "own" {
			e++ // "his own report"
		}
		for e+1 < n && e < j+4 && all[e+1].word && !capital(text[all[e+1].s:all[e+1].e]) && !all[e+1].is(isFunction) && !all[e+1].is(isAuxiliary) && (!all[e+1].is(isReporting) || possessive(x.low(all[e]))) {
			e++
		}
		if low := x.low(all[e]); all[e].is(isFunction) || !carriers[strings.TrimSuffix(low, "s")] && !carriers[low] {
			continue
		}
		return text[t.s:all[e].e], true
	}
	if headCut {
		return "", false // the walk would go on into the pieces
	}
	return "", true
}
