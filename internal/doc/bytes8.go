package doc

import "slices"

// Eight bytes at a time: the stages that pass over the whole text looking
// for a few kinds of byte (a sentence's end, a citation marker's start)
// ask a word of eight bytes at once whether any of them is one, and look
// at its bytes one by one only when it may hold one. Most of a text is
// ASCII words and spaces that none of them looks for.

// Word8 returns the eight bytes of s from i as one little-endian word:
// the compiler makes the byte reads one load. s must have eight bytes
// from i.
func Word8(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// HighBits has the high bit of each byte of a word set: x&HighBits is
// not zero when a byte of x is not ASCII.
const HighBits = 0x8080808080808080

// HasByte reports whether any of the eight bytes of x is c. It is exact:
// the subtraction borrows into a byte only past a byte that is zero,
// and the lowest zero byte is always found.
func HasByte(x uint64, c byte) bool {
	const ones = 0x0101010101010101
	v := x ^ ones*uint64(c)
	return (v-ones)&^v&HighBits != 0
}

// ByteMask returns the high bit of the lowest byte of x equal to c,
// and perhaps of bytes above it (a borrow past that byte can set them):
// HasByte's mask, for a caller that wants where the first such byte is
// (bits.TrailingZeros64 of the mask, over eight), not only whether
// there is one. No byte below the first equal to c is flagged.
func ByteMask(x uint64, c byte) uint64 {
	const ones = 0x0101010101010101
	v := x ^ ones*uint64(c)
	return (v - ones) &^ v & HighBits
}

// HasLess reports whether any of the eight bytes of x is below n, for
// an x with no byte outside ASCII (x&HighBits == 0) and n at most 128.
// It is exact: with every byte below 128, a byte at or above n takes
// nothing from the byte above it, so that the first byte below n, and
// only such a byte, sets its high bit in the difference.
func HasLess(x uint64, n byte) bool {
	const ones = 0x0101010101010101
	return (x-ones*uint64(n))&^x&HighBits != 0
}

// RoomForOne returns s with room for one more element: s itself when it
// has room, else a copy with twice its capacity. append grows a long
// slice by about a quarter at a time, so that a list of large values
// appended one by one is copied some four times its final size in all,
// each copy of values with pointers through the collector's write
// barrier; doubling copies it about once. For the stages' long lists
// of candidates, mentions, notes and markers, whose size is not known
// in advance.
func RoomForOne[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 16))
}
