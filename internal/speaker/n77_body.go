package speaker

import "strings"

// n77BodyWord reports whether a name of no known sex is one word that is
// the head of a body's name: "the state’s Office of Emergency Services"
// gives the name "Office" (a name stops at "of"), and after a
// possessive nothing marked it a thing, so "he" two clauses on
// ("…, and he acknowledged that …") and a later "Forecasters at the
// Federal Weather Office" resolved to it. A body is no one "he" or
// "she" means.
func n77BodyWord(name string) bool {
	if len(name) > 16 || strings.IndexByte(name, ' ') >= 0 {
		return false
	}
	return bodies[strings.ToLower(name)]
}
