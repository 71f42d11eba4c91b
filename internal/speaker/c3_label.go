package speaker

import "strings"

// c3Labels and c3Openers are the "label" and "opener" lists of
// nonreport.txt.
var c3Labels, c3Openers = nonreportLists["label"], nonreportLists["opener"]

// c3NoSource reports whether the k capitalised words before a
// headline's colon, toks[:k], are no source of what follows: a label a
// web page or a document sets before a colon, alone or with its number
// ("Gallery:", "Review:", "Part Two:", "Chapter 3:"), or a heading that
// opens with a conjunction or an adverb ("But First:", "Technically
// Literate:"), which a name never does. News pages carry such labels in
// every section list and caption; a source before a colon is a name
// ("Pence:"), an organisation or an inquiry ("Poll:").
func c3NoSource(text string, toks []tok, k int) bool {
	if k < 1 || k > len(toks) {
		return false
	}
	first := toks[0].low
	if c3Openers[first] || c3LyAdverb(first) {
		return true
	}
	if !c3Labels[first] {
		return false
	}
	for _, t := range toks[1:k] {
		if !c3NumberWord(t.low) {
			return false
		}
	}
	return true
}

// c3LyAdverb reports an adverb in -ly of more than six letters
// ("Technically", "Ultimately"), not a given name ("Kimberly") nor a
// noun of lyNouns.
func c3LyAdverb(w string) bool {
	return len(w) > 6 && strings.HasSuffix(w, "ly") && !lyNouns[w] && given[w] == 0
}

// c3NumberWord reports a number as a part or chapter is numbered:
// digits, a Roman numeral, or a number word up to twenty.
func c3NumberWord(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789") == "" || strings.Trim(w, "ivxlc") == "" {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty":
		return true
	}
	return false
}
