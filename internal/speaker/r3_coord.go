package speaker

import "sort"

// A second verb of the subject after a comma: news prose joins a verb
// of judging to a first clause of the same subject with ", and", as a
// new act of its speaker: "In his speech, Ed Moss urged the board to
// act, and criticized its delay", "The mayor has used the phrase often,
// and blamed the contractor for it". readCue reads no verb of
// evaluation after a bare "and", where it tells what the subject does
// ("are always late and blame someone else"); the comma before "and"
// marks the second verb as the clause's own, and a finite form with an
// object after it is then a judgement the subject voiced. A closing
// quotation mark after the comma (",” and", American style) is the
// same comma.

// r3Judging holds the finite forms of the verbs of evaluation that
// judge in words in each sense (the judging list of nonreport.txt):
// "criticized", "praises"; not "slammed", "promoted", "condemned".
var r3Judging = nonreportLists["judging"]

// r3CommaEval reports whether the verb of evaluation toks[c], whose
// subject readCue looks for before the "and" at toks[k] (past at most
// two adverbs: k < c), follows a comma and shares the main clause's
// subject: the comma (or ",”") right before "and"; the verb one of
// r3Judging, which are finite (not "criticize", after which a plural
// subject inside the first clause may own it); and a word after it
// that is no "by" (", and praised by the board" is a passive
// participle) and no "to". main reads the clause's subject, which
// must be followed by its own verb, not by a determiner: that shows
// the word read as the subject to be a verb that opens a fragment
// ("Lacks even the basic grasp of policy, and extols …" has none).
func r3CommaEval(text string, toks []tok, c, k int, main func() found) bool {
	if k < 2 || toks[k].low != "and" || c+1 >= len(toks) || !toks[c+1].word {
		return false
	}
	if !r3Comma(text, toks, k-1) || !r3Judging[toks[c].low] {
		return false
	}
	if n := toks[c+1].low; n == "by" || n == "to" {
		return false
	}
	f := main()
	j := sort.Search(k, func(i int) bool { return toks[i].s >= f.subj.End })
	for n := 0; n < 2 && j < k && toks[j].word && toks[j].adverbish(); n++ {
		j++
	}
	return j < k && !toks[j].is(isDet)
}

// r3Comma reports whether toks[j] is a comma, or a closing quotation
// mark right after one (",”", ",\"", ",’"), which ends a clause as the
// comma would: "They called it “a disgrace,” but vowed to stay".
func r3Comma(text string, toks []tok, j int) bool {
	if j < 0 || toks[j].word {
		return false
	}
	switch toks[j].str(text) {
	case ",":
		return true
	case "”", "\"", "’", "'":
		return j > 0 && toks[j-1].str(text) == "," && toks[j-1].e == toks[j].s
	}
	return false
}
