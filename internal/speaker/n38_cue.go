package speaker

import "strings"

// n38CueModifier reports whether toks[k], a cue word that is also a
// noun set before another noun (modifierCues, parc.go: "state",
// "claim", "report"), modifies the plural right after it, which a cue
// follows: "But state officials said", "“…,” state officials said",
// "“…,” senior state officials said". subjectAt's bare plural stopped
// at the cue word, so the subject was read from the plural on: the
// mention was mostly widened back to the whole phrase afterwards, but
// the speaker's name stayed "officials"; a quotation before "senior
// state officials said" had no speaker at all; and one before "state
// officials said" took "state" for an inverted cue ("…,” states the
// report") and "officials" for its subject. Its hooks (attribute.go)
// let subjectAt's bare plural open with the cue word, and make
// titledModifier, which keeps a modifier ("state Sen. Ann Reed") from
// being read as a cue, say so of it too. A capital cue word that opens
// the sentence ("Claim adjusters said") is still read as a name first:
// its mention was whole before, its name is left "adjusters".
//
// The word after it is a lower-case plural in -s or a group noun
// ("staff"), and the word after that a cue or a clause-ending verb of
// stating, as subjectAt asks of its plural. It is no modifier but a
// verb where the word before it makes it one (n38VerbBefore):
// "Officials state workers were paid", "they claim residents said",
// "would report staff said", or may (n41ModifierAfter: "Critics of
// the plan claim workers said"); nor where no plural and cue follow it:
// "State said …", "the claim said …", "as officials state, …". A cue
// word in -s is no key ("Reports said …" keeps "Reports" as subject).
func n38CueModifier(text string, toks []tok, k int) bool {
	if !toks[k].is2(isModifierCueWord) || k+2 >= len(toks) {
		return false // most tokens: one test of a bit
	}
	n, c := &toks[k+1], &toks[k+2]
	if !n.word || capital(n.str(text)) || n.is(isCue|isFunction|isAuxiliary) || !(n.pluralNoun() || n.is2(isGroupNoun)) {
		return false
	}
	if !c.word || !(c.is(isCue) || statedPast(toks, k+2)) {
		return false
	}
	return n41ModifierAfter(text, toks, k) // "Critics of the plan claim workers said": a verb
}

// n38VerbBefore reports whether the word p, right before a cue noun,
// makes that word a verb: a pronoun ("they claim"), an auxiliary or
// "to" ("would note", "to state"), a relative ("who claim"), "not", an
// adverb ("also state", "frequently claim"), or a plural or group noun
// that is its subject ("officials state", "people claim"). A mark, a
// determiner, a conjunction, a preposition, an adjective or a name
// leaves it a modifier ("But state officials", "senior state
// officials", "Ohio state officials").
func n38VerbBefore(text string, p *tok) bool {
	if !p.word {
		return false
	}
	switch p.low {
	case "to", "not", "never", "who", "which", "that", "you", "i", "we", "they",
		"them", "us", "him", "her", "it", "me", "these", "those": // "Two of them claim officials said"
		return true
	}
	if p.is(isPronoun|isAuxiliary|isAdverb) || p.is2(isGroupNoun) {
		return true
	}
	if p.is(isFunction) {
		return false
	}
	return p.pluralNoun() || len(p.low) > 3 && strings.HasSuffix(p.low, "ly")
}

// n38Collectives are nouns of a group of people that speaks or wants as
// one and that no list of n12Speaks held: "the teams said", "two dozen
// engineering teams that would want to use it", "the jury found",
// "caucuses that want …". Bodies of an institution (board, panel,
// committee, union, campaign) are bodies' (quote.go); "staff" and
// "police" are groupNouns' (words.go).
var n38Collectives = map[string]bool{"team": true, "crew": true, "jury": true, "caucus": true, "delegation": true, "coalition": true, "alliance": true, "squad": true, "crowd": true, "audience": true, "family": true, "household": true, "congregation": true, "cabinet": true, "legislature": true, "assembly": true, "electorate": true, "faculty": true, "tribe": true, "militia": true}

// n38Collective reports whether the lower-case word w is a noun of
// n38Collectives or its plural ("teams", "juries", "caucuses"). Its
// hook is in n12Speaks (n12_subject.go).
func n38Collective(w string) bool {
	if n38Collectives[w] {
		return true
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return n38Collectives[w[:len(w)-3]+"y"]
	case strings.HasSuffix(w, "ses"):
		return n38Collectives[w[:len(w)-2]] // "caucuses"
	case strings.HasSuffix(w, "s"):
		return n38Collectives[w[:len(w)-1]]
	}
	return false
}
