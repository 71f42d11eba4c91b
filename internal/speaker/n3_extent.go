package speaker

import "strings"

// n3ClauseAfterComma reports whether a new clause with its own source
// opens at toks[at], right after a comma inside a content that is an
// infinitive (contentEnd asks it only there): a subject
// and a finite verb of speech, belief or evidence, "…, experts say the
// cost would be …", "His promises to cut taxes notwithstanding,
// independent analyses agree the rich would gain". A content read from
// a phrase that precedes the main clause (a noun of stance, a
// participle, an opening subordinate clause) runs to the comma that
// ends the phrase; the clause after it is another source's, which the
// writer reports, and the reading of that source is otherwise nested
// inside the first one's words and lost. A content that is a clause
// ("said that if the deal fails, the firm could sue") is not asked: a
// comma there ends an opening clause of the content's own.
func n3ClauseAfterComma(text string, toks []tok, at int) bool {
	if at+1 >= len(toks) || !toks[at].word || toks[at].is(isFunction) && !toks[at].is(isDet|isQuantifier) {
		return false
	}
	return ownAttribution(text, toks, at)
}

// n3SubordinateSource reports whether toks[i], a subordinator inside a
// content that opened at toks[first], opens an adverbial clause of time
// or reason with a source of its own: "after", "when", "since", "before"
// or "because", then a subject and a finite verb of reporting ("as",
// "while" and "until" are left: "as wealthy as he claims", "cheered
// until the speaker reached …" go on with the content). "Christie described Clinton as a “disgrace” after
// she attacked police officers", "They cite the 2000 election, when the
// state wrongly stated that …": the clause says when or why the main
// verb's act happened and is no part of what its source said, and its
// own attribution is then read apart, not nested inside the first. A
// content that is a clause keeps it: the caller asks only where no
// modal, auxiliary or form of "be" has been read (governs, sawBe), and
// not after "that", a subject pronoun or a participle opening the
// content ("said that the pier closed after inspectors found cracks",
// "said she left when they called", "said Trump was right when he
// said …", "feel betrayed when the mayor invited …").
func n3SubordinateSource(text string, toks []tok, first, i int) bool {
	switch toks[i].low {
	case "after", "when", "since", "before", "because":
	default:
		return false
	}
	if f := &toks[first]; f.low == "that" || f.is(isSubjectPronoun) || strings.HasSuffix(f.low, "ed") || i+1 >= len(toks) {
		return false
	}
	return ownAttribution(text, toks, i+1)
}
