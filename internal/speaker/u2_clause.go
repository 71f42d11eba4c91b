package speaker

import "unicode/utf8"

// clauseUncut is uncut for clauseToks. indirect asks for the clauses of
// the text's sentences in text order, each starting at or a few bytes
// after the last one's end, and uncut searched the index twice for each
// (endAfter at its start and at its end). The first token to end after
// the clause's start is searched for from the first token to end after
// the last clause's end (x.clause), a token or two back, when the start
// lies within a block of it; endAfter rises with its offset, so that
// search finds endAfter's answer, and it passes no more tokens than
// fit in a block's bytes. Any other stretch takes endAfter's road.
func (x *tokIndex) clauseUncut(lo, hi int) (i, j int, ok bool) {
	text, all := x.text, x.all
	if !utf8.RuneStart(text[lo]) || hi < len(text) && !utf8.RuneStart(text[hi]) {
		return 0, 0, false
	}
	if c := x.clause; c.set && lo >= c.hi && lo-c.hi < 1<<blockShift {
		for i = c.j; i < len(all) && int(all[i].e) <= lo; i++ {
		}
	} else {
		i = x.endAfter(lo)
	}
	j = x.endAfter(hi)
	x.clause.set, x.clause.hi, x.clause.j = true, hi, j
	ok = (i == len(all) || int(all[i].s) >= lo) && (j == len(all) || int(all[j].s) >= hi)
	return i, j, ok
}
