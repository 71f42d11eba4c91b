package speaker

// parc.go's contentStart (case 'o') asks herAddresseeEnd after a
// telling verb's "her", so that "told her staff that the bill would
// pass" reads "her staff" as the addressee (the content had been "staff
// that the bill would pass").

// herAddresseeEnd returns the index after an addressee that "her" at
// toks[j] opens as a possessive, after a verb of telling: "told her
// staff that …", "warned her aides to …", "asked her two sons
// whether …". "her" is an object pronoun on its own ("told her that
// …"); before one to three lower-case words that are no function word,
// adverb, cue or verb form, ending right before "that", "to" or a
// question word, it is the determiner of the noun that is told, and
// the content starts after the noun. A clause with no "that" after
// "her" ("told her aides were lying") is left to the reading of "her"
// alone: there the noun may be the clause's subject. It returns j+1
// otherwise.
func herAddresseeEnd(text string, toks []tok, j int) int {
	if j+2 >= len(toks) || toks[j].low != "her" {
		return j + 1
	}
	opens := func(t *tok) bool { // the content's first word
		x := t.low
		return x == "that" || x == "to" || x == "whether" || t.is(isWhWord) && x != "who" && x != "which"
	}
	e := j + 1
	for e < len(toks) && e <= j+3 && toks[e].word && !opens(&toks[e]) && !capital(toks[e].str(text)) && (!toks[e].is(isFunction|isAuxiliary|isCue) || toks[e].is(isNumberWord)) && !toks[e].adverbish() && !toks[e].is(isTimeWord) {
		e++
	}
	if e == j+1 || e >= len(toks) || !toks[e].word {
		return j + 1
	}
	if !opens(&toks[e]) && !(toks[e].is(isSubjectPronoun) && toks[e].low != "her" && e+1 < len(toks) && toks[e+1].word && toks[e+1].is(isAuxiliary|isFinite)) {
		return j + 1 // a subject pronoun and its verb after the noun open the content too: "told her family she was going"
	}
	return e
}
