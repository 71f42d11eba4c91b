package speaker

import "strings"

// f8SentenceCall reports whether a name inside a quotation's words,
// with before and after the words before and after it (spaces
// trimmed), opens a sentence other than the first and is set off by a
// comma before a personal pronoun: "For very little more than
// opportunity. Mary, she is not like her cousins." A speaker turns to
// the one spoken to so in the middle of a turn, as at its start
// (vocative reads that one); a name that opens a sentence as its
// subject is followed by its verb, and one with an appositive by a
// noun phrase ("Mary, my sister, …"), not by a pronoun. Reads a few
// bytes of each side.
func f8SentenceCall(before, after string) bool {
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?") || len(after) < 3 || after[0] != ',' {
		return false
	}
	w := strings.TrimLeft(after[1:], " \n")
	e := 0
	for e < len(w) && e < 5 && isASCIILetter(w[e]) {
		e++
	}
	if e < len(w) && isASCIILetter(w[e]) {
		return false
	}
	switch w[:e] {
	case "I", "you", "he", "she", "we", "they", "it":
		return true
	}
	return false
}
