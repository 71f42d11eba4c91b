package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The first reading of an entry in one pass. ParseEntry asked three
// questions of every entry, each a pass of its own and the second with a
// lower-cased copy made for it: is the entry single-spaced
// (singleSpaced), which of searchWords does its lower-case form hold
// (wordsIn of lowerForSearch), and does it hold one of tidyPairs
// (hasTidyPair). scanEntry answers all three reading each byte once,
// and compares the entry's letters with the words case-blind in place:
// no copy is made. TestScanEntry holds it to the three.

// entryScan is what scanEntry finds in an entry.
type entryScan struct {
	spaced bool   // singleSpaced(w) == w
	words  uint64 // wordsIn(lowerForSearch(w))
	tidy   bool   // hasTidyPair(w)
}

// The tables scanEntry reads a byte at a time. Each first byte of a
// search word, in either case, is one bit of wordFirst; pairSecond[c]
// has the bits of the first bytes that c follows in some search word.
// A place where a word can start is then one AND of two loads, where
// wordsIn made a pair and tested a bit of a table of 65,536.
var wordFirst, pairSecond = func() (first, second [256]uint32) {
	ids := map[byte]uint32{}
	for _, w := range searchWords {
		if _, ok := ids[w[0]]; !ok {
			ids[w[0]] = uint32(len(ids))
		}
	}
	if len(ids) > 32 {
		panic("cite: more first bytes of search words than bits")
	}
	both := func(t *[256]uint32, c byte, bit uint32) {
		t[c] |= bit
		if 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] |= bit
		}
	}
	for _, w := range searchWords {
		bit := uint32(1) << ids[w[0]]
		both(&first, w[0], bit)
		both(&second, w[1], bit)
	}
	return first, second
}()

// scanClass marks the bytes scanEntry must look at for spacing and
// tidying: a space, the other ASCII white space, the last bytes of
// tidyPairs' first strings, and every byte outside ASCII.
const (
	classSpace = 1 + iota
	classCtrl
	classTidy
	classHigh
)

var scanClass = func() (t [256]uint8) {
	t[' '] = classSpace
	for _, c := range "\t\n\v\f\r" {
		t[c] = classCtrl
	}
	for _, c := range ").," {
		t[c] = classTidy
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = classHigh
	}
	return t
}()

// scanEntry reads w once for what entryScan holds. Where w holds U+0130
// or the kelvin sign, which lower-case to ASCII letters, its words are
// looked for in strings.ToLower's form, as lowerForSearch does: rare
// enough for the second pass not to matter.
func scanEntry(w string) entryScan {
	sc := entryScan{spaced: w == "" || w[0] != ' ' && w[len(w)-1] != ' '}
	special := false
	var prev uint32 // wordFirst of the byte before
	for i := 0; i < len(w); i++ {
		c := w[i]
		if pairSecond[c]&prev != 0 {
			sc.words |= wordsAt(w, i-1)
		}
		prev = wordFirst[c]
		switch scanClass[c] {
		case classSpace:
			if i+1 < len(w) && w[i+1] == ' ' {
				sc.spaced = false
			}
		case classCtrl:
			sc.spaced = false
		case classTidy:
			if !sc.tidy && i > 0 {
				switch p := w[i-1]; c {
				case ')':
					sc.tidy = p == '('
				default: // '.' or ','
					sc.tidy = p == ' ' || p == '.' || p == ',' && c == '.'
				}
			}
		case classHigh:
			r, n := utf8.DecodeRuneInString(w[i:])
			switch {
			case r == '\u0130' || r == '\u212a':
				special = true
			case unicode.IsSpace(r):
				sc.spaced = false
			}
			i += n - 1
			prev = 0 // no search word has a byte outside ASCII
		}
	}
	if special {
		sc.words = wordsIn(strings.ToLower(w))
	}
	return sc
}

// wordsAt returns the bits of the searchWords that start at w[i],
// compared with w's ASCII letters lower-cased.
func wordsAt(w string, i int) uint64 {
	c := w[i]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	var has uint64
	for _, k := range searchByFirst[c] {
		if hasPrefixLower(w[i:], searchWords[k]) {
			has |= 1 << k
		}
	}
	return has
}

// hasPrefixLower reports whether w starts with word, a lower-case ASCII
// word, once w's ASCII capitals are lower-cased.
func hasPrefixLower(w, word string) bool {
	if len(w) < len(word) {
		return false
	}
	for j := 0; j < len(word); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[j] {
			return false
		}
	}
	return true
}
