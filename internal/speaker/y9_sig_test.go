package speaker

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLowerSigBit holds lowerSigBit to sigBit of the lower-cased word,
// as wordsAround read it before, for words whose lower case is longer,
// shorter or of other bytes than theirs, and invalid UTF-8.
func TestLowerSigBit(t *testing.T) {
	words := []string{
		"", "a", "Senator", "harbourmaster’s", "Ørsted", "ÉCOLE", "İstanbul", "KELVIN\u212a",
		"\u212a", "Ⱥ", "ȺȺ", "\xff", "a\xffb", "\xe2\x80", "Ω\u2126", "straße", "ΣΑΣ", "o’", "’",
	}
	r := rand.New(rand.NewSource(9))
	alphabet := []rune{'a', 'Z', '.', '’', 'İ', 'Ⱥ', '\u212a', 'ß', 'Σ', 'é', 'Ω', 0xFFFD}
	for range 2000 {
		var b strings.Builder
		for range 1 + r.Intn(6) {
			if r.Intn(10) == 0 {
				b.WriteByte(0x80 + byte(r.Intn(0x40))) // an invalid byte
				continue
			}
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		if got, want := lowerSigBit(w), sigBit(lowerKey(w)); got != want {
			t.Errorf("lowerSigBit(%q) = %#x, want %#x", w, got, want)
		}
	}
}
