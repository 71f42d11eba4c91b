package speaker

// r2Predicate reads the source of a verb of speech that is the
// predicate of a noun of response after its possessor: "His answer was
// to say the pier would reopen", "The board's first reaction was to
// deny that it knew", "Her instinct is to tell voters that …". English
// names what one did in reply by such a noun, "be" and an infinitive,
// and the one who says is the noun's possessor (PolNeAR marks "his" or
// "the board's"). toks[k] is the "to" right before the verb toks[c];
// the noun is one of r2ResponseNouns, after at most two adjectives
// ("best", "gut", "first"), and the possessor is read by possessor. The
// verb must be one of speech (speechSense): "her plan is to build a
// pier" reports nothing, and "his goal is to criticize" is no more
// than an aim. ok is false where any of these is missing.
//
// readCue asks it of every verb after "to": the test of "is" or "was"
// comes first, in a call that inlines.
func (a *attributor) r2Predicate(toks []tok, c, k int, senses []verbSense) found {
	if k != c-1 || k < 3 || len(toks[k-1].low) > 3 {
		return found{}
	}
	return a.r2PredicateAt(toks, k, senses)
}

// r2PredicateAt is r2Predicate past its first test.
func (a *attributor) r2PredicateAt(toks []tok, k int, senses []verbSense) found {
	if (toks[k-1].low != "is" && toks[k-1].low != "was") || !toks[k-2].word || !r2ResponseNouns[toks[k-2].low] || !speechSense(senses) {
		return found{}
	}
	p := k - 3
	for n := 0; n < 2 && p > 0 && toks[p].word && !toks[p].is(isFunction|isAuxiliary|isReporting|isDet) && !possessivePronouns[toks[p].low] && !r2Possessive(toks[p].low) && !capital(a.text[toks[p].s:toks[p].e]); n++ {
		p-- // "his best response", "their gut reaction"
	}
	if p < 0 || !toks[p].word || !possessivePronouns[toks[p].low] && !r2Possessive(toks[p].low) || toks[p].low == "its" || toks[p].low == "my" || toks[p].low == "our" || toks[p].low == "your" {
		return found{}
	}
	f, ok := a.possessor(toks, p+1)
	if !ok {
		return found{}
	}
	return f
}

// r2ResponseNouns name what one does in reply or by habit, and take an
// infinitive after "be": "his response was to …".
var r2ResponseNouns = map[string]bool{"response": true, "reaction": true, "answer": true, "reply": true, "retort": true, "instinct": true, "impulse": true, "strategy": true, "tactic": true, "approach": true}

// r2Possessive reports whether w ends in a possessive "’s" or "'s".
func r2Possessive(w string) bool {
	n := len(w)
	return n > 2 && w[n-2:] == "'s" || n > 4 && w[n-4:] == "’s"
}
