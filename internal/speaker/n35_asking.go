package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n35AskReach bounds how far before a quotation n35Asking reads, in
// bytes: the clause from its subject to the verb of asking.
const n35AskReach = 200

// n35AskWords is the most words between the clause's subject and the
// verb of asking or saying ("We spent much of the rest of the school
// year asking “…”").
const n35AskWords = 14

// n35AskTail is the most words between the verb and the opening mark
// of a mixed quotation ("asking if there were “…”").
const n35AskTail = 5

// n35Asking gives a speaker to a quotation in marks that a gerund or
// an infinitive of asking or saying introduces with no comma before
// it, which the readers of a finite verb ("she asked “…”") and of a
// participle after a comma (", saying “…”": f1_phrase.go) leave
// without one: "We spent a week asking “what should we build?”",
// "I'd start by asking “how …?”", "they all start to ask “what is
// possible?”", "we should be saying “can you show me …”", "Ann Reed
// posted to the forum asking if there were “…”". The asker is the
// subject of the clause that holds the verb ("We", "I", "they", "Ann
// Reed"), or the object that an infinitive's verb of causing names
// ("which led us to ask “…”": us). "I" and "we" are the writer, as the
// other readers take them; "he" and "she" are resolved as they do. A
// name after a noun of a role is the subject's head ("Snopes fact
// checker and staff writer Ann Reed posted … asking"). "They" is left
// alone: on the web pages it was read as a thing named before ("they
// all start to ask", after "When everyone in the newsroom …", went to
// "Macbooks"), a wrong speaker where none was. Quotations that follow
// in the same sentence with only "and", "or" and punctuation between
// take the same speaker: "by asking “…?”, “…?” and “…?”".
//
// What it must not read: a clause with a negation ("you don't need to
// say “…”", "we don't have enough data to say “…”": no one says it), a
// generic "you" or an imperative (no subject), "as if to say" and "as
// much as to say", a verb that is not of asking or saying, a clause
// opened by a relative or subordinating word between the subject and
// the verb, another asker between them ("Smith left and Jones kept
// asking", "a letter from Ann Reed asking", "We often hear voters
// asking": "and", "from", a verb of perceiving), a noun right before
// the verb that the gerund describes ("responded to a tweet asking",
// "tired of people asking": n35NounBefore), and for an infinitive's
// object pronoun a negated clause or "for" before it ("It never led us
// to ask", "hard for me to say"). It reads at most n35AskReach bytes
// before each quotation, within its sentence.
func (a *attributor) n35Asking() {
	d, text := a.d, a.text
	last := -1 // the quotation this pass gave a speaker last
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 || len(q.Marks) == 0 || q.Kind != doc.QuoteMixed && q.Kind != doc.QuoteDirect || q.Speaker.Name != "" {
			continue
		}
		if last >= 0 && a.n35Follows(&d.Quotes[last], q) {
			src := &d.Quotes[last]
			q.Speaker, q.Cue = src.Speaker, src.Cue
			q.Chain = append(src.Chain[:0:0], src.Chain...)
			last = i
			continue
		}
		pre := text[max(0, q.Start-80):q.Start]
		if !strings.Contains(pre, "ask") && !strings.Contains(pre, "say") {
			continue
		}
		toks, _, whole := a.beforeMark(q.Start, n35AskReach)
		c := n35AskCue(text, toks, q.Kind == doc.QuoteMixed)
		if c < 0 {
			continue
		}
		if (toks[c].low == "asking" || toks[c].low == "ask") && !strings.HasSuffix(strings.TrimRight(q.Words(text), " .,”\"’'"), "?") {
			continue // "asking “what the board should be doing” about the pier": no question, perhaps the writer's term
		}
		sp, cue, ok := a.n35Asker(toks[:c+1], c, whole, i)
		if !ok {
			continue
		}
		q.Speaker, q.Cue = sp, cue
		q.Chain = append(q.Chain[:0:0], sp.Name)
		last = i
	}
}

// n35AskCue finds the verb of asking or saying before a quotation's
// opening mark in toks: "asking" or "saying", or "ask" or "say" after
// "to", right before the mark (a comma or a colon may stand between)
// or, for a mixed quotation, at most n35AskTail words before it with
// no mark between ("asking if there were “…”"). It returns the verb's
// index, or -1.
func n35AskCue(text string, toks []tok, mixed bool) int {
	n := len(toks)
	words := 0
	for j := n - 1; j >= 0 && j >= n-1-n35AskTail-1; j-- {
		t := &toks[j]
		if !t.word {
			if j == n-1 && (t.str(text) == "," || t.str(text) == ":") {
				continue
			}
			return -1
		}
		switch t.low {
		case "asking", "saying":
			return j
		case "ask", "say":
			if j > 0 && toks[j-1].word && toks[j-1].low == "to" {
				return j
			}
		}
		if words++; !mixed || words > n35AskTail {
			return -1
		}
	}
	return -1
}

