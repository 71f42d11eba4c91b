package speaker

import (
	"unicode"
	"unicode/utf8"
)

// lowerSigBit returns sigBit(lowerKey(w)): for an ASCII word sigBit(w),
// for any other sigBit(strings.ToLower(w)), read without making the
// lower-cased string. sigBit reads only the string's length and its first
// and last bytes, and strings.ToLower writes each character of w (an
// invalid byte read as utf8.RuneError, which it writes as such) as its
// unicode.ToLower: the length is the sum of theirs, the bytes those of
// the first and the last. wordsAround asks this of the words around
// every mention a description is compared with; a word with a curly
// apostrophe ("harbourmaster’s") was lower-cased into a new string
// (some 800 instructions and an allocation) only to read three numbers
// of it.
func lowerSigBit(w string) uint64 {
	if isASCII(w) {
		return sigBit(w) // sigBit reads an ASCII word's letters in either case
	}
	n := 0
	var first, last byte
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(w); {
		// An ASCII byte is its own length and, for sigBit, its own
		// byte (sigBit sets bit 5: a capital reads as its lower case).
		if c := w[i]; c < utf8.RuneSelf {
			if n == 0 {
				first = c
			}
			last = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:]) // an invalid byte is utf8.RuneError, as strings.Map reads it
		// A character that is its own lower case ("’") is written as it
		// is; another as its lower case.
		enc := w[i : i+size]
		if l := unicode.ToLower(r); l != r || r == utf8.RuneError {
			enc = string(utf8.AppendRune(buf[:0], l))
		}
		if n == 0 {
			first = enc[0]
		}
		last = enc[len(enc)-1]
		n += len(enc)
		i += size
	}
	h := uint(n)*7 + uint(first|0x20)*3 + uint(last|0x20)
	return 1 << (h & 63)
}
