package speaker

// finiteAux are the finite forms of the auxiliaries that cannot follow
// an infinitive's "to": after "and" or "but" one of them opens a
// second verb phrase of a finite subject, never a second infinitive.
var finiteAux = map[string]bool{"has": true, "had": true, "did": true, "does": true, "is": true, "are": true, "was": true, "were": true}

// d1FiniteAfterInfinitive reports whether toks[k] ("and" or "but", at
// most two adverbs before the verb) opens a finite verb phrase after a
// content that is an infinitive with no clause of its own: "has vowed
// to cut taxes and has since left the race", "promised to fix the pier
// but is likely to face delays". Such a content has no subject for the
// finite verb to share, so the verb is the source's own and the content
// ends before the conjunction. A content with an auxiliary or a form of
// "be" of its own ("vowed to prove the plan was sound and …") may hold
// a clause whose subject the verb shares: the rule does not read it,
// nor a base form, which "to" governs ("to cap emissions and then
// reduce them"). from is the content's first token, k the conjunction's.
func d1FiniteAfterInfinitive(toks []tok, from, k int) bool {
	if from >= k || toks[from].low != "to" {
		return false
	}
	for j := from + 1; j < k; j++ {
		if toks[j].word && (toks[j].is(isAuxiliary) || toks[j].is(isBeForm)) {
			return false
		}
	}
	j := k + 1
	for n := 0; n < 2 && j < len(toks) && toks[j].word && toks[j].adverbish(); n++ {
		j++
	}
	return j < len(toks) && toks[j].word && finiteAux[toks[j].low]
}
