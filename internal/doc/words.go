package doc

import (
	"unicode"
	"unicode/utf8"
)

// The word rule that stages reading words straight from the text share,
// so that they agree on where a word ends: letters, digits and combining
// marks, joined by inner apostrophes, hyphens and full stops
// (Khrushchev’s, Forty-six, L.M).

// IsWordRune reports whether r belongs to a word: a letter, digit or
// combining mark.
func IsWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case '\u2000' <= r && r <= '\u206F':
		return false // General Punctuation: quote marks, dashes, spaces
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsWordJoiner reports whether r joins two parts of one word when word
// runes stand on both sides of it.
func IsWordJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐' || r == '.'
}

// WordEnd returns the end of the word that starts at i, no later than hi.
func WordEnd(text string, i, hi int) int {
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if IsWordRune(r) {
			i += n
			continue
		}
		if IsWordJoiner(r) && i+n < hi {
			if next, _ := utf8.DecodeRuneInString(text[i+n : hi]); IsWordRune(next) {
				i += n
				continue
			}
		}
		break
	}
	return i
}
