package speaker

// Readings of the fifty-first session, each found in the dev sets'
// errors (testdata/newsprobe) and each with a TestN112 case.

// n112RoleName widens a subject that subjectAt read as a capitalised
// word alone over the lower-case noun of role and the name after it:
// "Board member Sheila Marquardt accused the majority of “…”", where
// "Board" was read as a name and the verb was looked for at "member".
// The noun is one of persons.txt or "member"; the speaker is the name,
// the mention the whole phrase, as the clause readers give it.
func n112RoleName(text string, toks []tok, f found, e int) (found, int) {
	if f.pronoun != "" || e < 1 || e+2 >= len(toks) || f.subj.End != toks[e-1].e || !toks[e].word || capital(toks[e].str(text)) {
		return f, e
	}
	if _, ok := persons[toks[e].low]; !ok && toks[e].low != "member" {
		return f, e
	}
	n, ok := nameAt(text, toks, e+1)
	if !ok || n.from != e+1 {
		return f, e
	}
	f.subj.End, f.name, f.whole = n.end, n.text, true
	return f, n.to
}

// n112AndSubject returns the index of the subject of a second clause
// that ", and" or ", but" opens after toks[s] in the clause before a
// mixed quotation (toks), or -1: "…, and he accused opponents of “…”",
// "She said the rules were unfair, and she accused the industry of
// “…”". subjectNaming reads that subject first, as the nearer one: the
// first clause's subject was given the phrase through its own verb
// ("said"), or none where that verb names nothing.
func n112AndSubject(text string, toks []tok, s int) int {
	for k := len(toks) - 3; k > s; k-- {
		if toks[k].word || toks[k].str(text) != "," {
			continue
		}
		if w := toks[k+1].low; (w == "and" || w == "but") && toks[k+2].word && (toks[k+2].is(isSubjectPronoun) || capital(toks[k+2].str(text))) {
			return k + 2
		}
	}
	return -1
}
