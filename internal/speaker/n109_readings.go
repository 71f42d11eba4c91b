package speaker

import "strings"

// n109DatedThing reports whether the subject toks[lo:k+1], before "in"
// and a month or a year, names a thing the date belongs to, so that
// the mention keeps the date as PolNeAR marks it: a participle after a
// noun with its agent or place after it ("A review commissioned by the
// health department in 2022 found"), or a thing that carries words with
// an "of" phrase after it ("An agency inspection of the plant in
// Corbin Mills in April found"). timeKept reads only the word right
// before "in"; here it is the head of a longer phrase. The words between
// are a noun phrase's only: no mark, relative or auxiliary.
func n109DatedThing(text string, toks []tok, lo, k int) bool {
	for i := lo + 1; i < k; i++ {
		t, prev := &toks[i], &toks[i-1]
		if !t.word || t.is(isAuxiliary|isPronoun) || t.low == "who" || t.low == "which" || t.low == "that" {
			return false
		}
		if toks[i+1].low == "of" && carriers[strings.TrimSuffix(t.low, "s")] {
			return true
		}
		if !capital(t.str(text)) && pastForm(*t) && prev.word && !prev.is(isFunction|isAuxiliary|isPronoun) && (toks[i+1].low == "by" || toks[i+1].low == "at" || toks[i+1].low == "for") {
			return true
		}
	}
	return false
}
