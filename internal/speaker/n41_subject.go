package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n41CueLead reads, for subjectEnding, a bare plural that a cue word
// set before a noun (modifierCues: "state", "claim", "report") opens,
// where subjectAt reads none from that word: toks[s] is the cue word
// and toks[k] the plural, which a cue or a clause-ending verb of
// stating follows. Two shapes:
//
//   - s = k-2, a noun between them: "But state health officials said",
//     "Many … , state election officials said". subjectEnding reads no
//     start two tokens back but a determiner's or a capital's, so the
//     subject was read from the noun on ("health officials"), and widen
//     stops at a cue word: the mention lost "state" too. Without "But"
//     the capital "State" was read whole.
//   - s = k-1 with a capital cue word that opens the sentence: "Claim
//     adjusters said", "Report authors say". subjectAt reads the
//     capital as a name ("Claim") that ends before the plural, so the
//     plural alone was the subject; widen mended the mention, not the
//     name. (n38CueModifier reads the lower-case "claim adjusters".)
//
// titledModifier asks it too of a cue word that follows a quotation
// ("“…,” state health officials said"), as it asks n38CueModifier: the
// cue word was read as an inverted cue ("“…,” states the report") and
// "health officials" as its subject.
//
// The cue word is a verb, not a modifier, after a word that makes it
// one (n38VerbBefore: "Officials state health workers were paid",
// "they claim farm workers said"); the noun between is a plain
// lower-case word, no function word, cue, auxiliary, adverb or form in
// -ing or -ly ("state often officials", "claim rising costs"); the
// plural is in lower case (n38CueModifier's test).
func n41CueLead(text string, toks []tok, s, k int) found {
	if s < 0 || s >= k || k+1 >= len(toks) || !toks[s].is2(isModifierCueWord) || !toks[s].word {
		return found{} // most starts: one test of a bit
	}
	switch {
	case s == k-1:
		if !capital(toks[s].str(text)) || !sentenceFirst(text, toks, s) || !n38CueModifier(text, toks, s) {
			return found{}
		}
	case s == k-2:
		m, p, c := &toks[s+1], &toks[k], &toks[k+1]
		if !m.word || capital(m.str(text)) || m.is(isFunction|isCue|isAuxiliary|isAdverb|isPronoun|isPhraseStop) || strings.HasSuffix(m.low, "ly") || strings.HasSuffix(m.low, "ing") || m.pluralNoun() {
			return found{}
		}
		if !p.word || capital(p.str(text)) || p.is(isCue|isFunction|isAuxiliary) || !(p.pluralNoun() || p.is2(isGroupNoun)) {
			return found{}
		}
		if !c.word || !(c.is(isCue) || statedPast(toks, k+1)) {
			return found{}
		}
		if capital(toks[s].str(text)) && !sentenceFirst(text, toks, s) || !n41ModifierAfter(text, toks, s) {
			return found{}
		}
	default:
		return found{}
	}
	sp := doc.Span{Start: toks[s].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true}
}

// n41ModifierAfter reports whether what stands before the cue word
// toks[s] leaves it a modifier: the sentence's start, a mark, a
// determiner or number, "and", "or", "but", a capital that opens the
// sentence ("Ohio state health officials"), or an adjective of rank or
// place ("senior", "local"). Anything else may be a subject whose verb
// the word is ("Critics of the plan claim farm workers said", "Ann
// Ortiz and Ed Moss claim farm workers said"; review), which
// n38VerbBefore's classes do not all tell.
func n41ModifierAfter(text string, toks []tok, s int) bool {
	if s == 0 || sentenceFirst(text, toks, s) {
		return true
	}
	p := &toks[s-1]
	if n38VerbBefore(text, p) {
		return false // "They claim farm workers said"
	}
	if !p.word {
		return true
	}
	if capital(p.str(text)) {
		return s-1 == 0 || sentenceFirst(text, toks, s-1)
	}
	if p.is(isDet|isNumberWord) || p.low[0] >= '0' && p.low[0] <= '9' {
		return true
	}
	switch p.low {
	case "and", "or", "but", "senior", "top", "local", "federal", "former", "other", "several", "many", "some", "most", "retired", "current", "county", "city":
		return true
	}
	return false
}

// n41FinalPlural is finalPlural (a bare plural that ends the sentence
// after an inverted cue: "“…,” said senior officials.") that may open
// with a cue word set before a noun: "“…,” said state officials.",
// "“…,” said state health officials.". finalPlural stops at any cue
// word, and "state" is one, so such a quotation had no speaker ("“…,”
// state officials said" was read). The cue word opens the phrase only
// in lower case (a capital after the cue is a name's: "said State
// Farm agents") and a plural that finalPlural reads must follow it.
func n41FinalPlural(text string, toks []tok, k int) found {
	if f := finalPlural(text, toks, k); f.ok || k+1 >= len(toks) || !toks[k].word || !toks[k].is2(isModifierCueWord) || capital(toks[k].str(text)) {
		return f
	}
	f := finalPlural(text, toks, k+1)
	if !f.ok || f.subj.Start != toks[k+1].s {
		return found{}
	}
	f.subj.Start = toks[k].s
	f.name = text[f.subj.Start:f.subj.End]
	return f
}

// n41Opener returns the token whose class tells openerBefore whether
// the comma after it closes an opening phrase: toks[j], the sentence's
// first word, or the word after it when that first word is a
// coordinating "But", "And", "Yet" or "So" (their lexicon makes "but"
// and "so" subordinators, which open a phrase). "But Ann Ortiz, the
// head of Gull Lines -- a firm -- said" opens with its subject, as
// "Ann Ortiz, …" does, and "But in Oslo, …" with a phrase, as "In
// Oslo, …" does. A first word that a comma follows ("But, …") or that
// ends the phrase ("So far, …" is "far"'s) is read as before.
func n41Opener(text string, toks []tok, j, st int) int {
	t := &toks[j]
	if !t.word || j+2 >= st || !toks[j+1].word {
		return j
	}
	switch t.low {
	case "but", "and", "yet", "so":
		if t.low == "so" && (toks[j+1].low == "far" || toks[j+1].low == "much" || toks[j+1].low == "long") {
			return j // "So far, …", "So much for …, …"
		}
		return j + 1
	}
	return j
}
