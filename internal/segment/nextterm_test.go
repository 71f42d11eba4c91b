package segment

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTermScan holds termScan to a byte loop over the places that begin
// a terminator ('.', '!', '?', "…"; not other runes that begin with E2,
// nor a broken "…"), on random text with terminators, multi-byte
// characters and the bytes next to those it looks for: questions from every start in order, as sentences
// asks them, with ends cut short (a paragraph's end), and then from
// random starts in any order.
func TestTermScan(t *testing.T) {
	parts := []string{"a", "word ", " ", ".", "!", "?", "…", "’", "é", ",", "-", "/", ">", "@", "\x80", "\xe2", "\xff", "\x00", "\xa6", "\x80\xa6", "\xe2\x80", "¦"}
	rng := rand.New(rand.NewSource(12))
	want := func(text string, i, end int) int {
		for i < end && !(text[i] == '.' || text[i] == '!' || text[i] == '?' || strings.HasPrefix(text[i:], "…")) {
			i++
		}
		return i
	}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		text := b.String()
		s := termScan{text: text}
		s.reset()
		for i := 0; i <= len(text); i += rng.Intn(3) {
			end := len(text) - rng.Intn(3)
			if end < i {
				end = i
			}
			if got := s.next(i, end); got != want(text, i, end) {
				t.Fatalf("next(%q, %d, %d) = %d, want %d", text, i, end, got, want(text, i, end))
			}
			if rng.Intn(4) == 0 {
				i++
			}
		}
		for range 10 {
			i := rng.Intn(len(text) + 1)
			if got := s.next(i, len(text)); got != want(text, i, len(text)) {
				t.Fatalf("next(%q, %d) out of order = %d, want %d", text, i, got, want(text, i, len(text)))
			}
		}
	}
}
