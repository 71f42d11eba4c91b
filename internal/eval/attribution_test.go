package eval

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestAttributionSpeakers(t *testing.T) {
	text := "“Go,” Ann Li, a nurse, said. Bo said the vote was lost."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	g := SpeakerText{
		QuoteText: QuoteText{ID: "t", Text: text, Quotes: []GoldQuote{
			{Spans: []doc.Span{at("“Go,”")}, Type: "direct"},
			{Spans: []doc.Span{at("the vote was lost")}, Type: "indirect"},
		}},
		// The gold appositive keeps its comma; trimmed, it matches.
		Speakers: []GoldSpeaker{{Name: "Ann Li", Span: at("Ann Li, a nurse,")}, {Name: "Bo", Span: at("Bo")}},
	}
	d := &doc.Document{Text: text, Quotes: []doc.Quote{
		{Content: []doc.Span{at("Go,")}, Kind: doc.QuoteDirect, Parent: -1, Speaker: doc.Speaker{Name: "Ann Li", Mention: at("Ann Li, a nurse")}},
		{Content: []doc.Span{at("the vote was lost")}, Kind: doc.QuoteIndirect, Parent: -1, Speaker: doc.Speaker{Name: "Bo", Mention: at("Bo said")}},
	}}
	var a AttributionScores
	a.add(g, d)
	if m := a.SpeakerAll; m.Gold != 2 || m.Predicted != 2 || m.Exact != 1 || m.GoldFound != 2 {
		t.Errorf("speakers %+v", m)
	}
	// As given, the closing comma counts: "Ann Li, a nurse" is not exact.
	if m := a.SpeakerAsGiven; m.Gold != 2 || m.Exact != 0 {
		t.Errorf("speakers as given %+v", m)
	}
	d.Quotes[0].Speaker.Mention = at("Ann Li, a nurse,")
	var b AttributionScores
	b.add(g, d)
	if m := b.SpeakerAsGiven; m.Exact != 1 {
		t.Errorf("speakers as given, closing comma kept %+v", m)
	}
	if m := a.ContentAll; m.Exact != 2 {
		t.Errorf("content %+v", m)
	}
	if m := a.Speaker[2]; m.Gold != 1 || m.Exact != 0 || m.GoldFound != 1 {
		t.Errorf("indirect speakers %+v", m)
	}
}

// A found reported clause counts as mixed only when it holds a quotation
// in marks of its own, not for an apostrophe ("Bo’s plan").
func TestAttributionMixedKind(t *testing.T) {
	text := "Bo said Bo’s plan failed. Al said the plan was “dead.”"
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	g := SpeakerText{
		QuoteText: QuoteText{ID: "t", Text: text, Quotes: []GoldQuote{
			{Spans: []doc.Span{at("Bo’s plan failed")}, Type: "indirect"},
			{Spans: []doc.Span{at("the plan was “dead.”")}, Type: "mixed"},
		}},
		Speakers: []GoldSpeaker{{Name: "Bo", Span: at("Bo")}, {Name: "Al", Span: at("Al")}},
	}
	d := &doc.Document{Text: text, Quotes: []doc.Quote{
		{Content: []doc.Span{at("Bo’s plan failed")}, Kind: doc.QuoteIndirect, Parent: -1, Speaker: doc.Speaker{Name: "Bo", Mention: at("Bo")}},
		{Content: []doc.Span{at("the plan was “dead.”")}, Kind: doc.QuoteIndirect, Parent: -1, Speaker: doc.Speaker{Name: "Al", Mention: at("Al")}},
		{Content: []doc.Span{at("dead.")}, Marks: []doc.Span{at("“"), at("”")}, Kind: doc.QuoteMixed, Parent: 1, Speaker: doc.Speaker{Name: "Al", Mention: at("Al")}},
	}}
	var a AttributionScores
	a.add(g, d)
	if m := a.Speaker[2]; m.Gold != 1 || m.Predicted != 1 || m.Exact != 1 {
		t.Errorf("indirect speakers %+v", m)
	}
	if m := a.Speaker[1]; m.Gold != 1 || m.Predicted != 1 || m.Exact != 1 {
		t.Errorf("mixed speakers %+v", m)
	}
}

// A reported clause nested in another one's words is not scored, and
// words in marks inside it make the outer clause mixed: the outer one
// encloses them.
func TestAttributionNestedMixed(t *testing.T) {
	text := "Al said the board thinks the pier is “safe.”"
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	g := SpeakerText{
		QuoteText: QuoteText{ID: "t", Text: text, Quotes: []GoldQuote{
			{Spans: []doc.Span{at("the board thinks the pier is “safe.”")}, Type: "mixed"},
		}},
		Speakers: []GoldSpeaker{{Name: "Al", Span: at("Al")}},
	}
	d := &doc.Document{Text: text, Quotes: []doc.Quote{
		{Content: []doc.Span{at("the board thinks the pier is “safe.”")}, Kind: doc.QuoteIndirect, Parent: -1, Speaker: doc.Speaker{Name: "Al", Mention: at("Al")}},
		{Content: []doc.Span{at("the pier is “safe.”")}, Kind: doc.QuoteIndirect, Parent: 0, Speaker: doc.Speaker{Name: "the board", Mention: at("the board")}},
		{Content: []doc.Span{at("safe.")}, Marks: []doc.Span{at("“"), at("”")}, Kind: doc.QuoteMixed, Parent: 1},
	}}
	var a AttributionScores
	a.add(g, d)
	if m := a.Speaker[1]; m.Gold != 1 || m.Predicted != 1 || m.Exact != 1 {
		t.Errorf("mixed speakers %+v", m)
	}
	if m := a.SpeakerAll; m.Predicted != 1 {
		t.Errorf("all speakers %+v", m)
	}
}

