package cite

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSingleSpaced holds singleSpaced to strings.Join(strings.Fields(w),
// " ") on random strings of words, spaces of every kind and broken UTF-8.
func TestSingleSpaced(t *testing.T) {
	parts := []string{"a", "Pell", " ", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\u3000", "–", "“", "\xff", "\xe2\x80", ",", "."}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		w := b.String()
		if got, want := singleSpaced(w), strings.Join(strings.Fields(w), " "); got != want {
			t.Fatalf("singleSpaced(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestJoinFields holds joinFields(a, b) to strings.Join(strings.Fields(a
// + " " + b), " ") on random pairs of strings of words, spaces of every
// kind and broken UTF-8 (a rune split between a and b among them).
func TestJoinFields(t *testing.T) {
	parts := []string{"a", "Pell", " ", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\u3000", "–", "“", "\xff", "\xe2\x80", "\x80", ",", "."}
	rng := rand.New(rand.NewSource(3))
	random := func() string {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		return b.String()
	}
	for n := 0; n < 50000; n++ {
		a, b := random(), random()
		if got, want := joinFields(a, b), strings.Join(strings.Fields(a+" "+b), " "); got != want {
			t.Fatalf("joinFields(%q, %q) = %q, want %q", a, b, got, want)
		}
	}
}

// nameLikeFields is nameLike as it was written first, word slices and
// all: TestNameLike holds the fast one to its answers.
func nameLikeFields(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	surname := false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "."))
		switch r, _ := utf8.DecodeRuneInString(w); {
		case particles[lw]:
		case initials(w):
		case !unicode.IsUpper(r) || orgWords[lw]:
			return false
		case strings.IndexFunc(w, unicode.IsLower) >= 0:
			surname = true
		}
	}
	return surname
}

func TestNameLike(t *testing.T) {
	parts := []string{"Agnes", "R.", "Pell", "van", "der", "De", "Library", "Review", "okafor", "S.", "T", "É", "Ünal", " ", ", ", ",", "\u00a0", "\t", "\xff", "."}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(9); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
			if rng.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		w := b.String()
		if got, want := nameLike(w), nameLikeFields(w); got != want {
			t.Fatalf("nameLike(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHasTidyPairRandom holds hasTidyPair to tidyPairs on random strings
// of the bytes they are made of and others.
func TestHasTidyPairRandom(t *testing.T) {
	parts := []string{"(", ")", ".", ",", " ", "a", "..", "“", ";"}
	rng := rand.New(rand.NewSource(4))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		w := b.String()
		want := false
		for _, r := range tidyPairs {
			want = want || strings.Contains(w, r[0])
		}
		if got := hasTidyPair(w); got != want {
			t.Fatalf("hasTidyPair(%q) = %v, want %v", w, got, want)
		}
	}
}
