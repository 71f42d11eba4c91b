package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n17Carrier is carrierBefore, and where that reads no subject, "it"
// for one: "The coalition wants calm. Recently, however, it issued a
// policy paper welcoming the city's plans to …". A participle that
// hangs from a clause whose object is a carrier of words ("a paper
// welcoming …", "a statement urging …") reports the view of that
// clause's subject, the one who issued, sent or released the carrier.
// carrierBefore reads that subject with beforeCue, which takes no "it"
// (before most verbs "it" is a plan, a fact or the weather); with no
// speaker for the participle, the attribution was left unread, and a
// noun of stance inside its content took its place with the wrong
// source: the possessive in the participle's object ("the city's plans
// to …" read as the city's). Only a body issues a paper or sends a
// letter, so "it" there names the body named before it (bodyBefore,
// strict: "the coalition", "the Harbor Trust"); with none, no speaker,
// as before.
//
// "it" must open its clause (after a comma, a conjunction, a
// subordinator or a word of time, "This week it sent …", or first), so that an object "it" ("made it a letter
// …") is not read; and the verb must be a full verb, not "is", "was"
// or "has": "It was a letter urging calm" is an expletive "it". The
// look-back is bounded as carrierBefore's: eight tokens to the carrier,
// six to its determiner, three auxiliaries or adverbs before the verb.
func (a *attributor) n17Carrier(toks []tok, k int) (found, bool) {
	text := a.text
	if g, ok := carrierBefore(text, toks, k); ok {
		return g, true
	}
	for j := k; j >= 2 && j > k-8 && toks[j].word; j-- {
		if !carriers[strings.TrimSuffix(toks[j].low, "s")] || capital(toks[j].str(text)) {
			continue
		}
		d := j - 1
		for d >= 1 && d > j-6 && toks[d].word && !toks[d].is(isDet) {
			d--
		}
		if d < 2 || !toks[d].word || !toks[d].is(isDet) {
			return found{}, false
		}
		v := d - 1
		if !toks[v].word || toks[v].is(isFunction|isAuxiliary) || capital(toks[v].str(text)) {
			return found{}, false
		}
		e := v
		for n := 0; n < 3 && e >= 1 && toks[e-1].word && (toks[e-1].is(isAuxiliary) || toks[e-1].adverbish()); n++ {
			e--
		}
		i := e - 1
		if i < 0 || toks[i].low != "it" || i > 0 && toks[i-1].word && !toks[i-1].is(isClauseLead|isSubordinator|isTimeWord) {
			return found{}, false
		}
		sp := doc.Span{Start: toks[i].s, End: toks[i].e}
		if nm := a.bodyBefore(toks[i].s, true); nm != "" {
			return found{subj: sp, name: nm, ok: true, whole: true}, true
		}
		if nm := a.n17Body(toks[i].s); nm != "" {
			return found{subj: sp, name: nm, ok: true, whole: true}, true
		}
		return found{}, false
	}
	return found{}, false
}

// n17Bodies are nouns of a body that bodyBefore's lists lack, and that
// issue papers and send letters: "the coalition", "the Central and
// East European Coalition", "the alliance".
var n17Bodies = map[string]bool{"coalition": true, "alliance": true, "federation": true, "league": true, "union": true, "foundation": true, "institute": true, "caucus": true, "group": true, "network": true, "organization": true, "organisation": true, "society": true, "congress": true}

// n17Body names the body that "it" at offset at stands for, where
// bodyBefore (strict) names none: the nearest "the" before it, in its
// sentence or the one before and within 300 bytes, whose phrase of at
// most six words, capitals and their "and" or "of" ("the Central and
// East European Coalition") or one or two lower-case words ("the
// coalition"), ends in a body's noun (bodies, orgLast or n17Bodies).
// A phrase that goes on after the noun ("the union rules") is none.
func (a *attributor) n17Body(at int) string {
	text := a.text
	lo := a.sentenceStart(max(0, a.sentenceStart(at)-1))
	toks := a.ix.scratch(slotBodyBefore, max(lo, at-300), at)
	for j := len(toks) - 2; j >= 0; j-- {
		if toks[j].low != "the" || !toks[j].word {
			continue
		}
		caps := capital(toks[j+1].str(text))
		for e := j + 1; e < len(toks) && e <= j+6 && toks[e].word; e++ {
			w := toks[e].low
			if c := capital(toks[e].str(text)); c != caps && !(caps && (w == "and" || w == "of")) || !caps && e > j+2 {
				break
			}
			if !(bodies[w] || orgLast[w] || n17Bodies[w]) {
				continue
			}
			if e+1 < len(toks) && toks[e+1].word && (caps && capital(toks[e+1].str(text)) || !caps && !toks[e+1].is(isFunction|isCue|isAuxiliary|isFinite)) {
				break // the phrase goes on: "the union rules", "the Trust Fund"
			}
			return text[toks[j].s:toks[e].e]
		}
	}
	return ""
}
