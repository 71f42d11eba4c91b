package speaker

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestY7Lists holds the tests that moved from a map lookup to a bit of
// the lexicon (y7) to the lookups they stand for: asciiWordIs2 (whose
// lists must be ASCII) to a lookup of the word with its ASCII capitals
// lowered, and tok.pluralNoun to pluralNoun of the token's lower case,
// on the words of the lists in several cases, words beyond ASCII, and
// every token of the examples.
func TestY7Lists(t *testing.T) {
	asciiLists := map[wordClass2]map[string]bool{isMonth: months, isWeekday: weekdays, isC1Amount: c1Amount, isC1TimeUnit: c1TimeUnits}
	lowerASCII := func(w string) string {
		b := []byte(w)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	words := []string{"", "x", "FrİDAY", "\u212Aay", "mAy", "May\x00", "Mondays", "Decembers", "Twelve", "fortnights"}
	for _, m := range asciiLists {
		for w := range m {
			for i := 0; i < len(w); i++ {
				if w[i] >= utf8.RuneSelf {
					t.Errorf("%q: a word beyond ASCII in a list asciiWordIs2 reads", w)
				}
			}
			words = append(words, w, strings.ToUpper(w), strings.Title(w), w+"s", "İ"+w)
		}
	}
	for _, w := range words {
		for c, m := range asciiLists {
			if got, want := asciiWordIs2(w, c), m[lowerASCII(w)]; got != want {
				t.Errorf("asciiWordIs2(%q, %b) = %v, want %v", w, c, got, want)
			}
		}
		if got, want := c1In(isC1Amount, w), len(w) <= 12 && c1Amount[lowerASCII(w)]; got != want {
			t.Errorf("c1In(%q) = %v, want %v", w, got, want)
		}
	}
	texts := []string{strings.Join(words, " ")}
	texts = withExamples(t, "*", texts)
	for _, text := range texts {
		for _, tk := range tokenize(text, 0, len(text)) {
			if got, want := tk.pluralNoun(), pluralNoun(tk.low); got != want {
				t.Errorf("%q: tok.pluralNoun = %v, pluralNoun %v", tk.low, got, want)
			}
			if strings.IndexByte(tk.low, '-') < 0 {
				if got, want := numberWord(tk.low), numberWords[tk.low]; got != want {
					t.Errorf("numberWord(%q) = %v, want %v", tk.low, got, want)
				}
			}
		}
	}
}

// TestY7Written holds the tests of a word as written that read its
// entry with lexOfWord (cueSubject's nobody, phraseHead's headPreps,
// nearHead's nearAdjectives, relativeMention's relativeWords) to the
// lookups of its lower case they stand for.
func TestY7Written(t *testing.T) {
	lists := map[wordClass2]map[string]bool{isNobody: nobody, isHeadPrep: headPreps, isNearAdjective: nearAdjectives, isRelativeWord: relativeWords}
	words := []string{"", "x", "No One", "NO ONE", "no  one", "İn", "\u212Aoo", "Nobody\x00", "whichever", "Whom"}
	for _, m := range lists {
		for w := range m {
			words = append(words, w, strings.ToUpper(w), strings.Title(w), w+"s")
		}
	}
	for _, w := range words {
		for c, m := range lists {
			if got, want := classOf2(lexOfWord(w))&c != 0, m[strings.ToLower(w)]; got != want {
				t.Errorf("%q: bit %b is %v, its lookup %v", w, c, got, want)
			}
		}
	}
}

// TestNameGender holds nameGender to the lookups nameAt made: titles'
// value first, then given's, for every word of both lists.
func TestNameGender(t *testing.T) {
	var words []string
	for w := range titles {
		words = append(words, w)
	}
	for w := range given {
		words = append(words, w)
	}
	for _, w := range words {
		lex := lexOf(w)
		var want byte
		if g, ok := titles[w]; ok {
			want = g
		} else if g, ok := given[w]; ok {
			want = g
		}
		if w == strings.ToLower(w) && classOf(lex)&(isTitle|isGiven) == 0 {
			t.Errorf("%q: no title or given bit", w)
		}
		if w == strings.ToLower(w) && nameGender[lex&lexMask] != want {
			t.Errorf("nameGender(%q) = %q, want %q", w, nameGender[lex&lexMask], want)
		}
	}
}
