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
//
// A Quote is large and holds pointers: the passes below read the
// quotations where they lie and move one only when an earlier one was
// dropped or merged, where passing each by value to a closure and
// appending it back in place copied every one several times.
func sortQuotes(qs []doc.Quote) []doc.Quote {
	if slices.ContainsFunc(qs, func(q doc.Quote) bool { return len(q.Content) == 0 }) {
		qs = slices.DeleteFunc(qs, func(q doc.Quote) bool { return len(q.Content) == 0 })
	}
	order := func(a, b doc.Quote) int { return quoteOrder(&a, &b) }
	if !sortedQuotes(qs) { // quotations from marks come sorted; markup adds more
		slices.SortStableFunc(qs, order)
	}
	n := 0 // qs[:n] is the result so far
	for i := range qs {
		q := &qs[i]
		if n > 0 && qs[n-1].Span == q.Span && qs[n-1].Element >= 0 && q.Element < 0 {
			prev := &qs[n-1]
			q.Element = prev.Element
			if prev.Kind != "" {
				q.Kind = prev.Kind
			}
			*prev = *q
			continue
		}
		if n != i {
			qs[n] = *q
		}
		n++
	}
	return qs[:n]
}

// quoteOrder orders quotations by start, the longer first, then the one
// from a later element first.
func quoteOrder(a, b *doc.Quote) int {
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(b.End, a.End); c != 0 {
		return c
	}
	return cmp.Compare(b.Element, a.Element)
}

// sortedQuotes is slices.IsSortedFunc(qs, quoteOrder) with the
// quotations read in place.
func sortedQuotes(qs []doc.Quote) bool {
	for i := 1; i < len(qs); i++ {
		if quoteOrder(&qs[i], &qs[i-1]) < 0 {
			return false
		}
	}
	return true
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
