package eval

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestReadQuoteGold(t *testing.T) {
	// Offsets count code points: “ and é are one each, three and two bytes.
	in := `{"id":"a","text":"“Olé,” he said.","quotes":[{"start":0,"end":6,"type":"direct"}]}
{"id":"b","text":"“A,” he said, “B.”","quotes":[{"start":1,"end":17,"spans":[[1,3],[15,17]]}]}
`
	got, err := ReadQuoteGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d texts", len(got))
	}
	a := got[0]
	if s := a.Quotes[0].Spans; len(s) != 1 || a.Text[s[0].Start:s[0].End] != "“Olé,”" || a.Quotes[0].Type != "direct" {
		t.Errorf("text a: %+v", a.Quotes)
	}
	b := got[1]
	if s := b.Quotes[0].Spans; len(s) != 2 || b.Text[s[0].Start:s[0].End] != "A," || b.Text[s[1].Start:s[1].End] != "B." {
		t.Errorf("text b: %+v", b.Quotes)
	}
	if _, err := ReadQuoteGold(strings.NewReader(`{"id":"x","text":"ab","quotes":[{"start":0,"end":5}]}`)); err == nil {
		t.Errorf("want an error for a span past the text")
	}
}

func TestScoreQuotes(t *testing.T) {
	text := `“One,” she said, “two.” Then ‘three’ and "four" and five, ‘nine’. "Six and`
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	// first and last are the marks at the ends of s.
	first := func(s string) doc.Span {
		sp := at(s)
		_, n := utf8.DecodeRuneInString(s)
		return doc.Span{Start: sp.Start, End: sp.Start + n}
	}
	last := func(s string) doc.Span {
		sp := at(s)
		_, n := utf8.DecodeLastRuneInString(s)
		return doc.Span{Start: sp.End - n, End: sp.End}
	}
	gold := []QuoteText{{ID: "t", Text: text, Quotes: []GoldQuote{
		{Spans: []doc.Span{at("“One,”"), at("“two.”")}}, // marks included
		{Spans: []doc.Span{at("three")}},                // marks excluded
		{Spans: []doc.Span{at("four")}},
		{Spans: []doc.Span{at("and five")}, Type: "indirect"}, // not in marks: not scored
		{Spans: []doc.Span{at("\"Six and")}, Type: "direct"},  // never closed: not scored
	}}}
	detect := func(string) []doc.Quote {
		return []doc.Quote{
			{Content: []doc.Span{at("One,"), at("two.")}, Marks: []doc.Span{first("“One"), last("One,”"), first("“two"), last("two.”")}, Kind: doc.QuoteDirect, Parent: -1},
			{Content: []doc.Span{at("two")}, Kind: doc.QuoteDirect, Parent: 0}, // inside a direct one: not counted
			{Content: []doc.Span{at("three")}, Kind: doc.QuoteScare, Parent: -1},
			// Run past its closing mark: counted, as an error.
			{Content: []doc.Span{at("four\" and")}, Marks: []doc.Span{first("\"four"), last("four\"")}, Kind: doc.QuoteDirect, Parent: -1},
			// In marks, not in gold: an extra.
			{Content: []doc.Span{at("nine")}, Marks: []doc.Span{first("‘nine"), last("nine’")}, Kind: doc.QuoteDirect, Parent: -1},
			// Opened and never closed: not counted, as gold's is not.
			{Content: []doc.Span{at("Six and")}, Marks: []doc.Span{first("\"Six")}, Kind: doc.QuoteDirect, Parent: -1},
		}
	}
	sc, errs := ScoreQuotes(gold, detect, 10)
	want := QuoteScores{
		Texts:     1,
		Spans:     Matches{Gold: 4, Predicted: 4, Exact: 2, GoldFound: 3, PredictedHit: 3},
		Quotes:    Matches{Gold: 3, Predicted: 3, Exact: 1, GoldFound: 2, PredictedHit: 2},
		OtherKind: 1,
		Strict:    Matches{Gold: 4, Predicted: 4, Exact: 2, GoldFound: 3, PredictedHit: 3},
	}
	if sc != want {
		t.Errorf("scores\n got  %+v\n want %+v", sc, want)
	}
	if p, r, f := sc.Spans.ExactPRF(); p != 0.5 || r != 0.5 || f != 0.5 {
		t.Errorf("span P %v R %v F1 %v", p, r, f)
	}
	if len(errs) != 4 || !errs[0].Missed || !errs[1].Missed || errs[2].Missed || errs[3].Missed || !strings.Contains(errs[3].Context, "⟦nine⟧") {
		t.Errorf("errors %+v", errs)
	}
}

// TestScoreQuotesParagraphs: a quotation over paragraphs, re-opened at
// each and closed once at its end, is scored whether the gold draws it as
// one span or as one a paragraph; a transcript's turn, never closed, is
// left out on both sides.
func TestScoreQuotesParagraphs(t *testing.T) {
	text := "Intro.\n\n“We will build it. It will take years.\n\n“But it will be done,” she said.\n\nMOSS: “I never agreed to this.\n\nThe end."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	mark := func(s string, n int) doc.Span { sp := at(s); return doc.Span{Start: sp.Start, End: sp.Start + n} }
	detect := func(string) []doc.Quote {
		return []doc.Quote{
			{Content: []doc.Span{at("We will build it. It will take years."), at("But it will be done,")},
				Marks: []doc.Span{mark("“We", 3), mark("“But", 3), mark("” she", 3)}, Kind: doc.QuoteDirect, Parent: -1},
			{Content: []doc.Span{at("I never agreed to this.")}, Marks: []doc.Span{mark("“I never", 3)}, Kind: doc.QuoteDirect, Parent: -1},
		}
	}
	for _, gold := range [][]doc.Span{
		{at("“We will build it. It will take years.\n\n“But it will be done,”")},  // one span over the paragraphs
		{at("We will build it. It will take years."), at("But it will be done,")}, // one a paragraph
	} {
		sc, _ := ScoreQuotes([]QuoteText{{ID: "t", Text: text, Quotes: []GoldQuote{{Spans: gold}}}}, detect, 0)
		if want := (Matches{Gold: 1, Predicted: 1, Exact: 1, GoldFound: 1, PredictedHit: 1}); sc.Quotes != want {
			t.Errorf("gold %v: quotations %+v, want %+v", gold, sc.Quotes, want)
		}
		if sc.Spans.Gold != 2 || sc.Spans.Exact != 2 || sc.Spans.Predicted != 2 {
			t.Errorf("gold %v: spans %+v", gold, sc.Spans)
		}
	}
}
