package speaker

import (
	"strings"
	"testing"
)

// TestLexicon checks that a token's list bits say what the lists' own
// lookups say, for every word of every list and for words of none: the
// rules test the bits in place of the lookups, so a word added to a list
// must reach the bits.
func TestLexicon(t *testing.T) {
	lists := lexLists()
	words := []string{"", "zebra", "In", "SAID", "x", ",", "“", "harbourmaster’s", "l'été"}
	for _, l := range lists {
		words = append(words, l.of...)
	}
	for _, w := range words {
		e := lexicon[lexOf(w)]
		if got, want := len(e.senses), len(reporting[w]); got != want || want > 0 && &e.senses[0] != &reporting[w][0] {
			t.Errorf("%q: %d senses, want reporting's %d", w, got, want)
		}
		if e.class != lexClass[lexOf(w)] {
			t.Errorf("%q: lexicon and lexClass differ", w)
		}
		for i, l := range lists {
			if w != strings.ToLower(w) && l.in(w) {
				t.Errorf("list %d holds %q, not lower case: a token carries its lower case's bits", i, w)
			}
			if got := e.class&l.c != 0; got != l.in(w) {
				t.Errorf("%q: bit of list %d is %v, its lookup %v", w, i, got, l.in(w))
			}
		}
	}
	// A token carries the entry of its lower-case form.
	text := "The Senator SAID, according to sources, that Wikipedia’s rules"
	for _, tk := range tokenize(text, 0, len(text)) {
		if tk.lex != lexOf(strings.ToLower(tk.str(text))) {
			t.Errorf("%q: token's entry %d, its lower case's %d", tk.str(text), tk.lex, lexOf(strings.ToLower(tk.str(text))))
		}
	}
	if !wordIs("yesterday", isTimeWord) || wordIs("in", isVerbAdverb) {
		t.Error("wordIs disagrees with timeWords or verbAdverbs")
	}
}

// TestLowerIs checks lowerIs and lowerHasPrefixDot against
// strings.ToLower, on ASCII words and on characters whose lower case is
// ASCII (the Kelvin sign) or longer (İ).
func TestLowerIs(t *testing.T) {
	words := []string{"", "senator", "Senator", "SENATOR", "senators", "sen.", "Sen. Ann", "\u212Aapt.", "capt.", "İstanbul", "i̇stanbul", "Ünal", "ünal", "a\xffb", "Gen.Ed"}
	for _, w := range words {
		for _, low := range words {
			if got, want := lowerIs(w, low), strings.ToLower(w) == low; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", w, low, got, want)
			}
		}
		for _, title := range []string{"sen", "capt", "kapt", "gen", "i"} {
			if got, want := lowerHasPrefixDot(w, title), strings.HasPrefix(strings.ToLower(w), title+"."); got != want {
				t.Errorf("lowerHasPrefixDot(%q, %q) = %v, want %v", w, title, got, want)
			}
		}
	}
}
