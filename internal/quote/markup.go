package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// markup adds the quotations that the markup declares: each q element, and
// each block quotation (HTML blockquote, Markdown >), whose content is its
// paragraphs less any footer naming its source. Block-quotation paragraphs
// that no element covers (a page read without its structure) make one
// quotation per run, nested by depth up to MaxDepth.
func (s *scanner) markup() {
	d := s.d
	var covered []bool // paragraphs inside a blockquote element
	for i, e := range d.Elements {
		if s.full() {
			return
		}
		switch e.Kind {
		case doc.ElemQ:
			from, to := trimLeft(s.text, e.Start, e.End), trimRight(s.text, e.Start, e.End)
			if from < to {
				s.quotes.add(found{Span: e.Span, Content: []doc.Span{{Start: from, End: to}}, Element: i})
			}
		case doc.ElemBlockQuote:
			if covered == nil {
				covered = make([]bool, len(d.Paragraphs))
			}
			if q, ok := s.blockquote(i, covered); ok {
				s.quotes.add(q)
			}
		}
	}
	var runs []int // indexes in s.quotes of the open runs, outermost first
	for k, p := range d.Paragraphs {
		depth := min(p.Quote, MaxDepth)
		if covered != nil && covered[k] || s.full() {
			depth = 0
		}
		if len(runs) > depth {
			runs = runs[:depth]
		}
		for len(runs) < depth {
			runs = append(runs, s.quotes.add(found{Span: p.Span, Kind: doc.QuoteDirect, Element: -1}))
		}
		// A credit line that ends a block quotation ("> — Ana Ruiz")
		// names its source and is not part of the innermost quotation.
		last := len(runs)
		if last > 0 && IsCredit(s.text, p.Span) && (k+1 == len(d.Paragraphs) || min(d.Paragraphs[k+1].Quote, MaxDepth) < depth || covered != nil && covered[k+1]) {
			last--
		}
		for _, qi := range runs[:last] {
			q := s.quotes.at(qi)
			q.Content = append(q.Content, p.Span)
			q.End = p.End
		}
	}
}

// IsCredit reports whether the paragraph at p is a credit line: a dash
// (—, ―, – or --) and a short text naming a source, as block quotations
// end in print, Markdown and HTML footers.
func IsCredit(text string, p doc.Span) bool {
	t := strings.TrimSpace(text[p.Start:p.End])
	if len(t) > 200 || strings.Contains(t, "\n\n") {
		return false
	}
	for _, dash := range []string{"—", "―", "–", "--"} {
		if rest, ok := strings.CutPrefix(t, dash); ok {
			rest = strings.TrimSpace(rest)
			r, _ := utf8.DecodeRuneInString(rest)
			return rest != "" && unicode.IsLetter(r)
		}
	}
	return false
}

// blockquote returns the quotation of the blockquote element i, and marks
// the paragraphs inside it as covered.
func (s *scanner) blockquote(i int, covered []bool) (found, bool) {
	d := s.d
	e := d.Elements[i]
	var footers []doc.Span
	for j := i + 1; j < len(d.Elements) && d.Elements[j].Start < e.End; j++ {
		if f := d.Elements[j]; f.Kind == doc.ElemFooter && e.Contains(f.Span) {
			footers = append(footers, f.Span)
		}
	}
	q := found{Kind: doc.QuoteDirect, Element: i}
	paras := d.Paragraphs
	k := sort.Search(len(paras), func(k int) bool { return paras[k].Start >= e.Start })
	for ; k < len(paras) && paras[k].Start < e.End; k++ {
		p := paras[k]
		if !e.Contains(p.Span) {
			continue
		}
		covered[k] = true
		inFooter := false
		for _, f := range footers {
			inFooter = inFooter || f.Contains(p.Span)
		}
		if !inFooter && !(len(footers) == 0 && len(q.Content) > 0 && IsCredit(s.text, p.Span) && (k+1 == len(paras) || paras[k+1].Start >= e.End)) {
			q.Content = append(q.Content, p.Span)
		}
	}
	if len(q.Content) == 0 {
		return q, false
	}
	// A block of credited quotations, each a line in marks with its
	// credit after a dash ("> “…” -- Firmware engineer"), as surveys and
	// blog posts list what people told them: each marked quotation is
	// the quotation, its credit its speaker; the block is no quotation
	// of its own, which would take the credit into its words.
	credited := true
	for _, c := range q.Content {
		_, credited = CreditedLine(s.text, c)
		if !credited {
			break
		}
	}
	if credited {
		return q, false
	}
	q.Span = doc.Span{Start: q.Content[0].Start, End: q.Content[len(q.Content)-1].End}
	return q, true
}

// CreditedLine reports whether the paragraph at p is a quotation in
// double marks followed on its line by a dash (—, ―, – or --) and a
// short credit, the paragraph's end: "“Rust made us faster.” -- An
// engineer at a bank". It returns the credit's span (its final full
// stop left out). The credit is at most 200 bytes and opens with a
// letter; the quotation opens the paragraph and its closing mark is the
// last before the dash.
func CreditedLine(text string, p doc.Span) (doc.Span, bool) {
	t := text[p.Start:p.End]
	lead := len(t) - len(strings.TrimLeft(t, " "))
	if !strings.HasPrefix(t[lead:], "“") && !strings.HasPrefix(t[lead:], "\"") {
		return doc.Span{}, false
	}
	for _, dash := range []string{"--", "—", "―", "–"} {
		k := strings.LastIndex(t, dash)
		if k < 0 {
			continue
		}
		before := strings.TrimRight(t[:k], " ")
		if !strings.HasSuffix(before, "”") && !strings.HasSuffix(before, "\"") || len(before) <= lead+1 {
			continue // the dash lies inside the quotation's words
		}
		rest := strings.TrimLeft(t[k+len(dash):], " ")
		from := p.Start + len(t) - len(rest)
		rest = strings.TrimRight(rest, " .")
		r, _ := utf8.DecodeRuneInString(rest)
		if rest == "" || len(rest) > 200 || !unicode.IsLetter(r) || strings.ContainsAny(rest, "\n“”\"") {
			return doc.Span{}, false
		}
		return doc.Span{Start: from, End: from + len(rest)}, true
	}
	return doc.Span{}, false
}
