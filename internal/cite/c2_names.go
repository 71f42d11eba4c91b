package cite

import (
	"unicode"
	"unicode/utf8"
)

// wordFilter tells, for a word list, which lengths its words that start
// with each byte have: a word whose first byte and length no word of the
// list has is not in it, and is turned away without hashing it for the
// map. Most words of names ("Agnes", "Pell") are so turned away from
// particles and orgWords, each asked of every word of every name.
type wordFilter [256]uint64

// newWordFilter returns the filter of the words of set. A word of 63
// bytes or more sets bit 63, which stands for all those lengths.
func newWordFilter(set map[string]bool) *wordFilter {
	var f wordFilter
	for w := range set {
		if w != "" {
			f[w[0]] |= 1 << min(len(w), 63)
		}
	}
	return &f
}

// may reports whether w may be in the filter's list: false when it is
// surely not.
func (f *wordFilter) may(w []byte) bool {
	return len(w) > 0 && f[w[0]]&(1<<min(len(w), 63)) != 0
}

var (
	particlesFilter = newWordFilter(particles)
	orgWordsFilter  = newWordFilter(orgWords)
)

// inLexicon is set[string(w)], with f, set's filter, asked first.
func inLexicon(set map[string]bool, f *wordFilter, w []byte) bool {
	return f.may(w) && set[string(w)]
}

// nameSep reports whether the rune at s[i], of n bytes, separates the
// words of a name for nameLike: a comma or white space. Bytes outside
// ASCII are decoded only where they are.
func nameSep(s string, i int) (sep bool, n int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ',' || c == ' ' || '\t' <= c && c <= '\r', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

// initialsWord is initials(w) for w without white space and not empty:
// the parts between its stops, a final stop aside, are each one
// capital, after a hyphen if any ("W.", "L.J.P.", "J.-P.").
func initialsWord(w string) bool {
	if w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	for start := 0; ; {
		end := start
		for end < len(w) && w[end] != '.' {
			end++
		}
		part := w[start:end]
		if len(part) > 0 && part[0] == '-' {
			part = part[1:]
		}
		if r, size := utf8.DecodeRuneInString(part); size != len(part) || !unicode.IsUpper(r) {
			return false
		}
		if end == len(w) {
			return true
		}
		start = end + 1
	}
}

// fieldSep reports whether the rune at s[i], of n bytes, is white space
// to strings.Fields.
func fieldSep(s string, i int) (sep bool, n int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}
