package segment

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// wordAtRunes is wordAt before its ASCII fast path: every rune decoded
// and asked of unicode.
func wordAtRunes(text string, i, end int) string {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) {
			break
		}
		if !isOpener(r) {
			return ""
		}
		i += size
	}
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

// TestWordAtASCII holds wordAt to wordAtRunes on random strings of
// letters, openers, marks and bytes outside ASCII, and isBoundary's
// ASCII test of white space to unicode.IsSpace.
func TestWordAtASCII(t *testing.T) {
	pieces := []string{"a", "Z", "The", "é", "Ωmega", "\"", "'", "(", "[", "“", "‘", "«", " ", ".", "-", "1", "\t", "\xff", "ʼ", "_", "@", "`", "{"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			for _, end := range []int{len(s), i + (len(s)-i)/2} {
				if got, want := wordAt(s, i, end), wordAtRunes(s, i, end); got != want {
					t.Fatalf("wordAt(%q, %d, %d) = %q, want %q", s, i, end, got, want)
				}
			}
		}
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		ascii := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
		if ascii != unicode.IsSpace(rune(c)) {
			t.Errorf("byte %#x: isBoundary's space test says %v, unicode.IsSpace %v", c, ascii, !ascii)
		}
	}
}

// TestIsSpace holds isSpace to unicode.IsSpace on every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
