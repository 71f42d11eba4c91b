package speaker

// n114WhoseVerb reports whether the comma toks[j] closes an appositive
// inside a clause of "whose" that has no verb yet, and the clause's
// verb follows it: "said Meera Toppo, whose husband, a tailor, was
// travelling in the coach". The clause needs its verb, so the comma
// ends no mention; without one before it ("whose husband was a
// tailor, said") the comma ends the clause as any other.
func n114WhoseVerb(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].word || !(n114Finite[toks[j+1].low] || pastForm(toks[j+1]) && !toks[j+1].is(isCue)) {
		return false
	}
	commas := 0
	for i := j - 1; i >= 0 && i >= j-10; i-- {
		t := &toks[i]
		switch {
		case t.word && t.low == "whose":
			// "whose" and its noun, then the appositive's comma.
			return commas == 1 && i+2 < j && toks[i+1].word && toks[i+2].str(text) == "," || commas == 1 && i+3 < j && toks[i+1].word && toks[i+2].word && toks[i+3].str(text) == ","
		case !t.word && t.str(text) == ",":
			commas++
		case !t.word:
			return false
		case n114Finite[t.low] || pastForm(*t):
			return false // the clause has its verb: "whose son, who was 9, …"
		}
	}
	return false
}

// n114Finite are the finite forms of "be", "have" and the modals, which
// open a clause's verb.
var n114Finite = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true}
