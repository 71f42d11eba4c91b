package speaker

import (
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A relative pronoun taken out of the clause a verb of saying reports:
// "the pier, which the mayor said would reopen in May", "a levy that
// critics say will raise fares", "amounting to what the senators said
// was a giveaway". The pronoun is the subject of the reported clause,
// so the verb is followed at once by that clause's verb ("would",
// "will", "was") and cueContent, which looks for a clause with its own
// subject, reads nothing after it. News prose uses this to report a
// claim about a thing it has just named. The content is the pronoun
// and the clause after the verb, as PolNeAR marks it ("which" … "would
// reopen in May"); the speaker is the subject between them.
//
// The readings that are not reports: the pronoun as the object of the
// verb ("the words which he said, were cruel" has a comma before the
// next verb; objectRelative reads it), and a restrictive relative in
// the subject of its sentence ("The things that he said were cruel":
// the main verb follows). So "which" must follow a comma, "what" a
// word of its clause, and "that" a noun that itself follows a verb or
// a preposition: not one that opens the sentence.

// r3Bridge reads the verb of saying or believing at toks[c] (classes
// s, k, c of reporting.txt, not a participle in -ing) as above: its
// subject ends right before it (past up to two adverbs) and the
// relative pronoun right before the subject; after the verb, past at
// most three times or adverbs ("last year", "on Monday", "also"; not a
// day alone, which may be the clause's subject), comes an auxiliary or
// a finite verb. The clause runs to the next comma (within
// r3BridgeSpan tokens) or the sentence's end (contentEnd), within
// limit.
func (a *attributor) r3Bridge(toks []tok, c, limit int) (found, []doc.Span, bool) {
	text := a.text
	if c+1 >= len(toks) || !toks[c+1].word || !r3BridgeSense(toks[c].senses()) {
		return found{}, nil, false // the clause's verb or a time after the verb, a word
	}
	// After the verb: the reported clause's verb.
	j := c + 1
	for n := 0; n < 3 && j < len(toks) && toks[j].word; n++ {
		if (toks[j].low == "last" || toks[j].low == "on" || toks[j].low == "this") && j+1 < len(toks) && toks[j+1].is(isTimeWord) {
			j += 2 // "said last year", "said on Monday"; not a day that is the clause's subject ("thought Saturday would suit")
		} else if toks[j].adverbish() && !toks[j].is(isTimeWord) {
			j++
		} else {
			break
		}
	}
	if j >= len(toks) || !toks[j].word || toks[j].s >= limit {
		return found{}, nil, false
	}
	if v := &toks[j]; !v.is(isAuxiliary|isFinite) && !pastForm(*v) && !v.is2(isPastVerb) {
		return found{}, nil, false
	}
	// Before the verb: the subject, then the pronoun.
	k := c - 1
	for n := 0; n < 2 && k >= 0 && toks[k].word && toks[k].adverbish(); n++ {
		k--
	}
	if k < 2 || !toks[k].word {
		return found{}, nil, false
	}
	g := subjectEnding(text, toks, k)
	if !g.ok || g.subj.End != toks[k].e || g.pronoun == "who" {
		return found{}, nil, false
	}
	m := sort.Search(k+1, func(i int) bool { return toks[i].s >= g.subj.Start })
	if m < 2 || m > k {
		return found{}, nil, false
	}
	// A description before a name: "which Amazon's founder Jeff Bezos
	// said": the mention runs back to the pronoun, four words at most.
	for p := m - 1; p >= 2 && p >= m-4 && !relativeWord(toks[m-1].low); p-- {
		if !toks[p].word || toks[p].is(isFunction|isAuxiliary|isFinite) || pastForm(toks[p]) {
			break
		}
		if relativeWord(toks[p-1].low) {
			m = p
			g.subj.Start, g.whole = toks[p].s, true
		}
	}
	r, b := &toks[m-1], &toks[m-2]
	switch r.low {
	case "which":
		if b.str(text) != "," {
			return found{}, nil, false
		}
	case "what":
		// After a preposition or a verb ("amounted to what …"), not
		// after "be" ("That was what she said": objectRelative's) nor
		// where "what" opens a clause of its own ("hoped that what
		// she said would help": the free relative is its subject).
		if !b.word || b.is(isBeForm|isSubordinator|isClauseLead) || b.low == "and" || b.low == "or" {
			return found{}, nil, false
		}
	case "that":
		// After a noun, not a verb or an adjective of stance ("replied
		// that she thought …", "aware that a …"), in a phrase that
		// follows a verb or a preposition (r3BridgeHead).
		if !b.word || b.is(isFunction|isAuxiliary|isPronoun) || b.is(isReporting) && !(m >= 3 && toks[m-3].is(isDet)) || !r3BridgeHead(text, toks, m-2) {
			return found{}, nil, false
		}
	default:
		return found{}, nil, false
	}
	if b.word && slices.ContainsFunc(b.senses(), func(s verbSense) bool { return s.class == 'a' }) || !agrees(text, g, toks[c].senses()) {
		return found{}, nil, false // "aware that a serious dispute …": no noun before "that", and no subject that agrees with a base form
	}
	end := contentEnd(text, toks, toks[j].s, limit)
	for i := j + 1; i < len(toks) && i < j+r3BridgeSpan && toks[i].s < end; i++ {
		if !toks[i].word && toks[i].str(text) == "," {
			end = toks[i].s // the relative clause ends at its comma
			break
		}
	}
	if end <= toks[j].s {
		return found{}, nil, false
	}
	g.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	if g.pronoun == "" {
		g = withArticle(text, toks, widen(a.ix, g))
	}
	return g, []doc.Span{{Start: r.s, End: r.e}, {Start: toks[j].s, End: end}}, true
}

// r3BridgeSpan bounds the tokens r3Bridge reads for the comma that
// ends its clause: a sentence of any length is read in linear time.
const r3BridgeSpan = 80

// r3BridgeSense reports whether senses hold a finite or base form of a
// verb of speech or belief (classes s, k, c), not a participle in -ing.
func r3BridgeSense(senses []verbSense) bool {
	ok := false
	for _, s := range senses {
		if s.ing {
			return false
		}
		ok = ok || s.class == 's' || s.class == 'k' || s.class == 'c'
	}
	return ok
}

// r3BridgeHead reports whether the noun at toks[h], before "that",
// ends a noun phrase that follows a verb or a preposition of its
// clause, at most six words back: "backs a levy that …", "a rise in
// fares that …". A phrase that opens the sentence or follows a comma
// may be the subject of a main verb after the relative clause.
func r3BridgeHead(text string, toks []tok, h int) bool {
	for i := h - 1; i >= 0 && i >= h-6; i-- {
		t := &toks[i]
		if !t.word {
			return false
		}
		if t.is(isPrep|isAuxiliary|isFinite) || pastForm(*t) || t.is2(isPastVerb) || t.is(isReporting) {
			return true
		}
	}
	return false
}

// r3BridgeEnd (attributionsInto asks it only of a sentence with a
// wh-word) returns where a content read from offset from to offset
// to ends when a relative clause that r3Bridge reads comes in it after
// a comma: "he attacked the others for taking donations, which he said
// were tied to favors" reports the attack up to the comma, and the
// relative clause is a report of its own, not part of the first. The
// pattern: ", which", a subject of at most five words with no verb, a
// verb of saying or believing, and an auxiliary or a finite verb right
// after it. Else to.
func r3BridgeEnd(text string, toks []tok, from, to int) int {
	if from >= to || to > len(text) {
		return to
	}
	for at := from; at < to; {
		x := strings.Index(text[at:to], ", which ")
		if x < 0 {
			return to // most contents hold none: a byte search, not the tokens
		}
		at += x
		i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
		if i+4 < len(toks) && toks[i+1].low == "which" && r3BridgeAt(toks, i+2) {
			return at
		}
		at += len(", which ")
	}
	return to
}

// r3BridgeAt reports whether the words from toks[s] are a subject of
// at most five words with no verb, a verb of saying or believing, and
// an auxiliary or a finite verb right after it: "he said were", "the
// port said had".
func r3BridgeAt(toks []tok, s int) bool {
	for v := s + 1; v < s+6 && v+1 < len(toks) && toks[v].word; v++ {
		if toks[v].is(isAuxiliary | isFinite) {
			return false
		}
		if r3BridgeSense(toks[v].senses()) {
			n := &toks[v+1]
			return n.word && (n.is(isAuxiliary|isFinite) || pastForm(*n) || n.is2(isPastVerb))
		}
	}
	return false
}
