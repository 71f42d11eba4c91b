package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// mayOpen reports whether a word of text[lo:hi], as normWords gives it,
// may open one of the n-grams whose first words firsts holds. echoes
// reads the words of every attributed direct quotation for the
// n-grams that a later quotation may echo; most hold no word that
// opens one, and are turned away here, read from the index as they
// lie, without making their words into a list. A stretch that cuts a
// word is not tested (true): normWords reads it.
func (x *tokIndex) mayOpen(lo, hi int, firsts *doc.WordFilter) bool {
	lo, hi = max(lo, 0), min(hi, len(x.text))
	if lo >= hi {
		return false // normWords reads no word
	}
	i, j, ok := x.uncut(lo, hi)
	if !ok {
		return true
	}
	for _, c := range x.all[i:j] {
		if !c.word {
			continue
		}
		w := x.low(c)
		if strings.IndexByte(w, 0xE2) >= 0 {
			w = straighten.Replace(w) // as normWords does
		}
		if firsts.Maybe(w) {
			return true
		}
	}
	return false
}
