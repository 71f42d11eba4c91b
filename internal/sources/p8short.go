package sources

import (
	"fmt"
	"slices"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// p8ScanShort holds scanTable's words again (all of them: the longest
// has sixteen bytes or fewer, which newP8Short checks), each packed
// into two words of eight bytes, for the scan's lookup of a Plain word
// (p8ScanFlags): read from the lower-case text as two loads, masked to
// its length, hashed by two multiplications and compared by three
// comparisons, where the filters' hashes, fastTable's hash of three
// bytes and its string comparison cost several times that. The scan
// looks up some 300,000 words per 10 MB of the benchmark's text, most
// of them words of the table ("The", "he", "by").
//
// The table is arrays of a size fixed when the code is compiled, so
// that a probe needs no bounds check and loads no slice header, as the
// claim stage's lexShort. It cannot be changed once made, and so is
// safe for concurrent use.
var p8ScanShort = *newP8Short()

// p8ShortBits is log2 of p8ScanShort's length: 1,024 slots, for some
// 230 words.
const p8ShortBits = 10

// A p8ShortTable is p8ScanShort: for each slot, a word's first eight
// bytes (lo; 0 for an empty slot: no word starts with a NUL byte), its
// next eight (hi), its length and its flags.
type p8ShortTable struct {
	lo, hi [1 << p8ShortBits]uint64
	n      [1 << p8ShortBits]uint8
	f      [1 << p8ShortBits]scanFlags
}

func newP8Short() *p8ShortTable {
	t := &p8ShortTable{}
	var words []string
	for _, s := range scanTable.slots {
		if s.used {
			words = append(words, s.key)
		}
	}
	if 3*len(words) > len(t.lo) {
		panic(fmt.Sprintf("sources: %d words fill p8ScanShort too far: raise p8ShortBits", len(words)))
	}
	// Placed in a fixed order, so that where each word lies is the
	// same from one run to the next.
	slices.Sort(words)
	for _, w := range words {
		if w == "" || len(w) > 16 || w[0] == 0 {
			panic("sources: p8ScanShort wants words of one to sixteen bytes, none starting with a NUL byte: " + w)
		}
		f, _ := scanTable.get(w)
		if f == 0 {
			panic("sources: a word of scanTable with no flag, which p8ScanFlags could not tell from a miss: " + w)
		}
		lo, hi := p8Pack(w[:min(len(w), 8)]), p8Pack(w[min(len(w), 8):])
		i := p8Hash(lo, hi)
		for t.lo[i] != 0 {
			i = (i + 1) % uint(len(t.lo))
		}
		t.lo[i], t.hi[i], t.n[i], t.f[i] = lo, hi, uint8(len(w)), f
	}
	return t
}

// p8Pack packs w, of at most eight bytes, little-endian into a word,
// the rest zero: what p8ScanFlags reads from the text.
func p8Pack(w string) uint64 {
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// p8Hash is the slot of a packed word: the high bits of a product with
// a large odd constant, which every byte of it moves.
func p8Hash(lo, hi uint64) uint {
	return uint(((lo ^ hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (64 - p8ShortBits))
}

// p8LoMasks[n] and p8HiMasks[n] keep, of the sixteen bytes from a word
// of n bytes (1 to 16) read as two words, its bytes. Indexed by n&31,
// so that no bounds check is needed.
var p8LoMasks, p8HiMasks = func() (lo, hi [32]uint64) {
	for n := 1; n <= 16; n++ {
		lo[n] = ^uint64(0)
		if n < 8 {
			lo[n] = 1<<(8*n) - 1
		}
		if n > 8 && n < 16 {
			hi[n] = 1<<(8*(n-8)) - 1
		}
		if n == 16 {
			hi[n] = ^uint64(0)
		}
	}
	return lo, hi
}()

// p8ScanFlags returns scanTable's flags of the word lower[s:e], or 0
// when the table does not hold it: the scan's lookup of a Plain word,
// whose lower-case form is the document's lower-case text at its span.
// A word of more than sixteen bytes, or one among the text's last
// sixteen, is asked of scanTable itself. TestP8ScanFlags holds the two
// to the same answers.
func p8ScanFlags(lower string, s, e int) scanFlags {
	n := uint(e - s)
	if n-1 > 15 || s < 0 || len(lower)-s < 16 {
		f, _ := scanTable.get(lower[s:e])
		return f
	}
	t := &p8ScanShort
	lo := doc.Word8(lower, s) & p8LoMasks[n&31]
	if n <= 8 {
		// Most words: one load, hashed by one multiplication (hi is
		// zero), and only the first word and the length compared (a
		// slot of a word of eight bytes or fewer has hi zero).
		for i := uint((lo * 0x9E3779B97F4A7C15) >> (64 - p8ShortBits)); ; i++ {
			i %= uint(len(t.lo))
			x := t.lo[i]
			if x == 0 {
				return 0
			}
			if x == lo && uint(t.n[i]) == n {
				return t.f[i]
			}
		}
	}
	hi := doc.Word8(lower, s+8) & p8HiMasks[n&31]
	for i := p8Hash(lo, hi); ; i++ {
		i %= uint(len(t.lo))
		x := t.lo[i]
		if x == 0 {
			return 0
		}
		if x == lo && t.hi[i] == hi && uint(t.n[i]) == n {
			return t.f[i]
		}
	}
}
