package claim

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSlotHas holds slot.has, which compares the indexes of words in
// lexEntries, to comparing the words' forms: for every slot of every
// phrase, each of its words, the words of the lexicons and words of
// none.
func TestSlotHas(t *testing.T) {
	var words []string
	for w := range lexWords {
		words = append(words, w)
	}
	slices.Sort(words)
	rng := rand.New(rand.NewPCG(5, 6))
	others := []string{"zzz", "", "the", "It", "seems", "SEEMS", "it’s", "qwerty"}
	for _, lx := range []lexicon{hedgeLex, boosterLex, formulaLex, vagueLex} {
		for _, ps := range lx {
			for _, p := range ps {
				for k := range p.slots {
					sl := &p.slots[k]
					try := append(slices.Clone(sl.words), others...)
					for range 20 {
						try = append(try, words[rng.IntN(len(words))])
					}
					f := formsOf(try)
					for i, w := range try {
						if got, want := sl.has(&f.ws[i]), slices.Contains(sl.words, w); got != want {
							t.Fatalf("%q, slot %d, word %q: has %v, want %v", p.text, k, w, got, want)
						}
					}
				}
			}
		}
	}
}
