package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A QuoteText is a text with its gold quotations.
type QuoteText struct {
	ID     string
	Text   string
	Quotes []GoldQuote
}

// A GoldQuote is one gold quotation: its spans (several when narration
// splits it) as byte offsets into the text, marks included or not as the
// gold file's convention has it, and its type as the file gives it.
type GoldQuote struct {
	Spans []doc.Span
	Type  string
}

// ReadQuoteGold reads gold quotations in JSON Lines, one text a line:
// {"id", "text", "quotes": [{"start", "end", "spans": [[s, e], …], "type"}]},
// offsets in Unicode code points ("spans" optional; [[start, end]] if
// absent). It converts the offsets to bytes.
func ReadQuoteGold(r io.Reader) ([]QuoteText, error) {
	type record struct {
		ID     string `json:"id"`
		Text   string `json:"text"`
		Quotes []struct {
			Start int      `json:"start"`
			End   int      `json:"end"`
			Spans [][2]int `json:"spans"`
			Type  string   `json:"type"`
		} `json:"quotes"`
	}
	var out []QuoteText
	err := eachJSONL(r, func(line int, rec *record) error {
		offs := runeOffsets(rec.Text)
		t := QuoteText{ID: rec.ID, Text: rec.Text}
		for _, q := range rec.Quotes {
			spans := q.Spans
			if len(spans) == 0 {
				spans = [][2]int{{q.Start, q.End}}
			}
			g := GoldQuote{Type: q.Type}
			for _, s := range spans {
				if s[0] < 0 || s[0] > s[1] || s[1] >= len(offs) {
					return fmt.Errorf("line %d: span %v outside a text of %d characters", line, s, len(offs)-1)
				}
				g.Spans = append(g.Spans, doc.Span{Start: offs[s[0]], End: offs[s[1]]})
			}
			t.Quotes = append(t.Quotes, g)
		}
		out = append(out, t)
		return nil
	})
	return out, err
}

// runeOffsets returns the byte offset of each code point of s, and len(s).
func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// QuoteScores compare direct quotations found with gold ones, both span
// by span and quotation by quotation.
type QuoteScores struct {
	Texts  int
	Spans  Matches // content spans: each part of a split or multi-paragraph quotation on its own
	Quotes Matches // whole quotations: all their spans
	// Strict counts content spans as Spans does, but also counts as
	// errors the found quotations that lie in gold quotations the
	// in-marks test leaves out (the figure before that rule).
	Strict Matches
	// OtherKind counts gold spans that a quotation of another kind
	// (mixed, scare, title) matches exactly: found, but not called direct.
	OtherKind int
}

// Matches counts gold and predicted items, exact matches, and items that
// overlap at least one item on the other side.
type Matches struct {
	Gold, Predicted         int
	Exact                   int // items in both (each counted once)
	GoldFound, PredictedHit int // gold items overlapped by a prediction; predictions overlapping a gold item
}

// ExactPRF returns precision, recall and F1 of exact matches.
func (m Matches) ExactPRF() (p, r, f float64) {
	return prf(ratio(m.Exact, m.Predicted), ratio(m.Exact, m.Gold))
}

// OverlapPRF returns precision, recall and F1 counting any overlap as a match.
func (m Matches) OverlapPRF() (p, r, f float64) {
	return prf(ratio(m.PredictedHit, m.Predicted), ratio(m.GoldFound, m.Gold))
}

