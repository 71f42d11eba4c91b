package cite

import "testing"

// TestLazyREsCompile compiles every pattern of the package, which would
// otherwise fail only when first used.
func TestLazyREsCompile(t *testing.T) {
	res := []*lazyRE{urlRe, doiRe, isbnRe, otherIDs, formats, yearRe, dateOnly, pubYear, invertedName, editorsRe, volumeRe, editorsIn, byRe, andRe, authorYearRe}
	res = append(res, pageRes...)
	for _, x := range clauseREs {
		res = append(res, x.re)
	}
	for _, l := range res {
		if l.re() == nil {
			t.Errorf("%q did not compile", l.expr)
		}
	}
}
