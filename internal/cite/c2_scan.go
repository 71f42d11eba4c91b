package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
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

// scanInfo is the one table scanEntry reads a byte at a time. What it
// looks for is mostly pairs of bytes: the first two bytes of each search
// word (in either case), tidyPairs' first strings, and two spaces side
// by side. Each byte that begins a pair is a bit of the low half of its
// entry (its "first" bits); the high half of a byte's entry holds the
// first bits of the bytes it follows in some pair. A pair is then found
// with one AND of the entry of the byte before and that of this one,
// with no branch for most bytes: wordsIn made a pair of every two bytes
// and tested a table of 65,536 bits, and asked singleSpaced's and
// hasTidyPair's questions each in a pass of its own. Bit 31 is a first
// bit of every byte, and in the high half marks the bytes that need a
// look of their own (ASCII white space other than a space, and every
// byte outside ASCII), so that the one AND finds them too; no pair has
// that bit.
var scanInfo = func() (t [256]uint64) {
	var nfirst int
	ids := map[byte]int{}
	id := func(c byte) uint64 {
		if _, ok := ids[c]; !ok {
			ids[c] = nfirst
			nfirst++
		}
		return 1 << ids[c]
	}
	pair := func(a, b byte, bit uint64) {
		for _, x := range caseBoth(a) {
			t[x] |= bit
		}
		for _, y := range caseBoth(b) {
			t[y] |= bit << 32
		}
	}
	for _, w := range searchWords {
		pair(w[0], w[1], id(w[0]))
	}
	// The pairs of spacing and tidying after those of the search words,
	// so that a bit tells which kind a pair is (wordBits).
	nwords := nfirst
	if nwords > 16 {
		panic("cite: more first bytes of search words than scanInfo has bits")
	}
	nfirst = 16
	ids = map[byte]int{}
	pair(' ', ' ', id(' '))
	for _, p := range tidyPairs {
		pair(p[0][0], p[0][1], id(p[0][0]))
	}
	if nfirst > 31 {
		panic("cite: more first bytes than scanInfo has bits")
	}
	for c := range t {
		t[c] |= lookBit
	}
	for _, c := range "\t\n\v\f\r" {
		t[c] |= lookBit << 32
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] |= lookBit << 32
	}
	return t
}()

// scanFirst and scanSecond are the low and high halves of scanInfo.
var scanFirst, scanSecond = func() (first, second [256]uint32) {
	for c, x := range scanInfo {
		first[c], second[c] = uint32(x), uint32(x>>32)
	}
	return first, second
}()

const (
	wordBits = 1<<16 - 1 // the first bits of search words' pairs; those of the others are above
	lookBit  = 1 << 31   // see scanInfo
)

// caseBoth returns c and, for an ASCII letter, its other case.
func caseBoth(c byte) []byte {
	switch {
	case 'a' <= c && c <= 'z':
		return []byte{c, c - 'a' + 'A'}
	case 'A' <= c && c <= 'Z':
		return []byte{c, c - 'A' + 'a'}
	}
	return []byte{c}
}

// scanEntry reads w once for what entryScan holds. Where w holds U+0130
// or the kelvin sign, which lower-case to ASCII letters, its words are
// looked for in strings.ToLower's form, as lowerForSearch does: rare
// enough for the second pass not to matter.
func scanEntry(w string) entryScan {
	sc := entryScan{spaced: w == "" || w[0] != ' ' && w[len(w)-1] != ' '}
	special := false
	prev := uint32(lookBit) // the first bits of the byte before
	for i := 0; i < len(w); i++ {
		// The bytes that end no pair and need no look of their own, most
		// of them, in a loop of their own that keeps to registers. The
		// halves of scanInfo are read from two tables, which spares the
		// loop a shift and a copy a byte.
		for scanSecond[w[i]]&prev == 0 {
			prev = scanFirst[w[i]]
			if i++; i == len(w) {
				return sc.done(w, special)
			}
		}
		x := scanInfo[w[i]]
		if m := uint32(x>>32) & prev; m&lookBit == 0 {
			switch {
			case m&wordBits != 0:
				sc.words |= wordsAt(w, i-1)
			case w[i] == ' ':
				sc.spaced = false // two spaces: no other pair ends in one
			default:
				sc.tidy = true // no pair of a search word ends as these do
			}
			prev = uint32(x)
			continue
		}
		// White space other than a space, or a byte outside ASCII.
		prev = lookBit // no pair has a byte outside ASCII
		if w[i] < utf8.RuneSelf {
			sc.spaced = false
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		switch {
		case r == '\u0130' || r == '\u212a':
			special = true
		case unicode.IsSpace(r):
			sc.spaced = false
		}
		i += n - 1
	}
	return sc.done(w, special)
}

// done returns sc with its words looked for in strings.ToLower(w) where
// w holds U+0130 or the kelvin sign (special).
func (sc entryScan) done(w string, special bool) entryScan {
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
	// The pair is at w[i:i+2] (scanEntry found it), and the words with
	// another second byte are passed over before comparing the rest:
	// most first bytes start several words ("asin", "accessed",
	// "archived", "arxiv").
	second := w[i+1]
	if 'A' <= second && second <= 'Z' {
		second += 'a' - 'A'
	}
	var has uint64
	for _, k := range searchByFirst[c] {
		if word := searchWords[k]; word[1] == second && doc.HasPrefixLower(w[i:], word) {
			has |= 1 << k
		}
	}
	return has
}
