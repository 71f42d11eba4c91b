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
