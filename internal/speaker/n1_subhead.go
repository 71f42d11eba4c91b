package speaker

// n1Subhead returns the index of the first token of a mention
// toks[i0:n] past a subhead in capitals that opens its line and runs
// into the sentence after it, or i0. Web news pages copied as text lose
// the break after a section's subhead ("ON THE PIER", "THE MANY
// CAVEATS"), and the name reader runs capitalised words together: "ON
// THE PIER After Ann Lee wrote" named "PIER After Ann Lee" (g3CapsLead
// reads the same labels for the content's end). The subhead
// is two words in capitals or more from the line's start, each of two
// letters or more, then one space and a word in mixed case; the
// sentence's own opening words ("After", "But", "When") are passed
// over too, up to the mention's name. An acronym before a name ("NBC
// News", "IMF chief economist", "CIA Director Ann Reed") is one word
// in capitals and stays; a dateline ("NEWPORT NEWS, Va.") has its
// comma. tidy asks it only of a mention whose second byte is a capital.
func n1Subhead(text string, toks []tok, i0, n int) int {
	if i0 >= n || !n1Caps(text, &toks[i0]) {
		return i0
	}
	// Back to the line's start over words in capitals.
	b, run := i0, 1
	for b > 0 && toks[b-1].word && n1Caps(text, &toks[b-1]) && !hasNewline(text[toks[b-1].e:toks[b].s]) {
		b--
		run++
	}
	if b > 0 && !hasNewline(text[toks[b-1].e:toks[b].s]) || b == 0 && !n1LineStart(text, toks[0].s) {
		return i0
	}
	j := i0 + 1
	for j < n && toks[j].word && n1Caps(text, &toks[j]) && toks[j].s == toks[j-1].e+1 {
		j++
		run++
	}
	if run < 2 || j >= n || !toks[j].word || toks[j].s != toks[j-1].e+1 || !capital(toks[j].str(text)) || n1Caps(text, &toks[j]) {
		return i0
	}
	for j < n-1 && toks[j].word && toks[j].is(isFunction|isSubordinator|isClauseLead) {
		j++ // the sentence's opening word: "After Ann Lee wrote"
	}
	if !toks[j].word {
		return i0
	}
	return j
}

// n1Caps reports whether t is a word of two letters or more, all in
// capitals (g3AllCaps): "PIER", "THE".
func n1Caps(text string, t *tok) bool {
	return t.word && t.e-t.s >= 2 && g3Upper(text[t.s]) && g3AllCaps(text[t.s:t.e])
}

// n1LineStart reports whether offset at opens a line: the text's start
// or a line break before it, past at most eight spaces or tabs (a
// bounded look, as the window's first token may be anywhere).
func n1LineStart(text string, at int) bool {
	for i := at - 1; i >= 0 && i >= at-9; i-- {
		switch text[i] {
		case ' ', '\t':
			continue
		case '\n', '\r':
			return true
		}
		return false
	}
	return at <= 8
}
