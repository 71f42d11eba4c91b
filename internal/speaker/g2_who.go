package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// "who" taken out of the clause a verb of saying reports: "The victim,
// who police said was 25, died at the scene", "the driver, who
// witnesses said was speeding". News prose uses this to give a fact
// about a person it has just named on someone else's word. It is
// r3Bridge's pattern (r3_bridge.go) with a person's relative pronoun,
// which r3Bridge turns away: the pronoun is the subject of the
// reported clause, so the verb of saying is followed at once by that
// clause's verb. The content is the pronoun and the clause after the
// verb ("who" … "was 25"), as PolNeAR marks r3Bridge's; the speaker is
// the subject between them. ("whom" in its place, "a man whom
// officials say had been warned", is a slip left unread.)
//
// Not a report: "who" as the object of the verb ("the man who she said
// she loved") has a subject after the verb, not a verb; "who" as the subject of the verb of saying ("the
// mayor, who said the pier was safe") has no subject between them,
// and is readCue's. Unlike "which" ("the words which he said, were
// cruel"), "who" needs no comma before it where the noun it follows
// is an object ("arrested a man who police said was armed").

// g2WhoBack bounds how far before the verb of saying "who" is looked
// for: the pronoun, a subject of up to five words and two adverbs.
const g2WhoBack = 8

// g2Who reads the verb of saying or believing at toks[c] as above and
// adds what it finds with add; it reports whether it added one.
// attributionsInto asks it where readCue read no content for the verb;
// has is the clause's word classes, and a clause without a wh-word
// ("who" is one) is not read.
func (a *attributor) g2Who(toks []tok, c, limit int, has wordClass, add func(found, []doc.Span)) bool {
	// Inlined at the call: "who" is a wh-word and a subject pronoun
	// (whWords, subjectPronouns), and a clause without both has none.
	return has&isWhWord != 0 && has&isSubjectPronoun != 0 && a.g2WhoRead(toks, c, limit, add)
}

// g2WhoRead is g2Who past its gate.
func (a *attributor) g2WhoRead(toks []tok, c, limit int, add func(found, []doc.Span)) bool {
	if c < 2 || c+1 >= len(toks) || !toks[c+1].word {
		return false
	}
	if n := &toks[c+1]; !n.is(isAuxiliary|isFinite) && !pastForm(*n) && !n.is2(isPastVerb) && !n.adverbish() && n.low != "last" && n.low != "on" && n.low != "this" {
		return false // the reported clause's verb, or a time or an adverb before it, comes at once (read below)
	}
	// "who" shortly before the verb, compared by its length and first
	// byte before its text.
	w := -1
	for i := c - 2; i >= 0 && i >= c-g2WhoBack; i-- {
		if l := toks[i].low; len(l) == 3 && l[0] == 'w' && l == "who" {
			w = i
			break
		}
	}
	if w < 1 || !r3BridgeSense(toks[c].senses()) {
		return false
	}
	text := a.text
	// After the verb: the reported clause's verb, past times and
	// adverbs as r3Bridge steps over them.
	j := c + 1
	for n := 0; n < 3 && j < len(toks) && toks[j].word; n++ {
		if (toks[j].low == "last" || toks[j].low == "on" || toks[j].low == "this") && j+1 < len(toks) && toks[j+1].is(isTimeWord) {
			j += 2
		} else if toks[j].adverbish() && !toks[j].is(isTimeWord) {
			j++
		} else {
			break
		}
	}
	if j >= len(toks) || !toks[j].word || toks[j].s >= limit {
		return false
	}
	if v := &toks[j]; !v.is(isAuxiliary|isFinite) && !pastForm(*v) && !v.is2(isPastVerb) {
		return false
	}
	// Before the verb: the subject, which must start right after the
	// pronoun.
	k := c - 1
	for n := 0; n < 2 && k > w && toks[k].word && toks[k].adverbish(); n++ {
		k--
	}
	if k <= w || !toks[k].word {
		return false
	}
	g := subjectEnding(text, toks, k)
	if !g.ok || g.subj.End != toks[k].e || g.subj.Start != toks[w+1].s || g.pronoun == "who" {
		return false
	}
	// After a comma, or after a noun in a phrase that follows a verb or
	// a preposition (r3BridgeHead): "Police arrested a man who they said
	// was armed". Not "those who", "ask who", nor a noun that may be
	// the subject of a main verb after the clause ("The man who police
	// said was armed was arrested": where would the report end?).
	if b := &toks[w-1]; !(text[b.s:b.e] == "," || b.word && !b.is(isFunction|isAuxiliary|isCue|isPronoun) && r3BridgeHead(text, toks, w-1)) {
		return false
	}
	if !agrees(text, g, toks[c].senses()) {
		return false
	}
	end := contentEnd(text, toks, toks[j].s, limit)
	for i := j + 1; i < len(toks) && i < j+r3BridgeSpan && toks[i].s < end; i++ {
		if !toks[i].word && text[toks[i].s:toks[i].e] == "," {
			end = toks[i].s // the relative clause ends at its comma
			break
		}
	}
	if end <= toks[j].e {
		return false
	}
	g.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	if g.pronoun == "" {
		g = withArticle(text, toks, widen(a.ix, g))
	}
	add(g, []doc.Span{{Start: toks[w].s, End: toks[w].e}, {Start: toks[j].s, End: end}})
	return true
}
