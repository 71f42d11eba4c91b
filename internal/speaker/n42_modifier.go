package speaker

// n42NameModifier reports whether toks[c], a cue word of modifierCues
// ("state", "claim", "report") with its capital, is the first word of a
// name inside a description, not a verb: "“…,” a senior State
// Department official said" has its cue at "said", and "State" is no
// cue there (the mention was "a senior"). The word before it is a
// lower-case word of the description ("senior", "former", "a"), and a
// capitalised word that is no function word follows ("Department",
// "Senate"). A title-case headline ("“…,” Mayor Says In Letter") has a
// capital before the verb too, and is left as it was; so is a cue at a
// sentence's start, which has no word before it.
func n42NameModifier(text string, toks []tok, c int) bool {
	if c < 1 || c+1 >= len(toks) || !toks[c].word || !toks[c].is2(isModifierCueWord) || !capital(toks[c].str(text)) {
		return false
	}
	p, n := &toks[c-1], &toks[c+1]
	return p.word && !capital(p.str(text)) && n.word && capital(n.str(text)) && !n.is(isFunction)
}
