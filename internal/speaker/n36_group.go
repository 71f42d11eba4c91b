package speaker

import "strings"

// n36GroupHead reports whether toks[k], the last word of a subject that
// n12Subject reads, is a plural without "-s" (groupPlurals: "police",
// "people", "staff", "media", "women", "men", "children", "clergy",
// "personnel") that an
// adverb or an auxiliary parts from its verb: "But police also said
// …", "However, people now fear …", "Still, staff have said …".
//
// subjectAt reads such a plural right before its cue ("But police said
// …", the cue list's verbs only) and nothing reads it past an adverb:
// its plural loop wants the cue next, n12Subject a plural in "-s". So a
// sentence with a word before the subject and an adverb after it lost
// its attribution whole ("Police also said" was read as a name, by its
// capital; "But officers also said" as a plural in "-s").
//
// The plural right before the verb stays subjectAt's to judge: there
// the verbs are wider than its cues, and a bare "people" before "feel",
// "find", "appreciate", "fear" is mostly a general statement or a
// relative clause with no pronoun ("the meaning people find when …",
// "things that people appreciate about …"), not a source. It reads one
// token after toks[k], or two for a day's or a month's phrase ("But
// police on Tuesday said", "But staff in March warned", "in 2012": the phrases
// cueSubject steps back over): bounded.
func n36GroupHead(text string, toks []tok, k int) bool {
	if k < 0 || k+1 >= len(toks) || !toks[k].is2(isGroupPluralWord) {
		return false
	}
	n := &toks[k+1]
	if k+2 < len(toks) && toks[k+2].word && (n.low == "on" && toks[k+2].is(isTimeWord) || n.low == "in" && (toks[k+2].is2(isMonth) && capital(toks[k+2].str(text)) || yearLike(toks[k+2].low))) {
		return !n36Gerund(text, toks, k, k+3)
	}
	return n.word && (n.adverbish() || n.is(isAuxiliary)) && !n36Gerund(text, toks, k, k+2)
}

// n36Gerund reports whether the plural at toks[k] is the object of a
// gerund before it whose verb, at toks[v], is singular: "But hiring
// staff also suggests …", "training police also signals …". The
// subject is the gerund's phrase, an act, not a source; a plural never
// takes "suggests". "working people also said" (a plural verb) stays.
func n36Gerund(text string, toks []tok, k, v int) bool {
	if k < 1 || v >= len(toks) {
		return false
	}
	g, w := &toks[k-1], &toks[v]
	return g.word && !capital(g.str(text)) && len(g.low) > 4 && strings.HasSuffix(g.low, "ing") &&
		w.word && len(w.low) > 2 && strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ss")
}
