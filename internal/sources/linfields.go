package sources

import (
	"unicode"
	"unicode/utf8"
)

// fieldsUpTo returns len(strings.Fields(s)) when that is at most limit,
// and limit+1 otherwise, reading s only as far as the start of its
// field limit+1. markupWorks asks it of an element's text before
// normalising its spaces: a title has a few words, and an element of
// more is dropped; reading each whole took time of the depth times the
// text for elements nested around a whole page (the HTML loader takes
// them 512 deep).
func fieldsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var space bool
		if c < utf8.RuneSelf {
			// strings.Fields' ASCII spaces.
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !space
		i += size
	}
	return n
}
