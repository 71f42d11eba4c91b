package doc

import (
	"unicode"
	"unicode/utf8"
)

// The word rule that stages reading words straight from the text share,
// so that they agree on where a word ends: letters, digits and combining
// marks, joined by inner apostrophes, hyphens and full stops
// (Khrushchev’s, Forty-six, L.M).

// IsWordRune reports whether r belongs to a word: a letter, digit or
// combining mark.
func IsWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case '\u2000' <= r && r <= '\u206F':
		return false // General Punctuation: quote marks, dashes, spaces
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsWordJoiner reports whether r joins two parts of one word when word
// runes stand on both sides of it.
func IsWordJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐' || r == '.'
}

// WordEnd returns the end of the word that starts at i, no later than hi.
func WordEnd(text string, i, hi int) int {
	for i < hi {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most words' every byte: no decoding.
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			if (c == '\'' || c == '-' || c == '.') && i+1 < hi {
				if next, _ := utf8.DecodeRuneInString(text[i+1 : hi]); IsWordRune(next) {
					i++
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if IsWordRune(r) {
			i += n
			continue
		}
		if IsWordJoiner(r) && i+n < hi {
			if next, _ := utf8.DecodeRuneInString(text[i+n : hi]); IsWordRune(next) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// A WordFilter tells at once that a word is not in a set of words: a
// stage whose lexicon holds a few hundred words looks up most words of a
// text only to find nothing, and hashing the whole word for a map lookup
// costs many times what this does. Add each word of the set; Maybe is
// then false for every word not added, and true for the words added and
// a few others (those that share a first and last byte and a length with
// one of them), which the map lookup that follows turns away.
type WordFilter [filterBits / 64]uint64

const filterBits = 1 << 12

func filterBit[S string | []byte](w S) uint32 {
	h := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w)&0xff)<<16
	return (h * 0x9E3779B1) >> (32 - 12)
}

// FilterOf returns a WordFilter holding the keys of m: the filter in
// front of a lexicon kept as a map.
func FilterOf[V any](m map[string]V) *WordFilter {
	f := new(WordFilter)
	for w := range m {
		f.Add(w)
	}
	return f
}

// Add adds w to the set.
func (f *WordFilter) Add(w string) {
	if w == "" {
		return
	}
	b := filterBit(w)
	f[b/64] |= 1 << (b % 64)
}

// Maybe reports whether w may be in the set: false means it is not.
// The empty word is never in it.
func (f *WordFilter) Maybe(w string) bool {
	if w == "" {
		return false
	}
	b := filterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// MaybeBytes is Maybe for a word held in bytes (a lower-cased copy in
// a scratch buffer), asked without making it a string.
func (f *WordFilter) MaybeBytes(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	b := filterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// A WordTable maps a fixed set of words, known when it is made, to
// values: a lookup table for lexicons that a stage consults for most
// words of a text. It answers what a map would, at a fraction of the
// cost: a word is hashed by a short loop over its bytes and found, or
// found missing, in a table at most a quarter full, most often at the
// first slot looked at. It cannot be changed once made.
type WordTable[V any] struct {
	mask  uint32
	slots []wordSlot[V]
}

type wordSlot[V any] struct {
	key  string
	val  V
	used bool
}

// NewWordTable makes a table of the words of m and their values.
func NewWordTable[V any](m map[string]V) *WordTable[V] {
	size := 8
	for size < 4*len(m) {
		size *= 2
	}
	t := &WordTable[V]{mask: uint32(size - 1), slots: make([]wordSlot[V], size)}
	for k, v := range m {
		i := WordHash(k) & t.mask
		for t.slots[i].used {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot[V]{key: k, val: v, used: true}
	}
	return t
}

// Get returns the value of w, and whether w is in the table; the zero
// value and false when it is not.
func (t *WordTable[V]) Get(w string) (V, bool) { return t.GetHashed(w, WordHash(w)) }

// GetHashed is Get for a word whose WordHash h is known: a tokeniser
// can hash a word as it reads it (see HashOffset).
func (t *WordTable[V]) GetHashed(w string, h uint32) (V, bool) {
	for i := h & t.mask; t.slots[i].used; i = (i + 1) & t.mask {
		if t.slots[i].key == w {
			return t.slots[i].val, true
		}
	}
	var zero V
	return zero, false
}

// GetBytesHashed is GetHashed for a word held in bytes, looked up
// without making it a string.
func (t *WordTable[V]) GetBytesHashed(w []byte, h uint32) (V, bool) {
	for i := h & t.mask; t.slots[i].used; i = (i + 1) & t.mask {
		if t.slots[i].key == string(w) {
			return t.slots[i].val, true
		}
	}
	var zero V
	return zero, false
}

// WordHash is FNV-1a over the bytes of w: words are short, and a byte
// loop costs less than a general hash function's setup. A reader that
// hashes as it goes starts from HashOffset and takes each byte b as
// h = (h ^ uint32(b)) * HashPrime.
func WordHash[S string | []byte](w S) uint32 {
	h := uint32(HashOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * HashPrime
	}
	return h
}

// The constants of WordHash (32-bit FNV-1a).
const (
	HashOffset = 2166136261
	HashPrime  = 16777619
)
