package speaker

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/hearsay-project/hearsay/internal/eval"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// gateTexts are short texts with a word of each gated rule: the
// framing forms and the loops of attributions, a trailing cue, a
// headline in title case, sites and works before a quotation.
var gateTexts = []string{
	"According to the harbour board, the ferry will sail. The pier is old, according to Ed Moss, and will close.",
	"The ferry will sail in May, the council says. As Ann Ortiz noted, the pier is old.",
	"Mayor Says Ferry Will Sail in May",
	"The clip has faced ridicule online. The levy seems too steep. It appeared that the vote would fail.",
	"His claim that the pier is safe was false. Ed Moss did not respond to requests for comment.",
	"Critics see the levy as a tax. Ann Ortiz would like to see the pier rebuilt. The paper has learned that the fund is empty.",
	"In her memoir, Ann Ortiz wrote: “The pier was old.” On Wikipedia, the page says “it was new.”",
	"Ed Moss's criticism of the board grew. Her support for the levy is firm, and his attacks on the plan went on.",
}

// TestGates checks that the gates in front of the rules (tok.gate,
// sentenceClass, tokIndex.mayHold) change nothing: the stage gives the
// same quotations with every gate open. A rule changed to read words
// that its gate's bits leave out fails here, where the texts hold them.
func TestGates(t *testing.T) {
	checkGates(t, withExamples(t, "*.txt", gateTexts))
}

// withExamples returns texts followed by the examples in ../../examples
// whose names match glob ("*.txt" for the plain texts, "*" for all,
// Markdown and HTML read as raw text), failing on one it cannot read.
func withExamples(t *testing.T, glob string, texts []string) []string {
	t.Helper()
	out := append([]string(nil), texts...)
	examples, _ := filepath.Glob("../../examples/" + glob)
	for _, f := range examples {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// TestGatesGold is TestGates on the texts of the quotation gold sets.
func TestGatesGold(t *testing.T) {
	if testing.Short() {
		t.Skip("the gold texts: a few seconds")
	}
	var texts []string
	for _, name := range []string{"polnear_dev.jsonl", "pdnc_sample.jsonl", "litbank_quotes.jsonl"} {
		texts = append(texts, goldTexts(t, name)...)
	}
	checkGates(t, texts)
}

// optionalGold is goldTexts for a test that also reads texts of its
// own: read in a subtest, whose skip (no ../shared) leaves the rest of
// the test to run on those, with no gold texts.
func optionalGold(t *testing.T, name string) (texts []string) {
	t.Run("gold", func(t *testing.T) { texts = goldTexts(t, name) })
	return texts
}

// goldTexts returns the texts of a quotation gold set in ../shared
// (the test skips when it is absent).
func goldTexts(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(testutil.SharedData(t, "quotes", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadQuoteGold(f)
	if err != nil {
		t.Fatal(err)
	}
	texts := make([]string, len(gold))
	for i, g := range gold {
		texts[i] = g.Text
	}
	return texts
}

func checkGates(t *testing.T, texts []string) {
	t.Helper()
	defer func() { gatesOff = false }()
	n := 0
	for i, text := range texts {
		gatesOff = false
		gated := run(t, text).Quotes
		gatesOff = true
		open := run(t, text).Quotes
		if !reflect.DeepEqual(gated, open) {
			t.Errorf("text %d: the gates change the quotations:\ngated %+v\nopen  %+v", i, gated, open)
		}
		n += len(gated)
	}
	t.Logf("%d texts, %d quotations", len(texts), n)
}
