package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// A share of a group named with its group before a verb of reporting:
// "Only 52 percent of registered voters agreed that …", "A third of
// those polled said …", "Nearly half of Democrats believe …". News
// prose reporting a poll gives each share its view; PolNeAR marks the
// whole phrase as the source. shareBefore (a2_share.go) reads a bare
// share ("73 percent said"), and withProportion widens a group read on
// its own back to its share; neither reads the phrase where the group
// has a word before its noun ("registered voters") or where the reader
// of a plural subject turns it away, and then the verb had no subject
// and its content was lost.
//
// The phrase, read backwards from the token before the verb: the
// group, one to three words that are no function word, auxiliary or
// verb of reporting, or "those" and a participle ("those polled"),
// then "of" and at most "the", a noun of share (proportionNouns), and
// before it at most four leads and numbers (proportionLeads, digits,
// number words: "Only 52 percent", "More than half", "a third"). It
// must open its clause, as shareBefore's bare share must: "said 60
// percent of voters would leave" gives no subject.

// g2ShareBefore is shareBefore, and failing it the share with its
// group that ends at toks[k].
func g2ShareBefore(text string, toks []tok, k int) (found, bool) {
	if f, ok := shareBefore(text, toks, k); ok {
		return f, true
	}
	if k < 3 || !toks[k].word {
		return found{}, false
	}
	// "of" one to three tokens back, by its bytes: most subjects have
	// none, and are turned away before their words are read.
	o := -1
	for i := k - 1; i >= k-3; i-- {
		if l := toks[i].low; len(l) == 2 && l[0] == 'o' && l[1] == 'f' {
			o = i
			break
		}
	}
	if o < 1 {
		return found{}, false
	}
	// The group: words from o+1 to k.
	for i := o + 1; i <= k; i++ {
		if t := &toks[i]; !t.word || t.is(isAuxiliary|isCue) && !(i < k && t.low == "polled") || i == k && t.is(isFunction) && t.low != "those" {
			return found{}, false
		}
	}
	if g := &toks[o+1]; g.is(isFunction) && g.low != "those" && g.low != "the" {
		return found{}, false // "half of them": a pronoun's, read elsewhere
	}
	j := o - 1
	if !proportionNouns[toks[j].low] {
		return found{}, false
	}
	// The leads and numbers before the share noun.
	for n := 0; n < 4 && j > 0 && toks[j-1].word && (proportionLeads[toks[j-1].low] || toks[j-1].low == "another" || numberTok(&toks[j-1]) || digitsOrNumber(&toks[j-1])); n++ {
		j--
	}
	if j == o-1 && toks[j].low == "percent" {
		return found{}, false // a number is "percent"'s: "percent of voters" alone is no phrase
	}
	if j > 0 && toks[j-1].word && !toks[j-1].is(isClauseLead|isSubordinator) || j > 0 && !toks[j-1].word && text[toks[j-1].s:toks[j-1].e] != "," && !boundary(text, toks, j-1) {
		return found{}, false
	}
	sp := doc.Span{Start: toks[j].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, true
}

// g2SourceAfterMark reads, at the comma toks[i] inside a content, a
// second source after a closing mark: "agreed that she is in “good
// health,” while 73 percent said the same of him". contentEnd ends a
// content at ", while" or ", and" before a clause with its own
// attribution (ownAttribution: "Democrats want more, and Republicans
// want less"); American usage puts the comma inside the marks, and the
// joint then follows the mark, where contentEnd did not look. On a
// match it sets *to to the mark's end, where the content ends, and
// reports true. contentEnd asks it at each comma it reads.
func g2SourceAfterMark(text string, toks []tok, i int, to *int) bool {
	// Most commas have a word or a space after them: that test is
	// inlined at contentEnd's every comma, the rest called.
	return i+3 < len(toks) && !toks[i+1].word && g2SourceAfter(text, toks, i, to)
}

// g2SourceAfter is g2SourceAfterMark past its gate.
func g2SourceAfter(text string, toks []tok, i int, to *int) bool {
	if toks[i+1].s != toks[i].e {
		return false // a mark after a space opens a quotation
	}
	switch toks[i+2].low {
	case "and", "while", "whereas":
	default:
		return false
	}
	if m := text[toks[i+1].s:toks[i+1].e]; m != "”" && m != "\"" && m != "’" || !ownAttribution(text, toks, i+3) {
		return false
	}
	*to = toks[i+1].e
	return true
}
