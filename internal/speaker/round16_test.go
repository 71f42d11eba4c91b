package speaker

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestClauseWords holds clauseWords to what attributions and indirect
// read from the toks themselves: on every stretch between two token
// edges of the gate texts, the lists are sentenceClass's, the positions
// reportTriggers', and may is mayAttribute's; a stretch that cuts a
// word is left to the toks (ok is false).
func TestClauseWords(t *testing.T) {
	texts := append([]string{
		"Ed Moss said the pier was old; the board told reporters that it would close.",
		"Harbour Board: the pier is old. The pier assets were old.",
	}, gateTexts...)
	for _, text := range texts {
		ix := newTokIndex(text, "")
		all := ix.all
		for i := range all {
			for j := i + 1; j <= len(all) && j <= i+40; j++ {
				lo, hi := int(all[i].s), int(all[j-1].e)
				has, trig, may, ok := ix.clauseWords(lo, hi, nil)
				if !ok {
					t.Errorf("%q: a stretch that cuts no token is not read", text[lo:hi])
					continue
				}
				toks := ix.tokens(lo, hi)
				if want := sentenceClass(toks); has != want {
					t.Errorf("%q: lists %x, want %x", text[lo:hi], has, want)
				}
				if want := reportTriggers(toks, nil); !slices.Equal(trig, want) {
					t.Errorf("%q: verbs at %v, want %v", text[lo:hi], trig, want)
				}
				if want := ix.mayAttribute(lo, hi); may != want {
					t.Errorf("%q: may %v, want %v", text[lo:hi], may, want)
				}
			}
		}
	}
	text := "The pier assets were old."
	ix := newTokIndex(text, "")
	if _, _, _, ok := ix.clauseWords(0, len("The pier as"), nil); ok {
		t.Errorf("a stretch cut inside a word is read from the index")
	}
}

// lastDashByIndex is lastDash as it was: the greatest end of the last
// occurrence of each dash.
func lastDashByIndex(s string) int {
	best := -1
	for _, d := range dashes {
		if i := strings.LastIndex(s, d); i >= 0 && i+len(d) > best {
			best = i + len(d)
		}
	}
	return best
}

// TestLastDash holds lastDash's one reading from the end to a search for
// each dash, on strings made of the dashes' bytes and others, every
// string up to four pieces long.
func TestLastDash(t *testing.T) {
	pieces := []string{"—", "–", "―", "-", " ", "a", "\xe2", "\x80", "\x94", "’", " -- ", " - "}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if got, want := lastDash(s), lastDashByIndex(s); got != want {
			t.Errorf("lastDash(%q) = %d, want %d", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			walk(s+p, n-1)
		}
	}
	walk("", 4)
	for _, s := range []string{"Ed Moss — a critic", "the town - critics", "pier -- they say", "no dash here", ""} {
		if got, want := lastDash(s), lastDashByIndex(s); got != want {
			t.Errorf("lastDash(%q) = %d, want %d", s, got, want)
		}
	}
}

// initialPartsByCut is initialParts without its first test.
func initialPartsByCut(w string) bool {
	for {
		p, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(p) != 1 || p[0] >= '0' && p[0] <= '9' {
			return false // a digit is no initial
		}
		if !more {
			return true
		}
		w = rest
	}
}

// TestInitialParts holds initialParts' first test, which turns a word
// away from its first two bytes, to the reading part by part, on every
// string of up to three pieces.
func TestInitialParts(t *testing.T) {
	pieces := []string{"H", "h", ".", "r", "É", "é", "\xc3", "\xa9", "’", "-", "1"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if got, want := initialParts(s), initialPartsByCut(s); got != want {
			t.Errorf("initialParts(%q) = %v, want %v", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			walk(s+p, n-1)
		}
	}
	walk("", 4)
}

// phraseHeadByFields is phraseHead as it was, on the list of the
// subject's words.
func phraseHeadByFields(subj string) (string, bool) {
	ws := strings.Fields(subj)
	for i := 1; i < len(ws) && i <= 3; i++ {
		if headPreps[strings.ToLower(ws[i])] {
			return ws[i-1], i+1 < len(ws)
		}
		if strings.ContainsAny(ws[i], ",;:—") {
			return "", false
		}
	}
	return "", false
}

// TestPhraseHeadAndTrims holds phraseHead, read word by word, to the
// reading of the list of words, and each byteSet's trimRight to
// strings.TrimRight with its cut set, on strings of up to five pieces.
func TestPhraseHeadAndTrims(t *testing.T) {
	pieces := []string{"Critics", " ", "OF", "of", "the", "plan", ",", "\t", "\n", "\r", "In", "—", "9", "é", "\u00a0"}
	sets := []struct {
		b   *byteSet
		cut string
	}{{&blankSet, " \t\r\n"}, {&spaceLineSet, " \t\n"}, {&digitSet, "0123456789"}, {&spaceCommaSet, " ,"}}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		h, ok := phraseHead(s)
		if wh, wok := phraseHeadByFields(s); h != wh || ok != wok {
			t.Errorf("phraseHead(%q) = %q, %v, want %q, %v", s, h, ok, wh, wok)
		}
		for _, c := range sets {
			if got, want := c.b.trimRight(s), strings.TrimRight(s, c.cut); got != want {
				t.Errorf("trimRight(%q, %q) = %q, want %q", s, c.cut, got, want)
			}
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			walk(s+p, n-1)
		}
	}
	walk("", 5)
}