// A found direct quotation is typed as the gold files type a span:
// direct between double marks, else mixed when it holds words in marks,
// else indirect (a transcript's turn never closed, doubled apostrophes).
func TestAttributionDirectKind(t *testing.T) {
	text := "“Yes,” Al said.\n\n\"JO: We saw “Hamlet” twice.\n\n\"AL: No.\n\n''Maybe,'' Bo said. “Go,” Al said, and left."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	mark := func(s string, n int) doc.Span { // n bytes of s from its start, or from its end if n < 0
		sp := at(s)
		if n < 0 {
			return doc.Span{Start: sp.End + n, End: sp.End}
		}
		return doc.Span{Start: sp.Start, End: sp.Start + n}
	}
	g := SpeakerText{QuoteText: QuoteText{ID: "t", Text: text, Quotes: []GoldQuote{
		{Spans: []doc.Span{at("“Yes,”")}, Type: "direct"},
		{Spans: []doc.Span{at("We saw “Hamlet” twice.")}, Type: "mixed"},
		{Spans: []doc.Span{at("No.")}, Type: "indirect"},
		{Spans: []doc.Span{at("Maybe,")}, Type: "indirect"},
		{Spans: []doc.Span{at("“Go,”")}, Type: "direct"},
	}}}
	d := &doc.Document{Text: text, Quotes: []doc.Quote{
		{Content: []doc.Span{at("Yes,")}, Marks: []doc.Span{mark("“Yes", 3), mark("Yes,”", -3)}, Kind: doc.QuoteDirect, Parent: -1},
		// A transcript's turns: opened at the paragraph, never closed.
		{Content: []doc.Span{at("We saw “Hamlet” twice.")}, Marks: []doc.Span{mark("\"JO", 1)}, Kind: doc.QuoteDirect, Parent: -1},
		{Content: []doc.Span{at("Hamlet")}, Marks: []doc.Span{mark("“Hamlet", 3), mark("Hamlet”", -3)}, Kind: doc.QuoteTitle, Parent: 1},
		{Content: []doc.Span{at("No.")}, Marks: []doc.Span{mark("\"AL", 1)}, Kind: doc.QuoteDirect, Parent: -1},
		{Content: []doc.Span{at("Maybe,")}, Marks: []doc.Span{mark("''Maybe", 2), mark("Maybe,''", -2)}, Kind: doc.QuoteDirect, Parent: -1},
		// Run past its closing mark: still direct, and an error there.
		{Content: []doc.Span{at("Go,” Al said, and left")}, Marks: []doc.Span{mark("“Go", 3), mark("Go,”", -3)}, Kind: doc.QuoteDirect, Parent: -1},
	}}
	if !typesByDoubleMarks([]SpeakerText{g}) {
		t.Fatal("a gold set typing ''…'' indirect does not type by double marks")
	}
	a := AttributionScores{DoubleMarks: true}
	a.add(g, d)
	for k, want := range []Matches{
		{Gold: 2, Predicted: 2, Exact: 1, GoldFound: 2, PredictedHit: 2},
		{Gold: 1, Predicted: 1, Exact: 1, GoldFound: 1, PredictedHit: 1},
		{Gold: 2, Predicted: 2, Exact: 2, GoldFound: 2, PredictedHit: 2},
	} {
		if m := a.Content[k]; m != want {
			t.Errorf("%s: %+v, want %+v", attributionKinds[k], m, want)
		}
	}
}

// A gold set that calls a quotation in single marks direct does not type
// by double marks, nor one that calls every quotation direct.
func TestTypesByDoubleMarks(t *testing.T) {
	text := "‘Go,’ she said. “Stay,” he said. He said no."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	gold := func(qs ...GoldQuote) []SpeakerText {
		return []SpeakerText{{QuoteText: QuoteText{ID: "t", Text: text, Quotes: qs}}}
	}
	stay := GoldQuote{Spans: []doc.Span{at("Stay,")}, Type: "direct"} // marks left out of the span
	no := GoldQuote{Spans: []doc.Span{at("no")}, Type: "indirect"}
	if !typesByDoubleMarks(gold(stay, no)) {
		t.Error("double marks and an indirect one: want true")
	}
	if typesByDoubleMarks(gold(stay, GoldQuote{Spans: []doc.Span{at("‘Go,’")}, Type: "direct"}, no)) {
		t.Error("single marks called direct: want false")
	}
	if typesByDoubleMarks(gold(stay)) {
		t.Error("every quotation direct: want false")
	}
}

