package speaker

import (
	"slices"
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
		"The ängstliche mayor said so. Ed left. the old fisherman laughed. The Öresund pilot said so.",
	}, gateTexts...)
	gated, found := checkPersonMay(t, withExamples(t, "*", texts))
	if gated == 0 || found == 0 {
		t.Errorf("personMay false %d times, personAt found %d: the texts should hold each", gated, found)
	}
	if !testing.Short() {
		// In a subtest: without ../shared it skips, not the texts above.
		t.Run("gold", func(t *testing.T) { checkPersonMay(t, goldTexts(t, "polnear_dev.jsonl")) })
	}
}

// checkPersonMay checks personMay against personAt at every describer of
// texts and returns how often it was false and how often personAt read a
// person.
func checkPersonMay(t *testing.T, texts []string) (gated, found int) {
	t.Helper()
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
	return gated, found
}

// TestFindNamesDescribers checks that findNames, which passes over
// quiet describers in runs, still reads a person after a describer
// that opens a sentence, in lower case or not.
func TestFindNamesDescribers(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ed left. the old fisherman laughed.", "the old fisherman"},
		{"The pier closed. the old fisherman said so.", "the old fisherman"},
		{"Ed left. The old fisherman laughed.", "The old fisherman"},
	} {
		a := newAttributor(run(t, c.text))
		var got []string
		for _, m := range a.mentions {
			got = append(got, m.text)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: mentions %q, want %q among them", c.text, got, c.want)
		}
	}
}
