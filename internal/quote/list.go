package quote

import "github.com/hearsay-project/hearsay/internal/doc"

// chunk is how many quotations a quoteList keeps in one block.
const chunk = 1 << 10

// A quoteList holds the quotations found so far in blocks, so that a
// document with many of them does not copy them all each time the list
// grows: a Quote is large, and a long article has tens of thousands. The
// first block starts small and grows by append up to chunk, so that a
// short document (most of those serve and corpus see) neither zeroes a
// whole block it does not fill nor copies its few quotations at the end.
type quoteList struct {
	blocks [][]doc.Quote
	n      int
}

// add appends q and returns its index.
func (l *quoteList) add(q doc.Quote) int {
	switch {
	case l.n == 0:
		l.blocks = append(l.blocks, make([]doc.Quote, 0, 8))
	case l.n%chunk == 0:
		l.blocks = append(l.blocks, make([]doc.Quote, 0, chunk))
	}
	b := &l.blocks[len(l.blocks)-1]
	*b = append(*b, q)
	l.n++
	return l.n - 1
}

// at returns quotation i.
func (l *quoteList) at(i int) *doc.Quote { return &l.blocks[i/chunk][i%chunk] }

// all returns the quotations in one slice: the first block itself when
// there is only one.
func (l *quoteList) all() []doc.Quote {
	switch len(l.blocks) {
	case 0:
		return nil
	case 1:
		return l.blocks[0]
	}
	qs := make([]doc.Quote, 0, l.n)
	for _, b := range l.blocks {
		qs = append(qs, b...)
	}
	return qs
}
