package cite

import (
	"math/rand"
	"testing"
)

// TestNextMarkerByte holds nextMarkerByte to the byte loop it replaces,
// on random text with markers, multi-byte characters and bytes next to
// those it looks for, from every start to every limit.
func TestNextMarkerByte(t *testing.T) {
	parts := []string{"a", "word ", " ", "[", "(", "*", ")", "]", "+", ")", "Z", "\\", "’", "¹", "†", "\x80", "\xc1", "\xc2", "\xff", "\x00", "\x01", "\x7f", "\x5a", "\x5c", "\x27", "\x29", "\x2b"}
	rng := rand.New(rand.NewSource(10))
	for n := 0; n < 20000; n++ {
		text := randomText(rng, parts, 30)
		for i := 0; i <= len(text); i++ {
			limit := i + rng.Intn(len(text)-i+1)
			want := i
			for want < limit && !markerByte[text[want]] {
				want++
			}
			if got := nextMarkerByte(text, i, limit); got != want {
				t.Fatalf("nextMarkerByte(%q, %d, %d) = %d, want %d", text, i, limit, got, want)
			}
		}
	}
}
