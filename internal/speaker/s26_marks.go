package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The quotation marks and apostrophes the rules ask a stretch for, as
// bits (marksIn): each rule asks for its own set.
const (
	mDouble      uint8 = 1 << iota // "
	mApos                          // '
	mLeftDouble                    // “
	mRightDouble                   // ”
	mLeftSingle                    // ‘
	mRightSingle                   // ’
	mLeftGuill                     // «
	mRightGuill                    // »
)

// marksIn returns the bits of the marks above that s holds, read a byte
// at a time: strings.ContainsAny(s, set) for a set of them is
// marksIn(s)&bits != 0. The rules asked strings.ContainsAny of tokens
// and stretches before and after every cue, and a set beyond ASCII sent
// it through every rune of s and a search of the set for each (some
// 15 M instructions on issue 3's pipeline). The marks beyond ASCII
// open with a byte that no character holds inside it (0xE2, 0xC2), so
// their bytes in s are always the character, as strings.ContainsAny
// decodes it (TestMarksIn).
func marksIn(s string) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			m |= mDouble
		case '\'':
			m |= mApos
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x9C:
					m |= mLeftDouble
				case 0x9D:
					m |= mRightDouble
				case 0x98:
					m |= mLeftSingle
				case 0x99:
					m |= mRightSingle
				}
			}
		case 0xC2:
			if i+1 < len(s) {
				switch s[i+1] {
				case 0xAB:
					m |= mLeftGuill
				case 0xBB:
					m |= mRightGuill
				}
			}
		}
	}
	return m
}

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace), read a
// byte at a time while the bytes are ASCII (whose spaces are
// asciiSpace's): most names end with a letter, and the function was
// called for each rune.
func trimRightSpace(s string) string {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c >= utf8.RuneSelf {
			return strings.TrimRightFunc(s, unicode.IsSpace)
		}
		if !asciiSpace(c) {
			return s
		}
		s = s[:len(s)-1]
	}
	return s
}

// mQuoting are the marks of "“”\"‘«»": those that open or close a
// quotation (not the apostrophes).
const mQuoting = mDouble | mLeftDouble | mRightDouble | mLeftSingle | mLeftGuill | mRightGuill

// hasByteOf reports whether s holds one of the ASCII bytes of set:
// strings.ContainsAny(s, set), without making the set's table at every
// call. For the short stretches of a few bytes it is asked of (the
// byte-by-byte comparison is slower on a long one).
func hasByteOf(s, set string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(set); j++ {
			if s[i] == set[j] {
				return true
			}
		}
	}
	return false
}
