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
	particlesFilter  = newWordFilter(particles)
	orgWordsFilter   = newWordFilter(orgWords)
	nonAuthorsFilter = newWordFilter(nonAuthors)
)

// inLexicon is set[string(w)], with f, set's filter, asked first.
func inLexicon(set map[string]bool, f *wordFilter, w []byte) bool {
	return f.may(w) && set[string(w)]
}

// nextWord returns the bounds of the first word of s at or after i,
// words being separated by the ASCII bytes asciiSep marks with mask and
// by white space outside ASCII; start is len(s) when no word is left.
// It stands for strings.Fields (mask sepField) and for nameLike's
// FieldsFunc at commas and white space (sepName): a call a word, where
// the iterators made a call a rune, and bytes outside ASCII decoded
// only where they are.
func nextWord(s string, i int, mask uint8) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSep[c]&mask == 0 {
				break
			}
			i++
		} else {
			space, n := runeSpace(s[i:])
			if !space {
				break
			}
			i += n
		}
	}
	start = i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSep[c]&mask != 0 {
				break
			}
			i++
		} else {
			space, n := runeSpace(s[i:])
			if space {
				break
			}
			i += n
		}
	}
	return start, i
}

// runeSpace reports whether the rune that s starts with is white space,
// and its length.
func runeSpace(s string) (bool, int) {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r), n
}

// asciiSep marks ASCII white space (sepField, and sepName) and the comma
// (sepName).
const (
	sepField = 1 << iota
	sepName
)

var asciiSep = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range " \t\n\v\f\r" {
		t[c] = sepField | sepName
	}
	t[','] = sepName
	return t
}()

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
