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

// c1MannerAdverb reports whether toks[e], the word after a noun phrase
// that bareClause would read as a clause's subject, is an adverb in -ly
// with no verb after it: a punctuation mark, a preposition or an
// article follows ("observed his hostess attentively from under his
// brows", "watched the crowd closely, and …"). The phrase is then the
// verb's object and the adverb says how it was done; in a clause the
// adverb comes before its verb ("said the crew quickly left").
func c1MannerAdverb(toks []tok, e int) bool {
	w := toks[e].low
	if len(w) < 4 || w[len(w)-2:] != "ly" || e+1 >= len(toks) {
		return false
	}
	n := &toks[e+1]
	return !n.word || n.is(isDet) || n.is(isPrep) && !n.is(isAuxiliary|isFinite)
}
