package speaker

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// p2Before and p2After bound the stretches around a mention that
// readWords reads (runeWindow's 40 bytes before and 100 after, each
// widened by at most three bytes to a whole character): the word
// before a mention lies in text[m.Start-p2Before : m.Start], and the
// words of its appositive, when ", " follows it, in
// text[m.End+2 : m.End+p2After].
const (
	p2Before = 40 + 3
	p2After  = 100 + 3
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
//
// A mention may match when the word before it or a word of its
// appositive may be head, or its first word or title may. A word w
// matches head when strings.ToLower(w) == head. For an ASCII w, the
// lower-cased text holds head where w stands; a word beyond ASCII
// lower-cases to an ASCII head only through U+0130 (to "i") or the
// Kelvin sign U+212A (to "k"), which such a text does not hold. So
// where neither stretch around a mention (p2Before, p2After) holds
// head in the lower-cased text, no word of them is head. Where head
// occurs (occ) is found once for the whole stretch the mentions read,
// by IndexByte over its least common letter (p2Rare), not once a
// mention.
type p2Head struct {
	// lo and hi: mentions [lo, hi) are tested; hits holds those of them
	// that may match, as j<<1, plus 1 when a stretch around j holds
	// head (describeMatch's may).
	lo, hi int
	hits   []int32
	// occ holds, ascending, the start of every occurrence of head in
	// lower[occLo:occHi] from occ[oc] on: occLo is the start of the
	// stretch before the mention tested last, and the mentions are
	// tested in order, so those before it are not read again.
	occ          []int32
	occLo, occHi int
	oc           int
	r            int // p2Rare(head): the byte searched for
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
	for ; x.hi < i; x.hi++ {
		if ok, may := a.p2Mention(x, q, x.hi); ok {
			h := int32(x.hi << 1)
			if may {
				h |= 1
			}
			x.hits = append(x.hits, h)
		}
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

// p2Mention reports whether mention j may name q (ok): it is not in a
// quotation, and a stretch around it holds q's head (may), or its
// first word may be head (strings.EqualFold: its first byte is head's
// in either case, or beyond ASCII) or it opens with q's title.
func (a *attributor) p2Mention(x *p2Head, q *describeQuery, j int) (ok, may bool) {
	m, head := &a.mentions[j], q.head
	if m.inQuote {
		return false, false
	}
	if mw := &a.around[j]; mw.read {
		// Its words are read (by another description, or another
		// rule): their bits say (describeMatch).
		return mw.keys&q.bit != 0 || q.title != "" && lowerHasPrefixDot(m.text, q.title), true
	}
	lower, n := a.ix.lower, len(q.head)
	// The stretches: lower[b:m.Start], and lower[as:ae] when ", "
	// follows the mention (ae is -1 when not).
	b, as, ae := max(0, m.Start-p2Before), 0, -1
	if strings.HasPrefix(a.text[m.End:], ", ") {
		as, ae = m.End+2, min(len(lower), m.End+p2After)
	}
	if b < x.occLo || b > x.occHi {
		x.occ, x.occHi, x.oc = x.occ[:0], b, 0
	}
	x.occLo = b
	if e := max(m.Start, ae); e > x.occHi {
		// Those found already end at or before occHi.
		from := max(b, x.occHi-n+1)
		x.occ = p2Find(x.occ, lower[from:e], from, head, x.r)
		x.occHi = e
	}
	for x.oc < len(x.occ) && int(x.occ[x.oc]) < b {
		x.oc++
	}
	if x.oc > 64 && 2*x.oc > len(x.occ) {
		x.occ = x.occ[:copy(x.occ, x.occ[x.oc:])]
		x.oc = 0
	}
	for _, p := range x.occ[x.oc:] {
		if p := int(p); p+n <= m.Start || p >= as && p+n <= ae {
			may = true
			break
		} else if p+n > ae {
			break // later ones end after both stretches
		}
	}
	if may {
		return true, true
	}
	if t := m.text; t != "" && (t[0] == head[0] || t[0]|0x20 == head[0] || t[0] >= utf8.RuneSelf) {
		return true, false
	}
	return q.title != "" && lowerHasPrefixDot(m.text, q.title), false
}

// p2Find appends to occ base+h for each h where s[h:] starts with head,
// ascending, searching for head[r] (p2Rare: IndexByte stops seldom).
func p2Find(occ []int32, s string, base int, head string, r int) []int32 {
	c := head[r]
	for p := r; p < len(s); {
		k := strings.IndexByte(s[p:], c)
		if k < 0 {
			break
		}
		p += k
		if h := p - r; h+len(head) <= len(s) && s[h] == head[0] && s[h:h+len(head)] == head {
			occ = append(occ, int32(base+h))
		}
		p++
	}
	return occ
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
