package speaker

// n77BodyWord reports whether a name of no known sex is one word that is
// the head of a body's name: "the state’s Office of Emergency Services"
// gives the name "Office" (a name stops at "of"), and after a
// possessive nothing marked it a thing, so "he" two clauses on
// ("…, and he acknowledged that …") and a later "Forecasters at the
// Federal Weather Office" resolved to it. A body is no one "he" or
// "she" means.
func n77BodyWord(name string) bool {
	// Lower-cased in a buffer on the stack: strings.ToLower made a
	// string for every name of no known sex (some 10 M instructions on
	// BenchmarkQuotesSpeakersNews), and a lookup with a converted
	// buffer makes none. Every head of bodies is 4 to 14 ASCII letters.
	if len(name) < 4 || len(name) > 14 {
		return false
	}
	var b [14]byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return false // a space, a mark, a byte of a wider character
		}
		b[i] = c
	}
	return bodies[string(b[:len(name)])]
}
