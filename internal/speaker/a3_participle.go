package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file reads a speaker described by a participle phrase after its
// noun, next to a cue that ends the sentence: "…, said a lawyer
// representing the family", "…, a spokesman handling the case said",
// "…, said an official based in Kabul". News prose names an unnamed
// source by the party or matter it stands for, and the phrase is the
// mention's: without it the inverted subject was left with words after
// it that are no phrase of the cue, and the subject before the cue was
// read as the participle's object ("the family").

// relationParticiples are past participles that tie a person to a
// party, a place or a matter by the preposition after them: "based
// in", "assigned to", "hired by". The adjectives and participles of
// acquaintance ("familiar with", "close to", "involved in", "briefed
// on") are read already (postModifiers).
var relationParticiples = map[string]bool{"based": true, "assigned": true, "tasked": true, "hired": true, "appointed": true, "employed": true, "connected": true, "affiliated": true, "linked": true, "allied": true, "aligned": true, "opposed": true, "stationed": true, "posted": true, "retained": true, "charged": true}

// participlePhrase reports whether toks[e:lim] is a participle phrase
// that describes the person toks[e-1] names: a head noun of a person or
// a plural, an -ing participle that reports nothing ("representing",
// "working for", "handling") or a participle of relationParticiples
// before its preposition, then at most seven words with no verb, mark,
// pronoun or relative word, so that no clause hides in it ("…, said a
// lawyer representing the family was …" is left alone).
func participlePhrase(text string, toks []tok, e, lim int) bool {
	if e < 1 || e+1 >= lim || lim-e > 8 || !toks[e].word || !toks[e-1].word {
		return false
	}
	h := &toks[e-1]
	if capital(h.str(text)) || !h.is(isPerson) && !pluralWord(h.low) && !carriers[h.low] || h.is(isFunction|isPronoun|isReporting|isCue|isAuxiliary|isFinite) {
		return false
	}
	p := &toks[e]
	switch {
	case strings.HasSuffix(p.low, "ing") && len(p.low) > 5 && !p.is(isReporting|isCue|isFunction|isAuxiliary) && !capital(p.str(text)):
	case relationParticiples[p.low] && toks[e+1].word && toks[e+1].is(isPrep):
	default:
		return false
	}
	for j := e + 1; j < lim; j++ {
		t := &toks[j]
		if w := t.str(text); !t.word && w != "’s" && w != "'s" && w != "." && w != "-" {
			return false
		}
		if t.is(isAuxiliary|isFinite|isCue|isReporting) && !capital(t.str(text)) || t.is(isSubjectPronoun) || t.low == "who" || t.low == "that" || t.low == "which" {
			return false
		}
	}
	return true
}

// participleAfterSubject widens g, the subject of an inverted cue read
// up to toks[e], over a participle phrase up to the sentence's end:
// "…, said a lawyer representing the family".
func participleAfterSubject(text string, toks []tok, g found, e int) found {
	if !g.ok || g.pronoun != "" || e < 2 || e > len(toks) {
		return g
	}
	if e < len(toks) && g.subj.End == toks[e-1].e && participlePhrase(text, toks, e, len(toks)) {
		// the participle after the subject read
	} else if g.subj.End == toks[e-1].e && participlePhrase(text, toks, e-1, len(toks)) {
		e-- // the participle read as the subject's last word: "an official based"
	} else {
		return g
	}
	g.subj.End = toks[len(toks)-1].e
	g.name = text[g.subj.Start:g.subj.End]
	g.whole = true
	return g
}

// participleBefore reads a subject described by a participle phrase
// that ends right before the cue at toks[c]: "…, a lawyer representing
// the family said". The noun phrase opens at toks[0] with a determiner
// or a quantifier and at most two modifiers before its head.
func participleBefore(text string, toks []tok, c int) found {
	for e := 1; e < c && e <= 4; e++ {
		if !toks[e].word {
			return found{}
		}
		if !participlePhrase(text, toks, e, c) {
			continue
		}
		if !toks[0].is(isDet|isQuantifier|isNumberWord) && !pluralWord(toks[e-1].low) {
			return found{} // a singular wants its determiner: "a lawyer"
		}
		for j := 0; j < e-1; j++ {
			if toks[j].is(isPronoun|isCue|isAuxiliary) || capital(toks[j].str(text)) && j > 0 {
				return found{}
			}
		}
		sp := doc.Span{Start: toks[0].s, End: toks[c-1].e}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
	}
	return found{}
}
