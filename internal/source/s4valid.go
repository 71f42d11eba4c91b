package source

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// validUTF8 reports whether p is valid UTF-8, as utf8.Valid does.
//
// utf8.Valid passes over ASCII 32 bytes at a time, but only from an ASCII
// byte on: a block of 32 with a byte outside ASCII anywhere in it sends
// it back to reading byte by byte, trying eight bytes at each, up to
// that character. English text has a curly quotation mark or a dash
// every few dozen bytes, so that most of it was read byte by byte (about
// 2.7 instructions a byte of the example). Here each block of sixteen that
// is not all ASCII is passed to its first byte outside ASCII at once,
// that character is checked, and the reading goes on sixteen at a time
// from the byte after it (TestValidUTF8 holds it to utf8.Valid).
func validUTF8(p []byte) bool {
	const hiBits = 0x8080808080808080
	p = p[:len(p):len(p)] // as utf8.Valid: no capacity to recompute as p is cut
	for {
		for len(p) >= 16 {
			a := binary.LittleEndian.Uint64(p)
			b := binary.LittleEndian.Uint64(p[8:])
			if (a|b)&hiBits != 0 {
				if m := a & hiBits; m != 0 {
					p = p[bits.TrailingZeros64(m)>>3:]
				} else {
					p = p[8+bits.TrailingZeros64(b&hiBits)>>3:]
				}
				break
			}
			p = p[16:]
		}
		for len(p) > 0 && p[0] < utf8.RuneSelf {
			p = p[1:] // the last bytes, fewer than sixteen
		}
		if len(p) < 4 {
			// The last bytes: as utf8.Valid reads them.
			return utf8.Valid(p)
		}
		if p[0] == 0xE2 && p[1]&0xC0 == 0x80 && p[2]&0xC0 == 0x80 {
			// E2 80 to E2 BF, told at once: the curly quotation marks
			// and dashes, the commonest characters outside ASCII in
			// English text (E2 takes any continuation byte second).
			p = p[3:]
			continue
		}
		r, size := utf8.DecodeRune(p)
		if r == utf8.RuneError && size == 1 {
			return false
		}
		p = p[size:]
	}
}
