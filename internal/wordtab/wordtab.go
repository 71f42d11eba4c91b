// Package wordtab is a small, fixed table of words of one to sixteen
// bytes, each packed little-endian into two words of eight bytes, for
// the stages that look up nearly every word of a text in a lexicon
// (claim's lexShort, sources' p8ScanShort).
//
// It exists because a lookup there is the hot path: a word is read
// from the (lower-case) text as one or two loads, masked to its length,
// hashed by one multiplication (two past eight bytes) and compared by
// two or three comparisons, where a string-keyed table's filter, hash
// loop and string comparison cost several times that. The two stages
// once kept a copy each of the packing, hashing and masks; this is the
// one both use, with the value stored for a word a type parameter.
package wordtab

import (
	"fmt"
	"slices"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Bits is log2 of a Table's number of slots: 2,048, for lexicons of up
// to some 680 such words (New keeps at least twice as many slots free
// as full, so that a probe that misses, most, stops soon).
//
// It is a constant, and a Table's slots arrays of that size, not slices
// sized to the words when they are read, so that a probe needs no
// bounds check, its shift and mask are constants, and it loads no slice
// header: the probe runs once for nearly every word of the text, and
// those were a third of its instructions.
const Bits = 11

// A Table maps packed words of one to sixteen bytes to values of type
// V. Its slots are kept in parallel arrays, so that a probe that
// misses reads only lo: for each slot, a word's first eight bytes (lo;
// 0 for an empty slot: New takes no word that starts with a NUL byte),
// its next eight (hi; 0 for a word of eight bytes or fewer), its length
// and its value.
//
// A Table cannot be changed once New has made it, and so is safe for
// concurrent use. Keep it as a value, not a pointer to one (var t =
// *New(...)), so that a probe indexes its arrays where they lie,
// without loading the pointer and checking it first.
type Table[V comparable] struct {
	lo, hi [1 << Bits]uint64
	n      [1 << Bits]uint8
	v      [1 << Bits]V
}

// New returns a Table of words, each with value(w). Every word must have
// one to sixteen bytes and not start with a NUL byte, and every value
// must differ from V's zero value, which a probe returns for a miss;
// New panics if not, or if the words would fill more than a third of
// the table. The words are placed in sorted order, so that where each
// lies, and how many slots a probe for it passes, is the same from one
// run to the next.
func New[V comparable](words []string, value func(w string) V) *Table[V] {
	t := &Table[V]{}
	if 3*len(words) > len(t.lo) {
		panic(fmt.Sprintf("wordtab: %d words fill a table too far: raise Bits", len(words)))
	}
	var zero V
	for _, w := range slices.Sorted(slices.Values(words)) {
		if w == "" || len(w) > 16 || w[0] == 0 {
			panic(fmt.Sprintf("wordtab: %q: a word must have one to sixteen bytes, and not start with a NUL byte, which marks empty slots", w))
		}
		v := value(w)
		if v == zero {
			panic(fmt.Sprintf("wordtab: %q has the zero value, which a probe could not tell from a miss", w))
		}
		lo, hi := Pack(w[:min(len(w), 8)]), Pack(w[min(len(w), 8):])
		i := hash(lo, hi)
		for t.lo[i] != 0 {
			if t.lo[i] == lo && t.hi[i] == hi && int(t.n[i]) == len(w) {
				panic(fmt.Sprintf("wordtab: %q given twice", w))
			}
			i = (i + 1) % uint(len(t.lo))
		}
		t.lo[i], t.hi[i], t.n[i], t.v[i] = lo, hi, uint8(len(w)), v
	}
	return t
}

// Pack packs w, of at most eight bytes, little-endian into a word, the
// rest zero: what doc.Word8 reads from a text, masked by LoMask or
// HiMask to the word's length.
func Pack(w string) uint64 {
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// hash is the slot of a packed word: the high bits of a product with a
// large odd constant, which every byte of it moves. A word of eight
// bytes or fewer (hi zero) is hashed by the one multiplication, as
// Get8 hashes it.
func hash(lo, hi uint64) uint {
	return uint(((lo ^ hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (64 - Bits))
}

// loMasks[n] and hiMasks[n] keep, of the sixteen bytes from a word of n
// bytes (1 to 16) read as two words, its bytes: all of the first word
// and none of the second for n of 8 or less, and so on. Tables, where a
// shift by 8n would need the guard Go puts on shifts by a variable;
// indexed by n&31, so that no bounds check is needed either.
var loMasks, hiMasks = func() (lo, hi [32]uint64) {
	for n := 1; n <= 16; n++ {
		lo[n] = ^uint64(0)
		if n < 8 {
			lo[n] = 1<<(8*n) - 1
		}
		if n > 8 {
			hi[n] = ^uint64(0) >> (8 * (16 - n))
		}
	}
	return lo, hi
}()

// LoMask is the mask that keeps, of the first eight bytes read from a
// word of n bytes (1 to 16), those of the word.
func LoMask(n uint) uint64 { return loMasks[n&31] }

// HiMask is the mask that keeps, of the second eight bytes read from a
// word of n bytes (1 to 16), those of the word: none for n of 8 or less.
func HiMask(n uint) uint64 { return hiMasks[n&31] }

// At returns the value of the word text[i:i+n], of one to sixteen bytes,
// or V's zero value if the table does not hold it. text must hold
// sixteen bytes from i: the word is read as two loads and masked to its
// length (one load for a word of eight bytes or fewer).
func (t *Table[V]) At(text string, i int, n uint) V {
	lo := doc.Word8(text, i) & LoMask(n)
	if n <= 8 {
		return t.Get8(lo, n)
	}
	return t.Get16(lo, doc.Word8(text, i+8)&HiMask(n), n)
}

// Get8 returns the value of the word of n bytes, from one to eight,
// packed as lo (as Pack packs it), or V's zero value if the table does
// not hold it: one multiplication, and only a slot's first word and
// length compared (a slot of a word of eight bytes or fewer has hi
// zero). It is small enough for the compiler to inline into a loop
// over the words of a text.
func (t *Table[V]) Get8(lo uint64, n uint) V {
	for s := uint((lo * 0x9E3779B97F4A7C15) >> (64 - Bits)); ; s++ {
		s %= uint(len(t.lo))
		x := t.lo[s]
		if x == 0 {
			var zero V
			return zero
		}
		if x == lo && uint(t.n[s]) == n {
			return t.v[s]
		}
	}
}

// Get16 is Get8 for a word of nine to sixteen bytes, whose first eight
// bytes are lo and next eight hi.
func (t *Table[V]) Get16(lo, hi uint64, n uint) V {
	for s := hash(lo, hi); ; s++ {
		s %= uint(len(t.lo))
		x := t.lo[s]
		if x == 0 {
			var zero V
			return zero
		}
		if x == lo && t.hi[s] == hi && uint(t.n[s]) == n {
			return t.v[s]
		}
	}
}
