package doc

import (
	"math/rand"
	"strings"
	"testing"
)

// TestByteScan holds ByteScan.Next to a byte-by-byte loop over random
// texts and sets, asked from places that move forward, stay, and go
// back.
func TestByteScan(t *testing.T) {
	const alphabet = "ab \"'\n[(\xe2\x80\x9c\xc3"
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 2000; round++ {
		var b strings.Builder
		for n := rng.Intn(50); n > 0; n-- {
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		text := b.String()
		var set strings.Builder
		for n := 1 + rng.Intn(MaxScanBytes); n > 0; n-- {
			set.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		s := NewByteScan(text, set.String())
		if s.IsZero() {
			t.Fatal("a made scan is zero")
		}
		i := 0
		for q := 0; q < 30; q++ {
			if rng.Intn(6) == 0 {
				i = rng.Intn(len(text) + 1)
			} else {
				i = min(i+rng.Intn(4), len(text))
			}
			end := i + rng.Intn(len(text)-i+1)
			want := i
			for want < end && strings.IndexByte(set.String(), text[want]) < 0 {
				want++
			}
			if got := s.Next(i, end); got != want {
				t.Fatalf("Next(%q, set %q, %d, %d) = %d, want %d", text, set.String(), i, end, got, want)
			}
		}
	}
	var zero ByteScan
	if !zero.IsZero() {
		t.Fatal("the zero scan is not zero")
	}
}
