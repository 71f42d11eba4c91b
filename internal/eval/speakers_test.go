package eval

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestSpeakerMatch(t *testing.T) {
	tests := []struct {
		gold GoldSpeaker
		got  doc.Speaker
		want bool
	}{
		{GoldSpeaker{Name: "Mr. Woodhouse"}, doc.Speaker{Name: "Woodhouse"}, true},
		{GoldSpeaker{Name: "The Post"}, doc.Speaker{Name: "Post"}, true},
		{GoldSpeaker{Name: "Emma"}, doc.Speaker{Name: "Harriet"}, false},
		{GoldSpeaker{Name: "Jane Fairfax"}, doc.Speaker{Name: "Jane"}, true},
		{GoldSpeaker{Name: "Jane Fairfax"}, doc.Speaker{Name: "Miss Jane"}, true},
		{GoldSpeaker{Name: "Jane Fairfax"}, doc.Speaker{Name: "Miss Bates"}, false},
		{GoldSpeaker{Name: "he", Span: doc.Span{Start: 5, End: 7}}, doc.Speaker{Name: "Tom Reed", Mention: doc.Span{Start: 5, End: 7}}, true},
		{GoldSpeaker{Name: "he", Span: doc.Span{Start: 5, End: 7}}, doc.Speaker{Name: "Tom Reed", Mention: doc.Span{Start: 9, End: 11}}, false},
		{GoldSpeaker{Name: "Emma"}, doc.Speaker{}, false},
	}
	for _, tt := range tests {
		if got := SpeakerMatch(tt.gold, tt.got); got != tt.want {
			t.Errorf("SpeakerMatch(%+v, %+v) = %v", tt.gold, tt.got, got)
		}
	}
}

func TestScoreSpeakers(t *testing.T) {
	in := `{"id":"a","text":"“Go,” Ann said. “Stay,” Bo said.","quotes":[{"start":0,"end":5,"type":"direct","speaker":"Ann"},{"start":16,"end":23,"type":"direct","speaker":"Bo"},{"start":6,"end":9,"type":"indirect","speaker":"x"}]}
`
	gold, err := ReadSpeakerGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 1 || len(gold[0].Speakers) != 3 || gold[0].Speakers[1].Name != "Bo" {
		t.Fatalf("read %+v", gold)
	}
	text := gold[0].Text
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	run := func(string) *doc.Document {
		return &doc.Document{Text: text, Quotes: []doc.Quote{
			{Span: at("“Go,”"), Content: []doc.Span{at("Go,")}, Kind: doc.QuoteDirect, Parent: -1, Speaker: doc.Speaker{Name: "Ann"}},
			{Span: at("“Stay,”"), Content: []doc.Span{at("Stay,")}, Kind: doc.QuoteDirect, Parent: -1, Speaker: doc.Speaker{Name: "Ann"}},
		}}
	}
	sc := ScoreSpeakers(gold, run)
	cit := sc.Citron
	sc.Citron = AttributionScores{}
	want := SpeakerScores{Texts: 1, Gold: 2, Matched: 2, Attribute: 2, Correct: 1}
	if sc != want {
		t.Errorf("got %+v want %+v", sc, want)
	}

	// Citron-style table: no found quotation has a speaker mention, so
	// speakers score nothing; both direct gold quotations are found
	// exactly, the indirect one is not.
	if d := cit.Content[0]; d.Gold != 2 || d.Predicted != 2 || d.Exact != 2 {
		t.Errorf("direct content %+v", d)
	}
	if i := cit.Content[2]; i.Gold != 1 || i.Predicted != 0 {
		t.Errorf("indirect content %+v", i)
	}
	if cit.SpeakerAll.Gold != 0 || cit.SpeakerAll.Predicted != 0 {
		t.Errorf("speakers %+v", cit.SpeakerAll)
	}
}
