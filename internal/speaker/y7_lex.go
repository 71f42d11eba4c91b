package speaker

import "unicode/utf8"

// asciiWordIs2 reports whether w, a word as written, is in one of the
// lists of c once its ASCII capitals are lowered: the test the rules
// made by lowering the word's bytes into an array and hashing the array
// into a map (calendarName, unfitHeShe, c1In). A word with a byte
// beyond ASCII is in none of these lists (their words are all ASCII:
// TestY7Lists), and is turned away before lexOfWord, which lowers such
// a word as strings.ToLower does ("İ" to "i"), where those rules left
// it as it was.
func asciiWordIs2(w string, c wordClass2) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return classOf2(lexOfWord(w))&c != 0
}

// nameGender holds, for each lexicon entry, the sex its word tells as
// the first word of a name: titles' value for a title ("mrs", 'f'),
// else given's for a given name ("emma", 'f'), else 0. nameAt read it
// by two lookups of the word, titles' first, for every name that opens
// with a title or a given name; a token has its entry in hand.
var nameGender = func() (g [lexCap]byte) {
	for w, v := range given {
		g[lexOf(w)&lexMask] = v
	}
	for w, v := range titles { // a title's sex over a given name's, as nameAt asks titles first
		g[lexOf(w)&lexMask] = v
	}
	g[0] = 0 // the entry of words in no list (a key lexOf does not find)
	return g
}()
