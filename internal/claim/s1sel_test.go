package claim

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestSelection holds what cues, vagueSpans and features find among the
// selected words (reader.sel) to what they find among all the words of a
// sentence: a word left out of sel (see selects, selectBefore) is one
// they would pass over. The sentences are random runs of the lexicons'
// phrases and words, common words, capitals, numbers and contractions,
// straight and curly, with the marks that break clauses.
func TestSelection(t *testing.T) {
	var words []string
	for _, lx := range []lexicon{hedgeLex, boosterLex, formulaLex, vagueLex} {
		for _, ps := range lx {
			for _, p := range ps {
				words = append(words, strings.NewReplacer("|", " ", "?", "").Replace(p.text))
			}
		}
	}
	for w := range lexWords {
		words = append(words, w)
	}
	slices.Sort(words)
	others := []string{"the", "The", "plan", "it", "It", "Port", "works", "12", "1931", "we’ll", "They’ll", "it’s",
		"the fact", "May", "of all", "said", "officials", "Okafor"}
	gaps := []string{" ", " ", " ", ", ", "; ", ": ", " (", ") "}
	rng := rand.New(rand.NewPCG(7, 8))
	checked := 0
	for range 2000 {
		d := segmented(t, randomSentence(rng, words, others, gaps))
		r := &reader{d: d}
		for si := range d.Sentences {
			if !r.read(si) || len(r.ws) == 0 {
				continue
			}
			checked++
			all := make([]int32, len(r.ws))
			for i := range all {
				all[i] = int32(i)
			}
			type found struct {
				c      doc.Claim
				masked []bool
				vague  []doc.Span
				f      facts
			}
			find := func(sel []int32) found {
				var out found
				nf := r.forms(0, len(r.ws))
				out.masked = slices.Clone(cues(d, r, nf, sel, 0, &out.c))
				out.vague = vagueSpans(d, nil, nf, sel, 0)
				features(&r.facts, d.Text, nf, sel, 0, out.masked, 0)
				out.f = r.facts
				out.f.numbers = slices.Clone(out.f.numbers)
				out.f.entities = slices.Clone(out.f.entities)
				out.f.sweeping = slices.Clone(out.f.sweeping)
				out.f.evaluative = slices.Clone(out.f.evaluative)
				return out
			}
			got, want := find(r.sel), find(all)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: among the selected words\n%+v\nwant, among all of them,\n%+v", d.Slice(d.Sentences[si].Span), got, want)
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d sentences checked", checked)
	}
}

// randomSentence joins one to thirty words, each drawn from words or
// from others with even odds, by gaps drawn from gaps, and ends them
// with a full stop.
func randomSentence(rng *rand.Rand, words, others, gaps []string) string {
	var b strings.Builder
	for range 1 + rng.IntN(30) {
		if b.Len() > 0 {
			b.WriteString(gaps[rng.IntN(len(gaps))])
		}
		if rng.IntN(2) == 0 {
			b.WriteString(words[rng.IntN(len(words))])
		} else {
			b.WriteString(others[rng.IntN(len(others))])
		}
	}
	b.WriteString(".")
	return b.String()
}
