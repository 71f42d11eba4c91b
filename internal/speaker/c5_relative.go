package speaker

import "strings"

// c5ToldThat reports whether the "that" at toks[r] opens the clause a
// verb of telling hands over rather than a relative clause on the noun
// before it: in "She told reporters that the plan was sound" the noun
// is the one told, and a verb of telling (tell, warn, assure, remind,
// objectCues) takes its object and then a clause in "that".
// objectRelative asks it before it reads "the plan was sound" as
// "reporters that the plan sounded".
func c5ToldThat(text string, toks []tok, r int) bool {
	if r < 2 || !toks[r-1].word {
		return false
	}
	// The one told is a person or a body: a name ("told Reuters
	// that"), a pronoun, or a noun of persons ("told reporters that").
	// A thing told may take a relative clause: "told the story that
	// her father loved".
	b := &toks[r-1]
	if _, person := persons[strings.TrimSuffix(b.low, "s")]; !person && !b.is(isPerson) && !b.is(isObjectPronoun) && !capital(b.str(text)) {
		return false
	}
	// The verb at most four words before "that": "told reporters",
	// "told the paper", "told The Associated Press".
	for k := r - 2; k >= 0 && k >= r-5; k-- {
		if !toks[k].word {
			return false
		}
		if toks[k].is(isObjectCue) {
			return true
		}
	}
	return false
}
