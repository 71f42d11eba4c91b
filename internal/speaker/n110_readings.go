package speaker

import "slices"

// n110ItFinds reports whether "it" at offset at is the subject of a
// verb of finding, decision or intention whose content the verb's own
// form marks: "It found that …", "It ruled that …", "It wants the
// ministry to …", "It plans to close the plant". A verb of belief
// ("It believes that …", "It concluded that …") stays out, as
// TestN1ItSpeech and TestN73ItConcludes hold. itBefore reads a body
// named before "it" only for a verb of speech, as "it" before "showed"
// or "would prove" is as often a deal or a fact; a body that a
// sentence before named ("The board was not persuaded. It found that
// at least two of the firms …") is what finds and wants in news prose.
// Of the verbs of evidence only "found that" is read: a report or data
// shows and suggests ("it showed"), and thingBefore reads those.
func (a *attributor) n110ItFinds(at int) bool {
	toks := a.ix.scratch(slotItSaid, at, min(len(a.text), at+60))
	for k := 1; k < len(toks) && k <= 3 && toks[k].word; k++ {
		t := &toks[k]
		if ss := reporting[t.low]; len(ss) > 0 {
			next := ""
			if k+1 < len(toks) {
				next = toks[k+1].low
			}
			return slices.ContainsFunc(ss, func(s verbSense) bool {
				switch s.class {
				case 'x':
					return s.particle == "" && next == "that"
				case 'i':
					return s.particle == "" && !s.ing
				case 'v':
					return s.particle == "" && next == "that" && (t.low == "found" || t.low == "finds") // a body finds; it shows or suggests little
				}
				return false
			})
		}
		if !t.is(isAdverb) && !lyAdverb(t.low) {
			return false
		}
	}
	return false
}

// n110TrailingIt reports whether rest[c], a verb of evidence right
// after "it" that opens the words after a clause's comma, ends the
// clause as a trailing cue: "The new taxes will cover the payments, it
// found." As after a noun of finding (findingAfter: "…, the report
// found"), the verb reports; "it" is then named by the carrier of
// words before it (itBefore), or the attribution is dropped.
func n110TrailingIt(rest []tok, c int) bool {
	return c == 1 && rest[0].low == "it" && findingVerb(rest[c].senses())
}

// findingVerb reports whether senses hold a verb of evidence without a
// particle in a finite form: "found", "shows".
func findingVerb(senses []verbSense) bool {
	return slices.ContainsFunc(senses, func(s verbSense) bool { return s.class == 'v' && s.particle == "" && !s.ing })
}
