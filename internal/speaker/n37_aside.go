package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n37Asides are the adverbs that stand between commas after a subject
// and before its verb: "But police, too, said …", "And the union,
// meanwhile, said …". A word of the list only: ", then," or ", in
// turn," name no such closed class.
var n37Asides = map[string]bool{"too": true, "meanwhile": true, "however": true, "though": true, "also": true, "instead": true, "likewise": true}

// n37Subject reads a subject that a place word, "at first", or an
// adverb between commas parts from its verb, where no reader before it
// found one: "But officials there said …", "The union here said …",
// "But the union at first said …", "And police, meanwhile, said …".
// k is the token cueSubject (parc.go) stopped at, the verb's adverbs
// and auxiliaries behind it. The readers of cueSubject want the
// subject's last word at k; so these lost their attribution whole
// where the subject was lower case (a capital reads as a name:
// "Officials there said" had its reading already).
//
// The subject is a short noun phrase that opens its clause (after the
// sentence's start, a comma, or a conjunction or subordinator that
// itself opens the sentence or follows a comma): an optional
// determiner, at most three lower-case modifiers, and a head that names
// one who speaks (n12Speaks): a plural, a group plural ("police",
// "people"), or a singular after a determiner ("the union"). Its
// modifiers are the words n12Modifier takes, so a relative clause
// ("people who moved there said"), "at first glance" (no verb follows:
// cueSubject never asks) and "too many people said" (no comma) stay
// as they were. Its span is the phrase without the place word or the
// aside, as the subject's own words. Bounded: at most eight tokens back
// from k. Hook: n12Subject's first line (n12_subject.go).
func n37Subject(text string, toks []tok, k int) found {
	if k < 1 || k >= len(toks) {
		return found{}
	}
	j, aside := -1, true
	t := &toks[k]
	switch {
	case t.word && (t.low == "there" || t.low == "here") && !capital(t.str(text)):
		j = k - 1
	case t.word && t.low == "first" && toks[k-1].low == "at":
		j = k - 2
	case t.word && t.low == "at" && k+1 < len(toks) && toks[k+1].low == "first":
		j = k - 1 // cueSubject stepped over "first" as an adverb
	case !t.word && t.str(text) == "," && k >= 3 && toks[k-1].word && n37Asides[toks[k-1].low] && toks[k-2].str(text) == ",":
		j = k - 3
	case t.word:
		j, aside = k, false // only for two plurals joined or a clause opened by "Or", below
	}
	if j < 0 || !toks[j].word || toks[j].is(isFunction|isPronoun|isAuxiliary|isReporting) {
		return found{}
	}
	h := &toks[j]
	plural := h.pluralNoun() || h.is2(isGroupPluralWord)
	if !n12Speaks(h.low) || capital(h.str(text)) && j > 0 {
		return found{}
	}
	st, det, joined := j, false, false
	for st > 0 && j-st < 4 {
		p := &toks[st-1]
		if p.low == "and" && st == j && plural && j >= 2 && toks[j-2].word && (toks[j-2].pluralNoun() || toks[j-2].is2(isGroupPluralWord)) && n12Speaks(toks[j-2].low) && !capital(toks[j-2].str(text)) {
			st, joined = j-2, true // "women and children", "doctors and nurses": two who speak
			continue
		}
		if !p.word || p.is(isClauseLead|isSubordinator) || p.low == "or" {
			break
		}
		if p.is(isDet) {
			if p.low != "the" && p.low != "a" && p.low != "an" && n12Openers[p.low] != 'd' && n12Openers[p.low] != 'p' {
				return found{}
			}
			st, det = st-1, true
			break
		}
		if !n12Modifier(text, p) || p.pluralNoun() {
			return found{}
		}
		st--
	}
	if !plural && !det {
		return found{} // a singular wants its determiner: "the union there said"
	}
	if st > 0 && !n37Opens(text, toks, st-1) {
		return found{}
	}
	if !aside && !joined && !(st == 1 && toks[0].low == "or") {
		return found{} // no aside, no pair, no "Or": n12Subject's own to read
	}
	if capital(toks[st].str(text)) && st > 0 && !toks[st-1].is(isClauseLead) {
		return found{}
	}
	sp := doc.Span{Start: toks[st].s, End: h.e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// n37Opens reports whether the token at i, right before a subject,
// opens its clause: a comma, a dash, a semicolon or a colon, or a
// conjunction or subordinator at the sentence's start or after a comma
// ("But …", "…, and …", "Because …").
func n37Opens(text string, toks []tok, i int) bool {
	p := &toks[i]
	if !p.word {
		s := p.str(text)
		return s == "," || s == "—" || s == "–" || s == ";" || s == ":"
	}
	if !p.is(isClauseLead|isSubordinator) && p.low != "or" {
		return false
	}
	return i == 0 || !toks[i-1].word && toks[i-1].str(text) == ","
}
