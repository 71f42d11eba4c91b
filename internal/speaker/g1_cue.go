package speaker

// g1UnitedStates reports whether the word at toks[c], "States" or
// "states", is the second word of the name "United States" rather than
// the verb "states": news prose names the country so in nearly every
// article on national politics ("divides in the United States, saying
// that …"), and the verb never follows "United", which is no subject
// ("the United Nations states" has "Nations" between). The length and
// first byte of the word are its gate.
func g1UnitedStates(toks []tok, c int) bool {
	w := toks[c].low
	return len(w) == 6 && w[0] == 's' && w == "states" && c > 0 && toks[c-1].low == "united"
}
