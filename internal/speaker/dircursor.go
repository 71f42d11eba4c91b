package speaker

import "sort"

// A cursor answers searches over a sorted list from where the last one
// ended. The stage asks which paragraph or sentence holds an offset
// several times for every quotation, and the quotations come in text
// order: the answer is the last one or a few places after it, found by
// galloping out from it (one, two, four … places) and then searching
// in the last step. A search costs the logarithm of the distance from
// the last answer, never more than a binary search over the whole list
// does, so an input that jumps back and forth stays O(log n) a search.
type cursor struct{ k int }

// search returns the least k in [0, n) for which pred(k) is true, or n
// when there is none, as sort.Search(n, pred) does: pred must be false
// then true along the list.
func (c *cursor) search(n int, pred func(int) bool) int {
	if n == 0 {
		return 0
	}
	k := min(max(c.k, 0), n-1)
	var lo, hi int // the answer is in (lo, hi]: pred(lo) false or lo == -1, pred(hi) true or hi == n
	if pred(k) {
		if k == 0 || !pred(k-1) {
			return k // the last answer again
		}
		hi, lo = k, k-1
		for step := 1; lo >= 0 && pred(lo); step *= 2 {
			hi, lo = lo, lo-step
		}
		lo = max(lo, -1)
	} else {
		if k+1 == n || pred(k+1) {
			c.k = k + 1 // the next one
			return k + 1
		}
		lo, hi = k, k+1
		for step := 2; hi < n && !pred(hi); step *= 2 {
			lo, hi = hi, hi+step
		}
		hi = min(hi, n)
	}
	k = lo + 1 + sort.Search(hi-lo-1, func(j int) bool { return pred(lo + 1 + j) })
	c.k = k
	return k
}
