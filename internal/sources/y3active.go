package sources

import "github.com/hearsay-project/hearsay/internal/doc"

// firstActive returns the index in ts of the first token the scan must
// read (see nextActive), or len(ts), and how many word tokens ts holds
// up to it, that one included. text and lower are the document's text
// and lower-case text, of the same length.
//
// A function of its own, which nextActive calls once for each token it
// returns: inside nextActive, whose builder, start index and count are
// live across the loop, the compiler reloaded three of them from the
// stack on the path of every word it passed over; here the loop's
// values are all it holds.
func firstActive(ts []doc.Token, text, lower string) (k, words int) {
	// A range over copies of the tokens, which the compiler walks with
	// a pointer and reads field by field (a mark needs its kind alone):
	// indexing them, or a pointer to each, computed each field's
	// address anew.
	for j, t := range ts {
		if t.Kind != doc.TokenWord {
			continue
		}
		words++
		s, e := int(t.Start), int(t.End)
		// (An empty word, e == s, is passed over below as a word of
		// no length in the lists, or stopped at as a capital: either
		// way the scan would do nothing with it.)
		if !t.Plain || uint(s) >= uint(len(text)) {
			return j, words
		}
		// The first byte, a small letter when the word may be passed
		// over, is the same in both texts. Most words are turned away
		// by it and their length alone (firstLens), before the filter
		// hashes three bytes of the lower-case word, read without
		// making it a string.
		c := text[s]
		if firstLens[c]>>((e-s)&31)&1 == 0 {
			continue
		}
		if c-'a' >= 26 {
			return j, words
		}
		if w := lower[s:e]; scanActive.maybe(c, w[len(w)>>1], w[len(w)-1], len(w)) {
			return j, words
		}
	}
	return len(ts), words
}
