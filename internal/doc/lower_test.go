package doc

import (
	"encoding/binary"
	"math/rand"
	"strings"
	"testing"
)

// TestLowerASCII compares LowerASCII with a byte-by-byte lower-casing of
// ASCII capitals on random texts, short and longer than its buffer.
func TestLowerASCII(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "Z", "M", " ", "’", "É", "é", "İ", "K", "'", ".", "7", "\n"}
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := rng.Intn(10000); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := LowerASCII(s); got != string(want) {
			t.Fatalf("LowerASCII of a %d-byte text differs at some byte", len(s))
		}
	}
	if LowerASCII("") != "" || LowerASCII("abc") != "abc" || LowerASCII("aBc") != "abc" {
		t.Error("LowerASCII of short texts")
	}
}

// TestLower8 checks lower8 against lowerByte for every byte value at
// every position, among random neighbours.
func TestLower8(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	var in, want [8]byte
	for c := 0; c < 256; c++ {
		for p := 0; p < 8; p++ {
			for k := range in {
				in[k] = byte(rng.Intn(256))
			}
			in[p] = byte(c)
			for k := range in {
				want[k] = lowerByte[in[k]]
			}
			if got := lower8(binary.LittleEndian.Uint64(in[:])); got != binary.LittleEndian.Uint64(want[:]) {
				t.Fatalf("lower8(% x) = %016x, want % x", in, got, want)
			}
		}
	}
}

// TestAppendLower holds AppendLower to strings.ToLower on random words,
// ASCII or not, appended after what the buffer already holds.
func TestAppendLower(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	alphabet := []string{"a", "Z", "M", "’", "É", "é", "İ", "K", "'", ".", "7"}
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		w := b.String()
		if got := string(AppendLower([]byte("x"), w)); got != "x"+strings.ToLower(w) {
			t.Fatalf("AppendLower(%q) = %q, want %q", w, got[1:], strings.ToLower(w))
		}
	}
}