func prf(p, r float64) (float64, float64, float64) {
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

func (m Matches) String() string {
	ep, er, ef := m.ExactPRF()
	op, or, of := m.OverlapPRF()
	return fmt.Sprintf("%d gold, %d found: exact P %.3f R %.3f F1 %.3f; overlap P %.3f R %.3f F1 %.3f",
		m.Gold, m.Predicted, ep, er, ef, op, or, of)
}

func (s QuoteScores) String() string {
	return fmt.Sprintf("%d texts\n  content spans: %v\n  quotations:    %v\n  gold spans found with another kind: %d\n  content spans, strict (found ones in unscored gold quotations counted as errors): %v",
		s.Texts, s.Spans, s.Quotes, s.OtherKind, s.Strict)
}

// ScoreQuotes runs detect over each gold text and scores the direct
// quotations it finds against the gold quotations in marks.
//
// Conventions differ between gold sets (marks inside the spans or not),
// so every span, gold and found, is normalised first: white space and
// quotation marks are trimmed from both ends. A gold quotation counts if
// it is in marks: each of its spans starts with a mark or just after one,
// and ends with a mark or just before one; its type field is not used
// (one file calls quotations in doubled apostrophes or in ‘…’ indirect). A found quotation counts if it
// is direct, inside no other direct quotation, since gold sets do not
// annotate quotations within quotations, and closed by its marks: one
// the text never closes (a transcript's turns, each opened by a mark at
// its paragraph, or a long quotation's paragraphs before its last) is
// not in marks by the gold's test either, and is left out on both sides
// alike. So is a found quotation that lies in a gold quotation the
// in-marks test leaves out (one whose spans take in the author's words,
// or split the speaker's words at each sentence) and meets no scored
// gold span: the gold has a quotation there that this score cannot
// judge, and counting the found one as an error would judge it against
// nothing. A found quotation whose span runs past its closing mark still
// counts, as the error it is. It returns the scores and up to
// maxErrors errors, each a gold span missed or a found span not in gold,
// with what the other side has there (b3Why, b3Extra).
func ScoreQuotes(gold []QuoteText, detect func(text string) []doc.Quote, maxErrors int) (QuoteScores, []Error) {
	var sc QuoteScores
	var errs []Error
	for _, g := range gold {
		sc.Texts++
		var want [][]doc.Span
		var held []doc.Span // spans of gold quotations the in-marks test leaves out
		for _, q := range g.Quotes {
			if inMarks(g.Text, q.Spans) {
				want = append(want, splitReopened(g.Text, q.Spans))
			} else {
				held = append(held, normalise(g.Text, q.Spans)...)
			}
		}
		ws := slices.Concat(want...)
		var got, other, unjudged [][]doc.Span
		var why b3Why // what the error listing says of each error
		found := detect(g.Text)
		for i := range found {
			spans := splitReopened(g.Text, found[i].Content)
			switch {
			case found[i].Kind != doc.QuoteDirect:
				other = append(other, spans)
				why.leftOut(spans, "found as "+string(found[i].Kind))
			case insideDirect(found, i):
				why.leftOut(spans, "found inside a direct quotation, not scored")
			case !closedAtEnd(found[i]):
				why.leftOut(spans, "found in a quotation the text never closes (a transcript's turn), not scored")
			case overlaps(spans, held) && !overlaps(spans, ws):
				why.leftOut(spans, "found in a gold quotation the in-marks test leaves out, not scored")
				unjudged = append(unjudged, spans)
			default:
				got = append(got, spans)
			}
		}
		sc.Quotes.add(want, got, func(s []doc.Span) string { return fmt.Sprint(s) })
		gs := slices.Concat(got...)
		sc.Strict.add(wrap(ws), wrap(slices.Concat(gs, slices.Concat(unjudged...))), func(s []doc.Span) string { return fmt.Sprint(s) })
		sc.Spans.add(wrap(ws), wrap(gs), func(s []doc.Span) string { return fmt.Sprint(s) })
		exact := map[doc.Span]bool{}
		for _, s := range gs {
			exact[s] = true
		}
		for _, s := range slices.Concat(other...) {
			if slices.Contains(ws, s) && !exact[s] {
				sc.OtherKind++
			}
		}
		for _, s := range ws {
			if !exact[s] && len(errs) < maxErrors {
				errs = append(errs, Error{g.ID, true, show(g.Text, s) + why.missed(s, gs)})
			}
		}
		wantSet := map[doc.Span]bool{}
		for _, s := range ws {
			wantSet[s] = true
		}
		for _, s := range gs {
			if !wantSet[s] && len(errs) < maxErrors {
				errs = append(errs, Error{g.ID, false, show(g.Text, s) + b3Extra(g, s, ws)})
			}
		}
	}
	return sc, errs
}

func wrap(spans []doc.Span) [][]doc.Span {
	out := make([][]doc.Span, len(spans))
	for i, s := range spans {
		out[i] = []doc.Span{s}
	}
	return out
}

// add counts one text's gold and predicted items; key identifies an item
// for exact matching.
func (m *Matches) add(gold, pred [][]doc.Span, key func([]doc.Span) string) {
	m.Gold += len(gold)
	m.Predicted += len(pred)
	keys := map[string]int{}
	for _, g := range gold {
		keys[key(g)]++
	}
	for _, p := range pred {
		if k := key(p); keys[k] > 0 {
			keys[k]--
			m.Exact++
		}
	}
	for _, g := range gold {
		if slices.ContainsFunc(pred, func(p []doc.Span) bool { return overlaps(g, p) }) {
			m.GoldFound++
		}
	}
	for _, p := range pred {
		if slices.ContainsFunc(gold, func(g []doc.Span) bool { return overlaps(g, p) }) {
			m.PredictedHit++
		}
	}
}

func overlaps(a, b []doc.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

// insideDirect reports whether a direct quotation encloses quotation i.
func insideDirect(qs []doc.Quote, i int) bool {
	for p := qs[i].Parent; p >= 0; p = qs[p].Parent {
		if qs[p].Kind == doc.QuoteDirect {
			return true
		}
	}
	return false
}

// unclosed reports whether the quotation stage found q's opening marks
// without a closing mark for each part: fewer than two marks a content
// span. A quotation with no marks at all (from markup) is closed.
func unclosed(q doc.Quote) bool {
	return len(q.Marks) > 0 && len(q.Marks) < 2*len(q.Content)
}

// closedAtEnd reports whether a mark closes q after its last part: a
// quotation closed at each part, or one over several paragraphs that
// re-opens at each and closes once at its end, as news and novels
// print a long speech. A transcript's turn, opened by a mark at its
// paragraph and never closed, is not. A quotation with no marks at
// all (from markup) is closed; so is one whose closing mark lies
// inside its last part (a span run past its mark, an error to count).
func closedAtEnd(q doc.Quote) bool {
	if len(q.Marks) == 0 || len(q.Content) == 0 {
		return true
	}
	return q.Marks[len(q.Marks)-1].Start >= q.Content[len(q.Content)-1].Start
}

// splitReopened cuts each span at a paragraph break where a mark
// re-opens the quotation (white space, then a mark, after the break), and
// trims the pieces as normalise does. Gold sets draw a quotation over
// several paragraphs as one span or as one a paragraph, and the
// quotation stage draws a part a paragraph; cut so on both sides, the
// conventions score alike. A span that only wraps a line keeps it.
func splitReopened(text string, spans []doc.Span) []doc.Span {
	var out []doc.Span
	for _, s := range spans {
		from := s.Start
		for at := s.Start; at < s.End; {
			k := strings.IndexByte(text[at:s.End], '\n')
			if k < 0 {
				break
			}
			at += k + 1
			rest := strings.TrimLeftFunc(text[at:s.End], unicode.IsSpace)
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && isMark(r) {
				out = append(out, normalise(text, []doc.Span{{Start: from, End: at}})...)
				from = at
			}
		}
		out = append(out, normalise(text, []doc.Span{{Start: from, End: s.End}})...)
	}
	return out
}

// inMarks reports whether every span starts with a quotation mark or just
// after one, and ends with one or just before one.
func inMarks(text string, spans []doc.Span) bool {
	for _, s := range spans {
		body := strings.TrimFunc(text[s.Start:s.End], unicode.IsSpace)
		before := strings.TrimRightFunc(text[:s.Start], unicode.IsSpace)
		after := strings.TrimLeftFunc(text[s.End:], unicode.IsSpace)
		first, _ := utf8.DecodeRuneInString(body)
		last, _ := utf8.DecodeLastRuneInString(body)
		prev, _ := utf8.DecodeLastRuneInString(before)
		next, _ := utf8.DecodeRuneInString(after)
		if !isMark(first) && !isMark(prev) || !isMark(last) && !isMark(next) {
			return false
		}
	}
	return true
}

// normalise trims white space and quotation marks from both ends of each
// span, dropping spans left empty.
func normalise(text string, spans []doc.Span) []doc.Span {
	var out []doc.Span
	for _, s := range spans {
		for s.Start < s.End {
			r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
			if !isMark(r) && !unicode.IsSpace(r) {
				break
			}
			s.Start += n
		}
		for s.End > s.Start {
			r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
			if !isMark(r) && !unicode.IsSpace(r) {
				break
			}
			s.End -= n
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}

func isMark(r rune) bool {
	return strings.ContainsRune("\"'`«»‹›「」『』", r) || r >= '‘' && r <= '‟'
}

// show returns a span with a little context before it, on one line.
func show(text string, s doc.Span) string {
	from := max(0, s.Start-30)
	for from > 0 && !isRuneStart(text[from]) {
		from--
	}
	body := text[s.Start:s.End]
	if len(body) > 120 {
		cut := 100
		for !isRuneStart(body[cut]) {
			cut--
		}
		body = body[:cut] + " …"
	}
	return strings.ReplaceAll(text[from:s.Start]+"⟦"+body+"⟧", "\n", " ")
}
