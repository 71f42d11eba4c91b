package claim

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestVagueAt holds the vague phrases analyse finds from the words
// matchCues noted (reader.vagueAt, vagueSpansOf) to those vagueSpans
// finds by its own pass over the selected words, for whole sentences
// and for clauses (a part from lo), on random runs of the lexicons'
// phrases, vague phrases among them, and common words.
func TestVagueAt(t *testing.T) {
	var words []string
	for _, lx := range []lexicon{vagueLex, hedgeLex, boosterLex, formulaLex} {
		for _, ps := range lx {
			for _, p := range ps {
				words = append(words, strings.NewReplacer("|", " ", "?", "").Replace(p.text))
			}
		}
	}
	slices.Sort(words)
	others := []string{"the", "some", "experts", "say", "It", "people", "officials", "12", "many", "sources", "said"}
	gaps := []string{" ", " ", ", ", "; ", ": "}
	rng := rand.New(rand.NewPCG(10, 11))
	found := 0
	for range 1500 {
		d := segmented(t, randomSentence(rng, words, others, gaps))
		r := &reader{d: d}
		for si := range d.Sentences {
			if !r.read(si) || len(r.ws) == 0 {
				continue
			}
			for _, lo := range []int{0, len(r.ws) / 3} {
				hi := len(r.ws)
				nf, sel := r.forms(lo, hi), r.partSel(lo, hi)
				matchCues(r, nf, sel, lo)
				got := vagueSpansOf(d, nil, nf, r.vagueAt)
				want := vagueSpans(d, nil, nf, sel, lo)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q from word %d: vagueSpansOf gives %v, vagueSpans %v", d.Slice(d.Sentences[si].Span), lo, got, want)
				}
				found += len(got)
			}
		}
	}
	if found < 200 {
		t.Fatalf("only %d vague phrases found", found)
	}
}
