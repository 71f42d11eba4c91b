package cite

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// initialsSplit is initials as it was written first, with strings.Split:
// TestInitials holds initials to it.
func initialsSplit(s string) bool {
	if s == "" {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
			part = strings.TrimPrefix(part, "-")
			if r, size := utf8.DecodeRuneInString(part); size != len(part) || !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// TestInitials holds initials, which cuts each word at its stops one
// part at a time, to initialsSplit on random strings of capitals, small
// letters, stops, hyphens, spaces and a letter outside ASCII.
func TestInitials(t *testing.T) {
	pieces := []string{"A", "B", "a", ".", ".", "-", " ", "É", "é", "Jr", "\t"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.IntN(9); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if got, want := initials(b.String()), initialsSplit(b.String()); got != want {
			t.Fatalf("initials(%q) = %v, want %v", b.String(), got, want)
		}
	}
}
