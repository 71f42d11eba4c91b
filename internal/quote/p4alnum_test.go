package quote

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestNonLetter8 holds nonLetter8 to asciiLetter for every byte value in
// every place of a word, among neighbours of every kind (a byte outside
// ASCII below or above it included).
func TestNonLetter8(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	fill := []byte{'a', 'Z', '0', '9', ' ', '@', '[', '`', '{', '/', ':', 0x80, 0xE2, 0xFF, 0x7F, 0x00}
	for pos := range 8 {
		for c := range 256 {
			for range 8 {
				var w [8]byte
				for k := range w {
					w[k] = fill[r.IntN(len(fill))]
				}
				w[pos] = byte(c)
				got := nonLetter8(binary.LittleEndian.Uint64(w[:]))
				for k, b := range w {
					if flagged := got>>(8*k+7)&1 == 1; flagged == asciiLetter(b) {
						t.Fatalf("nonLetter8(% x): byte %d (%#x) flagged %v", w, k, b, flagged)
					}
				}
				if got&^doc.HighBits != 0 {
					t.Fatalf("nonLetter8(% x) = %#x: bits besides the high ones", w, got)
				}
			}
		}
	}
}

// TestWordEdgesEight holds wordEnd and wordStart, which pass letters and
// digits eight at a time, to refWordEnd and refWordStart, their byte
// loops as they were, at every place of random text.
func TestWordEdgesEight(t *testing.T) {
	pieces := []string{"a", "word", "Khrushchev", "abcdefghijklmnopqrstuvwxyz0123456789", "X9", " ", "  ", "\n", ".", "-", "'", "’", "‘", "“",
		"é", "naïve", "L.M", "well-known", ",", "\u00a0", "—", "12", "3.5", "e\u0301"}
	r := rand.New(rand.NewPCG(5, 5))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			if i < len(s) && !utf8.RuneStart(s[i]) {
				continue
			}
			for _, hi := range []int{len(s), min(len(s), i+3), min(len(s), i+9)} {
				if i < hi {
					if got, want := wordEnd(s, i, hi), refWordEnd(s, i, hi); got != want {
						t.Fatalf("wordEnd(%q, %d, %d) = %d, want %d", s, i, hi, got, want)
					}
				}
			}
			for _, lo := range []int{0, max(0, i-3), max(0, i-9)} {
				if lo < len(s) && !utf8.RuneStart(s[lo]) {
					continue
				}
				if got, want := wordStart(s, lo, i), refWordStart(s, lo, i); got != want {
					t.Fatalf("wordStart(%q, %d, %d) = %d, want %d", s, lo, i, got, want)
				}
			}
		}
	}
}

// refWordEnd is wordEnd as it was, a byte at a time.
func refWordEnd(text string, i, hi int) int {
	hi = min(hi, i+maxWordLen, len(text))
	for i < hi && asciiWord[text[i]] {
		i++
	}
	if i >= hi {
		return i
	}
	if c := text[i]; c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
		return i
	}
	return doc.WordEnd(text, i, hi)
}

// refWordStart is wordStart as it was, a byte at a time.
func refWordStart(text string, lo, i int) int {
	lo = max(lo, i-maxWordLen)
	for i > lo {
		if c := text[i-1]; c < utf8.RuneSelf {
			if asciiWord[c] {
				i--
				continue
			}
			if (c == '\'' || c == '-' || c == '.') && i-1 > lo {
				if prev, _ := utf8.DecodeLastRuneInString(text[lo : i-1]); doc.IsWordRune(prev) {
					i--
					continue
				}
			}
			break
		}
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
