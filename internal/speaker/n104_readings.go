package speaker

// n104ShortFormAt reports whether toks[j:j+3] are a body's short form
// in brackets, "(", one capitalised word, ")": "the Maritime Ports
// Authority (MPA)", which a description may end with before the name
// in apposition.
func n104ShortFormAt(text string, toks []tok, j int) bool {
	return j > 0 && j+2 < len(toks) && !toks[j].word && toks[j].str(text) == "(" && toks[j+1].word && upperName(toks[j+1].str(text)) && toks[j+2].str(text) == ")"
}

// n104BareObject reports whether toks[i], after a present participle
// that opens a sentence, is its object, a plural noun with no article,
// before a preposition or the opener's comma: "Briefing journalists at
// the end of the meeting, the governor said", "Addressing supporters,
// …". A name ("Meeting Ann Lee, …") is not one.
func n104BareObject(text string, toks []tok, i int) bool {
	if i+1 >= len(toks) || capital(toks[i].str(text)) || !toks[i].pluralNoun() {
		return false
	}
	n := &toks[i+1]
	return n.word && n.is(isPrep) || !n.word && n.str(text) == ","
}
