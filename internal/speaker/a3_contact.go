package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// This file reads a subject of reported speech whose noun a contact
// clause follows, a relative clause with no relative pronoun whose own
// subject is a personal pronoun: "The experts I spoke to said …",
// "Officials we interviewed said …", "Everyone they met agreed that …".
// Reporters name the sources they talked to this way. reducedRelative
// (parc.go) reads the pronoun only right before a past form in "-ed"
// and before the cue ("the experts I interviewed said"); a verb with
// its preposition stranded after it ("spoke to", "talked with"), an
// irregular past ("met", "spoke", "heard"), and a bare plural that
// opens the sentence with its capital ("Officials we interviewed")
// were left unread, or gave the noun alone.

// contactSubject reads such a subject ending at toks[k], the word
// before the cue: the noun phrase, the pronoun, a past form
// (pastForm, relParticiples) and perhaps a preposition stranded after
// it. The mention is the whole phrase, as PolNeAR marks it; the name
// is the noun phrase. ok is false when toks[k] ends no such clause.
//
// Hook: parc.go's readCue tries it first among the subjects before a
// cue, since "to" before the cue otherwise reads as an infinitive.
func contactSubject(text string, toks []tok, k int) (found, bool) {
	if k < 2 || k >= len(toks) || !toks[k].word {
		return found{}, false
	}
	v := k
	if toks[k].is(isPrep) {
		v = k - 1 // "spoke to", "talked with": the preposition stranded
	}
	if v < 2 || !toks[v].word || capital(toks[v].str(text)) || !(pastForm(toks[v]) || toks[v].is2(isRelParticiple)) || toks[v].is(isCue|isReporting) && v == k && !pastForm(toks[v]) {
		return found{}, false
	}
	p := v - 1
	if !toks[p].word || !toks[p].is2(isContactPronoun) || toks[p].low != "i" && capital(toks[p].str(text)) {
		return found{}, false
	}
	n := &toks[p-1] // the noun the clause follows
	if !n.word || n.is(isFunction|isAdverb|isTimeWord|isPrep|isAuxiliary|isPronoun|isCue|isSubordinator) || adverbish(n.low) {
		return found{}, false
	}
	cs := clauseStart(text, toks, p)
	if cs >= p {
		return found{}, false
	}
	np, ok := quantifiedPhrase(text, toks, cs, p)
	if !ok && cs == p-1 && (cs == 0 || !toks[cs-1].word) && (n.pluralNoun() || n.is2(isGroupNoun)) {
		// One plural that opens the sentence, capitalised only for
		// that: "Officials we interviewed said".
		np, ok = doc.Span{Start: n.s, End: n.e}, true
	}
	if !ok || toks[cs].is(isPronoun) {
		return found{}, false
	}
	return found{subj: doc.Span{Start: np.Start, End: toks[k].e}, name: text[np.Start:np.End], ok: true, whole: true}, true
}

// contactAt reports whether a contact clause's subject ends at toks[k]
// (contactSubject), for the hook in readCue's switch.
func contactAt(text string, toks []tok, k int) bool {
	_, ok := contactSubject(text, toks, k)
	return ok
}
