package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// A quoteChunks is a list of quotations kept in chunks that are never
// copied: indirect adds thousands to a news text one at a time, and a
// slice grown by doubling allocated about twice the final list (some
// 200 bytes a quotation) and copied it as often, 12 MB a run of
// BenchmarkAnalyze, only for the list to be merged into d.Quotes at the
// end. A chunk is twice the size of the one before, up to
// quoteChunkMax, so a short text's few quotations take one small chunk
// and a long one's list wastes less than one chunk.
//
// A quoteChunks kept from one document to the next (tokIndex.reads) uses
// the chunks of the one before again (recycle).
type quoteChunks struct {
	chunks [][]doc.Quote
	n      int
	// spare holds the arrays of an earlier document's chunks, in the
	// order push made them; push takes spare[next] before it makes one.
	spare [][]doc.Quote
	next  int
}

// quoteChunkMin and quoteChunkMax bound the size of a chunk, in
// quotations.
const (
	quoteChunkMin = 16
	quoteChunkMax = 1024
)

// push adds q at the end.
func (l *quoteChunks) push(q doc.Quote) {
	k := len(l.chunks) - 1
	if k < 0 || len(l.chunks[k]) == cap(l.chunks[k]) {
		if l.next < len(l.spare) {
			// The same size as a new one: the earlier document's
			// chunks were made in the same order.
			l.chunks = append(l.chunks, l.spare[l.next][:0])
			l.next++
		} else {
			size := quoteChunkMin
			if k >= 0 {
				size = min(2*cap(l.chunks[k]), quoteChunkMax)
			}
			l.chunks = append(l.chunks, make([]doc.Quote, 0, size))
		}
		k++
	}
	l.chunks[k] = append(l.chunks[k], q)
	l.n++
}

// sortedByStart reports whether the quotations are in order of Start,
// as slices.IsSortedFunc with a comparison of Starts does.
func (l *quoteChunks) sortedByStart() bool {
	last, first := 0, true
	for _, c := range l.chunks {
		for i := range c {
			if !first && c[i].Start < last {
				return false
			}
			last, first = c[i].Start, false
		}
	}
	return true
}

// flat returns the quotations in one slice: a copy, made only where
// indirect must reorder them.
func (l *quoteChunks) flat() []doc.Quote {
	out := make([]doc.Quote, 0, l.n)
	for _, c := range l.chunks {
		out = append(out, c...)
	}
	return out
}

// A quoteCursor reads a quoteChunks in order.
type quoteCursor struct {
	l    *quoteChunks
	c, i int // chunk c, quotation i of it
}

// more reports whether a quotation is left to read.
func (r *quoteCursor) more() bool { return r.c < len(r.l.chunks) }

// peek returns the next quotation; more must be true.
func (r *quoteCursor) peek() *doc.Quote { return &r.l.chunks[r.c][r.i] }

// next moves past the next quotation.
func (r *quoteCursor) next() {
	r.i++
	if r.i == len(r.l.chunks[r.c]) {
		r.c, r.i = r.c+1, 0
	}
}

// recycle empties the list for the next document, keeping its chunks'
// arrays for push, each cleared of the quotations it held (they point
// into the document).
func (l *quoteChunks) recycle() {
	for _, c := range l.chunks {
		clear(c)
	}
	if l.next == len(l.spare) {
		// Every spare array was used, and perhaps new ones made after
		// them: the chunks are all the arrays now. (Entries below
		// next are the spare arrays themselves, written back.)
		l.spare = append(l.spare[:0], l.chunks...)
	}
	clear(l.chunks)
	l.chunks, l.n, l.next = l.chunks[:0], 0, 0
}
