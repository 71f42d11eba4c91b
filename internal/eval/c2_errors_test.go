package eval

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// The direct speaker errors are listed as the score counts them, one
// of each class.
func TestC2SpeakerErrors(t *testing.T) {
	text := "“Go,” Ann Li said. “Stay,” Bo Day of Leeds said. “Run,” Cy said. “Sit,” Di said. Ed wrote “fine” there. “Walk,” Fay said."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	g := SpeakerText{
		QuoteText: QuoteText{ID: "t", Text: text, Quotes: []GoldQuote{
			{Spans: []doc.Span{at("“Go,”")}, Type: "direct"},
			{Spans: []doc.Span{at("“Stay,”")}, Type: "direct"},
			{Spans: []doc.Span{at("“Run,”")}, Type: "direct"},
			{Spans: []doc.Span{at("“Sit,”")}, Type: "direct"},
			{Spans: []doc.Span{at("“fine”")}, Type: "direct"},
			{Spans: []doc.Span{at("“Walk,” Fay")}, Type: "mixed"},
		}},
		Speakers: []GoldSpeaker{
			{Name: "Ann Li", Span: at("Ann Li")},
			{Name: "Bo Day", Span: at("Bo Day")},
			{Name: "Cy", Span: at("Cy")},
			{Name: "Di", Span: at("Di")},
			{Name: "Ed", Span: at("Ed")},
			{Name: "Fay", Span: at("Fay")},
		},
	}
	q := func(content, mention string, kind doc.QuoteKind) doc.Quote {
		r := doc.Quote{Content: []doc.Span{at(content)}, Kind: kind, Parent: -1}
		if mention != "" {
			r.Speaker = doc.Speaker{Name: mention, Mention: at(mention)}
		}
		return r
	}
	d := &doc.Document{Text: text, Quotes: []doc.Quote{
		q("Go,", "Ann Li", doc.QuoteDirect),            // right
		q("Stay,", "Bo Day of Leeds", doc.QuoteDirect), // bounds
		q("Run,", "Di", doc.QuoteDirect),               // wrong
		q("Sit,", "", doc.QuoteDirect),                 // no speaker
		q("fine", "Ed", doc.QuoteMixed),                // typed otherwise
		q("Walk,", "Fay", doc.QuoteDirect),             // the gold calls it mixed
	}}
	var errs []Error
	a := AttributionScores{MaxErrors: 10, Errors: &errs}
	a.add(g, d)
	var got []string
	for _, e := range errs {
		if e.ID != "t" {
			t.Errorf("id %q", e.ID)
		}
		got = append(got, strings.Fields(e.Context)[0])
	}
	want := "bounds wrong nospk notdir gold-other"
	if strings.Join(got, " ") != want {
		t.Errorf("classes %q, want %q\n%v", strings.Join(got, " "), want, errs)
	}
	if len(errs) != 5 || !strings.Contains(errs[0].Context, `found "Bo Day of Leeds"`) || !errs[0].Missed || errs[4].Missed {
		t.Errorf("errors %v", errs)
	}
	// The listing agrees with the score: every exact miss is listed.
	m := a.Speaker[0]
	if missed := m.Gold - m.Exact; missed != 4 {
		t.Errorf("direct %+v", m)
	}
	errs = nil
	a = AttributionScores{MaxErrors: 2, Errors: &errs}
	a.add(g, d)
	if len(errs) != 2 {
		t.Errorf("max 2: %d errors", len(errs))
	}
}

// ScoreSpeakersErrors gives the scores ScoreSpeakers gives, and the
// errors of the direct speakers.
func TestC2ScoreSpeakersErrors(t *testing.T) {
	in := `{"id":"a","text":"“Go,” Ann said. “Stay,” Bo said.","quotes":[{"start":0,"end":5,"type":"direct","speaker":"Ann","speaker_spans":[[6,9]]},{"start":16,"end":23,"type":"direct","speaker":"Bo","speaker_spans":[[24,26]]}]}
`
	gold, err := ReadSpeakerGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	text := gold[0].Text
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	run := func(string) *doc.Document {
		return &doc.Document{Text: text, Quotes: []doc.Quote{
			{Content: []doc.Span{at("Go,")}, Kind: doc.QuoteDirect, Parent: -1, Speaker: doc.Speaker{Name: "Ann", Mention: at("Ann")}},
			{Content: []doc.Span{at("Stay,")}, Kind: doc.QuoteDirect, Parent: -1, Speaker: doc.Speaker{Name: "Ann", Mention: at("Ann")}},
		}}
	}
	sc, errs := ScoreSpeakersErrors(gold, run, 5)
	if plain := ScoreSpeakers(gold, run); sc != plain {
		t.Errorf("scores %+v, ScoreSpeakers %+v", sc, plain)
	}
	if len(errs) != 1 || errs[0].ID != "a" || !strings.HasPrefix(errs[0].Context, `wrong gold "Bo"@`) {
		t.Errorf("errors %+v", errs)
	}
}
