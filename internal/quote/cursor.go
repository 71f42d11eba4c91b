package quote

import "sort"

// A cursor finds the first index of a sorted slice at which a condition
// starts to hold, starting from its last answer. Quotations are visited in
// order, so the next answer is usually a step or two away; galloping
// finds a far one in logarithmic time, so a lookup never costs more than
// a binary search.
type cursor int

// search returns the least j in [0, n] such that ok(j'), for every j' ≥ j
// below n; ok must be false and then true along the slice.
func (c *cursor) search(n int, ok func(int) bool) int {
	k := min(int(*c), n)
	if k < n && !ok(k) {
		lo, hi, step := k+1, k+1, 1
		for hi < n && !ok(hi) {
			lo = hi + 1
			hi += step
			step *= 2
		}
		hi = min(hi, n)
		k = lo + sort.Search(hi-lo, func(j int) bool { return ok(lo + j) })
	} else {
		hi, lo, step := k, k-1, 1
		for lo >= 0 && ok(lo) {
			hi = lo
			lo -= step
			step *= 2
		}
		lo = max(lo+1, 0)
		k = lo + sort.Search(hi-lo, func(j int) bool { return ok(lo + j) })
	}
	*c = cursor(k)
	return k
}
