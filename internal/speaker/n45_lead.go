package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n45LeadWords mends a mention that opens with a word no noun phrase
// opens with, after the other passes have named the speakers. The
// mention finder ran back past the subject's start over the verb of
// the clause before it ("I thought Turkey would …", "she found her
// brother was offering …"), or over a word that opens no phrase at all
// ("seems to be a rather polarizing", "were certain Samus", "till
// Catherine").
//
//   - An auxiliary or a form of "be" (but "not" and "never"), a verb of
//     raising, or a conjunction of n45Conjunctions: when a noun phrase
//     follows (a capital, a determiner or a quantifier: "Catherine",
//     "the obvious"), it is the mention; otherwise the mention names no
//     one and the quotation keeps its words and loses its speaker, but
//     only when the speaker's name itself opens with that word (a name
//     the other passes chose elsewhere is theirs to keep). An indirect
//     reading keeps its words: on PolNeAR's dev set the one such
//     reading's words lay on a gold attribution's.
//   - A past of n45Pasts, a verb of thinking, knowing, perceiving or
//     saying that takes a clause with its own subject: the word is
//     trimmed only when a noun phrase follows ("thought Turkey", "heard
//     one aunt", "found her brother"); otherwise the mention is left as
//     it is, since a past participle before a noun is mostly an
//     adjective of the mention's own phrase ("proposed nominee Ann
//     Ortiz", "accused killer John Doe", "worried residents").
//
// The name loses the word only when it held it. What it must not read:
// a mention in capitals ("Will Smith", "Said Ali", "May Ruiz"), a
// one-word mention ("who", "that"), "not" and "never" before a
// quantifier ("not everyone agrees": the gold marks the whole phrase),
// a participle used as an adjective ("acclaimed director Ava Reyes",
// "alleged victims", "informed sources", "delighted organizers",
// "retired captain Ann Ortiz", "elected officials"), and a present
// form, which may be a plural noun ("claims by the council"). One look
// at each mention's first two words: linear, and most mentions are
// turned away by their first byte.
func (a *attributor) n45LeadWords() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if m.End <= m.Start || m.End > len(text) || text[m.Start] < 'a' || text[m.Start] > 'z' || q.Speaker.Name == "" || m.End-m.Start > n45LeadMax {
			continue
		}
		s := text[m.Start:m.End]
		k := strings.IndexByte(s, ' ')
		if k <= 0 {
			continue
		}
		w := s[:k]
		lead := p35LeadWords[w] // one look-up for n45Clears and n45Pasts (p35_case.go)
		if lead == 0 {
			continue
		}
		clears := lead&1 != 0
		rest := strings.TrimLeft(s[k:], " ")
		old := q.Speaker.Name
		holds := len(old) >= len(w) && strings.EqualFold(old[:len(w)], w) && (len(old) == len(w) || old[len(w)] == ' ')
		if n45Phrase(rest) {
			ns := doc.Span{Start: m.End - len(rest), End: m.End}
			q.Speaker.Mention = ns
			if holds && len(old) > len(w) {
				a.n30Rechain(i, old, text[ns.Start:ns.End])
				q.Speaker.Name = text[ns.Start:ns.End]
			}
			continue
		}
		if clears && holds {
			a.n30Clear(i, old)
		}
	}
}

// n45LeadMax bounds the mentions read: a longer one is a phrase the
// mention passes widened on purpose (an appositive, a relative clause).
const n45LeadMax = 80

// n45Lead reports whether w, a word in lower case, is a word
// n45LeadWords takes off a mention's start: one of n45Clears or of
// n45Pasts.
func n45Lead(w string) bool { return n45Clears[w] || n45Pasts[w] }

// n45Clears holds the words that open no noun phrase whatever follows
// them: the auxiliaries and forms of "be" of parc.go but "not" and
// "never" (which open "not everyone", "never once"), the verbs of
// raising of parc.go ("seems", "appeared"), and n45Conjunctions. A
// mention that opens with one and has no noun phrase after it names no
// one. Made once from those lists.
var n45Clears = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{auxiliaries, raising, n45Conjunctions} {
		for w := range set {
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

// n45Pasts are pasts of verbs of thinking, knowing, perceiving and
// saying that take a clause with its own subject after them ("I
// thought Turkey would …", "she heard one aunt say …", "we believed
// the board would …"). Irregular pasts, and regular ones that are
// seldom an adjective before a noun: not "alleged", "accused",
// "noted", "expected", "proposed", "informed", "concerned", "worried",
// "determined", "reported" or "published", which open phrases that
// name a speaker ("alleged victims", "informed sources").
var n45Pasts = map[string]bool{
	"thought": true, "knew": true, "heard": true, "found": true, "saw": true, "felt": true,
	"told": true, "said": true, "wrote": true, "meant": true, "understood": true,
	"believed": true, "hoped": true, "assumed": true, "feared": true, "suspected": true,
	"guessed": true, "figured": true, "reckoned": true, "imagined": true, "realized": true,
	"realised": true, "noticed": true, "insisted": true, "argued": true,
	"claimed": true, "explained": true, "added": true, "replied": true, "answered": true,
	"asked": true, "announced": true, "declared": true, "remarked": true, "wondered": true,
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
