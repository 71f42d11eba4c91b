package speaker

// parc.go's clauseStart asks focusBefore in its loop, before an
// introductory phrase is looked for.
//
// clauseStart reads a function word that opens the clause as the start
// of an introductory phrase up to the next comma, so "Even China,
// Pyongyang's only ally, said … and warned …" had the clause start at
// "Pyongyang's", and "warned" took "Pyongyang's only ally" as its
// subject. With the hook the clause starts at "China".

// focusBefore reports whether toks[k], before toks[c], is a focusing
// adverb, "even" or "only", that stands before its clause's subject:
// "Even China, Pyongyang's only ally, said …", "Only the mayor
// objected". The subject follows it at once, a name or a determiner's
// phrase; it opens no introductory phrase as "Even so," or "Only then,"
// do (a capital or a determiner must follow).
func focusBefore(text string, toks []tok, k, c int) bool {
	if k+1 >= c || !toks[k].word || toks[k].low != "even" && toks[k].low != "only" {
		return false
	}
	n := &toks[k+1]
	return n.word && (capital(n.str(text)) || n.is(isDet) && !n.is(isPronoun))
}
