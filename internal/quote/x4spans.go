package quote

import "github.com/hearsay-project/hearsay/internal/doc"

// maxSlab is the most spans a slab holds: room for a thousand
// quotations of two marks and one content span.
const maxSlab = 3 << 10

// A spanSlab hands out the mark and content spans of quotations from
// shared blocks (slabs), to save an allocation or two for each
// quotation: a new one's three spans, and the room a quotation's spans
// grow into when it closes, re-opens in the next paragraph or is joined
// with the rest of a split quotation, each of which was an allocation
// of its own. The first slab holds a few quotations' spans and each
// next one twice as many, up to maxSlab, so that a short document does
// not allocate and zero room for a thousand quotations.
type spanSlab struct {
	free []doc.Span // room for the spans to come
	last int        // the length of the last slab made
}

// take returns n spans from a slab, with no room beyond them: an append
// to them never writes over another quotation's spans.
func (sl *spanSlab) take(n int) []doc.Span {
	if len(sl.free) < n {
		sl.last = min(max(2*sl.last, 3*8), maxSlab)
		sl.free = make([]doc.Span, max(sl.last, n))
	}
	sp := sl.free[:n:n]
	sl.free = sl.free[n:]
	return sp
}

// append is the built-in append of add to sp, taking the room to grow
// into from a slab: twice what sp and add need, as append would grow
// it, so that a quotation that gains span after span copies them a
// logarithmic number of times.
func (sl *spanSlab) append(sp []doc.Span, add ...doc.Span) []doc.Span {
	if n := len(sp) + len(add); n > cap(sp) {
		room := sl.take(2 * n)
		sp = room[:copy(room, sp)]
	}
	return append(sp, add...)
}
