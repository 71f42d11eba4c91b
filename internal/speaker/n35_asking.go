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
// "Macbooks"), a wrong speaker where none was. Quotations that follow in the same sentence with only "and", "or"
// and punctuation between take the same speaker: "by asking “…?”,
// “…?” and “…?”".
//
// What it must not read: a clause with a negation ("you don't need to
// say “…”", "we don't have enough data to say “…”": no one says it), a
// generic "you" or an imperative (no subject), "as if to say", a verb
// that is not of asking or saying, and a clause opened by a relative
// or subordinating word between the subject and the verb. It reads at
// most n35AskReach bytes before each quotation, within its sentence.
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
		s := a.sentenceStart(q.Start)
		lo := max(s, q.Start-n35AskReach)
		toks := a.ix.scratch(slotBeats, lo, q.Start)
		n := len(toks)
		for n > 0 && !toks[n-1].word && strings.ContainsAny(toks[n-1].str(text), "“\"‘") {
			n-- // the opening mark
		}
		c := n35AskCue(text, toks[:n], q.Kind == doc.QuoteMixed)
		if c < 0 {
			continue
		}
		if (toks[c].low == "asking" || toks[c].low == "ask") && !strings.HasSuffix(strings.TrimRight(q.Words(text), " .,”\"’'"), "?") {
			continue // "asking “what the board should be doing” about the pier": no question, perhaps the writer's term
		}
		sp, cue, ok := a.n35Asker(toks[:c+1], c, lo == s, i)
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
				m := doc.Span{Start: toks[c-2].s, End: toks[c-2].e}
				if name := a.n35Resolve(p, m, qi); name != "" {
					return doc.Speaker{Name: name, Mention: m}, cue, true
				}
				return doc.Speaker{}, cue, false
			}
		}
		if c >= 3 && toks[c-2].low == "if" && toks[c-3].low == "as" {
			return doc.Speaker{}, cue, false // "as if to say"
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
	for j := k + 1; j < c; j++ {
		w := toks[j].low
		if n35Stops[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") {
			return doc.Speaker{}, cue, false
		}
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
	for j := k + 1; j < c-1; j++ {
		if toks[j].is(isPerson|isTitle) && !capital(toks[j].str(text)) && capital(toks[j+1].str(text)) {
			k = j + 1 // "Snopes fact checker and staff writer Ann Reed posted …": the name after the role
			break
		}
	}
	f, ok := a.f1Subject(toks[k:c])
	if !ok || f.pronoun != "" || f.name == "" {
		return doc.Speaker{}, cue, false
	}
	return doc.Speaker{Name: f.name, Mention: f.subj}, cue, true
}

// n35Resolve gives the name a pronoun of n35Asker means: "I" and "we"
// the writer (resolve), "he", "she" and "they" the name the readers
// resolve them to.
func (a *attributor) n35Resolve(p string, m doc.Span, qi int) string {
	if p == "i" || p == "we" {
		return a.resolve(p, m, qi)
	}
	return a.resolveAt(p, m)
}

// n35Objects are the object pronouns that an infinitive's asker may be
// ("led us to ask"), with the subject pronoun each resolves as.
var n35Objects = map[string]string{"us": "we", "me": "i", "them": "they", "him": "he"}

// n35Stops are the words that, between a subject and the verb of
// asking, show the verb is not that subject's act of asking: a
// negation ("not", "never") or a word that opens another clause
// ("that", "which", "who", "if", "because").
var n35Stops = map[string]bool{
	"not": true, "never": true, "no": true, "nobody": true, "cannot": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true,
	"if": true, "because": true, "when": true, "whether": true, "unless": true, "than": true,
	"without": true, "instead": true, "rather": true, "don’t": true, "don't": true,
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
