package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// mayFind reports whether attributionsInto may find anything in the
// clause whose toks are the index's tokens all[i:j] (clauseClass's
// stretch, cut nowhere), with has and trig as classIn read them and
// blocked as indirect passes it. It reads the index's tokens in place,
// as classIn does: false means attributionsInto would return nothing,
// and indirect neither makes the clause's toks nor calls it.
//
// Most clauses that reach attributionsInto (issue 3's pipeline: 69 k a
// run) hold a word of its lists and yield nothing (70% of them); their
// toks cost some 30 instructions each to make, and attributionsInto's
// rules some thousand instructions a clause to turn them away. The
// test here is each rule's gate, read as attributionsInto reads it or
// wider, never narrower:
//
//   - the rules of nouns of stance, speech and evaluation, "as",
//     facing and appearance: their bits (any one, and the clause may);
//   - those read only without a blocked quotation (len(blocked) == 0):
//     "according", a colon token (headline, b2ColonEnd, colonNoun),
//     "in" first (inView, inInquiry), a trailing cue after a comma or
//     dash (trailingMay), a last verb of evidence (evidenceLast);
//   - "asked" or a word in -ing first, a second word in "ng" (the
//     fronted participles), a capitalised verb of reporting where
//     titleVerb looks (without headlineVerb's further test);
//   - the main loop's verbs (trig): each is passed over here only where
//     the loop passes it over before reading it, at its first tests: a
//     mark, a word with no senses ("respond", "see" and "like" forms
//     may be given some: they may), a capitalised word, one inside a
//     blocked quotation or its cue, and one after a word that makes it
//     a noun (nounBefore) unless that word is "that" (relativeThat) or
//     a quantifier (quantifierSubject).
//
// With the gates open (TestGates) every clause may. TestMayFind holds
// it to attributionsInto on every clause of the examples, the gold
// sets' texts and random clauses: none it turns away yields anything.
func (a *attributor) mayFind(i, j int, has wordClass, trig []int32, blocked []doc.Quote) bool {
	x := a.ix
	cs := x.all[i:j]
	if gatesOff || len(cs) == 0 || has&(isStance|isAs|isFacing|isAppearance|isEvalNoun|isStanceHolder|isSpeechNoun) != 0 {
		return true
	}
	// The main loop's verbs first: a clause that yields an attribution
	// most often has one the loop reads, and is answered here.
	text := x.text
	for _, c32 := range trig {
		c := int(c32)
		t := &cs[c]
		if !t.word || len(lexicon[t.lex].senses) == 0 && !senseGiven(x.low(*t)) || capital(text[t.s:t.e]) || blockedAt(blocked, int(t.s)) {
			continue
		}
		if c > 0 {
			p := &cs[c-1]
			prev := tok{s: int(p.s), e: int(p.e), word: p.word, lex: p.lex, low: x.low(*p)}
			if nounBefore(text, &prev) && prev.low != "that" && !prev.is(isQuantifier) {
				continue
			}
		}
		return true
	}
	w0 := x.low(cs[0])
	if w0 == "asked" || strings.HasSuffix(w0, "ing") || has&isReporting != 0 && (len(cs) > 6 && g2Ing(x.low(cs[1])) || titleVerbMay(text, cs, trig)) {
		return true
	}
	if len(blocked) > 0 {
		return false // the rules below read a clause without a blocked quotation only
	}
	// The clause's bytes are searched for a colon, a comma and a dash's
	// first byte, where a token of each may be (a byte search of some
	// 100 bytes, where a walk over the tokens was some 5 instructions
	// a token).
	b := text[cs[0].s:cs[len(cs)-1].e]
	return has&isAccording != 0 || w0 == "in" || w0 == "according" || strings.IndexByte(b, ':') >= 0 ||
		has&(isCue|isReporting) != 0 && (strings.IndexByte(b, ',') >= 0 || strings.IndexByte(b, 0xE2) >= 0) && trailingMay(text, cs) ||
		has&isReporting != 0 && evidenceLastC(cs)
}

// senseGiven reports whether the main loop of attributionsInto may give
// the word w senses that the lexicon does not: "respond" forms
// (commentRequest), "see" forms (seeAs) and "like" ("would like to").
func senseGiven(w string) bool {
	switch w {
	case "respond", "responds", "responded", "see", "sees", "saw", "like":
		return true
	}
	return false
}

// blockedAt reports whether offset at lies in a quotation of blocked
// (outside the narration between its parts) or in one's cue: the
// attribution reader reads nothing there (attributionsInto's isBlocked).
func blockedAt(blocked []doc.Quote, at int) bool {
	for i := range blocked {
		q := &blocked[i]
		if _, gap := partsGap(q, at); q.Start <= at && at < q.End && !gap || q.Cue.Start <= at && at < q.Cue.End && q.Cue.End > q.Cue.Start {
			return true
		}
	}
	return false
}

// lastWordC returns one past the index of the last word of cs (0 if it
// has none), as trailingCue and evidenceLast find it.
func lastWordC(cs []ctok) int {
	n := len(cs)
	for n > 0 && !cs[n-1].word {
		n--
	}
	return n
}

// evidenceLastC is evidenceLast of the index's tokens.
func evidenceLastC(cs []ctok) bool {
	n := lastWordC(cs)
	return n >= 5 && evidenceSense(lexicon[cs[n-1].lex].senses)
}

// titleVerbMay is titleVerb of the index's tokens without headlineVerb:
// a capitalised verb of reporting last, or among trig's second to
// seventh tokens before the last two.
func titleVerbMay(text string, cs []ctok, trig []int32) bool {
	c := len(cs) - 1
	for c > 0 && !cs[c].word {
		c--
	}
	if c >= 0 && cs[c].is(isReporting) && capital(text[cs[c].s:cs[c].e]) {
		return true
	}
	for _, p := range trig {
		c := int(p)
		if c+2 >= len(cs) || c > 6 {
			break
		}
		if c >= 1 && cs[c].is(isReporting) && capital(text[cs[c].s:cs[c].e]) {
			return true
		}
	}
	return false
}

// trailingMay is true wherever trailingCue may find a cue in the clause
// of the index's tokens cs, and false for most clauses in which it
// cannot: it finds one only in the first ten tokens after a comma or a
// dash among the clause's second to last-but-one words' tokens, before
// the last word with isCue or isReporting, and past the closing marks
// after it. Here any mark whose first byte is a comma's or a dash's
// counts, the closing marks are all the marks after it, the ten tokens
// are read from the first word after it, and neither trailingCue's
// bound on a long clause's reach nor its tests of the words before the
// comma are read: each only widens what may.
func trailingMay(text string, cs []ctok) bool {
	n := lastWordC(cs)
	last := n - 1
	for last >= 0 && !(cs[last].word && cs[last].is(isCue|isReporting)) {
		last--
	}
	if n < 3 || last < 2 {
		return false
	}
	for k := min(n-2, last-1); k >= 1; k-- {
		if t := &cs[k]; t.word || t.e <= t.s || text[t.s] != ',' && text[t.s] != 0xE2 {
			continue
		}
		p := k + 1
		for p < n && !cs[p].word {
			p++
		}
		for c := p; c < n && c < p+10; c++ {
			if cs[c].word && cs[c].is(isCue|isReporting) {
				return true
			}
		}
	}
	return false
}

// mayFindSeen, when not nil (TestMayFind), is told of every clause
// indirect reads, with whether mayFind turned it away (turned), and
// how many attributions attributionsInto found in it: indirect then
// reads the clauses mayFind turns away too.
var mayFindSeen func(turned bool, clause string, found int)
