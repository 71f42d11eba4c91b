package quote

import (
	"math/bits"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// The classifier reads words forward (wordEnd) and back (wordStart) from
// every mark it decides, most of them ASCII letters: those are passed
// eight at a time, each word of eight bytes asked once which of its
// bytes are no ASCII letter (nonLetter8), where the byte loops took a
// table lookup and two tests a byte. What stops a run of letters (a
// space, a digit, a joiner, a rune outside ASCII) is still read by
// those loops.

// nonLetter8 returns the eight bytes of x (the first the lowest) with the
// high bit set of each that is not an ASCII letter and every other bit
// clear (TestNonLetter8). Digits, rarer in words than the two more sums
// that would tell them, are flagged, and left to the byte loops after. Each byte is told from its own low
// seven bits, so that no sum carries into the byte above and every flag
// is exact, whichever way the caller reads them; a byte outside ASCII
// is flagged by its own high bit. With the 0x20 bit set, letters of
// either case are 0x61 to 0x7a.
func nonLetter8(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	y := x&^high | 0x20*ones
	return (^(y + (0x80-'a')*ones) | (y + (0x80-'z'-1)*ones) | x) & high
}

// alnumEnd returns the first place from i, before hi, that is not an
// ASCII letter or digit, or hi; hi is at most len(text). Eight bytes are
// passed at a time while they are all letters, then one at a time.
func alnumEnd(text string, i, hi int) int {
	for i+8 <= hi {
		if m := nonLetter8(doc.Word8(text, i)); m != 0 {
			i += bits.TrailingZeros64(m) >> 3
			break
		}
		i += 8
	}
	for i < hi && asciiWord[text[i]] {
		i++
	}
	return i
}

// alnumStart returns where a run of ASCII letters and digits that ends at
// i, no further back than lo, may start: it passes eight bytes at a time
// while they are all letters and stops at the last byte of the eight
// nonLetter8 flags; the byte loop of wordStart reads on from there,
// through digits too.
func alnumStart(text string, lo, i int) int {
	for i-8 >= lo {
		if m := nonLetter8(doc.Word8(text, i-8)); m != 0 {
			return i - 8 + (63-bits.LeadingZeros64(m))>>3 + 1
		}
		i -= 8
	}
	return i
}
