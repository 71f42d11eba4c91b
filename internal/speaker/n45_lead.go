package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n45LeadWords mends a mention that opens with a word no noun phrase
// opens with, after the other passes have named the speakers: an
// auxiliary or a form of "be" ("were certain Samus"), a verb of
// raising ("seems to be a rather polarizing"), a conjunction that opens
// a clause ("till Catherine", "except the obvious"), or the past of a
// verb of reporting or perceiving ("thought Turkey", "heard one aunt",
// "found her brother"). The mention finder ran back past the subject's
// start over the verb of the clause before it ("I thought Turkey would
// …", "she found her brother was offering …"). A subject never opens
// with its clause's verb or with a conjunction.
//
//   - When the words after that first word open a noun phrase (a
//     capital, a determiner or a quantifier: "Turkey", "her brother",
//     "one aunt"), they are the mention; the name is kept, or loses
//     the word when it held it.
//   - Otherwise the mention is no phrase that names anyone ("seems to
//     be a rather polarizing", "were certain Samus"): the quotation
//     keeps its words and loses its speaker. An indirect reading is
//     kept too: on PolNeAR's dev set the one such reading's words lay
//     on a gold attribution's, and dropping it cost content all.
//
// What it must not read: a mention in capitals ("Will Smith", "May
// Ruiz"), a one-word mention ("who", "that"), "not" and "never" before
// a quantifier ("not everyone agrees": the gold marks the whole
// phrase), a past participle that is no verb of reporting ("retired Air
// Force general Lloyd Newton", "elected officials", "leaked documents"),
// and a present form, which may be a plural noun ("claims by the
// council"). One look at each mention's first two words: linear, and
// most mentions are turned away by their first byte.
func (a *attributor) n45LeadWords() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if q.Speaker.Name == "" || m.End <= m.Start || m.End > len(text) || m.End-m.Start > n45LeadMax || text[m.Start] < 'a' || text[m.Start] > 'z' {
			continue
		}
		s := text[m.Start:m.End]
		k := strings.IndexByte(s, ' ')
		if k <= 0 || !n45Lead(s[:k]) {
			continue
		}
		rest := strings.TrimLeft(s[k:], " ")
		old := q.Speaker.Name
		if n45Phrase(rest) {
			ns := doc.Span{Start: m.End - len(rest), End: m.End}
			q.Speaker.Mention = ns
			if w := s[:k]; len(old) > len(w) && strings.EqualFold(old[:len(w)], w) && old[len(w)] == ' ' {
				a.n30Rechain(i, old, text[ns.Start:ns.End])
				q.Speaker.Name = text[ns.Start:ns.End]
			}
			continue
		}
		a.n30Clear(i, old)
	}
}

// n45LeadMax bounds the mentions read: a longer one is a phrase the
// mention passes widened on purpose (an appositive, a relative clause).
const n45LeadMax = 80

// n45Lead reports whether w, a word in lower case, opens no noun
// phrase: an auxiliary or a form of "be" but "not" and "never", a verb
// of raising, a conjunction of n45Conjunctions, or the past of a verb
// of reporting (in "-ed" or of n45Pasts) or of perceiving. One lookup
// in n45Leads, which holds them all.
func n45Lead(w string) bool { return n45Leads[w] }

// n45Leads is the set n45Lead asks, made once from the word lists.
var n45Leads = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{auxiliaries, raising, n45Conjunctions, n45Pasts} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range reporting {
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			m[w] = true
		}
	}
	delete(m, "not")
	delete(m, "never")
	return m
}()

// n45Conjunctions open a clause of time, reason or exception; "that",
// "who", "which" and "as", which may open a mention that is a relative
// pronoun or a comparison, are not here.
var n45Conjunctions = map[string]bool{
	"till": true, "until": true, "except": true, "because": true, "while": true, "when": true,
	"after": true, "before": true, "since": true, "although": true, "though": true, "unless": true,
	"whereas": true, "once": true,
}

// n45Pasts are irregular pasts of verbs of thinking, knowing and
// perceiving that take a clause with its own subject after them ("I
// thought Turkey would …", "she heard one aunt say …").
var n45Pasts = map[string]bool{
	"thought": true, "knew": true, "heard": true, "found": true, "saw": true, "felt": true,
	"told": true, "said": true, "wrote": true, "meant": true, "understood": true,
}

// n45Phrase reports whether s opens a noun phrase: a capital, or a
// determiner or quantifier in lower case ("her brother", "one aunt",
// "the obvious").
func n45Phrase(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c >= 'A' && c <= 'Z' {
		return true
	}
	w := s
	if k := strings.IndexByte(s, ' '); k > 0 {
		w = s[:k]
	}
	return dets[w] || n9Determiners[w] || n30GroupHeads[w]
}
