package quote

import (
	"cmp"
	"slices"
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// sortQuotes orders quotations by start, an enclosing one before those it
// encloses: longer first, and one from markup before one from marks with
// the same span. Quotations without content are dropped, and a quotation
// from marks that spans exactly a q or blockquote element is merged with
// it (“…” typed inside a blockquote).
func sortQuotes(qs []doc.Quote) []doc.Quote {
	qs = slices.DeleteFunc(qs, func(q doc.Quote) bool { return len(q.Content) == 0 })
	order := func(a, b doc.Quote) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(b.End, a.End); c != 0 {
			return c
		}
		return cmp.Compare(b.Element, a.Element)
	}
	if !slices.IsSortedFunc(qs, order) { // quotations from marks come sorted; markup adds more
		slices.SortStableFunc(qs, order)
	}
	out := qs[:0]
	for _, q := range qs {
		if n := len(out); n > 0 && out[n-1].Span == q.Span && out[n-1].Element >= 0 && q.Element < 0 {
			q.Element = out[n-1].Element
			if out[n-1].Kind != "" {
				q.Kind = out[n-1].Kind
			}
			out[n-1] = q
			continue
		}
		out = append(out, q)
	}
	return out
}

// setParents sets each quotation's Parent to the innermost quotation whose
// span holds it and whose content it starts in. The second condition
// keeps a title in the narration of a split quotation ("“A,” he said of
// ‘Project X’, “B.”") out of it. qs must be sorted by sortQuotes.
func setParents(qs []doc.Quote) {
	var stack []int
	for i := range qs {
		q := &qs[i]
		for len(stack) > 0 && !qs[stack[len(stack)-1]].Contains(q.Span) {
			stack = stack[:len(stack)-1]
		}
		q.Parent = -1
		for j := len(stack) - 1; j >= 0; j-- {
			if startsIn(qs[stack[j]].Content, q.Start) {
				q.Parent = stack[j]
				break
			}
		}
		stack = append(stack, i)
	}
}

// startsIn reports whether offset i falls in one of the sorted spans.
func startsIn(spans []doc.Span, i int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End > i })
	return k < len(spans) && spans[k].Start <= i
}