// A span opened with ” or closed with “ is not direct as the gold
// files type spans; one in “…” or "…" is.
func TestDoubleMarkedOpening(t *testing.T) {
	text := "”Yes.” “No.” \"Maybe.\" “Go.“"
	q := func(open, body, close string) doc.Quote {
		i := strings.Index(text, open+body+close)
		o := doc.Span{Start: i, End: i + len(open)}
		c := doc.Span{Start: i + len(open) + len(body), End: i + len(open) + len(body) + len(close)}
		return doc.Quote{Content: []doc.Span{{Start: o.End, End: c.Start}}, Marks: []doc.Span{o, c}, Kind: doc.QuoteDirect, Parent: -1}
	}
	for _, tt := range []struct {
		q    doc.Quote
		want bool
	}{
		{q("”", "Yes.", "”"), false},
		{q("“", "No.", "”"), true},
		{q("\"", "Maybe.", "\""), true},
		{q("“", "Go.", "“"), false},
	} {
		if got := doubleMarked(text, tt.q, false); got != tt.want {
			t.Errorf("%q: doubleMarked %v, want %v", text[tt.q.Marks[0].Start:tt.q.Marks[1].End], got, tt.want)
		}
	}
}

// TestTrimSpan: a mention is scored the same with or without the
// comma, colon or dash that closes its appositive, and nothing else
// is trimmed.
func TestTrimSpan(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Kall -- co-editor of a book --", "Kall -- co-editor of a book"},
		{"Kall -- co-editor of a book", "Kall -- co-editor of a book"},
		{"The transcript–published by the Post–", "The transcript–published by the Post"},
		{"Ann Li — a nurse —", "Ann Li — a nurse"},
		{" Ann Li, a nurse, ", "Ann Li, a nurse"},
		{"Bo:", "Bo"},
		{"Jean-Marc Ayrault", "Jean-Marc Ayrault"},
		{"--", ""},
		{"", ""},
	} {
		s := trimSpan(tc.text, doc.Span{Start: 0, End: len(tc.text)})
		if got := tc.text[s.Start:s.End]; got != tc.want {
			t.Errorf("trimSpan(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDoubleMarkedParagraphs: a quotation over paragraphs, re-opened at
// each and closed once, is direct where the gold file types such
// quotations direct (typesParagraphs), and not where it does not
// (PolNeAR's).
func TestDoubleMarkedParagraphs(t *testing.T) {
	text := "“One.\n\n“Two.”"
	q := doc.Quote{Content: []doc.Span{{Start: 3, End: 7}, {Start: 12, End: 16}}, Marks: []doc.Span{{Start: 0, End: 3}, {Start: 9, End: 12}, {Start: 16, End: 19}}, Kind: doc.QuoteDirect, Parent: -1}
	if text[q.Content[1].Start:q.Content[1].End] != "Two." {
		t.Fatalf("offsets: %q", text[q.Content[1].Start:q.Content[1].End])
	}
	if !doubleMarked(text, q, true) || doubleMarked(text, q, false) {
		t.Errorf("doubleMarked: paragraphs %v, not %v", doubleMarked(text, q, true), doubleMarked(text, q, false))
	}
	g := SpeakerText{QuoteText: QuoteText{Text: text, Quotes: []GoldQuote{{Spans: []doc.Span{{Start: 0, End: 19}}, Type: "direct"}}}}
	if !typesParagraphs([]SpeakerText{g}) {
		t.Error("typesParagraphs: want true")
	}
}

// TestDoubleMarkedSplitParagraphs: a split quotation whose second part
// runs over paragraphs ("“A,” she said. “B.¶“C.”") is direct where
// quotations over paragraphs are, as each of its parts lies between
// double marks; marks that close twice in a row, or open at the end,
// are not.
func TestDoubleMarkedSplitParagraphs(t *testing.T) {
	quote := func(text string) doc.Quote {
		q := doc.Quote{Kind: doc.QuoteDirect, Parent: -1}
		start := -1
		for i, r := range text {
			switch r {
			case '“', '”':
				q.Marks = append(q.Marks, doc.Span{Start: i, End: i + len("“")})
				if start >= 0 {
					q.Content = append(q.Content, doc.Span{Start: start, End: i})
					start = -1
				}
				if r == '“' {
					start = i + len("“")
				}
			case '\n':
				if start >= 0 && strings.HasPrefix(text[i:], "\n\n") {
					q.Content = append(q.Content, doc.Span{Start: start, End: i})
					start = -1
				}
			}
		}
		return q
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"“A,” she said. “B.\n\n“C.”", true},
		{"“A,” she said. “B.\n\n“C.\n\n“D.”", true},
		{"“A,” she said. ”B.\n\n“C.”", false},
		{"“A,” she said. “B.\n\n“C.“", false},
	} {
		q := quote(tt.text)
		if got := doubleMarked(tt.text, q, true); got != tt.want {
			t.Errorf("%q (content %v, marks %v): doubleMarked %v, want %v", tt.text, q.Content, q.Marks, got, tt.want)
		}
	}
}
