package doc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWordFilter checks that a WordFilter never turns away a word added
// to it, and turns away most others.
func TestWordFilter(t *testing.T) {
	var f WordFilter
	added := strings.Fields("would could might if had were without ’s l’état x élan probably according")
	for _, w := range added {
		f.Add(w)
	}
	for _, w := range added {
		if !f.Maybe(w) {
			t.Errorf("Maybe(%q) = false for a word added", w)
		}
	}
	if f.Maybe("") {
		t.Error(`Maybe("") = true`)
	}
	others := strings.Fields("the of and a to in is that it was for on are as with his they at be this from")
	pass := 0
	for _, w := range others {
		if f.Maybe(w) {
			pass++
		}
	}
	if pass > len(others)/4 {
		t.Errorf("%d of %d words not added pass the filter", pass, len(others))
	}
	for _, w := range append(append(added, others...), "") {
		if f.MaybeBytes([]byte(w)) != f.Maybe(w) {
			t.Errorf("MaybeBytes(%q) = %v, Maybe %v", w, !f.Maybe(w), f.Maybe(w))
		}
	}
}

// refWordEnd is WordEnd read a rune at a time, without its ASCII path.
func refWordEnd(text string, i, hi int) int {
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if IsWordRune(r) {
			i += n
			continue
		}
		if IsWordJoiner(r) && i+n < hi {
			if next, _ := utf8.DecodeRuneInString(text[i+n : hi]); IsWordRune(next) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

var wordEndTexts = []string{
	"L.M. Kaganovich said: “Forty-six—no.” Khrushchev’s men… O'Neil x-é a.’b -- ..z",
	"Ёлка über\u00a0naïve café’s l'été. x- 3.5 ok’\n\nnew a'\xff b-\xe2\x80 c.",
}

// TestWordEnd checks WordEnd against the rune-by-rune reading from every
// start and to every end of the texts.
func TestWordEnd(t *testing.T) {
	for _, text := range wordEndTexts {
		checkWordEnd(t, text)
	}
}

func checkWordEnd(t *testing.T, text string) {
	for hi := 0; hi <= len(text); hi++ {
		for i := 0; i <= hi; i++ {
			if got, want := WordEnd(text, i, hi), refWordEnd(text, i, hi); got != want {
				t.Fatalf("WordEnd(%q, %d, %d) = %d, want %d", text, i, hi, got, want)
			}
		}
	}
}

func FuzzWordEnd(f *testing.F) {
	for _, s := range wordEndTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 200 {
			text = text[:200]
		}
		checkWordEnd(t, text)
	})
}

// TestFilterOf checks that the filter made from a map lets every key
// through.
func TestFilterOf(t *testing.T) {
	m := map[string]int{"said": 1, "according": 2, "ferry": 3, "a": 4}
	f := FilterOf(m)
	for w := range m {
		if !f.Maybe(w) {
			t.Errorf("FilterOf turns away its key %q", w)
		}
	}
	if f.Maybe("") {
		t.Error("the empty word passes")
	}
}
