package quote

import "github.com/hearsay-project/hearsay/internal/doc"

// chunk is how many quotations a quoteList keeps in one block.
const chunk = 1 << 10

// A found is a quotation as the scan records it: only the fields of
// doc.Quote that this stage sets before the quotations are sorted. A
// doc.Quote also carries the speaker, cue, chain, citations and fidelity
// that later stages fill, and is 200 bytes where a found is 88; the list
// holds founds, and all makes the doc.Quotes once, at their final count,
// rather than copying whole doc.Quotes as the list grows and again into
// one slice.
type found struct {
	doc.Span
	Content []doc.Span
	Marks   []doc.Span
	Element int // as doc.Quote's: -1 when from marks or words
	Kind    doc.QuoteKind
}

// A quoteList holds the quotations found so far in blocks, so that a
// document with many of them does not copy them all each time the list
// grows: a long article has tens of thousands. The first block starts
// small and grows by append up to chunk, so that a short document (most
// of those serve and corpus see) does not zero a whole block it does not
// fill.
type quoteList struct {
	blocks [][]found
	n      int
}

// add appends q and returns its index.
func (l *quoteList) add(q found) int {
	switch {
	case l.n == 0:
		l.blocks = append(l.blocks, make([]found, 0, 8))
	case l.n%chunk == 0:
		l.blocks = append(l.blocks, make([]found, 0, chunk))
	}
	b := &l.blocks[len(l.blocks)-1]
	*b = append(*b, q)
	l.n++
	return l.n - 1
}

// at returns quotation i.
func (l *quoteList) at(i int) *found { return &l.blocks[i/chunk][i%chunk] }

// all returns the quotations as doc.Quotes in one slice, in the order
// they were added, each without a parent (-1).
func (l *quoteList) all() []doc.Quote {
	if l.n == 0 {
		return nil
	}
	// Field by field into the zeroed slice: a doc.Quote literal was
	// built whole on the stack and then copied, all 200 bytes of it.
	qs := make([]doc.Quote, l.n)
	i := 0
	for _, b := range l.blocks {
		for k := range b {
			f, q := &b[k], &qs[i]
			q.Span, q.Content, q.Kind, q.Parent, q.Marks, q.Element = f.Span, f.Content, f.Kind, -1, f.Marks, f.Element
			i++
		}
	}
	return qs
}
