package speaker

// n1QuantifierOpens reports whether the quantifier at toks[j] opens the
// subject whose tokens are toks[i0:i1]: "Both campaigns said", "All
// officials said", "and both campaigns said". News prose opens a
// plural subject with a quantifier ("both", "all", "many", "several",
// "some", "few", "most"), which PolNeAR keeps in the speaker's span
// ("Some experts", "Several cast members", "all the experts I
// interviewed": some fifty in the dev set, none without it). widen's
// look-back stopped at "all" (a function word) and "both" (a phrase
// stop) and named "campaigns" alone. The quantifier belongs to the
// subject when the subject after it is a plural noun phrase and the
// quantifier opens the clause: the sentence's first word, after a mark,
// or after a function word that is no preposition ("and", "but",
// "that"); after a preposition ("of all campaigns") it is an object's,
// and before a name it is a floating "both" ("Both Ann Ortiz and Ed
// Moss say", which tidy leaves out). "others" is a subject by itself.
func n1QuantifierOpens(text string, toks []tok, j, i0, i1 int) bool {
	if j+1 != i0 || i1 <= i0 || toks[j].low == "others" || !toks[i1-1].word || !toks[i1-1].pluralNoun() && !groupPlurals[toks[i1-1].low] {
		return false
	}
	if capital(toks[i0].str(text)) && toks[i0].is(isGiven|isTitle) {
		return false // a floating "both" before names
	}
	if j == 0 {
		return true
	}
	p := &toks[j-1]
	if !p.word {
		return p.str(text) != "’s" && p.str(text) != "'s"
	}
	return p.is(isFunction|isClauseLead|isSubordinator) && !p.is(isPrep|isObjectPrep|isDet)
}
