package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestMayHoldIt holds itSaid's gate to the toks it turns away: where
// mayHoldIt is false, the first word tok of the stretch is not "it".
func TestMayHoldIt(t *testing.T) {
	for _, s := range []string{
		"", " ", "it", "It said", "IT", "iT", " said it.", "İt said", "said the board", "a bit", "“…,” it added",
		", item", "wit", "the Board said", "x\u00e9 it", "s\u00e9", "İ", "I t", "i-t", ",’ it’s", " (it) said", "4it", "\n\n It", "—it", "i", "”\u00a0It", "”\u00e9t", "\u0130t said", "\xe2\x80", "”—It said", "\u2019 it",
	} {
		first := ""
		for _, tk := range tokenize(s, 0, len(s)) {
			if tk.word {
				first = tk.low
				break
			}
		}
		if first == "it" && !mayHoldIt(s) {
			t.Errorf("mayHoldIt(%q) = false, but its first word is \"it\"", s)
		}
	}
	if mayHoldIt("said the board") || mayHoldIt(", she said it.") || mayHoldIt("” with it") {
		t.Error("mayHoldIt is true of a stretch whose first word is not \"it\"")
	}
}

// TestTitleCaseIn holds titleCaseIn to titleCase of the toks, and
// headlineIn to that and a capitalised second word, on every stretch of
// a few texts that they answer.
func TestTitleCaseIn(t *testing.T) {
	for _, text := range []string{
		"Mayor Slams ‘Reckless’ Pier Plan. The board said it would vote on Monday.",
		"ÉCOLE Öffnet Ärztehaus Über Ölwerk; İstanbul Sees ‘Personal Insult’ in Ruling",
		"Ann Reed Calls Levy ‘A Tax on Work’ — and the Council Agrees With Her",
	} {
		x := newTokIndex(text, "")
		for lo := 0; lo <= len(text); lo++ {
			for hi := lo; hi <= len(text); hi++ {
				tc, ok := x.titleCaseIn(lo, hi)
				if !ok {
					continue
				}
				toks := x.tokens(lo, hi)
				if want := titleCase(text, toks); tc != want {
					t.Fatalf("titleCaseIn(%d, %d) of %q = %v, titleCase %v", lo, hi, text, tc, want)
				}
				// headlineIn: titleCase, and a capitalised word second
				// (headlineVoiced's first test of the words it reads).
				want := tc && len(toks) >= 2 && toks[1].word && capital(toks[1].str(text))
				if hc, hok := x.headlineIn(lo, hi); !hok || hc != want {
					t.Fatalf("headlineIn(%d, %d) of %q = %v, %v; want %v", lo, hi, text, hc, hok, want)
				}
			}
		}
	}
}

// TestMayGive holds namesTitle's gate to givers: every giver holds a
// stem, in the lower case that tokIndex.lower gives it.
func TestMayGive(t *testing.T) {
	for w := range givers {
		if !mayGive(w) || !mayGive(doc.LowerASCII(strings.ToUpper(w))) {
			t.Errorf("mayGive misses %q", w)
		}
	}
	if mayGive("the mayor said") {
		t.Error("mayGive is true of a stretch with no giver")
	}
}
