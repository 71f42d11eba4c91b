package quote

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// wordStartRunes is wordStart as it was before its ASCII fast path:
// every byte decoded as a rune.
func wordStartRunes(text string, lo, i int) int {
	lo = max(lo, i-maxWordLen)
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if doc.IsWordRune(r) {
			i -= n
			continue
		}
		if doc.IsWordJoiner(r) && i-n > lo {
			if prev, _ := utf8.DecodeLastRuneInString(text[lo : i-n]); doc.IsWordRune(prev) {
				i -= n
				continue
			}
		}
		break
	}
	return i
}

// TestWordStartASCII holds wordStart to wordStartRunes on random text of
// letters, digits, joiners, spaces, marks and letters outside ASCII,
// from every end and two lower bounds.
func TestWordStartASCII(t *testing.T) {
	pieces := []string{"a", "Zb", "9", "'", "’", "-", "‐", ".", " ", "“", "é", "Ω", "\u0301", ",", "\xff", "word"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		for i := 0; i <= len(text); i++ {
			for _, lo := range []int{0, min(2, i)} {
				if got, want := wordStart(text, lo, i), wordStartRunes(text, lo, i); got != want {
					t.Fatalf("wordStart(%q, %d, %d) = %d, want %d", text, lo, i, got, want)
				}
			}
		}
	}
}

// spaceBeforeRunes is spaceBefore as it was before its ASCII fast path.
func spaceBeforeRunes(text string, lo, i int) (int, bool) {
	lo = max(lo, i-maxReach)
	newline := false
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if !unicode.IsSpace(r) {
			break
		}
		newline = newline || r == '\n'
		i -= n
	}
	return i, newline
}

// TestSpaceBeforeASCII holds spaceBefore to spaceBeforeRunes on every
// ASCII byte and a few spaces outside ASCII.
func TestSpaceBeforeASCII(t *testing.T) {
	var pieces []string
	for c := 0; c < utf8.RuneSelf; c++ {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "\u00a0", "\u2009", "\u0085", "é", "\xff")
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		for i := 0; i <= len(text); i++ {
			gi, gn := spaceBefore(text, 0, i)
			wi, wn := spaceBeforeRunes(text, 0, i)
			if gi != wi || gn != wn {
				t.Fatalf("spaceBefore(%q, 0, %d) = %d, %v, want %d, %v", text, i, gi, gn, wi, wn)
			}
		}
	}
}
