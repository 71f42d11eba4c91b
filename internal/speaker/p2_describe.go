package speaker

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// p2BeforeLen and p2After bound the stretches around a mention that
// readWords reads (runeWindow's 40 bytes before and 100 after, each
// widened by at most three bytes to a whole character): the word
// before a mention lies in text[m.Start-p2BeforeLen : m.Start], and the
// words of its appositive, when ", " follows it, in
// text[m.End+2 : m.End+p2After].
const (
	p2BeforeLen = 40 + 3
	p2After     = 100 + 3
)

// p2Head is resolveDescription's index of one head word, for a text
// where no character beyond ASCII lower-cases to ASCII (p2Folds) and an
// ASCII head: which mentions may give it a name.
//
// A description is compared with up to 48 mentions before it, and a
// text comes back to the same description a few dozen mentions on
// ("the senator", "the company"): each mention was tested again with
// each description in reach (and a mention's words cost some 950
// instructions to read, readWords). The index tests each mention once
// a head, as the text is read forward, and keeps those that may match
// (hits); a description reads only its hits in reach, most often none.
type p2Head struct {
	// lo and hi: mentions [lo, hi) are tested; hits holds those of them
	// that may match, as j<<1, plus 1 when the word before j or its
	// appositive may be head (describeMatch's may).
	lo, hi int
	hits   []int32
	r      int // p2Rare(head): the byte searched for
}

// p2Resolve is resolveDescription for q at mention i and byte at, by
// q's index: the first mention before i that names q, as the loop over
// the 48 before i reads them, up to one out of reach (describeReach),
// not reading those in a quotation.
func (a *attributor) p2Resolve(q *describeQuery, i, at int) string {
	lo := max(0, i-48)
	x := a.p2Heads[q.head]
	if x == nil {
		if a.p2Heads == nil {
			a.p2Heads = make(map[string]*p2Head)
		}
		x = &p2Head{r: p2Rare(q.head)}
		a.p2Heads[q.head] = x
	}
	if lo < x.lo || lo > x.hi {
		// Not next to what the index holds (descriptions read out of
		// order, or far apart): it starts again from lo.
		x.lo, x.hi, x.hits = lo, lo, x.hits[:0]
	}
	if x.hi < i {
		a.p2Extend(x, q, i)
	}
	// The hits in [lo, i), from the last, as long as no mention from
	// i-1 down to it is out of reach (j is the next to test).
	k := sort.Search(len(x.hits), func(k int) bool { return int(x.hits[k]>>1) >= i })
	j := i - 1
	for k--; k >= 0 && int(x.hits[k]>>1) >= lo; k-- {
		h := int(x.hits[k] >> 1)
		if at-a.mentions[h].Start <= describeReach {
			// Every mention from h on starts after it, and ends
			// after it starts: none is out of reach.
			j = h - 1
		}
		for ; j >= h; j-- {
			if at-a.mentions[j].End > describeReach {
				return ""
			}
		}
		if r := a.describeMatch(h, q, x.hits[k]&1 != 0); r != "" {
			return r
		}
	}
	return ""
}

// p2Extend tests mentions x.hi up to i with q, adding those that may
// name it to x.hits: a mention not in a quotation whose word before it
// may be q's head (p2Before) or whose appositive's stretch holds head
// in the lower-cased text (as p2Before's stretch, a word of it is head
// only where the stretch holds head), or whose first word may be head
// (strings.EqualFold: its first byte is head's in either case, or
// beyond ASCII) or which opens with q's title.
func (a *attributor) p2Extend(x *p2Head, q *describeQuery, i int) {
	text, lower, head := a.text, a.ix.lower, q.head
	h0, title := head[0], q.title
	for j := x.hi; j < i; j++ {
		m := &a.mentions[j]
		if m.inQuote {
			continue
		}
		if mw := &a.around[j]; mw.read {
			// Its words are read (by another description, or another
			// rule): their bits say (describeMatch).
			if mw.keys&q.bit != 0 || title != "" && lowerHasPrefixDot(m.text, title) {
				x.hits = append(x.hits, int32(j<<1|1))
			}
			continue
		}
		if !p2WordEndsElse(lower, m.Start, head[len(head)-1]) && p2Before(lower, m.Start, head, x.r) || strings.HasPrefix(text[m.End:], ", ") && p2Holds(lower[m.End+2:min(len(lower), m.End+p2After)], head, x.r) {
			x.hits = append(x.hits, int32(j<<1|1))
		} else if t := m.text; t != "" && (t[0] == h0 || t[0]|0x20 == h0 || t[0] >= utf8.RuneSelf) || title != "" && lowerHasPrefixDot(t, title) {
			x.hits = append(x.hits, int32(j<<1))
		}
	}
	x.hi = max(x.hi, i)
}

