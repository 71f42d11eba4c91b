package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n20Quantities count the members of a group named after "of" in a
// subject ("one or more of its members", "several of the judges"): the
// mention is the whole phrase, whose number is the group's.
var n20Quantities = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"some": true, "many": true, "most": true, "several": true, "few": true, "each": true, "all": true, "both": true,
}

// n20Subject reads a long subject that ends at toks[k] (the cue's
// auxiliaries and adverbs are behind it) where the readers of cueSubject
// read none, or read only the noun phrase inside its post-modifier:
//
//   - a head noun of one who speaks (n12Speaks) or a plural (a thing
//     that shows, as PolNeAR marks it) with at most three modifiers
//     before it and a phrase of place or affiliation after it
//     ("presidential contenders of both parties have understood that
//     …", "veteran pilots on the harbour board argued …"): phraseAt
//     takes modifiers before a plural only in a phrase of three words;
//   - a quantity of a group ("one or more of its permanent members
//     have backed …", "several of the island's elders said …"), read
//     before as nothing at all (a group read alone is widened to its
//     quantity later, c5). The group after "of" is the name.
//
// The phrase opens its clause: the sentence's start, a subordinator or
// a clause's lead ("because", "while", "but"), a dash or a semicolon,
// or a comma after an opening phrase (openerBefore). It holds words
// only (with the hyphens and apostrophes inside them), at most sixteen
// tokens: no verb, auxiliary or pronoun, no comma, no word of time
// right after the preposition ("officials in May said" is read as the
// officials), and ends with a noun, not a function word. It must not
// read an object as a subject ("the mayor met leaders of both parties
// and argued"): a verb before the phrase is no opening, so nothing is
// read there. Hook: cueSubject (parc.go), before n12Subject.
func n20Subject(text string, toks []tok, k int, f found) (found, bool) {
	if k < 1 || k >= len(toks) || !toks[k].word || toks[k].is(isFunction|isPronoun|isAuxiliary) {
		return found{}, false
	}
	// Back to the phrase's first token: after a mark or a word that
	// opens a clause, at most sixteen tokens.
	st := k
	for st > 0 && k-st < 24 {
		p := &toks[st-1]
		if !p.word {
			if s := p.str(text); s == "-" || s == "’" || s == "'" {
				st--
				continue
			}
			break
		}
		if p.low == "as" && st >= 2 && toks[st-2].word && !capital(toks[st].str(text)) && !toks[st].is(isFunction) {
			st-- // "as" inside the phrase: "her tenure as secretary of state"
			continue
		}
		if p.is(isSubordinator|isClauseLead|isWhWord) && p.low != "and" || p.is(isAuxiliary|isFinite|isPronoun) && !p.is(isDet) {
			break
		}
		st--
	}
	if k-st >= 24 || k-st < 2 || !n20Opens(text, toks, st) {
		return found{}, false
	}
	if h := n20Participial(text, toks, st, k); h >= 0 {
		// Nothing read, or a part of the phrase (its head, a noun
		// inside it): the phrase is the mention.
		if f.ok && (f.subj.Start < toks[st].s || f.subj.End > toks[k].e) {
			return found{}, false
		}
		return found{subj: doc.Span{Start: toks[st].s, End: toks[k].e}, name: text[toks[st].s:toks[h].e], ok: true, whole: true}, true
	}
	if k-st >= 16 {
		return found{}, false
	}
	if f.ok && f.subj.Start <= toks[st].s {
		return found{}, false // the readers took the phrase, or more
	}
	var name doc.Span
	if q, ok := n20Quantity(toks, st, k); ok {
		if f.ok {
			return found{}, false // the group read: c5 widens it to its quantity ("each of the two leaders")
		}
		if !n20Object(text, toks, q, k) {
			return found{}, false
		}
		name = doc.Span{Start: toks[q].s, End: toks[k].e} // the group names the speaker, as c5 names "each of the two leaders"
	} else {
		h := n20Head(text, toks, st, k)
		if h < 0 || !n20Object(text, toks, h+2, k) {
			return found{}, false
		}
		name = doc.Span{Start: toks[st].s, End: toks[h].e}
	}
	if f.ok && f.subj.End > toks[k].e {
		return found{}, false
	}
	return found{subj: doc.Span{Start: toks[st].s, End: toks[k].e}, name: text[name.Start:name.End], ok: true, whole: true}, true
}

// n20Opens reports whether toks[st] opens its clause (n20Subject).
func n20Opens(text string, toks []tok, st int) bool {
	if st == 0 {
		return true
	}
	p := &toks[st-1]
	if p.word {
		return p.is(isSubordinator|isClauseLead) && p.low != "that"
	}
	switch p.str(text) {
	case "—", "–", ";", "--":
		return true
	case ",":
		return openerBefore(text, toks, st)
	}
	return false
}

