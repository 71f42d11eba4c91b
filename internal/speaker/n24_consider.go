package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n24Deliberation reports whether q is a reading of "consider" whose
// content is a bare object: "the court considered the matter", "voters
// could have considered them", "the team is considering ways of cutting
// costs". That is deliberation, weighing a thing, and reports no
// stance: on PolNeAR's dev set 1 of the 5 readings of "consider" was a
// gold attribution, and the 4 others read a bare object or a passive
// ("which … and considered the only country that …"). n32Objects, the
// pass of cues with a plain object, drops such readings.
//
// What it must keep: the judging sense, where the object has a
// predicate after it, a small clause that says what the subject holds
// the thing to be: "did not consider Ann a serious rival" (a second
// noun phrase), "considers it unlikely", "consider this the last
// draft" (a pronoun and its predicate), "considered the plan as
// flawed", "consider the delays to be a problem"; and every reading
// whose content opens with a complementizer or a wh-word ("considers
// that …", "is considering whether …") or a gerund, an act weighed as
// an intention ("is considering closing the pier"), which the class of
// the verb (reporting.txt, c) reads as before. The content is read at most
// n24Reach bytes from its start: linear. q is an indirect reading with
// a content and a cue inside text.
func n24Deliberation(text string, q *doc.Quote) bool {
	if !n24Consider(lastWordOf(trimSpace(text[q.Cue.Start:q.Cue.End]))) {
		return false
	}
	c := q.Content[0]
	if c.Start < q.Cue.End || c.Start-q.Cue.End > 2 || strings.TrimSpace(text[q.Cue.End:c.Start]) != "" {
		return false // not an object read right after the verb
	}
	return !n24Predicated(text[c.Start:min(c.End, c.Start+n24Reach)]) && !n24Fronted(text, q.Speaker.Mention)
}

// n24Reach is the most bytes of a content that n24Predicated reads:
// room for a long object before its "as" ("considers the sudden
// abolition of the office of county coroner, by the new charter, as
// a mistake").
const n24Reach = 160

// n24Fronted reports whether the word right before the mention m is a
// relative or interrogative that stands for the object of "consider",
// so that the content read after the verb is the object's predicate:
// "what most people would consider fair", "a plan that she considered
// a mistake", "which he considered his right"; not a relative after a
// preposition ("in which he sat considering the flames"), nor the
// "that" of a clause after a verb of reporting ("said that the court
// considered the matter"). At most
// n24FrontReach bytes before the mention are read.
func n24Fronted(text string, m doc.Span) bool {
	if m.End <= m.Start || m.Start > len(text) {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[max(0, m.Start-n24FrontReach):m.Start]))
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	if len(ws) > 1 && n24Link[ws[len(ws)-2]] && w != "what" {
		return false // "in which he was considering the flames": the relative is the preposition's
	}
	if w == "that" && len(ws) > 1 && isReportingWord(ws[len(ws)-2]) {
		return false // "officials said that the court considered the matter": a clause's "that", no relative
	}
	return w == "what" || w == "which" || w == "that" || w == "whom"
}

// n24FrontReach is the most bytes before a mention that n24Fronted
// reads: the relative and the word before it.
const n24FrontReach = 20

// n24Consider reports whether w is a form of "consider".
func n24Consider(w string) bool {
	// Eight bytes or more and a "c" first, before the word is
	// lower-cased: no rune beyond ASCII lower-cases to "c", and those
	// that lower-case to an ASCII letter (the dotted capital I, the
	// Kelvin sign) are longer than it, so a shorter word is none of
	// the four.
	if len(w) < len("consider") || w[0]|0x20 != 'c' {
		return false
	}
	switch strings.ToLower(w) {
	case "consider", "considers", "considered", "considering":
		return true
	}
	return false
}

// n24Opener are the words that open a clause, not an object: the class
// of the verb reads these, and n24Deliberation leaves them.
var n24Opener = map[string]bool{"that": true, "whether": true, "if": true, "how": true, "what": true, "why": true, "who": true, "whom": true, "which": true, "when": true, "where": true, "to": true}

// n24Pronoun are the object pronouns and demonstratives after which any
// word but a preposition or a conjunction is the object's predicate:
// "it unlikely", "them a threat", "this the beta version".
var n24Pronoun = map[string]bool{"it": true, "them": true, "him": true, "her": true, "me": true, "us": true, "you": true, "this": true, "these": true, "those": true, "himself": true, "herself": true, "themselves": true, "itself": true, "myself": true, "ourselves": true}

// n24Det are the words that open a second noun phrase, the predicate of
// a small clause ("Ann a serious rival", "Kaine her mentor").
var n24Det = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// n24Link are the words that may stand before a determiner inside one
// noun phrase or a phrase hung on it: prepositions and conjunctions
// ("ways of cutting the costs", "the color of the flames").
var n24Link = map[string]bool{"of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "to": true, "about": true, "into": true, "over": true, "under": true, "between": true, "among": true, "and": true, "or": true, "but": true, "than": true, "during": true, "after": true, "before": true, "against": true, "through": true, "across": true, "within": true, "without": true, "toward": true, "towards": true, "like": true, "that": true, "which": true, "who": true, "all": true}

// n24Predicated reports whether the content s of a reading of
// "consider" is a clause or an object with its predicate (see
// n24Deliberation): it opens with a complementizer, a wh-word or a
// gerund; or
// "as" or "to be" follows in it; or it opens with a pronoun followed by
// a word that is no preposition or conjunction; or a determiner opens a
// second noun phrase among its first five words, after a word that is
// neither a preposition, a conjunction nor a form in -ing.
func n24Predicated(s string) bool {
	var ws []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }) {
		ws = append(ws, strings.ToLower(f))
	}
	if len(ws) == 0 {
		return true
	}
	if n24Opener[strings.TrimRight(ws[0], ",;:.")] || len(ws[0]) > 4 && strings.HasSuffix(ws[0], "ing") {
		return true // a clause, or an act weighed as one's intention: "is considering closing the pier" (c1_lexicon_test.go)
	}
	for k, w := range ws {
		if k > 0 && w == "as" || k > 0 && k+1 < len(ws) && w == "to" && ws[k+1] == "be" {
			return true
		}
	}
	if n24Pronoun[ws[0]] {
		return len(ws) > 1 && !n24Link[ws[1]] && ws[1] != "as" && ws[1][0] >= 'a' && ws[1][0] <= 'z'
	}
	for k := 1; k < len(ws) && k < 5; k++ {
		p := ws[k-1]
		if !n24Det[ws[k]] || strings.TrimRight(p, ",;:.") != p || n24Link[p] || strings.HasSuffix(p, "ing") || n24Det[p] {
			continue
		}
		return true
	}
	return false
}
