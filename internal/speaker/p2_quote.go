package speaker

import (
	"unicode"
	"unicode/utf8"
)

// p2OnlySpace reports whether s is all space, strings.TrimSpace(s) ==
// "", reading s from its start and stopping at its first other
// character. attribute asks it of the paragraph's text before every
// quotation (is the quotation a block?), which TrimSpace read from both
// ends, and through unicode.IsSpace's function calls once a character
// beyond ASCII was met (a paragraph opening with a quotation mark).
func p2OnlySpace(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				return false
			}
			i++
			continue
		}
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x98 && s[i+2] <= 0x9F {
			return false // a curly quotation mark (U+2018 to U+201F), no space: the paragraph's marks, told without decoding
		}
		r, n := utf8.DecodeRuneInString(s[i:]) // an invalid byte is utf8.RuneError, no space, as TrimSpace reads it
		if !unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}