// n35Asker reads the asker of the verb at toks[c]: an object pronoun
// before "to ask" ("led us to ask"), or the subject that opens the
// clause holding the verb, the sentence's start (whole: the reach held
// it) or the word after the last comma. It returns the speaker, the
// cue (the verb) and whether one was found.
func (a *attributor) n35Asker(toks []tok, c int, whole bool, qi int) (doc.Speaker, doc.Span, bool) {
	text := a.text
	cue := doc.Span{Start: toks[c].s, End: toks[c].e}
	if toks[c].low == "ask" || toks[c].low == "say" {
		if c >= 2 && toks[c-2].word {
			if p, ok := n35Objects[toks[c-2].low]; ok {
				if c >= 3 && toks[c-3].low == "for" || !n35Unstopped(text, toks, c-2, whole) {
					return doc.Speaker{}, cue, false // "hard for me to say", "It never led us to ask", "Nobody wanted us to say"
				}
				m := doc.Span{Start: toks[c-2].s, End: toks[c-2].e}
				if name := a.n35Resolve(p, m, qi); name != "" {
					return doc.Speaker{Name: name, Mention: m}, cue, true
				}
				return doc.Speaker{}, cue, false
			}
		}
		if c >= 3 && toks[c-2].low == "if" && toks[c-3].low == "as" || c >= 2 && toks[c-2].low == "as" {
			return doc.Speaker{}, cue, false // "as if to say", "as much as to say", "so as to say"
		}
	}
	k := c - 1
	for k >= 0 && toks[k].word {
		k--
	}
	if k < 0 && !whole || k >= 0 && toks[k].str(text) != "," {
		return doc.Speaker{}, cue, false
	}
	k++
	for k < c && !toks[k].word {
		k++
	}
	if c-k > n35AskWords || k >= c {
		return doc.Speaker{}, cue, false
	}
	head := k // the subject's name after a noun of a role: "fact checker and staff writer Ann Reed posted …"
	for j := k + 1; j < c-1; j++ {
		if toks[j].is(isPerson|isTitle) && !capital(toks[j].str(text)) && capital(toks[j+1].str(text)) {
			head = j + 1
			break
		}
	}
	for j := k + 1; j < c; j++ {
		w := toks[j].low
		if n35Stops[w] || j > head && n35Clauses[w] || n35Perceive[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") {
			return doc.Speaker{}, cue, false
		}
	}
	if c-1 > k && n35NounBefore(text, toks, c) {
		return doc.Speaker{}, cue, false // "responded to a tweet asking", "dozens of emails asking": the noun's
	}
	w := toks[k].low
	if p, ok := contracted[w]; ok {
		w = p // "I’d start by asking"
	}
	m := doc.Span{Start: toks[k].s, End: toks[k].e}
	switch w {
	case "i", "we", "he", "she":
		if name := a.n35Resolve(w, m, qi); name != "" {
			return doc.Speaker{Name: name, Mention: m}, cue, true
		}
		return doc.Speaker{}, cue, false
	}
	if n35Stops[w] || w == "you" || w == "it" || w == "they" || w == "there" || !capital(toks[k].str(text)) {
		return doc.Speaker{}, cue, false
	}
	k = head // "Snopes fact checker and staff writer Ann Reed posted …": the name after the role
	f, ok := a.f1Subject(toks[k:c])
	if !ok || f.pronoun != "" || f.name == "" {
		return doc.Speaker{}, cue, false
	}
	return doc.Speaker{Name: f.name, Mention: f.subj}, cue, true
}

// n35Unstopped reports whether the clause that holds the object
// pronoun at toks[p] ("which led us to ask") holds no word of n35Stops
// or n35Perceive and no negation before it: "It never led us to ask",
// "Nobody wanted us to say" give none. The clause opens after the last
// mark before the pronoun, or at the sentence's start (whole: the
// reach held it); a relative word that opens it ("…, which led us to
// ask") is its subject and is not read.
func n35Unstopped(text string, toks []tok, p int, whole bool) bool {
	k := p - 1
	for k >= 0 && toks[k].word {
		k--
	}
	if k < 0 && !whole {
		return false // the clause's start is beyond the reach
	}
	k++
	if k < p && (toks[k].low == "which" || toks[k].low == "that" || toks[k].low == "who") {
		k++
	}
	for j := k; j < p; j++ {
		w := toks[j].low
		if n35Stops[w] || n35Perceive[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") {
			return false
		}
	}
	return true
}

