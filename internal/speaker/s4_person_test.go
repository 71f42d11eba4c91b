package speaker

import (
	"testing"
)

// TestPersonMay holds personMay to personAt: wherever it is false, at
// every describer of the examples, the gate texts and texts of persons
// after describers (in either case, beyond ASCII, after marks, at the
// text's end), personAt reads no person from the index's toks.
func TestPersonMay(t *testing.T) {
	texts := append([]string{
		"The old fisherman laughed. Her drummer, asked, was less diplomatic. His wife said so. The harbour master Ed Moss said. A man of the sea. The wife and son left. The Élan spokesman said. The ängstliche mayor. The spokesman",
		"“The mayor,” she said. The, mayor. The very old mayor spoke. The mayor’s aide. An official said. Their lawyer replied. My mother. Our neighbour, a nurse.",
	}, gateTexts...)
	texts = withExamples(t, "*", texts)
	if !testing.Short() {
		texts = append(texts, goldTexts(t, "polnear_dev.jsonl")...)
	}
	gated, found := 0, 0
	for _, text := range texts {
		ix := newTokIndex(text, "")
		toks := decode(nil, ix.all, text, ix.lower, ix.others)
		for g := range ix.all {
			if !ix.all[g].word || !ix.all[g].is(isDescriber) {
				continue
			}
			_, ok := personAt(text, toks, g)
			if ok {
				found++
			}
			if !personMay(text, ix.all, g) {
				gated++
				if ok {
					c := ix.all[g]
					t.Errorf("personMay is false at %q, but personAt reads a person", text[c.s:min(len(text), int(c.e)+30)])
				}
			}
		}
	}
	t.Logf("%d texts: personMay false %d times, personAt found %d", len(texts), gated, found)
	if gated == 0 || found == 0 {
		t.Errorf("personMay false %d times, personAt found %d: the texts should hold each", gated, found)
	}
}
