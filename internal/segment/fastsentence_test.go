package segment

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// skipClosersDecoding is skipClosers as it was, decoding every rune: the
// reference its ASCII path is held to.
func skipClosersDecoding(text string, i, end int, markers map[int]int) int {
	for i < end {
		if m, ok := markers[i]; ok && m <= end {
			i = m
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '"' || r == '\'' || r == ')' || r == ']' || r == '}' ||
			r == '”' || r == '’' || r == '»' || r == '›' || r == '」' || r == '』':
			i += size
		case r == '[':
			m := markerEnd(text, i, end)
			if m < 0 {
				return i
			}
			i = m
		case isSuperscriptDigit(r) || r == '*' || r == '†' || r == '‡':
			i += size
		default:
			return i
		}
	}
	return i
}

// TestSkipClosersASCII holds skipClosers to the decoding loop on random
// runs of closers, markers and other bytes, with and without markers
// kept from the markup.
func TestSkipClosersASCII(t *testing.T) {
	pieces := []string{"\"", "'", ")", "]", "}", "*", "[1]", "[", "[A]", "”", "’", "»", "›", "」", "』", "¹", "⁴", "†", "‡", " ", "a", ".", "\n", "\xe2", "\xff", "é"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		var markers map[int]int
		if r.IntN(2) == 0 && len(text) > 0 {
			at := r.IntN(len(text))
			markers = map[int]int{at: at + 1 + r.IntN(len(text)-at)} // a marker holds a byte at least
		}
		for i := 0; i <= len(text); i++ {
			end := i + r.IntN(len(text)-i+1)
			if got, want := skipClosers(text, i, end, markers), skipClosersDecoding(text, i, end, markers); got != want {
				t.Fatalf("skipClosers(%q, %d, %d, %v) = %d, want %d", text, i, end, markers, got, want)
			}
		}
	}
}