// n35NounBefore reports whether the word right before the verb of
// asking at toks[c] is a noun the gerund describes, not the subject's
// act: a noun of a person or a message ("a tweet asking", "people
// asking", "dozens of emails asking", "a letter asking") or a plural
// after a determiner, a quantity or a preposition ("the voters
// asking"). A noun of time ("spent a week asking", "for years
// asking") and a place ("posted on the forum asking") are the
// clause's adverbials and are left alone; so is a capitalised word
// ("posted on Facebook asking").
func n35NounBefore(text string, toks []tok, c int) bool {
	t := &toks[c-1]
	w := t.low
	if !t.word || capital(t.str(text)) || n35TimeNouns[w] {
		return false
	}
	if n35Askers[w] || t.is(isPerson) || rolePlural(w) || carriers[w] || carriers[strings.TrimSuffix(w, "s")] {
		return true
	}
	if !pluralWord(w) || !strings.HasSuffix(w, "s") || t.is(isFunction|isAuxiliary|isBeForm|isFinite|isAdverb|isReporting|isCue) {
		return false
	}
	b := &toks[c-2]
	return b.word && (b.is(isDet|isPrep|isQuantifier|isQuantity|isNumberWord) || b.low == "of")
}

// n35Askers are the nouns for people that a gerund of asking describes
// ("people asking “…”", "someone saying “…”") which persons.txt does
// not hold.
var n35Askers = map[string]bool{
	"people": true, "someone": true, "somebody": true, "anyone": true, "anybody": true, "everyone": true, "everybody": true,
	"others": true, "folks": true, "voters": true, "readers": true, "users": true, "fans": true, "customers": true,
	"friends": true, "residents": true, "citizens": true, "parents": true, "students": true, "kids": true, "children": true,
	"members": true, "colleagues": true, "listeners": true, "viewers": true, "callers": true, "commenters": true,
}

// n35TimeNouns are the nouns of time that stand before a gerund as the
// clause's adverbial ("spent years asking").
var n35TimeNouns = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"hour": true, "hours": true, "minute": true, "minutes": true, "decade": true, "decades": true, "night": true, "nights": true,
	"morning": true, "mornings": true, "evening": true, "evenings": true, "afternoon": true, "ages": true, "time": true, "times": true,
	"winter": true, "summer": true, "spring": true, "autumn": true, "fall": true, "season": true, "while": true,
}

// n35Clauses are the words that, between a subject and the verb of
// asking, open a clause or phrase of another asker: "Smith left early
// and Jones kept asking", "a letter from Ann Reed asking".
var n35Clauses = map[string]bool{"and": true, "but": true, "or": true, "from": true}

// n35Perceive are the verbs of perceiving whose object, not their
// subject, does what the gerund after it says: "We often hear voters
// asking", "I keep hearing people saying", "I saw him asking".
var n35Perceive = map[string]bool{
	"hear": true, "hears": true, "heard": true, "hearing": true,
	"overhear": true, "overhears": true, "overheard": true, "overhearing": true,
	"see": true, "sees": true, "saw": true, "seen": true, "seeing": true,
	"watch": true, "watches": true, "watched": true, "watching": true,
	"notice": true, "notices": true, "noticed": true, "noticing": true,
	"remember": true, "remembers": true, "remembered": true, "remembering": true,
	"recall": true, "recalls": true, "recalled": true, "recalling": true,
	"imagine": true, "imagines": true, "imagined": true, "imagining": true,
	"find": true, "finds": true, "found": true, "finding": true,
	"listen": true, "listens": true, "listened": true, "listening": true,
	"catch": true, "catches": true, "caught": true,
}

// n35Resolve gives the name a pronoun of n35Asker means: "I" and "we"
// the writer (resolve), "he" and "she" the name the readers resolve
// them to. "They" and "them" are never asked of it (see n35Asking).
func (a *attributor) n35Resolve(p string, m doc.Span, qi int) string {
	if p == "i" || p == "we" {
		return a.resolve(p, m, qi)
	}
	return a.resolveAt(p, m)
}

// n35Objects are the object pronouns that an infinitive's asker may be
// ("led us to ask"), with the subject pronoun each resolves as; "them"
// is not one, as "they" is not read (n35Asking).
var n35Objects = map[string]string{"us": "we", "me": "i", "him": "he"}

// n35Stops are the words that, between a subject and the verb of
// asking, show the verb is not that subject's act of asking: a
// negation ("not", "never") or a word that opens another clause
// ("that", "which", "who", "if", "because").
var n35Stops = map[string]bool{
	"not": true, "never": true, "no": true, "nobody": true, "cannot": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true,
	"if": true, "because": true, "when": true, "whether": true, "unless": true, "than": true,
	"without": true, "instead": true, "rather": true, "don’t": true, "don't": true,
	"nothing": true, "none": true, "neither": true, "nor": true, "hardly": true,
}

// n35Follows reports whether quotation q follows src in its sentence
// with only "and", "or" and punctuation between: another question of
// the same list.
func (a *attributor) n35Follows(src, q *doc.Quote) bool {
	if q.Start < src.End || q.Start-src.End > 12 || a.sentenceStart(q.Start) != a.sentenceStart(src.Start) {
		return false
	}
	between := strings.TrimSpace(a.text[src.End:q.Start])
	between = strings.Trim(between, ",;“”\"‘’ ")
	between = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), "and"))
	between = strings.TrimSpace(strings.TrimPrefix(between, "or"))
	return strings.Trim(between, ",;“”\"‘’ ") == ""
}
