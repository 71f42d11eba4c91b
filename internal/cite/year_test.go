package cite

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFirstYearIsYearRe checks that firstYear, found by hand, gives what
// yearRe's first match gives, on entries and on random strings made of
// the characters that matter to it.
func TestFirstYearIsYearRe(t *testing.T) {
	byRe := func(w string) string {
		m := yearRe.FindStringSubmatch(w)
		if m == nil {
			return ""
		}
		return m[1] + m[2]
	}
	cases := []string{"", "1958", "1958a", "1958ab", "x1958", "_1958", "1958_", "(1997): 33", "2003b, p. 4",
		"1499 1500", "2100 2099", "19581", "é1958", "1958é", "1958h.", "1958i", "12 March 2025", "p. 112"}
	const alphabet = "0125689ahiz_ .,é"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, w := range cases {
		if got, want := firstYear(w), byRe(w); got != want {
			t.Fatalf("firstYear(%q) = %q, yearRe finds %q", w, got, want)
		}
	}
}

// TestPageFromsKeepMatch checks that each page pattern, searched from
// where pageFroms says, finds what a search of the whole entry finds.
func TestPageFromsKeepMatch(t *testing.T) {
	cases := []string{"", "p. 112", "pp. 3–4", "Pell, Tide (1958), p. 112.", "xpp. 5", "(pages 4-5)", "P. 1", "pgs. 2, p. 3", "up. 4 ,p. 5",
		"Review 14 (1997): 33–58.", "x: 1, 2 (3), 4–5", "é: 3–4", "1 :2", "a) : 5", ", 4 May 2009.", "”, 13 July 2014"}
	// Pieces rather than bytes, so that multi-byte letters and dashes
	// stay whole and the patterns have something to match.
	pieces := []string{"p", "P", "a", "g", "e", "s", "x", "é", "ж", ".", " ", "\t", ",", ";", ":", "(", ")", "1", "2", "9", "–", "-", "i", "v", "”",
		"12", ", 3–4", " (5), ", "6-7", ": 1–2", "a:", "é:", "8,"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for k, re := range pageRes {
		for _, w := range cases {
			want := re.FindStringSubmatchIndex(w)
			from := pageFroms[k](w)
			got := re.FindStringSubmatchIndex(w[from:])
			for i := range got {
				if got[i] >= 0 {
					got[i] += from
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("pattern %d, %q: from %d finds %v, the whole finds %v", k, w, from, got, want)
			}
		}
	}
}

// TestHasTidyPair checks hasTidyPair against tidyPairs.
func TestHasTidyPair(t *testing.T) {
	for _, w := range []string{"", "a", "a()", "x .", "x ,y", "a..", ",.", ".,", "a. b, c", "(x)", "..."} {
		want := false
		for _, r := range tidyPairs {
			want = want || strings.Contains(w, r[0])
		}
		if got := hasTidyPair(w); got != want {
			t.Errorf("hasTidyPair(%q) = %v, want %v", w, got, want)
		}
	}
}
