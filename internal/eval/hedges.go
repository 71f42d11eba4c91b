package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A HedgeSentence is one sentence of hedge-cue gold: whether the
// annotator judged it uncertain, and the cue spans, in byte offsets of
// Text (converted from the code points of the gold file).
type HedgeSentence struct {
	ID        string
	Text      string
	Uncertain bool
	Cues      []doc.Span
	// Unlocated counts cues the gold names without offsets ("unresolved":
	// the word is not in the sentence as written); cue scores leave them out.
	Unlocated int
}

// ReadHedgeGold reads hedge-cue gold in JSON Lines, one sentence a line:
// {"id", "sentence", "uncertain", "cues": [{"start", "end", "text"}]},
// offsets in code points of "sentence" (../shared/data/hedges). A cue
// whose offsets fall outside its sentence is an error; one with null
// offsets is counted in Unlocated.
func ReadHedgeGold(r io.Reader) ([]HedgeSentence, error) {
	type record struct {
		ID        string  `json:"id"`
		Sentence  *string `json:"sentence"`
		Uncertain bool    `json:"uncertain"`
		Cues      []struct {
			Start *int `json:"start"`
			End   *int `json:"end"`
		} `json:"cues"`
	}
	var out []HedgeSentence
	err := eachJSONL(r, func(line int, rec *record) error {
		if rec.Sentence == nil {
			return fmt.Errorf("line %d: no \"sentence\"", line)
		}
		h := HedgeSentence{ID: rec.ID, Text: *rec.Sentence, Uncertain: rec.Uncertain}
		offs := runeOffsets(h.Text)
		for _, c := range rec.Cues {
			if c.Start == nil || c.End == nil {
				h.Unlocated++ // the annotator named a cue the sentence does not hold as written
				continue
			}
			if *c.Start < 0 || *c.Start >= *c.End || *c.End >= len(offs) {
				return fmt.Errorf("line %d: cue [%d, %d) outside a sentence of %d characters", line, *c.Start, *c.End, len(offs)-1)
			}
			h.Cues = append(h.Cues, doc.Span{Start: offs[*c.Start], End: offs[*c.End]})
		}
		out = append(out, h)
		return nil
	})
	return out, err
}

// PRF counts what precision, recall and F1 are made of.
type PRF struct{ Gold, Predicted, Correct int }

// F1 is the harmonic mean of precision and recall.
func (s PRF) F1() float64 {
	p, r := ratio(s.Correct, s.Predicted), ratio(s.Correct, s.Gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s PRF) String() string {
	return fmt.Sprintf("precision %.3f, recall %.3f, F1 %.3f (%d gold, %d found, %d right)",
		ratio(s.Correct, s.Predicted), ratio(s.Correct, s.Gold), s.F1(), s.Gold, s.Predicted, s.Correct)
}

// HedgeScores are sentence-level and cue-level scores of a hedge finder.
type HedgeScores struct {
	Sentences   int
	Uncertain   PRF // sentences judged uncertain: any hedge found against gold "uncertain"
	CuesExact   PRF // cue spans equal to gold's
	CuesOverlap PRF // cue spans overlapping gold's, each matched at most once
	Unlocated   int // gold cues without offsets, left out of the cue scores
}

func (s HedgeScores) String() string {
	return fmt.Sprintf("%d sentences\n  uncertain sentences: %v\n  cues, exact:         %v\n  cues, overlap:       %v\n  gold cues without offsets, not scored: %d",
		s.Sentences, s.Uncertain, s.CuesExact, s.CuesOverlap, s.Unlocated)
}

// ScoreHedges runs find over each gold sentence and compares the hedge
// cues it returns (byte spans into the sentence) with the gold. Leading
// and trailing white space of spans is ignored on both sides. It returns
// the scores and up to maxErrors sentences judged wrongly.
func ScoreHedges(gold []HedgeSentence, find func(text string) []doc.Span, maxErrors int) (HedgeScores, []Error) {
	var sc HedgeScores
	var errs []Error
	for _, g := range gold {
		sc.Sentences++
		sc.Unlocated += g.Unlocated
		got := find(g.Text)
		for i := range got {
			got[i] = trimSpaceSpan(g.Text, got[i])
		}
		want := make([]doc.Span, len(g.Cues))
		for i, c := range g.Cues {
			want[i] = trimSpaceSpan(g.Text, c)
		}
		pred := len(got) > 0
		if g.Uncertain {
			sc.Uncertain.Gold++
		}
		if pred {
			sc.Uncertain.Predicted++
		}
		if pred && g.Uncertain {
			sc.Uncertain.Correct++
		}
		if pred != g.Uncertain && len(errs) < maxErrors {
			var ctx strings.Builder
			ctx.WriteString(strings.Join(strings.Fields(g.Text), " "))
			for _, c := range got {
				fmt.Fprintf(&ctx, " [found %q]", g.Text[c.Start:c.End])
			}
			errs = append(errs, Error{ID: g.ID, Missed: g.Uncertain, Context: ctx.String()})
		}
		sc.CuesExact.add(want, got, func(a, b doc.Span) bool { return a == b })
		sc.CuesOverlap.add(want, got, func(a, b doc.Span) bool { return a.Start < b.End && b.Start < a.End })
	}
	return sc, errs
}

// add counts a sentence's gold and found spans, matching each found span
// to at most one gold span.
func (s *PRF) add(want, got []doc.Span, match func(a, b doc.Span) bool) {
	s.Gold += len(want)
	s.Predicted += len(got)
	used := make([]bool, len(want))
	for _, g := range got {
		for i, w := range want {
			if !used[i] && match(w, g) {
				used[i] = true
				s.Correct++
				break
			}
		}
	}
}

// trimSpaceSpan takes white space off both ends of span s of text.
func trimSpaceSpan(text string, s doc.Span) doc.Span {
	t := text[s.Start:s.End]
	lead := len(t) - len(strings.TrimLeft(t, " \t\n\r"))
	t = strings.TrimSpace(t)
	return doc.Span{Start: s.Start + lead, End: s.Start + lead + len(t)}
}
