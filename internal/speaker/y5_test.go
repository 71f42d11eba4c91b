package speaker

import (
	"strings"
	"testing"
)

// TestASCIIFieldSigs holds asciiFieldSigs to the strings.FieldsSeq loop
// it stands for on ASCII clauses (wordsAround).
func TestASCIIFieldSigs(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a Democratic senator", "  two  spaces ", "tab\tand\vvertical\fform\rreturn\nline", "end "} {
		var want uint64
		for w := range strings.FieldsSeq(s) {
			want |= sigBit(w)
		}
		if got := asciiFieldSigs(s); got != want {
			t.Errorf("asciiFieldSigs(%q) = %x, want %x", s, got, want)
		}
	}
}

// TestFindNamesShortcuts holds findNames' answers from the index's
// tokens to the calls they spare, on every token of the examples and
// the gate texts: functionAlone to nameAt finding no name, oneWordName
// to nameAt and candOf, plainStop to boundary.
func TestFindNamesShortcuts(t *testing.T) {
	texts := append([]string{"The de Gaulle era. A. Smith said. In 2016, e.g. this. (D-Ore.) He \"Bo\" Reed. OSLO’s port. In Moss, the Moss\" (Moss) Moss’s a Ortiz. Reed"}, gateTexts...)
	texts = withExamples(t, "*", texts)
	if !testing.Short() {
		texts = append(texts, optionalGold(t, "polnear_dev.jsonl")...)
	}
	alone, stops, words := 0, 0, 0
	for _, text := range texts {
		ix := newTokIndex(text, "")
		toks := decode(nil, ix.all, text, ix.lower, ix.others)
		for g := range ix.all {
			c := ix.all[g]
			if c.word && capital(text[c.s:c.e]) && functionAlone(text, ix.all, g) {
				alone++
				if n, ok := nameAt(text, toks, g); ok {
					t.Errorf("functionAlone at %q, but nameAt reads %q", text[c.s:min(len(text), int(c.e)+20)], n.text)
				}
			}
			for _, start := range []bool{false, true} {
				cd, ok := oneWordName(ix, g, start)
				if !ok {
					continue
				}
				words++
				n, ok := nameAt(text, toks, g)
				if want := candOf(text, toks, n, start); !ok || n.to != g+1 || cd != want || start && upperName(n.text) {
					t.Errorf("oneWordName at %q (start %v) = %+v, but nameAt and candOf give %+v (%v)", text[c.s:c.e], start, cd, want, ok)
				}
			}
			if !c.word && text[c.s:c.e] == "." && plainStop(text, ix.all, g) {
				stops++
				if !boundary(text, toks, g) {
					t.Errorf("plainStop at %q, but boundary is false", text[max(0, int(c.s)-20):c.e])
				}
			}
		}
	}
	t.Logf("%d texts: functionAlone %d, oneWordName %d, plainStop %d", len(texts), alone, words, stops)
	if alone == 0 || stops == 0 || words == 0 {
		t.Errorf("functionAlone %d times, plainStop %d, oneWordName %d: the texts should hold each", alone, stops, words)
	}
}
