package eval

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestB3QuoteErrorReasons checks what the error listing says after each
// error: a gold span found as another kind, found inside a direct
// quotation, found with other bounds, or not found; a found span inside
// where gold has none; a found quotation in a gold quotation the
// in-marks test leaves out is not scored, and not listed.
// The figures are those the listing leaves alone.
func TestB3QuoteErrorReasons(t *testing.T) {
	text := `Ann said “alpha” today. “Bravo ‘charlie’ delta,” Ed said. “Echo foxtrot,” said Al. Then “golf hotel” came. Cy said “india.” Di said: “juliet.”`
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	before := func(s string) doc.Span { // the mark before s
		i := strings.Index(text, s)
		return doc.Span{Start: i - len("“"), End: i}
	}
	after := func(s string) doc.Span { // the mark after s
		i := strings.Index(text, s) + len(s)
		return doc.Span{Start: i, End: i + len("”")}
	}
	marked := func(s string, k doc.QuoteKind, parent int) doc.Quote {
		return doc.Quote{Content: []doc.Span{at(s)}, Marks: []doc.Span{before(s), after(s)}, Kind: k, Parent: parent}
	}
	gold := []QuoteText{{ID: "t", Text: text, Quotes: []GoldQuote{
		{Spans: []doc.Span{at("alpha")}},                          // found as scare
		{Spans: []doc.Span{at("charlie")}},                        // found inside a direct quotation
		{Spans: []doc.Span{at("Echo foxtrot,")}},                  // found with other bounds
		{Spans: []doc.Span{at("golf hotel")}},                     // not found
		{Spans: []doc.Span{at("Cy said “india.")}, Type: "mixed"}, // not scored: takes in the author's words
	}}}
	detect := func(string) []doc.Quote {
		return []doc.Quote{
			marked("alpha", doc.QuoteScare, -1),
			marked("Bravo ‘charlie’ delta,", doc.QuoteDirect, -1),
			{Content: []doc.Span{at("charlie")}, Marks: []doc.Span{{Start: at("charlie").Start - len("‘"), End: at("charlie").Start}, {Start: at("charlie").End, End: at("charlie").End + len("’")}}, Kind: doc.QuoteDirect, Parent: 1},
			{Content: []doc.Span{at("Echo")}, Marks: []doc.Span{before("Echo"), after("Echo foxtrot,")}, Kind: doc.QuoteDirect, Parent: -1},
			marked("india.", doc.QuoteDirect, -1),
			marked("juliet.", doc.QuoteDirect, -1),
		}
	}
	sc, errs := ScoreQuotes(gold, detect, 10)
	// “india.” lies in a gold quotation the in-marks test leaves out:
	// not scored, but counted by the strict figure.
	if sc.Spans.Gold != 4 || sc.Spans.Predicted != 3 || sc.Spans.Exact != 0 {
		t.Errorf("spans %+v", sc.Spans)
	}
	if sc.Strict.Gold != 4 || sc.Strict.Predicted != 4 || sc.Strict.Exact != 0 {
		t.Errorf("strict spans %+v", sc.Strict)
	}
	want := []string{
		"⟦alpha⟧ — found as scare",
		"⟦charlie⟧ — found inside a direct quotation",
		"⟦Echo foxtrot,⟧ — found with other bounds",
		"⟦golf hotel⟧ — not found",
		"⟦Bravo ‘charlie’ delta,⟧ — gold has other bounds", // the inner ‘charlie’
		"⟦Echo⟧ — gold has other bounds",
		"⟦juliet.⟧ — gold has no quotation here",
	}
	if len(errs) != len(want) {
		t.Fatalf("%d errors, want %d: %+v", len(errs), len(want), errs)
	}
	for i, e := range errs {
		if !strings.Contains(e.Context, want[i]) {
			t.Errorf("error %d: %q, want it to hold %q", i, e.Context, want[i])
		}
	}
}
