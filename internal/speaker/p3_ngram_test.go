package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestIndexNgramsMarks holds indexNgrams' reading of words to normWords'
// where curly marks stand inside words, between them and around them:
// every bigram and trigram of normWords' words is wanted, and each must
// be recorded, for every stretch of the text between two spaces.
// "Ⱥ" has no byte 0xE2 and its lower case "ⱥ" has one.
func TestIndexNgramsMarks(t *testing.T) {
	text := "“The harbour‐master’s ‘plan’ — Ⱥlso the board’s — was Moss’s ‘own’ idea,” she said… don’t"
	a := &attributor{text: text, ix: newTokIndex(text, "")}
	spaces := spaceStops(text)
	for x, lo := range spaces {
		for _, hi := range spaces[x+1:] {
			ws := normWords(a.ix, lo, hi, nil)
			wanted := map[ngram]bool{}
			var firsts doc.WordFilter
			var later ngramLater
			for k := 0; k+1 < len(ws); k++ {
				wanted[ngram{ws[k], ws[k+1], ""}] = true
				firsts.Add(ws[k])
				later.second.Add(ws[k+1])
				if k+2 < len(ws) {
					wanted[ngram{ws[k], ws[k+1], ws[k+2]}] = true
					later.third.Add(ws[k+2])
				}
			}
			index := map[ngram]int{}
			a.indexNgrams(lo, hi, 7, &firsts, &later, wanted, index, nil)
			for g := range wanted {
				if index[g] != 7 {
					t.Fatalf("%q: %q not recorded (words %q)", text[lo:hi], g, ws)
				}
			}
		}
	}
}

// TestIndexNgramsQuiet holds indexNgrams, which passes over the words
// that open no wanted n-gram after two that open none (ngramQuiet), to
// the reading of every word of normWords, on the examples and a text of
// curly marks, for stretches of many sizes and wanted n-grams few and
// many: every n-th of the stretch's bigrams and trigrams, for several n,
// and some of other stretches.
func TestIndexNgramsQuiet(t *testing.T) {
	texts := withExamples(t, "*.txt", []string{
		"“The harbour‐master’s ‘plan’ — Ⱥlso the board’s — was Moss’s ‘own’ idea,” she said… don’t. It’s the plan, the board’s plan, the harbour master’s plan.",
		// A word whose lower case is longer, away from any mark.
		"The pier plan was late. Ⱥlso the board said so, and Ⱥlso the mayor.",
	})
	n := 0
	for _, text := range texts {
		a := &attributor{text: text, ix: newTokIndex(text, "")}
		spaces := spaceStops(text)
		for x := 0; x < len(spaces); x += 3 {
			for _, span := range []int{1, 2, 5, 17, 60} {
				if x+span >= len(spaces) {
					continue
				}
				lo, hi := spaces[x], spaces[x+span]
				ws := normWords(a.ix, lo, hi, nil)
				others := normWords(a.ix, spaces[(x+span)%len(spaces)], spaces[min(len(spaces)-1, (x+span)%len(spaces)+9)], nil)
				for _, every := range []int{1, 2, 3, 7, 1000} {
					wanted := map[ngram]bool{}
					for k := 0; k+1 < len(ws); k += every {
						wanted[ngram{ws[k], ws[k+1], ""}] = true
						if k+2 < len(ws) {
							wanted[ngram{ws[k], ws[k+1], ws[k+2]}] = true
						}
					}
					for k := 0; k+2 < len(others); k += 2 {
						wanted[ngram{others[k], others[k+1], others[k+2]}] = true
					}
					var firsts doc.WordFilter
					var later ngramLater
					for g := range wanted {
						firsts.Add(g.a)
						later.second.Add(g.b)
						later.third.Add(g.c)
					}
					want := map[ngram]int{}
					for k := 0; k+1 < len(ws); k++ {
						if g := (ngram{ws[k], ws[k+1], ""}); wanted[g] {
							want[g] = 7
						}
						if k+2 < len(ws) {
							if g := (ngram{ws[k], ws[k+1], ws[k+2]}); wanted[g] {
								want[g] = 7
							}
						}
					}
					got := map[ngram]int{}
					a.indexNgrams(lo, hi, 7, &firsts, &later, wanted, got, nil)
					if len(got) != len(want) {
						t.Fatalf("%q, every %d: %d n-grams recorded, want %d", text[lo:hi], every, len(got), len(want))
					}
					for g := range want {
						if got[g] != 7 {
							t.Fatalf("%q, every %d: %q not recorded", text[lo:hi], every, g)
						}
					}
					n++
				}
			}
		}
	}
	t.Logf("%d stretches and wanted sets", n)
}

// spaceStops returns the text's start, the offset of each of its
// spaces and its end: the stretches between two of them are the ones
// the n-gram tests ask about.
func spaceStops(text string) []int {
	stops := []int{0}
	for i := range len(text) {
		if text[i] == ' ' {
			stops = append(stops, i)
		}
	}
	return append(stops, len(text))
}
