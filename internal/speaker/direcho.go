package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// indexNgrams records in index, as quotation i's, each wanted n-gram of
// the words of text[lo:hi] (as normWords gives them) whose first word
// firsts may hold: the two and the three words from each such word on.
// A stretch that cuts no token is read from the index's tokens as they
// lie, in one pass that keeps the two words before each word: most
// direct quotations hold no word that opens a wanted n-gram, and a
// pass that asked whether any word may open one, then a list of their
// words made for the quotations that passed, was two passes where one
// does. later holds the n-grams' other words. A stretch that cuts a
// token is read into ws (returned, for reuse) by normWords.
func (a *attributor) indexNgrams(lo, hi, i int, firsts *doc.WordFilter, later *ngramLater, wanted map[ngram]bool, index map[ngram]int, ws []string) []string {
	x := a.ix
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if lo >= hi {
		return ws // normWords reads no word
	}
	i0, j0, ok := x.uncut(lo, hi)
	if !ok {
		ws = normWords(x, lo, hi, ws[:0])
		for k := 0; k+1 < len(ws); k++ {
			if !firsts.Maybe(ws[k]) {
				continue // no wanted n-gram starts here
			}
			if g := (ngram{ws[k], ws[k+1], ""}); wanted[g] {
				index[g] = i
			}
			if k+2 < len(ws) {
				if g := (ngram{ws[k], ws[k+1], ws[k+2]}); wanted[g] {
					index[g] = i
				}
			}
		}
		return ws
	}
	// w2 and w1 are the two words before w, in order, and m2 and m1
	// whether firsts may hold them (false where there is none). A filter
	// key computed once a word and asked of all three filters, where
	// each Maybe hashes the word again, was measured in the seventeenth
	// session and not kept (QuotesSpeakers +1.4 M instructions): most
	// words are asked of firsts alone, and the key kept for w1 cost the
	// loop more than the hashing it saved.
	var w1, w2 string
	var m1, m2 bool
	// mark is the offset of the stretch's next byte 0xE2, the first
	// byte of each mark straighten replaces, from the word's start on
	// (hi when there is none): normWords searches each word for it, a
	// call a word, where here the stretch is searched once, and again
	// past each one found, and a word holds one when mark falls inside
	// it. (A word whose form is lowOther is searched itself: its lower
	// case may hold a byte 0xE2 its text does not, "Ⱥ" to "ⱥ".)
	mark := nextE2(x.text, lo, hi)
	// The tokens are read in place, each copied only when it is a
	// word: most are not, and a copy of each cost two moves a token for
	// the one byte read.
	toks := x.all[i0:j0]
	for k := 0; k < len(toks); k++ {
		if !m1 && !m2 {
			// Neither word before opens a wanted n-gram: the words
			// up to the next that may open one are passed over
			// (ngramQuiet), and are then the two before it, of
			// which firsts holds neither.
			if k = ngramQuiet(toks, k, x.lower, mark, firsts); k == len(toks) {
				break
			}
		}
		if !toks[k].word {
			continue
		}
		c := toks[k]
		for mark < int(c.s) {
			mark = nextE2(x.text, mark+1, hi)
		}
		w := x.low(c)
		if mark < int(c.e) || c.form == lowOther && strings.IndexByte(w, 0xE2) >= 0 {
			w = straightenWord(w) // as normWords does
		}
		// later turns away most n-grams whose first word firsts may
		// hold, on the bytes of w and w1, before the map hashes them.
		if m1 && later.second.Maybe(w) { // m1: a word before w
			if g := (ngram{w1, w, ""}); wanted[g] {
				index[g] = i
			}
		}
		if m2 && later.third.Maybe(w) && later.second.Maybe(w1) { // m2: two words before w
			if g := (ngram{w2, w1, w}); wanted[g] {
				index[g] = i
			}
		}
		w2, m2 = w1, m1
		w1, m1 = w, firsts.Maybe(w)
	}
	return ws
}

// ngramQuiet returns the index of the first token of toks[k:] that is
// a word indexNgrams must read the whole way, len(toks) if none: one
// firsts may hold, or one it reads another way (a form beyond lower, a
// byte 0xE2 at mark or before its end, past which the caller moves
// mark). The tokens before it are marks and words that open no wanted
// n-gram; where the two words before them open none either, they
// change nothing indexNgrams keeps but which words are the two before
// the next (which then open none). Most words of most quotations are
// such: here they cost a filter's test each, in a loop that calls
// nothing, where indexNgrams' loop, whose calls save no register, kept
// its words and filter answers in memory and loaded them back at every
// word.
func ngramQuiet(toks []ctok, k int, lower string, mark int, firsts *doc.WordFilter) int {
	for ; k < len(toks); k++ {
		c := &toks[k]
		if !c.word {
			continue
		}
		if c.form != lowLower || int(c.e) > mark || firsts.Maybe(lower[c.s:c.e]) {
			return k
		}
	}
	return k
}

// ngramLater holds the second and the third words of the n-grams that
// echoes wants (a bigram's word in second): a wanted n-gram's words are
// all held, so an n-gram with a word not held is not wanted.
type ngramLater struct {
	second, third doc.WordFilter
}

// nextE2 returns the offset of the first byte 0xE2 of text[from:hi], or
// hi.
func nextE2(text string, from, hi int) int {
	if k := strings.IndexByte(text[from:hi], 0xE2); k >= 0 {
		return from + k
	}
	return hi
}
