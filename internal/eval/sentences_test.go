package eval

import (
	"strings"
	"testing"
)

func TestReadSentenceGold(t *testing.T) {
	in := `{"id":"a","text":"He said \" Hi . \"\nShe left .","meta":{"span_convention":"space-joined tokens"}}
{"doc":"d1","sentence":"One two."}
{"doc":"d1","sentence":"Three."}
{"doc":"d2","sentence":"Alone."}
`
	got, err := ReadSentenceGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []GoldText{
		{ID: "a", Text: `He said "Hi." She left.`, Boundaries: []int{13}},
		{ID: "d1", Text: "One two. Three.", Boundaries: []int{8}},
		{ID: "d2", Text: "Alone.", Boundaries: []int{}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d texts: %+v", len(got), got)
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.ID || g.Text != w.Text || len(g.Boundaries) != len(w.Boundaries) ||
			len(w.Boundaries) > 0 && g.Boundaries[0] != w.Boundaries[0] {
			t.Errorf("text %d: got %+v, want %+v", i, g, w)
		}
	}
	if _, err := ReadSentenceGold(strings.NewReader("{\"x\":1}\n")); err == nil {
		t.Errorf("want an error for a record with neither text nor sentence")
	}
}

func TestScoreSentences(t *testing.T) {
	gold := []GoldText{{ID: "a", Text: "A b. C d. E f.", Boundaries: []int{4, 9}}}
	split := func(string) []int { return []int{4, 6, 14} } // one right, one wrong, end ignored
	sc, errs := ScoreSentences(gold, split, 10)
	if sc.Gold != 2 || sc.Predicted != 2 || sc.Correct != 1 {
		t.Errorf("scores %+v", sc)
	}
	if sc.Precision() != 0.5 || sc.Recall() != 0.5 || sc.F1() != 0.5 {
		t.Errorf("P %v R %v F1 %v", sc.Precision(), sc.Recall(), sc.F1())
	}
	if len(errs) != 2 || errs[0].Missed || !errs[1].Missed {
		t.Errorf("errors %+v", errs)
	}
}
