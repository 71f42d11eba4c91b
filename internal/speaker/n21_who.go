package speaker

// n21WhoName returns the name that a relative "who" at offset at means
// when neither the name index nor antecedent gives one: a name of one
// to four capitalised words that opens its sentence, then a comma, then
// "who" ("Christie, who has campaigned heavily for the nominee, …").
// News prose shortens a person to a surname once it is known, and the
// name index may hold the full name only ("Gov. Chris Christie"), so
// the bare surname that opens a paragraph is in no mention the
// resolver reads; the relative clause's verb of reporting was then
// dropped for want of a name, though "who" is its mention as PolNeAR
// marks it. The name must open its sentence: a capital inside the
// sentence may be a place or an organisation the clause does not
// describe ("In Ohio, who …" is no sentence), and a phrase with a
// determiner is antecedent's; a name before a question is one spoken
// to ("Marsh, who said that?"). It reads at most 60 bytes before at
// and 200 after.
func (a *attributor) n21WhoName(at int) string {
	text := a.text
	toks := a.ix.scratch(slotAntecedent, max(0, at-60), at)
	n := len(toks)
	if n < 2 || toks[n-1].word || toks[n-1].str(text) != "," {
		return ""
	}
	j := n - 2
	for ; j >= 0 && n-2-j < 4 && toks[j].word && capital(toks[j].str(text)) && !toks[j].is(isFunction|isPronoun|isClauseLead|isTimeWord) && !toks[j].adverbish(); j-- {
	}
	if j == n-2 || !n21SentenceOpens(text, toks[j+1].s) || n21Question(text, at) {
		return ""
	}
	return text[toks[j+1].s:toks[n-2].e]
}

// n21SentenceOpens reports whether offset s opens a sentence: only
// white space lies between it and the text's start, a line break, or a
// full stop, "?" or "!" (with any closing quotation mark after it). It
// reads back over at most 8 bytes of white space.
func n21SentenceOpens(text string, s int) bool {
	p := s - 1
	for p >= 0 && s-p <= 8 && (text[p] == ' ' || text[p] == '\t') {
		p--
	}
	if p < 0 || text[p] == '\n' {
		return true
	}
	if p < s-1 && p >= 1 && text[p] == '"' {
		p-- // a closing quotation mark after the stop
	} else if p < s-1 && p >= 3 && text[p-2:p+1] == "”" {
		p -= 3
	}
	return p < s-1 && (text[p] == '.' || text[p] == '?' || text[p] == '!')
}

// n21Question reports whether the sentence that goes on at offset at
// ends in a question mark: the first of ".", "?" and "!" within 200
// bytes is "?".
func n21Question(text string, at int) bool {
	for p := at; p < len(text) && p < at+200; p++ {
		switch text[p] {
		case '?':
			return true
		case '.', '!':
			return false
		}
	}
	return false
}
