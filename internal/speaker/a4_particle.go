package speaker

// timeBeforeParticle returns the index of the particle first after a
// phrase of time that stands between a verb and its particle at
// toks[j]: "called Friday for an inquiry", "called on Tuesday for a
// strike", "pushed last week for a vote", "called this week on the
// board to …". News puts the day of a statement right after its verb
// ("said Friday that …"), before the particle of a phrasal verb as
// well. The phrase is one to three words of time (timeWords, with "on"
// before a day, "this"/"next" before "week", "month", "year"); -1
// where the words at j are no such phrase or the particle is not after
// it.
func timeBeforeParticle(toks []tok, j int, first string) int {
	k := j
	for ; k < len(toks) && k < j+3 && toks[k].word; k++ {
		w := toks[k].low
		switch { // isTimeWord is timeWords' bit: the lexicon's, not a lookup
		case toks[k].is(isTimeWord):
		case w == "on" && k == j && k+1 < len(toks) && toks[k+1].is(isTimeWord):
		case (w == "this" || w == "next") && k+1 < len(toks) && (toks[k+1].low == "week" || toks[k+1].low == "month" || toks[k+1].low == "year"):
		default:
			if k > j && w == first {
				return k
			}
			return -1
		}
	}
	if k > j && k < len(toks) && toks[k].low == first {
		return k
	}
	return -1
}
