package segment

import (
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// letterRun is what nonLetters answers, a byte at a time: how many of
// the eight bytes from i are ASCII letters before the first that is not.
func letterRun(s string, i int) int {
	n := 0
	for n < 8 && asciiLetter[s[i+n]] {
		n++
	}
	return n
}

// TestNonLetters holds nonLetters to the byte table: every byte value at
// every place among letters, and random words of bytes around the
// edges of the letter ranges and outside ASCII.
func TestNonLetters(t *testing.T) {
	check := func(s string) {
		t.Helper()
		m := nonLetters(doc.Word8(s, 0))
		got := 8
		if m != 0 {
			got = bits.TrailingZeros64(m) >> 3
		}
		if want := letterRun(s, 0); got != want {
			t.Fatalf("nonLetters(%q): %d letters, want %d", s, got, want)
		}
	}
	check("abcdefgh")
	check("ABCDEFGZ")
	for c := 0; c < 256; c++ {
		for at := 0; at < 8; at++ {
			b := []byte("zAmQaZyB")
			b[at] = byte(c)
			check(string(b))
			for k := at + 1; k < 8; k++ {
				b[k] = 0xff // bytes that carry must not hide the first
			}
			check(string(b))
		}
	}
	edges := []byte("@AZ[`az{\x00\x7f\x80\xc3\xe2\xff 0.-'")
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b [8]byte
		for k := range b {
			b[k] = edges[r.IntN(len(edges))]
		}
		check(string(b[:]))
	}
}

// tokenTexts are the texts the tokenizer's fast paths are checked on:
// the examples and own-words edge cases.
func tokenTexts() []string {
	texts := []string{
		"", "a", "A b", "word.", "well-known L.M. Ph.D. 3.5 1,000 9/11 1920s 3rd",
		"Khrushchev’s ’90s rock ’n’ roll ’tis ’Tis ’em workers’ training ‘reforms’ failed",
		"“Quoted,” she said — ‘scare’ words… and... --dash-- x--y", "tab\tnew\nline\r\f\v",
		"don't 'tis 'em o'clock rock 'n' roll 'Cause 'bout", "É é ñandú naïve café. Straße",
		"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefgh abcdefg",
		"ends in letters at the very end abcdefghijkl", "\x00\x01 a\x7fb c\x1fd", "a’b a‘b a“b a”b a„b",
	}
	files, _ := filepath.Glob("../../examples/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	return texts
}

// TestPlainRun holds the tokenizer with plainRun to its general path
// alone: the same tokens for every text, whole and cut short (so that
// words and runs meet the end of a paragraph), and for random strings
// of pieces.
func TestPlainRun(t *testing.T) {
	samePaths(t, tokenTexts())
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "B", "word", "Words", " ", "  ", ".", "..", ",", "-", "'", "’", "‘", "“", "”", "1", "20", "é", "\n", "s", "tis", "n", "s’", "…", "\t", "abcdefghij"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if fast, slow := tokenize(s, 0, len(s), nil, true), tokenize(s, 0, len(s), nil, false); !slices.Equal(fast, slow) {
			t.Fatalf("%q: plainRun %+v, general %+v", s, fast, slow)
		}
	}
	t.Run("shared", func(t *testing.T) {
		dir := testutil.SharedData(t) // skips when absent
		var texts []string
		for _, pat := range []string{"markdown/*.md", "seed/*.txt", "footnotes/*.txt"} {
			files, _ := filepath.Glob(filepath.Join(dir, pat))
			for _, f := range files {
				if b, err := os.ReadFile(f); err == nil {
					texts = append(texts, string(b))
				}
			}
		}
		samePaths(t, texts)
	})
}

// TestElisionFirstLetters holds elisionEnd's gate to the list: every
// elision starts with an ASCII letter the gate lets through.
func TestElisionFirstLetters(t *testing.T) {
	for _, w := range elisions {
		switch w[0] | 0x20 {
		case 't', 'e', 'n', 'c', 'b', 'r', 's':
		default:
			t.Errorf("elision %q: its first letter is not in elisionEnd's gate", w)
		}
	}
}

// TestDecodeQuoteMark holds decodeQuoteMark to utf8.DecodeRuneInString
// on the runes around the curly quotation marks and on broken bytes.
func TestDecodeQuoteMark(t *testing.T) {
	var texts []string
	for r := rune(0x80); r < 0x2100; r++ {
		texts = append(texts, string(r), string(r)+"x")
	}
	texts = append(texts, "\xe2", "\xe2\x80", "\xe2\x80\x98"[:2]+"a", "\xe2\x81\x98", "\xe2\x80\xa0", "\xe2\x80\x97")
	for _, s := range texts {
		for end := 1; end <= len(s); end++ {
			r, n := decodeQuoteMark(s, 0, end)
			wr, wn := utf8.DecodeRuneInString(s[:end])
			if r != wr || n != wn {
				t.Fatalf("decodeQuoteMark(%q, end %d) = %U, %d; want %U, %d", s, end, r, n, wr, wn)
			}
		}
	}
}

// samePaths fails when the tokenizer with plainRun and its general path
// alone make different tokens of a text, whole or cut short.
func samePaths(t *testing.T, texts []string) {
	t.Helper()
	for _, s := range texts {
		for _, end := range []int{len(s), len(s) * 2 / 3, len(s) / 3, min(len(s), 9)} {
			for end < len(s) && !utf8.RuneStart(s[end]) {
				end--
			}
			fast := tokenize(s, 0, end, nil, true)
			slow := tokenize(s, 0, end, nil, false)
			if !slices.Equal(fast, slow) {
				for k := range min(len(fast), len(slow)) {
					if fast[k] != slow[k] {
						t.Fatalf("token %d of %q…: plainRun %+v, general %+v", k, s[:min(end, 60)], fast[k], slow[k])
					}
				}
				t.Fatalf("%q…: %d tokens with plainRun, %d without", s[:min(end, 60)], len(fast), len(slow))
			}
		}
	}
}
