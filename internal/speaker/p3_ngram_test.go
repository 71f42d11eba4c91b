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
	var spaces []int
	for i := range len(text) {
		if text[i] == ' ' {
			spaces = append(spaces, i)
		}
	}
	spaces = append([]int{0}, append(spaces, len(text))...)
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
