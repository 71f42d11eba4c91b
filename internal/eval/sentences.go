// Package eval scores Hearsay's stages against gold annotations, so that
// every accuracy figure in BENCHMARKS.md can be reproduced with one
// command ("hearsay eval …").
package eval

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// A GoldText is a text with its gold sentence boundaries: the byte
// offsets where each sentence ends, the last one excluded (the end of the
// text is always a boundary and proves nothing).
type GoldText struct {
	ID         string
	Text       string
	Boundaries []int
}

// ReadSentenceGold reads gold sentences in either of two JSON Lines shapes:
//
//   - {"id", "text"} with one sentence per line of text, as in LitBank;
//     when its meta says the text is space-joined tokens, the spaces are
//     taken out again as a typesetter would ("Esq. ," → "Esq.,");
//   - {"doc", "sentence"}, one sentence per record, consecutive records of
//     the same doc forming one text, as in the hedge-cue sets.
//
// Sentences are joined with a single space, so the splitter under test
// sees running text with no line breaks to lean on.
func ReadSentenceGold(r io.Reader) ([]GoldText, error) {
	type record struct {
		ID       string  `json:"id"`
		Text     *string `json:"text"`
		Doc      string  `json:"doc"`
		Sentence *string `json:"sentence"`
		Meta     struct {
			Convention string `json:"span_convention"`
		} `json:"meta"`
	}
	var out []GoldText
	var cur *GoldText
	err := eachJSONL(r, func(line int, rec *record) error {
		switch {
		case rec.Text != nil:
			sents := strings.Split(*rec.Text, "\n")
			if strings.Contains(rec.Meta.Convention, "space-joined tokens") {
				sents = detokenize(sents)
			}
			out = append(out, joinSentences(rec.ID, sents))
			cur = nil
		case rec.Sentence != nil:
			if cur == nil || cur.ID != rec.Doc {
				out = append(out, GoldText{ID: rec.Doc})
				cur = &out[len(out)-1]
			}
			appendSentence(cur, *rec.Sentence)
		default:
			return fmt.Errorf("line %d: neither \"text\" nor \"sentence\"", line)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		if n := len(out[i].Boundaries); n > 0 {
			out[i].Boundaries = out[i].Boundaries[:n-1]
		}
	}
	return out, nil
}

func joinSentences(id string, sents []string) GoldText {
	g := GoldText{ID: id}
	for _, s := range sents {
		appendSentence(&g, s)
	}
	return g
}

func appendSentence(g *GoldText, s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	if g.Text != "" {
		g.Text += " "
	}
	g.Text += s
	g.Boundaries = append(g.Boundaries, len(g.Text))
}

// Scores are precision, recall and F1 of predicted boundaries.
type Scores struct {
	Texts, Gold, Predicted, Correct int
}

// Precision is the share of predicted boundaries that are gold.
func (s Scores) Precision() float64 { return ratio(s.Correct, s.Predicted) }

// Recall is the share of gold boundaries predicted.
func (s Scores) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Scores) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s Scores) String() string {
	return fmt.Sprintf("%d texts, %d gold boundaries, %d predicted, %d correct: precision %.3f, recall %.3f, F1 %.3f",
		s.Texts, s.Gold, s.Predicted, s.Correct, s.Precision(), s.Recall(), s.F1())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// An Error is one boundary the splitter got wrong, with context.
type Error struct {
	ID      string
	Missed  bool // a gold boundary not predicted; else a predicted one not in gold
	Context string
}

// ScoreSentences runs split over each gold text and compares the sentence
// ends it returns (byte offsets) with the gold boundaries. White space
// before an end is ignored on both sides. It returns the scores and up to
// maxErrors examples of errors.
func ScoreSentences(gold []GoldText, split func(text string) []int, maxErrors int) (Scores, []Error) {
	var sc Scores
	var errs []Error
	for _, g := range gold {
		sc.Texts++
		want := map[int]bool{}
		for _, b := range g.Boundaries {
			want[trimEnd(g.Text, b)] = true
		}
		got := map[int]bool{}
		for _, b := range split(g.Text) {
			if b = trimEnd(g.Text, b); b < len(strings.TrimRightFunc(g.Text, unicode.IsSpace)) {
				got[b] = true
			}
		}
		sc.Gold += len(want)
		sc.Predicted += len(got)
		for _, b := range slices.Sorted(maps.Keys(got)) {
			if want[b] {
				sc.Correct++
			} else if len(errs) < maxErrors {
				errs = append(errs, Error{g.ID, false, excerpt(g.Text, b)})
			}
		}
		for _, b := range slices.Sorted(maps.Keys(want)) {
			if !got[b] && len(errs) < maxErrors {
				errs = append(errs, Error{g.ID, true, excerpt(g.Text, b)})
			}
		}
	}
	return sc, errs
}

func trimEnd(text string, b int) int {
	return len(strings.TrimRightFunc(text[:b], unicode.IsSpace))
}

func excerpt(text string, b int) string {
	from, to := max(0, b-50), min(len(text), b+30)
	for from > 0 && !isRuneStart(text[from]) {
		from--
	}
	for to < len(text) && !isRuneStart(text[to]) {
		to++
	}
	return strings.ReplaceAll(text[from:b]+" ⏎ "+text[b:to], "\n", " ")
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

// detokenize undoes tokenisation that puts spaces around punctuation, so
// that the splitter sees ordinary typography: no space before , . ; : ! ?
// ) or a clitic ('s, n't), none after (, and straight double quotes that
// open or close by turns, across sentence lines, as written.
func detokenize(lines []string) []string {
	open := false
	out := make([]string, len(lines))
	for i, line := range lines {
		toks := strings.Fields(line)
		var b strings.Builder
		glue := true // no space before the next token
		for _, t := range toks {
			attach := false
			switch {
			case t == "\"":
				open = !open
				attach = !open // a closing quote attaches to the word before
			case t == "”" || t == "’" || strings.ContainsAny(t[:1], ",.;:!?)]}") && len(t) <= 3:
				attach = true
			case strings.HasPrefix(t, "'") || strings.HasPrefix(t, "’") || t == "n't" || t == "n’t":
				attach = len(t) <= 5 // clitics: 's, n't, ’re
			}
			if !glue && !attach {
				b.WriteByte(' ')
			}
			b.WriteString(t)
			glue = t == "(" || t == "[" || t == "{" || t == "“" || t == "‘" || (t == "\"" && open)
		}
		out[i] = b.String()
	}
	return out
}
