package speaker

import "strings"

// n65Clause reports whether the words after a name and its comma,
// which no second comma closes, hold a verb in lower case (a verb of
// reporting, an auxiliary, a finite verb) or "that". They are then the
// next clause, whose subject follows the comma ("In a letter seen by the
// Chronicle, the planning chief warned that …"), not an appositive
// that says what the name is ("…, said Ann Ortiz, a Democratic
// senator."); resolveDescription read "the planning chief" as the
// Chronicle's description, and gave the chief's words, there and in
// later paragraphs, to the newspaper.
func n65Clause(clause string) bool {
	for w := range strings.FieldsSeq(clause) {
		if w[0] < 'a' || w[0] > 'z' {
			continue // a name's or a date's word: "Wren, 4 May 2009"
		}
		if w == "that" || classOf(lexOfWord(w))&(isCue|isAuxiliary|isFinite) != 0 {
			return true
		}
	}
	return false
}
