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

// g1DateComma reports whether the comma at toks[j] parts a day from
// its year in a date written the American way ("On July 6, 2015, Ann
// Lee made the following comment:"): a number of one or two digits
// before it and one of four after it. A fronted phrase of time ends at
// the comma after the year, not at this one; speechObject, which takes
// the subject of a colon's introduction from after the first comma,
// asks it through g1SkipDate.
func g1DateComma(text string, toks []tok, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	d, y := &toks[j-1], &toks[j+1]
	return toks[j].e-toks[j].s == 1 && text[toks[j].s] == ',' && d.e-d.s <= 2 && g1Digits(text[d.s:d.e]) && y.e-y.s == 4 && g1Digits(text[y.s:y.e])
}

// g1SkipDate returns the index of the token after the year when
// toks[j] is the day of a date and its comma and year follow ("6" in
// "July 6, 2015,"), else j; never d or beyond, the end of the stretch
// the caller reads. speechObject's search for the comma that ends a
// fronted phrase steps over the date's own comma with it.
func g1SkipDate(text string, toks []tok, j, d int) int {
	// Gate: a comma right after toks[j], a byte test.
	if j+3 < d && toks[j+1].s < len(text) && text[toks[j+1].s] == ',' && g1DateComma(text, toks, j+1) {
		return j + 3
	}
	return j
}

// g1Digits reports whether s is all ASCII digits, and not empty.
func g1Digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
