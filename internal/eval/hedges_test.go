package eval

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestReadHedgeGold(t *testing.T) {
	// Code points: "Ça" is two code points and three bytes, so "may" at
	// code points [9, 12) is at bytes [10, 13).
	in := `{"id":"a","sentence":"Ça alors may rain.","uncertain":true,"cues":[{"start":9,"end":12,"text":"may"}]}
{"id":"b","sentence":"It rained.","uncertain":false,"cues":[]}
{"id":"c","sentence":"We believe so.","uncertain":true,"cues":[{"start":null,"end":null,"text":"believes","unresolved":true}]}
`
	got, err := ReadHedgeGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []HedgeSentence{
		{ID: "a", Text: "Ça alors may rain.", Uncertain: true, Cues: []doc.Span{{Start: 10, End: 13}}},
		{ID: "b", Text: "It rained."},
		{ID: "c", Text: "We believe so.", Uncertain: true, Unlocated: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{
		`{"id":"x","sentence":"Short.","cues":[{"start":3,"end":40}]}`,
		`{"id":"x","uncertain":true}`,
		`not json`,
	} {
		if _, err := ReadHedgeGold(strings.NewReader(bad + "\n")); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestScoreHedges(t *testing.T) {
	gold := []HedgeSentence{
		{ID: "a", Text: "It may well rain.", Uncertain: true, Cues: []doc.Span{{Start: 3, End: 11}}}, // "may well"
		{ID: "b", Text: "It rained.", Uncertain: false},
		{ID: "c", Text: "We hope so.", Uncertain: true, Cues: []doc.Span{{Start: 3, End: 7}}},
	}
	find := func(s string) []doc.Span {
		switch {
		case strings.HasPrefix(s, "It may"):
			return []doc.Span{{Start: 3, End: 6}} // "may": overlaps, not exact
		case strings.HasPrefix(s, "It rained"):
			return []doc.Span{{Start: 0, End: 2}} // a false alarm
		}
		return nil
	}
	sc, errs := ScoreHedges(gold, find, 10)
	if sc.Uncertain != (PRF{Gold: 2, Predicted: 2, Correct: 1}) {
		t.Errorf("sentences %+v", sc.Uncertain)
	}
	if sc.CuesExact != (PRF{Gold: 2, Predicted: 2, Correct: 0}) || sc.CuesOverlap != (PRF{Gold: 2, Predicted: 2, Correct: 1}) {
		t.Errorf("cues exact %+v, overlap %+v", sc.CuesExact, sc.CuesOverlap)
	}
	if f := sc.Uncertain.F1(); f != 0.5 {
		t.Errorf("F1 %v", f)
	}
	if len(errs) != 2 || errs[0].ID != "b" || errs[0].Missed || errs[1].ID != "c" || !errs[1].Missed {
		t.Errorf("errors %+v", errs)
	}
}

// FuzzReadHedgeGold feeds the reader arbitrary lines: sentences whose cue
// spans lie in their text on rune boundaries, or an error.
func FuzzReadHedgeGold(f *testing.F) {
	f.Add(`{"id":"a","sentence":"Ça may.","uncertain":true,"cues":[{"start":3,"end":6}]}`)
	f.Add(`{"sentence":"x","cues":[{"start":null,"end":1}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ReadHedgeGold(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, h := range got {
			for _, c := range h.Cues {
				if !doc.ValidSpan(h.Text, c) {
					t.Fatalf("cue %v outside %q", c, h.Text)
				}
			}
		}
	})
}
