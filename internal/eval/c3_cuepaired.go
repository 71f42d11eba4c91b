package eval

import (
	"fmt"
	"slices"
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// CuePaired scores quotations the way BBC Citron's evaluation does
// (citron/metrics.py), so that our figures compare like for like with
// its published ones. A found quotation and a gold one are the same
// quotation when their cue spans overlap; a quotation with no cue
// overlaps none. Then:
//
//   - source exact: a found quotation is right when some gold quotation
//     with an overlapping cue has exactly its source spans (the gold
//     file's "speaker_spans", all of them, against our one mention; no
//     mention on both sides is a match), and a gold quotation is found
//     when some found one is right for it. Precision is right found
//     quotations over found ones, recall found gold ones over gold ones;
//   - content exact: the same with the content spans;
//   - content tokens: the tokens (of our segmenter) that the content of
//     each found quotation shares with the content of each gold one,
//     summed over every pair whatever their cues, over the tokens of
//     all found contents (precision) and of all gold contents (recall).
//
// The quotations scored on each side, and the trimming of their spans,
// are those of AttributionScores: direct, mixed and indirect ones that
// no such quotation encloses; contents lose marks, white space and a
// final full stop or comma, sources white space and final punctuation.
// Citron counts on spaCy's tokens and calls token spans that touch
// overlapping; we count bytes' overlap for cues and our own tokens
// (a token counts where it starts) for contents.
type CuePaired struct {
	Source, Content CuePairedCount
	// Shared is the summed token overlap of found and gold contents;
	// FoundTokens and GoldTokens the tokens of all their contents.
	Shared, FoundTokens, GoldTokens int
}

// CuePairedCount counts one exact measure: Found quotations and those
// right (FoundRight), Gold quotations and those found (GoldFound).
type CuePairedCount struct {
	Found, FoundRight, Gold, GoldFound int
}

// PRF returns precision, recall and F1.
func (c CuePairedCount) PRF() (p, r, f float64) {
	return prf(ratio(c.FoundRight, c.Found), ratio(c.GoldFound, c.Gold))
}

func (c CuePairedCount) String() string {
	p, r, f := c.PRF()
	return fmt.Sprintf("%d gold, %d found: exact P %.3f R %.3f F1 %.3f", c.Gold, c.Found, p, r, f)
}

// TokenPRF returns precision, recall and F1 of the content token overlap.
func (c CuePaired) TokenPRF() (p, r, f float64) {
	return prf(ratio(c.Shared, c.FoundTokens), ratio(c.Shared, c.GoldTokens))
}

func (c CuePaired) String() string {
	p, r, f := c.TokenPRF()
	return fmt.Sprintf("\n  cue-paired source:  %v\n  cue-paired content: %v\n  content tokens:     %d gold, %d found, %d shared: P %.3f R %.3f F1 %.3f",
		c.Source, c.Content, c.GoldTokens, c.FoundTokens, c.Shared, p, r, f)
}

// cueItem is a quotation as CuePaired reads it.
type cueItem struct {
	cue     doc.Span
	sources []doc.Span // trimmed, sorted
	content []doc.Span // as loose trims it
}

// add scores one text's quotations; toks are the document's tokens.
func (c *CuePaired) add(gold, found []cueItem, toks []doc.Token) {
	hit := func(a, b doc.Span) bool {
		return a.Start < a.End && b.Start < b.End && a.Start < b.End && b.Start < a.End
	}
	count := func(m *CuePairedCount, same func(f, g cueItem) bool) {
		// f and g pair when their cues overlap, and count when they agree.
		paired := func(f, g cueItem) bool { return hit(f.cue, g.cue) && same(f, g) }
		for _, f := range found {
			m.Found++
			if slices.ContainsFunc(gold, func(g cueItem) bool { return paired(f, g) }) {
				m.FoundRight++
			}
		}
		for _, g := range gold {
			m.Gold++
			if slices.ContainsFunc(found, func(f cueItem) bool { return paired(f, g) }) {
				m.GoldFound++
			}
		}
	}
	count(&c.Source, func(f, g cueItem) bool { return slices.Equal(f.sources, g.sources) })
	count(&c.Content, func(f, g cueItem) bool { return slices.Equal(f.content, g.content) })

	// tokensIn counts the tokens that start in s.
	before := func(x int) int {
		return sort.Search(len(toks), func(i int) bool { return int(toks[i].Start) >= x })
	}
	tokensIn := func(s doc.Span) int {
		if s.End <= s.Start {
			return 0
		}
		return before(s.End) - before(s.Start)
	}
	for _, f := range found {
		for _, s := range f.content {
			c.FoundTokens += tokensIn(s)
		}
	}
	for _, g := range gold {
		for _, s := range g.content {
			c.GoldTokens += tokensIn(s)
		}
		for _, f := range found {
			for _, x := range f.content {
				for _, y := range g.content {
					c.Shared += tokensIn(doc.Span{Start: max(x.Start, y.Start), End: min(x.End, y.End)})
				}
			}
		}
	}
}

// sortedSources trims each span as trimSpan does, drops empty ones and
// sorts them.
func sortedSources(text string, spans []doc.Span) []doc.Span {
	var out []doc.Span
	for _, s := range spans {
		if s = trimSpan(text, s); s.Start < s.End {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b doc.Span) int { return a.Start - b.Start })
	return out
}