// n20Quantity returns the index of the first token after "of" where the
// phrase from toks[st] is a quantity of a group: "one of", "one or more
// of", "several of", "two or three of".
func n20Quantity(toks []tok, st, k int) (int, bool) {
	if !n20Quantities[toks[st].low] {
		return 0, false
	}
	j := st + 1
	if j+1 < k && toks[j].low == "or" && (toks[j+1].low == "more" || n20Quantities[toks[j+1].low]) {
		j += 2
	}
	if j+1 < k && toks[j].low == "of" {
		return j + 1, true
	}
	return 0, false
}

// n20Preps join a subject's head to its phrase of place or affiliation.
var n20Preps = map[string]bool{"of": true, "on": true, "in": true, "for": true, "at": true, "from": true, "with": true}

// n20AfterDet returns the index after a determiner, a quantifier or a
// number at toks[st] ("the", "several", "two"), or st; "that" and
// "this" open a clause as often and are not passed.
func n20AfterDet(toks []tok, st int) int {
	if toks[st].is(isDet|isQuantifier|isNumberWord) && toks[st].low != "that" && toks[st].low != "this" {
		return st + 1
	}
	return st
}

// n20Head returns the index of the head noun of the phrase from toks[st]
// to toks[k], before its preposition, or -1: a noun of one who speaks,
// after a determiner, a number or a quantifier (first) and at most
// three lower-case modifiers, none of them a verb in -ed. A singular
// head names one who speaks; a plural may name a thing ("figures from
// the port show").
//
// The tests of a word ask n12Speaks last: it looks the word up in
// several maps and may build its singular (rolePlural), where the
// others are a few instructions each (n20Participial too).
func n20Head(text string, toks []tok, st, k int) int {
	j := n20AfterDet(toks, st)
	for h := j; h < k-1 && h <= j+3; h++ {
		t := &toks[h]
		if !t.word {
			continue // "-" inside a modifier: "veto-wielding"
		}
		if h > st && !capital(t.str(text)) && n20Preps[toks[h+1].low] && (t.pluralNoun() || n12Speaks(t.low)) { // n12Speaks's look-ups last
			return h
		}
		if capital(t.str(text)) && h > st || t.is(isFunction|isAuxiliary|isReporting|isCue) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") {
			return -1
		}
	}
	// The head opens the phrase: "Contenders of both parties" (a
	// capital at the sentence's start).
	if toks[st].pluralNoun() && n20Preps[toks[st+1].low] && n12Speaks(toks[st].low) {
		return st
	}
	return -1
}

// n20Object reports whether toks[j..k] is the noun phrase of a subject's
// post-modifier: words (and the hyphens and apostrophes in them) with
// no verb, auxiliary, pronoun or subordinator, no word of time first,
// ending with a noun.
func n20Object(text string, toks []tok, j, k int) bool {
	if j > k || !toks[j].word || toks[j].is(isTimeWord) || toks[j].is2(isMonth) || yearLike(toks[j].low) {
		return false
	}
	for i := j; i <= k; i++ {
		t := &toks[i]
		if !t.word {
			if s := t.str(text); s != "-" && s != "’" && s != "'" {
				return false
			}
			continue
		}
		if t.is(isAuxiliary|isFinite|isSubordinator|isWhWord) && !(t.low == "as" && i > j && i < k) || t.is(isPronoun) && !t.is(isDet) {
			return false
		}
		if !capital(t.str(text)) && (len(t.low) > 4 && strings.HasSuffix(t.low, "ed") || t.is(isReporting) && !t.pluralNoun() && !strings.HasSuffix(t.low, "ing") && !(i > j && toks[i-1].is(isFunction))) {
			return false
		}
	}
	return !toks[k].is(isFunction | isDet | isPhraseLink)
}

// n20Participial returns the index of the head of a subject from
// toks[st] to toks[k] that a participle's phrase follows, or -1: a
// plural or a noun of one who speaks after at most a determiner and
// three lower-case modifiers (a capital head only where it opens the
// phrase: "Voters living abroad …"), then a participle in -ing
// (n20Participle), then words with no verb, auxiliary, pronoun or comma ("Several
// judges handling federal lawsuits seeking records about her tenure as
// secretary of state have cited …").
func n20Participial(text string, toks []tok, st, k int) int {
	j := n20AfterDet(toks, st)
	for h := j; h < k-1 && h <= j+3; h++ {
		t := &toks[h]
		if !t.word {
			return -1
		}
		if (!capital(t.str(text)) || h == st) && n20Participle(text, &toks[h+1]) && (t.pluralNoun() || n12Speaks(t.low)) { // n12Speaks's look-ups last
			if !n20Object(text, toks, h+2, k) {
				return -1
			}
			return h
		}
		if capital(t.str(text)) && h > st || t.is(isFunction|isAuxiliary|isReporting|isCue) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") {
			return -1
		}
	}
	return -1
}

// n20Participle reports whether t is a lower-case participle in -ing
// that opens a post-modifier: "handling", "seeking". Not one in -ed,
// which after a plural is as often the clause's own verb in the past
// ("Teams described friction around …", "Her eyes opened wide …").
func n20Participle(text string, t *tok) bool {
	return t.word && len(t.low) > 5 && !capital(t.str(text)) && !t.is(isFunction|isAuxiliary) && strings.HasSuffix(t.low, "ing")
}
