package segment

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordEndStops holds the tokenizer's fast path to wordEnd: after a
// run of ASCII letters, at the end of the text or at an ASCII byte that
// is no letter, digit, hyphen, full stop or apostrophe, wordEnd stops
// where it starts, whatever follows.
func TestWordEndStops(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if ascii[c] == clLetter || ascii[c] == clDigit || c == '-' || c == '.' || c == '\'' {
			continue
		}
		for _, after := range []string{"", "a", "s", "1", "’s", "-x", " ", "é"} {
			text := "word" + string(rune(c)) + after
			if got := wordEnd(text, 4, len(text)); got != 4 {
				t.Errorf("wordEnd(%q, 4) = %d, want 4", text, got)
			}
		}
	}
	if got := wordEnd("word", 4, 4); got != 4 {
		t.Errorf("wordEnd at the end = %d, want 4", got)
	}
}

// wordEndRunes is wordEnd as it was before its fast paths for a hyphen
// or full stop before an ASCII byte and for a curly quotation mark:
// every joiner and every byte outside ASCII decoded as a rune.
func wordEndRunes(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if cl := ascii[c]; cl == clLetter || cl == clDigit {
				i++
				continue
			}
			if c != '-' && c != '.' && c != '\'' {
				return i
			}
		}
		r, size := decode(text, i, end)
		if r != '’' && isWordRune(r) {
			i += size
			continue
		}
		if r == '-' || r == '.' || r == '‐' || isApostrophe(r) {
			nr, _ := decode(text, i+size, end)
			if i+size < end && isWordRune(nr) && (r != '.' || unicode.IsLetter(nr)) {
				i += size
				continue
			}
			if isApostrophe(r) && possessive(text, i, i+size, end) {
				return i + size
			}
		}
		return i
	}
	return i
}

// TestWordEndFast holds wordEnd to wordEndRunes on random texts made of
// letters, digits, joiners, spaces and curly marks, from every start and
// with every end.
func TestWordEndFast(t *testing.T) {
	pieces := []string{"a", "S", "s", "7", "-", ".", "'", "’", "‘", "“", "”", "‛", "‟", "„", "‐", "ʼ", " ", "é", "\u0301", ",", "the", "x", "\xe2\x80", "\xe2"}
	rng := rand.New(rand.NewPCG(9, 9))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		for end := 0; end <= len(text); end++ {
			for i := 0; i <= end; i++ {
				if got, want := wordEnd(text, i, end), wordEndRunes(text, i, end); got != want {
					t.Fatalf("wordEnd(%q, %d, %d) = %d, want %d", text, i, end, got, want)
				}
			}
		}
	}
}
