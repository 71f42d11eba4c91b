package speaker

import "strings"

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

// p2MayMatch reports whether the word before mention m or a word of
// its appositive may be head, an ASCII word, as resolveDescription
// compares them (lowerIs); false means neither is, and m's words need
// not be read.
//
// It gates readWords, most of what resolveDescription cost: a
// description is compared with up to 48 mentions, each read once for
// its word before and its appositive's words (some 950 instructions a
// mention; on the bench text, where the descriptions go unresolved,
// every mention was read for nothing). A word w matches head when
// strings.ToLower(w) == head. For an ASCII w, the lower-cased text
// holds head where w stands; a word beyond ASCII lower-cases to an
// ASCII head only through U+0130 (to "i") or the Kelvin sign U+212A
// (to "k"), the only characters beyond ASCII whose lower case is
// ASCII, and a text holding either is not gated (p2Folds). So where
// neither stretch of the lower-cased text holds head, no word does. The
// stretches are searched for head's least common letter (p2Rare) by
// IndexByte: some 50 instructions a mention.
func (a *attributor) p2MayMatch(m *mention, head string, r int) bool {
	lower := a.ix.lower
	if p2Holds(lower[max(0, m.Start-p2Before):m.Start], head, r) {
		return true
	}
	return strings.HasPrefix(a.text[m.End:], ", ") && p2Holds(lower[m.End+2:min(len(lower), m.End+p2After)], head, r)
}

// p2HeadBit returns head's bit in mentionWords.absent: the bit of its
// number among the heads the attributor has numbered, numbering it if
// it is new, or 0 once sixteen are (its answers are then not kept). On
// a text where the same descriptions come again (the bench text's
// "the plaque by the slipway"), the mentions in reach of two of them
// are searched once a head.
func (a *attributor) p2HeadBit(head string) uint16 {
	for h, w := range a.heads {
		if w == head {
			return 1 << h
		}
	}
	if len(a.heads) == 16 {
		return 0
	}
	a.heads = append(a.heads, head)
	return 1 << (len(a.heads) - 1)
}

// p2Holds reports whether s holds head, whose byte head[r] is the one
// searched for.
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
