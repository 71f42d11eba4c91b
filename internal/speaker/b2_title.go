package speaker

import "strings"

// headlineVerb reports whether toks[c] may be read as the verb of a
// headline in title case. A sense whose particle is a noun phrase with
// an article ("strike a deal", "issue a warning", "put the cost at")
// reports only with that phrase: the verb alone is a noun or a verb of
// something else ("The Ferry Strike That Never Was", "Mayor Puts Plan
// on Hold"), so such a sense counts only where its particle follows.
// Any other sense counts, one with a particle too: the verb of "speak
// out" or "campaign for" stays a verb of speech without it ("Mayor
// Speaks 'Directly To Voters'").
func headlineVerb(text string, toks []tok, c int) bool {
	if g1UnitedStates(toks, c) || postName(toks, c) {
		return false // "United States Department of State": a name (g1_cue.go); "Washington Post Hit Piece …"
	}
	if c > 0 && toks[c-1].word {
		switch toks[c-1].low {
		case "who", "that", "which", "fewer", "more", "most", "less", "no", "many":
			return false // a relative clause's verb, "The Founder Who Wants to …", or a noun after its quantity, "Has Fewer Jokes and More Warnings"
		}
	}
	for _, s := range toks[c].senses() {
		switch p := firstWord(s.particle); p {
		case "a", "an", "the":
			if c+1 < len(toks) && toks[c+1].word && toks[c+1].lower(text) == p {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// headlineParticleEnd returns the index of the token after the
// particle of toks[c] when a sense's particle with an article follows
// it whole ("Strikes A Deal To Reopen Ferry": the cue is "Strikes A
// Deal", the content "To Reopen Ferry"), else c+1. The particle has a
// few words: the window is bounded by it.
func headlineParticleEnd(text string, toks []tok, c int) int {
	for _, s := range toks[c].senses() {
		switch firstWord(s.particle) {
		case "a", "an", "the":
		default:
			continue
		}
		j, ok := c+1, true
		for _, w := range strings.Fields(s.particle) {
			if j >= len(toks) || !toks[j].word || toks[j].lower(text) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			return j
		}
	}
	return c + 1
}
