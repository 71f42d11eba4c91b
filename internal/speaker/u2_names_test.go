package speaker

import (
	"os"
	"testing"
)

// TestNameAtIndex checks that nameAtIndex and candOfIndex give nameAt's
// and candOf's answers, read from the whole index's toks, at every
// capitalised word of the examples and of some hard cases, wherever
// nameAtIndex is sure.
func TestNameAtIndex(t *testing.T) {
	texts := []string{
		"Ann “Annie” Reed said. Ed \"The Hammer\" Moss left. Ida de la Cruz and Donald Trump Jr. He left. Mr. SMITH met Dr. Samuel T. Okafor.",
		"In Port Elsby it is cold. The Rev. Ed Moss, R-Tex., said. Obama Says Museum Will Tell. Ortiz’s aide and Moss's dog. Über Ärzte Sr. Jr. St.",
		"OSLO — The Harbour Board met.  Two  Spaces Here. A.B. Smith and H.L.M. Jones; Van Der Berg; the Captain; in London; Emma Reed",
	}
	for _, f := range []string{"ferry-strike.txt", "jazz-review.md", "library-closure.html"} {
		b, err := os.ReadFile("../../examples/" + f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	sure := 0
	for _, text := range texts {
		x := newTokIndex(text, "")
		toks := decode(nil, x.all, x.text, x.lower, x.others)
		for g := range x.all {
			if !toks[g].word || !capital(toks[g].str(text)) {
				continue
			}
			n, ok, s := nameAtIndex(x, g)
			if !s {
				continue
			}
			sure++
			wn, wok := nameAt(text, toks, g)
			if n != wn || ok != wok {
				t.Errorf("%q: nameAtIndex %+v %v, nameAt %+v %v", toks[g].str(text), n, ok, wn, wok)
				continue
			}
			if !ok {
				continue
			}
			for _, initial := range []bool{false, true} {
				if c, wc := candOfIndex(x, n, initial), candOf(text, toks, wn, initial); c != wc {
					t.Errorf("%q: candOfIndex %+v, candOf %+v", n.text, c, wc)
				}
			}
		}
	}
	if sure == 0 {
		t.Fatal("nameAtIndex was never sure")
	}
}
