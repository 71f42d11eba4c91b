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

// TestFieldHelpers holds moreFields and dropSpaces to the strings.Fields
// forms they replace, on random strings of letters, white space (ASCII
// and not) and an invalid byte.
func TestFieldHelpers(t *testing.T) {
	pieces := []string{"a", "B", " ", "\t", "\n", "\u00a0", "\u2003", "–", "\xff", "12"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.IntN(9); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, m := range []int{0, 1, 2, 12} {
			if got, want := moreFields(s, m), len(strings.Fields(s)) > m; got != want {
				t.Fatalf("moreFields(%q, %d) = %v, want %v", s, m, got, want)
			}
		}
		if got, want := dropSpaces(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Fatalf("dropSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}
