package quote

import (
	"github.com/hearsay-project/hearsay/internal/doc"
	"math/rand"
	"strings"
	"testing"
)

// TestByteScan holds doc.ByteScan.Next to the byte loop it replaces, over
// random texts of mark bytes, other bytes and runes, asked from places
// that move forward, stay, and (rarely, as no caller does) go back.
func TestByteScan(t *testing.T) {
	pieces := []string{"a", " ", "word ", "\"", "'", "`", "’", "“", "«", "—", "「", "é", "\n"}
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 500; round++ {
		var b strings.Builder
		for n := rng.Intn(60); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		s := doc.NewByteScan(text, markBytes)
		i := 0
		for q := 0; q < 40; q++ {
			switch rng.Intn(8) {
			case 0:
				i = rng.Intn(len(text) + 1)
			default:
				i = min(i+rng.Intn(4), len(text))
			}
			end := i + rng.Intn(len(text)-i+1)
			want := i
			for want < end && !isMarkByte[text[want]] {
				want++
			}
			if got := s.Next(i, end); got != want {
				t.Fatalf("next(%q, %d, %d) = %d, want %d", text, i, end, got, want)
			}
		}
	}
}
