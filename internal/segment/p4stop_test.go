package segment

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestPlainStop holds isBoundary, with plainStop's answers, to
// refIsBoundary, isBoundary as it was before them, at every full stop of
// the examples and of random text made of the words and marks the two
// read, from sentence starts at and before each stop's word.
func TestPlainStop(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("../../examples/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil && utf8.Valid(b) {
			texts = append(texts, string(b))
		}
	}
	words := []string{"the", "still", "mr", "Mr", "dr", "no", "st", "etc", "e.g", "i", "I", "a", "U.S", "jan", "sun", "Sun", "inc", "vs",
		"abcdefghijklmnopq", "x", "q", "approx", "messrs", "ph", "3", "12", "é", "café", "naïve"}
	seps := []string{". ", ".  ", ".\n", ". \n ", "! ", "? ", "… ", ".” ", ".) ", ".[1] ", " ", " ", ", ", "\t", ".\t", "..", "... ", "—", "“", "‘"}
	nexts := []string{"The", "He", "A", "I", "Jan", "No", "the", "3", "“The", "Ünder", "Etc", "Mr", "X"}
	r := rand.New(rand.NewSource(4))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(12) {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString(seps[r.Intn(len(seps))])
			if r.Intn(3) == 0 {
				b.WriteString(nexts[r.Intn(len(nexts))])
				b.WriteString(seps[r.Intn(len(seps))])
			}
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		end := len(text)
		for term := 0; term < end; term++ {
			if text[term] != '.' && text[term] != '!' && text[term] != '?' {
				continue
			}
			j := skipTerminators(text, term+1, end)
			k := skipClosers(text, j, end, nil)
			if k >= end {
				continue
			}
			for _, start := range []int{0, max(0, term-1), max(0, term-3), max(0, term-6), max(0, term-12), strings.LastIndexByte(text[:term], ' ') + 1} {
				if !utf8.RuneStart(text[start]) {
					continue
				}
				if got, want := isBoundary(text, start, term, j, k, end), refIsBoundary(text, start, term, j, k, end); got != want {
					t.Fatalf("isBoundary(%q, start %d, stop %d) = %v, want %v", text, start, term, got, want)
				}
			}
		}
	}
}

// refIsBoundary is isBoundary as it was before plainStop.
func refIsBoundary(text string, start, term, j, k, end int) bool {
	if c := text[k]; c < utf8.RuneSelf {
		// ASCII, told without decoding: most terminators stand before
		// a space or inside a word or number.
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
			return false
		}
	} else if r, _ := utf8.DecodeRuneInString(text[k:end]); !isSpace(r) {
		return false // "3.5", "e.g.,", "example.com", "?!"
	}
	next := skipSpace(text, k, end)
	if next >= end {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(text[next:end])
	if unicode.IsLower(nr) {
		return false // "e.g. the", "wavering… and", "“Why?” he asked"
	}
	if text[term] != '.' || j-term > 1 {
		if ellipsis(text[term:j]) {
			// An ellipsis marks words left out far more often than the
			// end of a sentence ("the … party", "wavering… I was"),
			// unless a wider gap or a line break follows it.
			return wideGap(text[k:next])
		}
		return true // "!", "?", "?!"
	}
	if k > j {
		return true // a closer follows the stop: `it works.” He`
	}
	word := wordBefore(text, start, term)
	if word == "" {
		return true
	}
	if word == "I" {
		// The pronoun ends sentences ("older than I. She"); the initial
		// stands before a name.
		return starterAt(text, next, end)
	}
	if isInitial(word) {
		// "H. G. Wells", "L.M. Kaganovich"; but "Plan B. The plan failed."
		return len(word) == 1 && starterAt(text, next, end) && wordAt(text, next, end) != "A"
	}
	switch abbreviation(word) {
	case abbrevNever:
		return false
	case abbrevNumber:
		if nr >= '0' && nr <= '9' {
			return false
		}
	case abbrevMaybe:
		return starterAt(text, next, end)
	}
	if isDotted(word) && strings.IndexFunc(word, unicode.IsLetter) >= 0 {
		// Unlisted dotted abbreviations ("Ph.D", "L.M"): only a sentence
		// opener after them ends the sentence.
		return starterAt(text, next, end)
	}
	if isNumber(word) && skipSpace(text, start, term) == term-len(word) {
		return false // an enumerator: "1. First"
	}
	return true
}