// p2Before reports whether the word before a mention at start may be
// head, an ASCII word with no "." or "," at either end: false means
// readWords' word before it (the last field before it, "." and ","
// trimmed) is not. A word w is head when strings.ToLower(w) == head.
// For an ASCII w, the lower-cased text holds head where w stands; a
// word beyond ASCII lower-cases to an ASCII head only through U+0130
// (to "i") or the Kelvin sign U+212A (to "k"), which the text does not
// hold (p2Folds). Between that word and the mention are ASCII spaces and
// the "." and "," trimmed, or characters beyond ASCII (a no-break
// space): in the first case head ends where they begin, as the word
// does, and is compared there; in the second the stretch the word lies
// in (p2BeforeLen bytes) is searched for head.
func p2Before(lower string, start int, head string, r int) bool {
	// No further back than the stretch the word lies in: a stretch of
	// nothing else holds no word but "." and "," ones, "" once trimmed.
	lim, e := max(0, start-p2BeforeLen), start
	for e > lim && (asciiSpace(lower[e-1]) || lower[e-1] == '.' || lower[e-1] == ',') {
		e--
	}
	if e == lim {
		return false
	}
	if lower[e-1] >= utf8.RuneSelf {
		return p2Holds(lower[lim:start], head, r)
	}
	n := len(head)
	return e >= n && lower[e-1] == head[n-1] && lower[e-n:e] == head
}

// p2WordEndsElse reports whether the mention at start follows one
// ASCII space after an ASCII byte that is no space, "." or ",", and is
// not last, head's last byte: p2Before is false there (the word before
// the mention ends at start-1 and is compared there), told without the
// call. Most mentions are so (some 330 k tested on the bench text, at
// some 40 instructions each in p2Before and its call).
func p2WordEndsElse(lower string, start int, last byte) bool {
	if start < 2 || lower[start-1] != ' ' {
		return false
	}
	c := lower[start-2]
	return c != last && c < utf8.RuneSelf && c != '.' && c != ',' && !asciiSpace(c)
}

// p2Holds reports whether s holds head, searched for by its byte
// head[r] (p2Rare: IndexByte stops seldom).
func p2Holds(s, head string, r int) bool {
	c := head[r]
	for p := r; p < len(s); {
		k := strings.IndexByte(s[p:], c)
		if k < 0 {
			return false
		}
		p += k
		if h := p - r; h+len(head) <= len(s) && s[h] == head[0] && s[h:h+len(head)] == head {
			return true
		}
		p++
	}
	return false
}

// p2Folds reports whether the text holds U+0130 or U+212A, the
// characters beyond ASCII whose lower case is ASCII, asked once a
// document: each is searched for by a byte English seldom holds (0xC4,
// 0x84), a few instructions a 32 bytes of text (4.6 M on issue 3's
// bench text).
//
// A text whose index has no token of form lowOther holds neither, and
// is not searched: every character beyond ASCII that appendCompact
// does not read as a mark of General Punctuation or a curly apostrophe
// or hyphen inside an ASCII word (neither of the two is one) is in a
// token read the general way (compactSlow), whose form, its
// strings.ToLower, is lowOther when lower-casing changes a character
// beyond ASCII, as it changes both of these. Most texts in English have
// no such token: no capital beyond ASCII.
func (a *attributor) p2Folds() bool {
	if a.folds == 0 {
		a.folds = 1
		if len(a.ix.others) > 0 && (strings.Contains(a.text, "\u0130") || p2Kelvin(a.text)) {
			a.folds = 2
		}
	}
	return a.folds == 2
}

// p2Kelvin reports whether s holds U+212A (E2 84 AA), searched for by
// its middle byte: strings.Index searches for the first, 0xE2, which
// every curly quotation mark and dash holds.
func p2Kelvin(s string) bool {
	for p := 1; p < len(s); {
		k := strings.IndexByte(s[p:len(s)-1], 0x84)
		if k < 0 {
			return false
		}
		p += k
		if s[p-1] == 0xE2 && s[p+1] == 0xAA {
			return true
		}
		p++
	}
	return false
}

// p2Rank ranks the bytes by how common they are in English prose: 0
// for every byte but the lower-case letters, then from the least
// common letter ("z", 1) to the most ("e", 26).
var p2Rank = func() (r [256]uint8) {
	const letters = "etaoinshrdlcumwfgypbvkjxqz" // the most common first
	for k := 0; k < len(letters); k++ {
		r[letters[k]] = uint8(len(letters) - k)
	}
	return r
}()

// p2Rare returns the index of the byte of w, a word, that is least
// common in English prose (p2Rank): the byte head is searched for.
func p2Rare(w string) int {
	best := 0
	for k := 1; k < len(w); k++ {
		if p2Rank[w[k]] < p2Rank[w[best]] {
			best = k
		}
	}
	return best
}
