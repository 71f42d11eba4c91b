package speaker

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestLowerSigBit holds lowerSigBit to sigBit of the lower-cased word,
// as wordsAround read it before, for words whose lower case is longer,
// shorter or of other bytes than theirs, and invalid UTF-8.
func TestLowerSigBit(t *testing.T) {
	words := []string{
		"", "a", "Senator", "harbourmaster’s", "Ørsted", "ÉCOLE", "İstanbul", "KELVIN\u212a",
		"\u212a", "Ⱥ", "ȺȺ", "\xff", "a\xffb", "\xe2\x80", "Ω\u2126", "straße", "ΣΑΣ", "o’", "’",
	}
	r := rand.New(rand.NewSource(9))
	alphabet := []rune{'a', 'Z', '.', '’', 'İ', 'Ⱥ', '\u212a', 'ß', 'Σ', 'é', 'Ω', 0xFFFD}
	for range 2000 {
		var b strings.Builder
		for range 1 + r.Intn(6) {
			if r.Intn(10) == 0 {
				b.WriteByte(0x80 + byte(r.Intn(0x40))) // an invalid byte
				continue
			}
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		if got, want := lowerSigBit(w), sigBit(lowerKey(w)); got != want {
			t.Errorf("lowerSigBit(%q) = %#x, want %#x", w, got, want)
		}
	}
}

// TestGeneralPunct holds what findNames assumes of a token of one
// character from U+2000 to U+203F other than "…": it is no letter, holds
// no line break, and is none of the marks boundaryAt reads.
func TestGeneralPunct(t *testing.T) {
	for r := rune(0x2000); r <= 0x203F; r++ {
		if r == '…' {
			continue
		}
		s := string(r)
		if unicode.IsLetter(r) || strings.ContainsRune(s, '\n') {
			t.Errorf("%U: findNames passes it over as a mark that leaves start as it is", r)
		}
		a := newAttributor(&doc.Document{Text: "Ed " + s + " Moss."})
		var w nameWindow
		for g, c := range a.ix.all {
			if a.text[c.s:c.e] == s && a.boundaryAt(&w, g) {
				t.Errorf("%U: boundaryAt reads it as a sentence's end", r)
			}
		}
	}
}

// TestPlainStopDigits holds plainStop to boundary after words that open
// with a digit, as TestFindNamesShortcuts does over whole texts: a
// year, a single digit (an initial's reading), a number with a full
// stop inside, a closing parenthesis or a comma after, a hyphen.
func TestPlainStopDigits(t *testing.T) {
	texts := []string{
		"It was in 1958. Then 5. And 1.5. Also (in 1958.) and 1958., said 12.) the 3rd. or 9-11. and 2016.\" Then 4. B. 10.5.",
		"Ann 2B. Ed 0. x 77.. y 1958.’ z 19th. q 1.2.3. r 99.",
	}
	stops := 0
	for _, text := range texts {
		ix := newTokIndex(text, "")
		toks := decode(nil, ix.all, text, ix.lower, ix.others)
		for g, c := range ix.all {
			if !c.word && text[c.s:c.e] == "." && plainStop(text, ix.all, g) {
				stops++
				if !boundary(text, toks, g) {
					t.Errorf("plainStop at %q, but boundary is false", text[max(0, int(c.s)-20):c.e])
				}
			}
		}
	}
	if stops < 5 {
		t.Errorf("plainStop %d times: the texts should hold more", stops)
	}
}
