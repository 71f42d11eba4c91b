// Package textkey reduces a quotation to the key under which two reports
// of the same words meet. It is one small package so that the corpus
// store and the Beam pipeline, which must find the same conflicts in the
// same corpus, share one definition.
package textkey

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize reduces a quotation to the form two reports of the same words
// share: lower case, diacritics removed ("café" → "cafe"), apostrophes
// dropped inside words ("don’t" → "dont"), every other run of punctuation
// and space turned into one space. Typographic differences between
// outlets (curly or straight marks, dashes, ellipses, accents lost in
// transit) then vanish.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending before the next letter
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'':
				continue
			default:
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '’' || r == 'ʼ' {
			continue // an apostrophe, or a closing mark that a space or mark follows anyway
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			space = b.Len() > 0
			continue
		}
		// Decompose to drop marks; most letters decompose to themselves.
		var buf [utf8.UTFMax]byte
		for _, d := range norm.NFKD.String(string(buf[:utf8.EncodeRune(buf[:], r)])) {
			if unicode.Is(unicode.Mn, d) || d == 'ʼ' {
				continue // a mark, or the apostrophe of a decomposed "ŉ"
			}
			if !unicode.IsLetter(d) && !unicode.IsNumber(d) {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}
