package speaker

import (
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// spanIndex answers whether any of a list of spans overlaps a stretch,
// in log time: the rounds that add readings after the others (n18, n19)
// ask it whether a reading already holds their words, where a walk over
// every quotation for every new reading made long documents quadratic.
// It keeps the spans' starts in order and, for each prefix of them, the
// two greatest ends with the owner of the greatest (so that a quotation
// can ask about the others).
type spanIndex struct {
	starts []int
	best   []spanEnd
}

type spanEnd struct{ end, of, second int }

// indexSpans indexes spans, owners[k] owning spans[k].
func indexSpans(spans []doc.Span, owners []int) spanIndex {
	order := make([]int, len(spans))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(x, y int) bool { return spans[order[x]].Start < spans[order[y]].Start })
	x := spanIndex{starts: make([]int, len(spans)), best: make([]spanEnd, len(spans))}
	cur := spanEnd{end: -1, of: -1, second: -1}
	for k, o := range order {
		s := spans[o]
		x.starts[k] = s.Start
		switch {
		case owners[o] == cur.of:
			cur.end = max(cur.end, s.End) // second stays the others' greatest
		case s.End > cur.end:
			cur = spanEnd{end: s.End, of: owners[o], second: cur.end}
		case s.End > cur.second:
			cur.second = s.End
		}
		x.best[k] = cur
	}
	return x
}

// quoteSpans indexes the span of of each quotation of qs. An empty span
// (End <= Start: no cue, no mention) is left out unless keepEmpty is
// set: a quotation's own span counts even when empty, as "q.Start < hi
// && lo < q.End" counts it.
func quoteSpans(qs []doc.Quote, of func(*doc.Quote) doc.Span, keepEmpty bool) spanIndex {
	spans, owners := make([]doc.Span, 0, len(qs)), make([]int, 0, len(qs))
	for i := range qs {
		if sp := of(&qs[i]); keepEmpty || sp.End > sp.Start {
			spans, owners = append(spans, sp), append(owners, i)
		}
	}
	return indexSpans(spans, owners)
}

// overlaps reports whether a span not owned by self (-1: any) starts
// before hi and ends after lo. With hi = s.Start+1 and lo = s.End-1 it
// reports whether one holds s (starts at or before it, ends at or after).
func (x *spanIndex) overlaps(lo, hi, self int) bool {
	k := sort.SearchInts(x.starts, hi) // the spans before k start before hi
	if k == 0 {
		return false
	}
	b := x.best[k-1]
	if b.of == self {
		return b.second > lo
	}
	return b.end > lo
}
