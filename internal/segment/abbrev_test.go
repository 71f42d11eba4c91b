package segment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// abbreviationRef is abbreviation as it was before its gates: both
// lookups for every word.
func abbreviationRef(word string) abbrevKind {
	if k, ok := abbreviations[word]; ok {
		return k
	}
	var buf [16]byte
	if len(word) > len(buf) {
		return abbrevNone
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(word)])]
}

// TestAbbreviationFast holds abbreviation to abbreviationRef on every
// listed abbreviation as written, in capitals and capitalised, and on
// words around them; and the fast paths of wordBefore, isInitial and
// trimSpaceRight to the rune tests they pass over.
func TestAbbreviationFast(t *testing.T) {
	if longestAbbreviation > 16 {
		t.Fatalf("longestAbbreviation = %d, over abbreviation's buffer", longestAbbreviation)
	}
	var words []string
	for k := range abbreviations {
		up := strings.ToUpper(k)
		words = append(words, k, up, strings.ToUpper(k[:1])+k[1:], k+"x", "x"+k, up+"S", k+"é", "É"+k, "\u212a"+k)
	}
	words = append(words, "", "I", "strike", "STRIKE", "Wells", "L.M", "U.S", "a", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQR", "K\u212a", "İ")
	for _, w := range words {
		if got, want := abbreviation(w), abbreviationRef(w); got != want {
			t.Errorf("abbreviation(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestASCIIFastPaths holds wordBefore, isInitial and trimSpaceRight,
// which tell ASCII bytes from a table, to their rune tests, with every
// ASCII byte and a few runes before, in and after a word.
func TestASCIIFastPaths(t *testing.T) {
	extra := []string{"é", "É", "\u00a0", "\u2009", "’", "١", "\u0085", "Ω"}
	var pieces []string
	for c := 0; c < utf8.RuneSelf; c++ {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, extra...)
	for _, a := range pieces {
		for _, b := range pieces {
			for _, text := range []string{a + "Ab" + b, "x" + b + a, a + b + ".", "L" + a + "M" + b} {
				if got, want := wordBefore(text, 0, len(text)), wordBeforeRunes(text, 0, len(text)); got != want {
					t.Fatalf("wordBefore(%q) = %q, want %q", text, got, want)
				}
				if got, want := isInitial(text), isInitialRunes(text); got != want {
					t.Fatalf("isInitial(%q) = %v, want %v", text, got, want)
				}
				if got, want := trimSpaceRight(text, 0, len(text)), trimSpaceRightRunes(text, 0, len(text)); got != want {
					t.Fatalf("trimSpaceRight(%q) = %d, want %d", text, got, want)
				}
			}
		}
	}
}

func wordBeforeRunes(text string, start, i int) string {
	j := i
	for j > start {
		r, size := utf8.DecodeLastRuneInString(text[start:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		j -= size
	}
	return strings.TrimLeft(text[j:i], ".")
}

func isInitialRunes(word string) bool {
	parts := 0
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRuneInString(word[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		i += size
		parts++
		if i < len(word) {
			if word[i] != '.' || parts > 2 {
				return false
			}
			i++
		}
	}
	return parts > 0 && !abbreviationEnds(word)
}

func trimSpaceRightRunes(text string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// TestIsWordRuneFast holds isWordRune's fast answer for the General
// Punctuation block to the tables it passes over.
func TestIsWordRuneFast(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestWordStop holds the tokenizer's table to the tests it replaced.
func TestWordStop(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := c < utf8.RuneSelf && ascii[c] != clDigit && c != '-' && c != '.' && c != '\''
		if wordStop[c] != want {
			t.Errorf("wordStop[%#x] = %v, want %v", c, wordStop[c], want)
		}
	}
}
