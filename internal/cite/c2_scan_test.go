package cite

import (
	"math/rand"
	"testing"
)

// TestScanEntry holds scanEntry to the three passes it stands for
// (singleSpaced, wordsIn of lowerForSearch, hasTidyPair) on random text
// of the search words in both cases and cut in two, spaces of every
// kind, tidyPairs' bytes, the runes that lower-case to ASCII, other
// letters and broken UTF-8.
func TestScanEntry(t *testing.T) {
	parts := []string{" ", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000",
		"(", ")", ".", ",", ";", "()", " .", "..", ",.", ".,",
		"HTTP", "http", "Doi", "D", "o", "I", "i", "\u0130", "\u212a", "K", "k", "S", "sbn", "IS", "BN",
		"In", "PDF", "pdf", "Online", "Language", "Retrieved", "ARCHIVED", "accessed", "JSTOR", "Pmid", "zbl", "s2cid", "arXiv", "hdl",
		"“", "–", "É", "ß", "\xff", "\xe2\x84", "\xaa", "\xc4", "\xb0", "a", "Pell", "10."}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 300000; n++ {
		w := randomText(rng, parts, 9)
		got := scanEntry(w)
		want := entryScan{spaced: isSingleSpaced(w), words: wordsIn(lowerForSearch(w)), tidy: hasTidyPair(w)}
		if got != want {
			t.Fatalf("scanEntry(%q) = %+v, want %+v", w, got, want)
		}
	}
	for _, w := range c2Entries {
		got := scanEntry(w)
		want := entryScan{spaced: isSingleSpaced(w), words: wordsIn(lowerForSearch(w)), tidy: hasTidyPair(w)}
		if got != want {
			t.Fatalf("scanEntry(%q) = %+v, want %+v", w, got, want)
		}
	}
}

// TestWordFilter holds that a filter lets through every word of its
// list: it may turn away only words the list does not have.
func TestWordFilter(t *testing.T) {
	for _, x := range []struct {
		set map[string]bool
		f   *wordFilter
	}{{particles, particlesFilter}, {orgWords, orgWordsFilter}} {
		for w := range x.set {
			if !x.f.may([]byte(w)) {
				t.Errorf("the filter turns away %q, a word of its list", w)
			}
		}
	}
}
