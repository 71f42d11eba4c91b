package sources

import "slices"

// maxRuns is the most ascending runs sortRuns merges; a list of more is
// sorted whole.
const maxRuns = 4

// sortRuns sorts s by cmp, for a cmp under which elements that compare
// equal are alike, so that its answer is slices.SortFunc's. buf is
// scratch space, which it returns, grown, for the next call: a text
// with many such lists makes one buffer, not one for each.
//
// The lists it sorts are made of a few runs already in order: a
// source's mentions from the markup and then from the scan, each in
// text order; a cluster's members from the passes of clusterCands,
// each in candidate order. Such a list is merged run by run, each
// element moved a bounded number of times, where a sort, which does not
// see the runs, compared each some log n times: on a long text with a
// work named in its references and in its prose the sorts were a tenth
// of finish's instructions. A list of more runs than maxRuns is sorted.
func sortRuns[T any](s []T, cmp func(a, b T) int, buf []T) []T {
	var ends [maxRuns]int // where each run but the last ends
	n := 0
	for k := 1; k < len(s); k++ {
		if cmp(s[k-1], s[k]) > 0 {
			if n == len(ends) {
				slices.SortFunc(s, cmp)
				return buf
			}
			ends[n] = k
			n++
		}
	}
	if n == 0 {
		return buf
	}
	// Merged from the front: the first run with the next, then the
	// merged run with the one after, each merge writing into buf and
	// copying back, at most maxRuns times over the list.
	buf = slices.Grow(buf[:0], len(s))
	for r := 0; r < n; r++ {
		mid, hi := ends[r], len(s)
		if r+1 < n {
			hi = ends[r+1]
		}
		a, b := s[:mid], s[mid:hi]
		buf = buf[:0]
		for len(a) > 0 && len(b) > 0 {
			// Ties take from the first run; alike either way.
			if cmp(b[0], a[0]) < 0 {
				buf = append(buf, b[0])
				b = b[1:]
			} else {
				buf = append(buf, a[0])
				a = a[1:]
			}
		}
		buf = append(buf, a...)
		buf = append(buf, b...)
		copy(s, buf)
	}
	return buf
}
