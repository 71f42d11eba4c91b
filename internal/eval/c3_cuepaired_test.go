package eval

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// c3Tokens splits text into tokens at spaces: enough for the token
// overlap, which counts tokens by where they start.
func c3Tokens(text string) []doc.Token {
	var toks []doc.Token
	start := -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			if start >= 0 {
				toks = append(toks, doc.Token{Start: int32(start), End: int32(i)})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return toks
}

// TestC3CuePaired checks the cue-paired scores one quotation pair at a
// time: a found quotation counts only through a gold one whose cue its
// cue overlaps, and then only if the source spans (or the contents) are
// exactly the same lists.
func TestC3CuePaired(t *testing.T) {
	const text = "Ann Reed said the pier will close and Ed Moss added it will not"
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	ann, said, pier := at("Ann Reed"), at("said"), at("the pier will close")
	tests := []struct {
		name                   string
		gold, found            cueItem
		source, content        CuePairedCount
		shared, fTokens, gToks int
	}{
		{"same cue, source and content",
			cueItem{said, []doc.Span{ann}, []doc.Span{pier}}, cueItem{said, []doc.Span{ann}, []doc.Span{pier}},
			CuePairedCount{1, 1, 1, 1}, CuePairedCount{1, 1, 1, 1}, 4, 4, 4},
		{"no cue found: nothing pairs, tokens still overlap",
			cueItem{said, []doc.Span{ann}, []doc.Span{pier}}, cueItem{doc.Span{}, []doc.Span{ann}, []doc.Span{pier}},
			CuePairedCount{1, 0, 1, 0}, CuePairedCount{1, 0, 1, 0}, 4, 4, 4},
		{"cues overlap, source differs, content shorter",
			cueItem{at("Ann Reed said"), []doc.Span{ann}, []doc.Span{pier}}, cueItem{said, []doc.Span{at("Reed")}, []doc.Span{at("the pier")}},
			CuePairedCount{1, 0, 1, 0}, CuePairedCount{1, 0, 1, 0}, 2, 2, 4},
		{"no source on either side is the same source",
			cueItem{said, nil, []doc.Span{pier}}, cueItem{said, nil, []doc.Span{pier}},
			CuePairedCount{1, 1, 1, 1}, CuePairedCount{1, 1, 1, 1}, 4, 4, 4},
		{"two gold source spans against one mention",
			cueItem{said, []doc.Span{ann, at("Ed Moss")}, []doc.Span{pier}}, cueItem{said, []doc.Span{ann}, []doc.Span{pier}},
			CuePairedCount{1, 0, 1, 0}, CuePairedCount{1, 1, 1, 1}, 4, 4, 4},
		{"cues that touch do not overlap",
			cueItem{at("added"), []doc.Span{ann}, []doc.Span{pier}}, cueItem{at("Moss "), []doc.Span{ann}, []doc.Span{pier}},
			CuePairedCount{1, 0, 1, 0}, CuePairedCount{1, 0, 1, 0}, 4, 4, 4},
	}
	for _, tt := range tests {
		var c CuePaired
		c.add([]cueItem{tt.gold}, []cueItem{tt.found}, c3Tokens(text))
		if c.Source != tt.source || c.Content != tt.content || c.Shared != tt.shared || c.FoundTokens != tt.fTokens || c.GoldTokens != tt.gToks {
			t.Errorf("%s: got %+v", tt.name, c)
		}
	}
}

// TestC3CuePairedRead checks the whole path: cue_spans and every
// speaker span read from the gold file, the colon a found quotation
// gives as its cue, and the printed lines.
func TestC3CuePairedRead(t *testing.T) {
	text := "Ann Reed: “Go.” Bo Lee said “Stay.”"
	cp := func(b int) int { return len([]rune(text[:b])) }
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	ann, colon, goQ, bo, said, stay := at("Ann Reed"), at(":"), at("Go."), at("Bo Lee"), at("said"), at("Stay.")
	in := `{"id":"a","text":"Ann Reed: “Go.” Bo Lee said “Stay.”","quotes":[` +
		`{"start":` + strconv.Itoa(cp(goQ.Start)) + `,"end":` + strconv.Itoa(cp(goQ.End)) + `,"type":"direct","speaker":"Ann Reed","speaker_spans":[[0,8]],"cue_spans":[[8,9]]},` +
		`{"start":` + strconv.Itoa(cp(stay.Start)) + `,"end":` + strconv.Itoa(cp(stay.End)) + `,"type":"direct","speaker":"Bo Lee","speaker_spans":[[` + strconv.Itoa(cp(bo.Start)) + `,` + strconv.Itoa(cp(bo.End)) + `]],"cue_spans":[[` + strconv.Itoa(cp(said.Start)) + `,` + strconv.Itoa(cp(said.End)) + `]]}]}
`
	gold, err := ReadSpeakerGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if g := gold[0].Speakers[0]; g.Cue != colon || len(g.All) != 1 || g.All[0] != ann {
		t.Fatalf("read %+v", g)
	}
	run := func(string) *doc.Document {
		return &doc.Document{Text: text, Tokens: c3Tokens(text), Quotes: []doc.Quote{
			{Span: goQ, Content: []doc.Span{goQ}, Kind: doc.QuoteDirect, Parent: -1, Speaker: doc.Speaker{Name: "Ann Reed", Mention: ann}, Cue: colon},
			{Span: stay, Content: []doc.Span{stay}, Kind: doc.QuoteDirect, Parent: -1, Speaker: doc.Speaker{Name: "Bo Lee", Mention: bo}},
		}}
	}
	sc := ScoreSpeakers(gold, run)
	c := sc.Citron.CuePaired
	if c.Source != (CuePairedCount{2, 1, 2, 1}) || c.Content != (CuePairedCount{2, 1, 2, 1}) {
		t.Errorf("got %+v", c)
	}
	for _, want := range []string{"cue-paired source:  2 gold, 2 found: exact P 0.500 R 0.500 F1 0.500", "content tokens:"} {
		if !strings.Contains(sc.String(), want) {
			t.Errorf("printed %q, want %q in it", sc.String(), want)
		}
	}
}
