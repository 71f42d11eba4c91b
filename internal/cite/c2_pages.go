package cite

import (
	"unicode"
	"unicode/utf8"
)

// pageScan is what takePages asks of a text before it runs any page
// pattern: whether it holds a digit at all (unicode.IsDigit), and
// pageNeeds' answer for each of pageRes. scanPages finds them all in one
// pass, where takePages made one for the digit (decoding every rune) and
// up to six more for the needs; TestScanPages holds it to those.
type pageScan struct {
	digit bool
	needs [5]bool // pageNeeds[k](w) for each k
}

// scanPages reads w once for its pageScan.
func scanPages(w string) pageScan {
	var digit, word, colon, comma, parenComma, dash bool
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !pageScanBytes[c] {
			continue // a letter but p, a space, most punctuation
		}
		switch {
		case '0' <= c && c <= '9':
			digit = true
		case c == 'p' || c == 'P':
			word = word || pageWordAt(w, i)
		case c == ':':
			colon = colon || digitAfterSpace(w, i+1)
		case c == ',':
			comma = comma || digitAfterSpace(w, i+1)
		case c == ')':
			parenComma = parenComma || i+1 < len(w) && w[i+1] == ','
		case c == '-':
			dash = true
		case c >= utf8.RuneSelf:
			// Each byte a lead byte may be is a rune's start, as a range
			// over w decodes it, for a rune broken off is read a byte at
			// a time: a dash found here is one strings.Contains finds.
			r, n := utf8.DecodeRuneInString(w[i:])
			switch {
			case r == '–' || r == '—':
				dash = true
			case unicode.IsDigit(r):
				digit = true
			}
			i += n - 1
		}
	}
	return pageScan{digit: digit, needs: [5]bool{word, colon, parenComma, comma && dash, colon && dash}}
}

// pageScanBytes marks the bytes scanPages looks at.
var pageScanBytes = bytesAndNonASCII("0123456789pP:,)-")

// pageWordAt is pageWord's test at w[i], a 'p' or 'P': "p.", "pg" or
// "page" in any case starts there.
func pageWordAt(w string, i int) bool {
	if i+1 >= len(w) {
		return false
	}
	switch c := w[i+1] | 0x20; {
	case w[i+1] == '.', c == 'g':
		return true
	case c == 'a' && i+3 < len(w) && w[i+2]|0x20 == 'g' && w[i+3]|0x20 == 'e':
		return true
	}
	return false
}

// digitAfterSpace reports whether w[j:] is white space (\s), then a
// digit: sepDigit's test after its separator.
func digitAfterSpace(w string, j int) bool {
	for j < len(w) && reSpace(w[j]) {
		j++
	}
	return j < len(w) && '0' <= w[j] && w[j] <= '9'
}

// hasDigit is strings.IndexFunc(s, unicode.IsDigit) >= 0, read a byte
// at a time and decoding only bytes outside ASCII, each at a rune's
// start as a range over s has them: the library's loop decodes and
// calls for every rune (TestHasDigit).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if '0' <= c && c <= '9' {
				return true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) {
			return true
		}
		i += n - 1
	}
	return false
}
