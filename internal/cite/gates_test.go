package cite

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// randomText joins up to n random parts.
func randomText(rng *rand.Rand, parts []string, n int) string {
	var b strings.Builder
	for k := rng.Intn(n + 1); k > 0; k-- {
		b.WriteString(parts[rng.Intn(len(parts))])
	}
	return b.String()
}

// TestLowerForSearch holds lowerForSearch to strings.ToLower for every
// word identifiers searches for, on random text with capitals, the two
// runes that lower-case to ASCII, other letters and broken UTF-8.
func TestLowerForSearch(t *testing.T) {
	words := []string{"http", "doi", "isbn", "(in ", "pdf)", "language)", "online)"}
	for _, x := range clauseREs {
		words = append(words, x.words...)
	}
	words = append(words, accessWords...)
	parts := []string{"HTTP", "http", "Doi", "D", "o", "I", "\u0130", "\u212a", "K", "k", "S", "sbn", "IS", "BN", "(", ")", " ", "In", "PDF", "Online", "Language", "Retrieved", "ARCHIVED", "“", "–", "É", "ß", "\xff", "\xe2\x84", "\xaa", "JSTOR", "Pmid", "zbl"}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 50000; n++ {
		w := randomText(rng, parts, 8)
		got, want := lowerForSearch(w), strings.ToLower(w)
		for _, word := range words {
			if strings.Contains(got, word) != strings.Contains(want, word) {
				t.Fatalf("lowerForSearch(%q) = %q: finds %q %v, ToLower's %q %v", w, got, word, !strings.Contains(want, word), want, strings.Contains(want, word))
			}
		}
	}
}

// TestMatchDateOnly holds matchDateOnly to dateOnly on random text of
// dates' parts and the bytes that turn it away.
func TestMatchDateOnly(t *testing.T) {
	parts := []string{"2", "12", "1958", "2003", "a", "b", "z", "March", "Nov", "É", "ł", "Élan", ".", ",", "-", "01", " ", "  ", "\t", "\v", "n", "d", "&", ":", ";", "(", "Faber", "London", "\xff", "–", "_"}
	rng := rand.New(rand.NewSource(6))
	for n := 0; n < 200000; n++ {
		s := randomText(rng, parts, 7)
		if got, want := matchDateOnly(s), dateOnly.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("matchDateOnly(%q) = %q, want %q", s, got, want)
		}
	}
	// The dates the pattern is for, each matched.
	for _, s := range []string{"2003", "2003a", "Nov 2008", "Nov. 2008", "2 March 2010", "April 2, 2003", "2016-02-01", "n.d.", "n. d."} {
		if matchDateOnly(s) == nil {
			t.Errorf("matchDateOnly(%q) = nil", s)
		}
	}
}

// TestMatchPubYear holds matchPubYear to pubYear on random text of a
// place, a publisher and a year, and the bytes around them.
func TestMatchPubYear(t *testing.T) {
	parts := []string{"London", ": ", "Faber", "É", "ß", ",", ", ", " ", "  ", "\t", "\n", "\v", "1958", "2003", "1499", "2100", "19", "58", "a", "h", "i", "z", "5", "\xff", "–", "&", ".", "(", "1"}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 300000; n++ {
		s := randomText(rng, parts, 7)
		if got, want := matchPubYear(s), pubYear.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("matchPubYear(%q) = %q, want %q", s, got, want)
		}
	}
	matched := 0
	for n := 0; n < 100000; n++ {
		// Places with a year after them, so that most match.
		s := randomText(rng, parts, 4) + ", " + parts[12+rng.Intn(2)] + randomText(rng, []string{"", "a", " ", "b\t"}, 1)
		got, want := matchPubYear(s), pubYear.FindStringSubmatch(s)
		if !slices.Equal(got, want) {
			t.Fatalf("matchPubYear(%q) = %q, want %q", s, got, want)
		}
		if got != nil {
			matched++
		}
	}
	if matched < 10000 {
		t.Errorf("only %d of the places with a year matched", matched)
	}
	for _, s := range []string{"Harrow & Finch, 1958", "London: Faber, 1961b", " New York: Norton 2003 "} {
		if got, want := matchPubYear(s), pubYear.FindStringSubmatch(s); got == nil || !slices.Equal(got, want) {
			t.Errorf("matchPubYear(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFindBy holds findBy to byRe on random text of names after "by".
func TestFindBy(t *testing.T) {
	parts := []string{"by ", "By ", "bY ", "by", " ", "  ", "John", "Smith", "W.", "W", "H", ".", "Élan", "éclat", "O'Neil", "D’Arcy", "-", "x", "_", "4", ",", "\xff", "Ł", "ß", "\u01c5", "Σ", "σ", "post"}
	rng := rand.New(rand.NewSource(9))
	matched := 0
	for n := 0; n < 300000; n++ {
		s := randomText(rng, parts, 8)
		name, ok := findBy(s)
		m := byRe.FindStringSubmatch(s)
		if ok != (m != nil) || ok && name != m[1] {
			t.Fatalf("findBy(%q) = %q, %v; the pattern gives %q", s, name, ok, m)
		}
		if ok {
			matched++
		}
	}
	if matched < 5000 {
		t.Errorf("only %d of the texts matched", matched)
	}
	// A name's later words are read whole, not cut to their capital.
	for w, want := range map[string]string{
		"A post by John Smith, 2019": "John Smith",
		"by John Q. Smith":           "John Q. Smith",
		"by Ann":                     "Ann",
	} {
		if got, _ := findBy(w); got != want {
			t.Errorf("findBy(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestWordsIn holds wordsIn to a strings.Contains for each search word,
// on random text of the words, their pieces and their neighbours.
func TestWordsIn(t *testing.T) {
	parts := append([]string{"h", "tt", "p", "do", "i", "isb", "n", " ", "(", ")", "x", "é", "\xff"}, searchWords...)
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 100000; n++ {
		s := randomText(rng, parts, 10)
		has := wordsIn(s)
		for k, w := range searchWords {
			if got, want := has&(1<<k) != 0, strings.Contains(s, w); got != want {
				t.Fatalf("wordsIn(%q) has %q: %v, want %v", s, w, got, want)
			}
		}
	}
}
