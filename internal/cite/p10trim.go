package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace), with the
// ASCII white space most lines end in (or none) trimmed byte by byte:
// the library calls unicode.IsSpace through a function value for each
// rune it decodes from the end, and paragraphNotes asks it of every
// line of the text. A line ending in a byte outside ASCII (a no-break
// space, a closing quotation mark) goes to the library from there,
// which trims on as it would have.
func trimRightSpace(s string) string {
	n := len(s)
	for n > 0 {
		c := s[n-1]
		if c >= utf8.RuneSelf {
			return strings.TrimRightFunc(s[:n], unicode.IsSpace)
		}
		if c != ' ' && (c < '\t' || c > '\r') {
			break
		}
		n--
	}
	return s[:n]
}
