package doc

import (
	"math/bits"
	"math/rand"
	"strings"
	"testing"
)

// TestHasByte holds Word8, HasByte and HasLess to a byte loop on random words,
// many with the byte looked for, its neighbours and zero bytes.
func TestHasByte(t *testing.T) {
	pick := []byte{0, 1, '.', '-', '/', '[', 'Z', '\\', 0x7f, 0x80, 0xe2, 0xff}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := 0; k < 10; k++ {
			if rng.Intn(2) == 0 {
				b.WriteByte(pick[rng.Intn(len(pick))])
			} else {
				b.WriteByte(byte(rng.Intn(256)))
			}
		}
		s := b.String()
		i := rng.Intn(3)
		x := Word8(s, i)
		for k := 0; k < 8; k++ {
			if byte(x>>(8*k)) != s[i+k] {
				t.Fatalf("Word8(%q, %d) byte %d = %#x, want %#x", s, i, k, byte(x>>(8*k)), s[i+k])
			}
		}
		c := pick[rng.Intn(len(pick))]
		if got, want := HasByte(x, c), strings.IndexByte(s[i:i+8], c) >= 0; got != want {
			t.Fatalf("HasByte(%q, %#x) = %v, want %v", s[i:i+8], c, got, want)
		}
		// ByteMask flags no byte before the first equal to c, and that
		// one: the first equal to c is where its trailing zeros point.
		if m, want := ByteMask(x, c), strings.IndexByte(s[i:i+8], c); (m == 0) != (want < 0) || want >= 0 && bits.TrailingZeros64(m)/8 != want {
			t.Fatalf("ByteMask(%q, %#x) = %#x, first at %d", s[i:i+8], c, m, want)
		}
		if got, want := x&HighBits != 0, strings.ContainsFunc(s[i:i+8], func(r rune) bool { return r >= 0x80 }); got != want {
			t.Fatalf("HighBits of %q: %v, want %v", s[i:i+8], got, want)
		}
		if x&HighBits == 0 {
			for _, n := range []byte{0, 1, ' ', '0', 0x7f, 0x80} {
				want := false
				for k := 0; k < 8; k++ {
					want = want || s[i+k] < n
				}
				if got := HasLess(x, n); got != want {
					t.Fatalf("HasLess(%q, %#x) = %v, want %v", s[i:i+8], n, got, want)
				}
			}
		}
	}
}

// TestRoomForOne: room is made by doubling, and what was there stays.
func TestRoomForOne(t *testing.T) {
	var s []int
	for i := 0; i < 1000; i++ {
		before := cap(s)
		s = append(RoomForOne(s), i)
		if len(s) > 16 && before < len(s) && cap(s) < 2*before {
			t.Fatalf("at %d: capacity %d → %d, not doubled", i, before, cap(s))
		}
	}
	for i, v := range s {
		if v != i {
			t.Fatalf("s[%d] = %d", i, v)
		}
	}
}
