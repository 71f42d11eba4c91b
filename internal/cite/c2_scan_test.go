package cite

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestScanPages holds scanPages to the passes it stands for, a search
// for a digit and pageNeeds, on random text of what each looks for,
// white space, dashes, digits outside ASCII and broken UTF-8.
func TestScanPages(t *testing.T) {
	parts := []string{" ", "\t", "\v", "\n", "p", "P", ".", "g", "G", "a", "A", "e", "pp.", "Page", "pg", ":", ",", ")", "(", "),", "-", "–", "—",
		"1", "12", "١", "٣", "x", "é", "\xe2", "\x80", "\x93", "\xe2\x80", "\xff", "(1997): 33–58", "14(2), 33–58"}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 300000; n++ {
		w := randomText(rng, parts, 9)
		got := scanPages(w)
		want := pageScan{digit: strings.IndexFunc(w, unicode.IsDigit) >= 0}
		for k := range pageNeeds {
			want.needs[k] = pageNeeds[k](w)
		}
		if got != want {
			t.Fatalf("scanPages(%q) = %+v, want %+v", w, got, want)
		}
	}
}

// quotedTitleRange is quotedTitle as it was first written, decoding
// every rune: TestQuotedTitle holds the fast one to its answers.
func quotedTitleRange(w string) (open, close, end int, ok bool) {
	for i, r := range w {
		var closer string
		switch r {
		case '“':
			closer = "”"
		case '"':
			closer = `"`
		case '«':
			closer = "»"
		case '‘':
			if i > 0 && !isSpaceOrPunct(w[:i]) {
				continue
			}
			closer = "’"
		default:
			continue
		}
		start := i + utf8.RuneLen(r)
		for j := start; j < len(w); {
			k := strings.Index(w[j:], closer)
			if k < 0 {
				break
			}
			k += j
			after := k + len(closer)
			next, _ := utf8.DecodeRuneInString(w[after:])
			if closer != "’" || after == len(w) || !unicode.IsLetter(next) {
				if strings.IndexFunc(w[start:k], unicode.IsLetter) >= 0 {
					return start, k, after, true
				}
				break
			}
			j = after
		}
		return 0, 0, 0, false
	}
	return 0, 0, 0, false
}

// TestQuotedTitle holds quotedTitle to quotedTitleRange on random text
// of quotation marks, letters, other runes and broken UTF-8.
func TestQuotedTitle(t *testing.T) {
	parts := []string{"“", "”", "\"", "«", "»", "‘", "’", "a", "B", " ", ",", "é", "–", "\xe2", "\xc2", "\x80", "\x9c", "\xab", "\xff", "s", "1"}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 300000; n++ {
		w := randomText(rng, parts, 9)
		o, c, e, ok := quotedTitle(w)
		o2, c2, e2, ok2 := quotedTitleRange(w)
		if o != o2 || c != c2 || e != e2 || ok != ok2 {
			t.Fatalf("quotedTitle(%q) = %d %d %d %v, want %d %d %d %v", w, o, c, e, ok, o2, c2, e2, ok2)
		}
	}
}

// TestTidyPairsIn holds tidyPairsIn to a search for each of tidyPairs.
func TestTidyPairsIn(t *testing.T) {
	parts := []string{"(", ")", " ", ".", ",", "a", ";", "é", "\xff"}
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 200000; n++ {
		w := randomText(rng, parts, 9)
		var want uint8
		for k, r := range tidyPairs {
			if strings.Contains(w, r[0]) {
				want |= 1 << k
			}
		}
		if got := tidyPairsIn(w); got != want {
			t.Fatalf("tidyPairsIn(%q) = %06b, want %06b", w, got, want)
		}
	}
}

// TestCutsets holds each cutset's trims to strings.Trim and TrimRight.
func TestCutsets(t *testing.T) {
	parts := []string{" ", ",", ".", ";", ":", "a", "é", "\xff", "\t", "’"}
	rng := rand.New(rand.NewSource(15))
	for _, c := range []struct {
		set   *cutset
		chars string
	}{{cutTidy, " ,;"}, {cutTitle, " ,.;:"}, {cutPublisher, " ,."}, {cutPart, " .,;"}, {cutNames, " ,;:"}} {
		for n := 0; n < 20000; n++ {
			s := randomText(rng, parts, 8)
			if got, want := c.set.trim(s), strings.Trim(s, c.chars); got != want {
				t.Fatalf("trim(%q) with %q = %q, want %q", s, c.chars, got, want)
			}
			if got, want := c.set.trimRight(s), strings.TrimRight(s, c.chars); got != want {
				t.Fatalf("trimRight(%q) with %q = %q, want %q", s, c.chars, got, want)
			}
		}
	}
}

// containerEndRange is containerEnd as first written, in
// containerName, decoding every rune: TestContainerEnd holds the byte
// loop to it.
func containerEndRange(s string) int {
	for i, r := range s {
		if r == ',' || r == '(' || r == ':' || r == ';' || unicode.IsDigit(r) && (i == 0 || s[i-1] == ' ') {
			return i
		}
		if r == '.' && (i+1 == len(s) || s[i+1] == ' ') && !abbrevBefore(s[:i]) {
			return i
		}
	}
	return len(s)
}

// TestContainerEnd holds containerEnd to containerEndRange on random
// text of names, their stops, digits in and outside ASCII and broken
// UTF-8.
func TestContainerEnd(t *testing.T) {
	parts := []string{"Review", " ", "History", ",", "(", ":", ";", ".", "1", "14", "١", "٣", "x", "é", "Vol", "W", "\xe2", "\xd9", "\x80", "\xff", "com"}
	rng := rand.New(rand.NewSource(16))
	for n := 0; n < 200000; n++ {
		s := randomText(rng, parts, 8)
		if got, want := containerEnd(s), containerEndRange(s); got != want {
			t.Fatalf("containerEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestHasDigit holds hasDigit to strings.IndexFunc with unicode.IsDigit.
func TestHasDigit(t *testing.T) {
	parts := []string{"a", " ", "1", "١", "٣", "é", "\xd9", "\xa1", "\x80", "\xff", "–"}
	rng := rand.New(rand.NewSource(17))
	for n := 0; n < 100000; n++ {
		s := randomText(rng, parts, 6)
		if got, want := hasDigit(s), strings.IndexFunc(s, unicode.IsDigit) >= 0; got != want {
			t.Fatalf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}
