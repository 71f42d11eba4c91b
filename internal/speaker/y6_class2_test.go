package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/quote"
)

// TestLexicon2 checks that a token's second class bits say what the
// lists' own lookups say, for every word of every list of lexLists2 and
// some words of none, and that the first class and the senses of every
// word are what they were without the second lists' entries.
func TestLexicon2(t *testing.T) {
	lists := lexLists2()
	words := []string{"", "zebra", "In", "SAID", "x", ",", "“", "harbourmaster’s", "l'été", "said", "inquired", "police", "first"}
	for _, l := range lists {
		words = append(words, l.of...)
	}
	first := lexLists()
	for _, l := range first {
		words = append(words, l.of...)
	}
	for _, w := range words {
		e := lexicon[lexOf(w)]
		if e.class2 != lexClass2[lexOf(w)] {
			t.Errorf("%q: lexicon and lexClass2 differ", w)
		}
		for i, l := range lists {
			if w != strings.ToLower(w) && l.in(w) {
				t.Errorf("list %d holds %q, not lower case: a token carries its lower case's bits", i, w)
			}
			if got := e.class2&l.c != 0; got != l.in(w) {
				t.Errorf("%q: bit of list %d is %v, its lookup %v", w, i, got, l.in(w))
			}
		}
		for i, l := range first {
			if got := e.class&l.c != 0; got != l.in(w) {
				t.Errorf("%q: bit of first list %d is %v, its lookup %v", w, i, got, l.in(w))
			}
		}
	}
	// afterCue's test: every lower-case word quote.IsCue is true of has
	// an entry with the bit.
	for _, w := range quote.CueWords() {
		if !quote.IsCue(w) || !wordIs2(w, isQuoteCue) {
			t.Errorf("%q: a cue word, not told by its entry", w)
		}
	}
	// A token carries the entry of its lower-case form.
	text := "The Police SAID, said the Board, that their Writings inquired"
	for _, tk := range tokenize(text, 0, len(text)) {
		low := strings.ToLower(tk.str(text))
		if tk.is2(isQuoteCue) != quote.IsCue(low) || tk.is2(isGroupNoun) != groupNouns[low] || tk.is2(isBody) != bodies[low] || tk.is2(isWriting) != writings[low] {
			t.Errorf("%q: bits %b disagree with the lists", tk.str(text), classOf2(tk.lex))
		}
	}
}

// TestLexOfWord holds lexOfWord to lexOf of the word's lower case, on
// the words of every list in several cases, and on words beyond ASCII,
// long ones and ones with a zero byte.
func TestLexOfWord(t *testing.T) {
	words := []string{"", "x", "Mr", "MR", "mR", "Dr.", "Sen", "\u212Aapt", "İstanbul", "Ünal", "a\x00", "mr\x00", "Commissioner", "COMMISSIONERS", "internationalisation", "SuperCalifragilistic"}
	for _, l := range lexLists() {
		for _, w := range l.of {
			words = append(words, w, strings.ToUpper(w), strings.Title(w))
		}
	}
	for _, w := range words {
		want := lexOf(strings.ToLower(w))
		if strings.IndexByte(w, 0) >= 0 && len(w) <= mediumMax {
			want = 0 // a word in no list (lexOf's packed key ends at the zero byte)
		}
		if got := lexOfWord(w); got != want {
			t.Errorf("lexOfWord(%q) = %d, want %d", w, got, want)
		}
		_, title := titles[strings.ToLower(w)]
		if initial(w) != (title || initialParts(w)) {
			t.Errorf("initial(%q) = %v", w, initial(w))
		}
	}
}

// TestAfterCueBits holds afterCue, which reads both lists by their
// bits, to the lookups it stands for, on every token of the examples and
// of the quotation stage's cue words in three cases.
func TestAfterCueBits(t *testing.T) {
	var b strings.Builder
	for _, w := range quote.CueWords() {
		b.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + ", ")
	}
	texts := []string{b.String()}
	texts = withExamples(t, "*", texts)
	for _, text := range texts {
		for _, tk := range tokenize(text, 0, len(text)) {
			want := tk.is(isCue) || quote.IsCue(tk.low)
			if got := afterCue(&tk); got != want {
				t.Errorf("afterCue(%q) = %v, want %v", tk.low, got, want)
			}
		}
	}
}
