package speaker

// c1Preposition reports whether the verb at toks[c] is a participle
// that prose uses as a preposition: "regarding", "concerning",
// "considering" after a comma or a noun ("voiced concerns regarding the
// status of …", "thought it overstrained, considering her youth",
// "Preys on our fears, regarding Muslims and immigrants"). Such a word
// opens a phrase about a topic, not a content its subject holds. After
// an auxiliary or "be" it is the verb ("was considering whether to
// run", "is regarding the offer as final") and is still read, as is one
// whose clause follows ("considering that …" is no report either, but
// a rule elsewhere may read "that" as a subordinator). A string test
// on the lower-case word, only for words in -ing.
func c1Preposition(toks []tok, c int) bool {
	w := toks[c].low
	if len(w) < 9 || w[len(w)-1] != 'g' || !c1PrepParticiples[w] || c == 0 {
		return false
	}
	p := &toks[c-1]
	if p.word && p.adverbish() && c >= 2 {
		p = &toks[c-2] // "was still considering"
	}
	return !p.word || !p.is(isAuxiliary)
}

// c1PrepParticiples are participles used as prepositions.
var c1PrepParticiples = map[string]bool{"regarding": true, "concerning": true, "considering": true}
