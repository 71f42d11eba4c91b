package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n35NounCues removes the readings whose cue is a word that is a noun
// as well as a verb of saying ("requests", "calls", "views",
// "questions", "support") standing where only the noun can: the
// readings the audit of the web pages found in technical prose, "HTTP
// requests per second", "performs Heartbeat RPC calls to the
// controller", "organizations that also have views on free software",
// "led to many more questions about the web", "the download requests
// for these crates". Two positions are read, each a few words:
//
//   - the word after the cue is a preposition that the verb takes no
//     object through (n35Preps less the lemma's own, n35Licensed): a
//     transitive verb of saying is followed by its object or clause
//     ("the agency requests that …", "Smith calls the plan …", "she
//     questions whether …"), never by "per", "about" or "on"; the
//     verb's own particles stay ("calls for", "comments on", "plans
//     to", "reports from");
//   - "to" after the cue opens no infinitive: "calls to the
//     controller", not "the Times request to unseal the file", whose
//     infinitive is the noun's content.
//
// A reading whose speaker follows the cue is the noun's own and is
// left alone: "won a pledge from the mayor to rebuild the pier". A
// form of "have" before the cue is left alone: "the I.R.S. has
// questions about his returns" is a stance PolNeAR marks.
// A possessive before the cue is left alone: "Trump's claim that …",
// "his plan for …" are the nominal attributions news corpora mark. A
// cue followed by "that", a wh-word or a colon is left alone in both
// positions, and so is a preposition that opens an adverbial phrase
// before the verb's clause or infinitive ("claims on Truth Social that
// …", "vows on Monday to veto …", "reports for the third quarter that
// …": n35ClauseAfter), which the review of the first cut found
// dropped. Only indirect readings with a one-word cue are read; the
// cue's neighbours at most n35Reach bytes away: linear.
//
// Measured on PolNeAR's dev set: of the readings it removes none was a
// gold attribution's (the one the first cut took, "has questions
// about", is why a form of "have" is left alone).
func n35NounCues(d *doc.Document) {
	text := d.Text
	var gone []bool
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteIndirect || q.Cue.End <= q.Cue.Start || q.Cue.End > len(text) || q.Cue.End-q.Cue.Start > 12 {
			continue
		}
		if q.Speaker.Mention.End > q.Cue.Start {
			continue // "a pledge from the mayor to …": the noun's source, read as such
		}
		if n35Unlicensed(text[q.Cue.Start:q.Cue.End]) {
			continue // "said", "told", "according": no noun of n35Licensed opens so
		}
		cue := strings.ToLower(text[q.Cue.Start:q.Cue.End])
		lic, ok := n35Licensed[cue]
		if !ok {
			continue
		}
		prev := n35WordBefore(text, q.Cue.Start)
		if strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "s'") || n35Possessives[prev] {
			continue // "Trump's claim about …", "his plan for …"
		}
		next := n35WordAfter(text, q.Cue.End)
		if next == "" || next == "that" || n35Wh[next] {
			continue
		}
		if !n35Preps[next] || strings.Contains(" "+lic+" ", " "+next+" ") || n35Have[prev] {
			continue
		}
		if next == "about" && n35Number(text, q.Cue.End) {
			continue // "answers about two thousand requests": "about" counts
		}
		if next == "to" && n35Infinitive(text, q.Cue.End) {
			continue // "the Times request to unseal the file": the noun's own content
		}
		if n35ClauseAfter(text, q.Cue.End) {
			continue // "claims on Truth Social that …", "vows on Monday to veto …": the verb, an adverbial between
		}
		gone = markGone(gone, len(d.Quotes), i)
	}
	if gone != nil {
		dropQuotes(d, gone, leaveChain)
	}
}

// n35Reach bounds how far from the cue n35NounCues looks for the words
// beside it.
const n35Reach = 24

// n35Licensed are the cue words n35NounCues reads, nouns as well as
// verbs, each with the prepositions its verb takes ("calls for",
// "plans to", "comments on"): after one of those the word is read as
// the verb.
var n35Licensed = map[string]string{
	"request": "", "requests": "",
	"call": "for on upon", "calls": "for on upon",
	"view": "", "views": "",
	"question": "", "questions": "",
	"order": "", "orders": "",
	"support": "", "supports": "",
	"project": "to", "projects": "to",
	"claim": "to", "claims": "to",
	"report": "on from to about", "reports": "on from to about",
	"comment": "on", "comments": "on",
	"answer": "to for", "answers": "to for",
	"demand": "of from", "demands": "of from",
	"plan": "to on for", "plans": "to on for",
	"promise": "to", "promises": "to",
	"offer": "to", "offers": "to",
	"note": "", "notes": "",
	"estimate": "", "estimates": "",
	"fear": "for", "fears": "for",
	"doubt": "", "doubts": "",
	"concern": "", "concerns": "",
	"hope": "for to", "hopes": "for to",
	"vow": "to", "vows": "to",
	"pledge": "to", "pledges": "to",
	"quote": "from", "quotes": "from",
	"tweet": "about to on from", "tweets": "about to on from",
	"post": "about to on from", "posts": "about to on from",
	"reply": "to", "replies": "to",
	"signal": "to", "signals": "to",
	"point": "to out at", "points": "to out at",
	"mention": "", "mentions": "",
}

// n35Pairs marks the first two letters of the words of n35Licensed,
// a bit for each pair of ASCII letters, made from the map.
var n35Pairs = func() (p [26 * 26]bool) {
	for w := range n35Licensed {
		p[int(w[0]-'a')*26+int(w[1]-'a')] = true
	}
	return p
}()

// n35Unlicensed reports whether cue is surely no word of n35Licensed,
// by its first two bytes: two ASCII letters, as strings.ToLower leaves
// them but for their case, that open no word of the map. Most cues are
// "said", "says", "told" or "according", which it turns away before
// strings.ToLower and a map look-up, some 180 instructions a reading
// (about 3 M on issue 3's benchmark); any other first bytes go on to
// those (false).
func n35Unlicensed(cue string) bool {
	if len(cue) < 2 {
		return false
	}
	a, b := cue[0]|0x20, cue[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return false
	}
	return !n35Pairs[int(a-'a')*26+int(b-'a')]
}

// n35Preps are the prepositions after which a cue of n35Licensed is a
// noun unless its verb takes them. "In", "at", "by" and "with" may
// open an adverbial phrase between a verb and its object ("shows in
// detail how …") and are not read.
var n35Preps = map[string]bool{"per": true, "about": true, "on": true, "of": true, "for": true, "to": true, "from": true}

// n35Have are the forms of "have" before a cue that n35NounCues leaves
// alone: "the I.R.S. has questions about his returns" is a stance the
// news corpora mark (PolNeAR's dev set holds it with the cue "has
// questions about").
var n35Have = map[string]bool{"have": true, "has": true, "had": true, "having": true}

// n35Possessives are the possessive determiners: the noun after them is
// a nominal attribution's head ("his promises to …").
var n35Possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// n35Wh are the words that open a clause after a verb of asking or
// saying ("questions whether …", "requests how …").
var n35Wh = map[string]bool{"whether": true, "if": true, "how": true, "what": true, "why": true, "who": true, "when": true, "where": true, "which": true}

// n35WordBefore returns the lower-case word that ends right before the
// space before offset at, within n35Reach bytes; "" if a mark or a
// line's end stands between.
func n35WordBefore(text string, at int) string {
	lo := max(0, at-n35Reach)
	e := at
	for e > lo && text[e-1] == ' ' {
		e--
	}
	if e == at || e == lo {
		return ""
	}
	s := e
	for s > lo && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '\t' {
		s--
	}
	return strings.ToLower(text[s:e])
}

// n35WordAfter returns the lower-case word that starts after the space
// after offset at, within n35Reach bytes; a mark instead of a word
// (":", ",") comes back as itself, and "" is returned where the text or
// the reach ends.
func n35WordAfter(text string, at int) string {
	hi := min(len(text), at+n35Reach)
	s := at
	for s < hi && text[s] == ' ' {
		s++
	}
	if s >= hi {
		return ""
	}
	e := s
	for e < hi && (isASCIILetter(text[e]) || text[e] == '-') {
		e++
	}
	if e == s {
		return text[s : s+1]
	}
	return strings.ToLower(text[s:e])
}

// n35Infinitive reports whether "to" after offset at (the cue's end)
// opens an infinitive: the word after it is lower case and no
// determiner or pronoun ("to unseal", not "to the", "to HSC", "to
// them").
func n35Infinitive(text string, at int) bool {
	hi := min(len(text), at+n35Reach)
	s := at
	for s < hi && text[s] == ' ' {
		s++
	}
	if !strings.HasPrefix(text[s:hi], "to ") {
		return false
	}
	w := n35WordAfter(text, s+2)
	if w == "" || !(text[s+3] >= 'a' && text[s+3] <= 'z') {
		return false
	}
	return !n9Determiners[w] && !pronouns[w] && !n35Possessives[w] && w != "them" && w != "us" && w != "me" && w != "him"
}

// n35ClauseWords is how many words after the cue's preposition
// n35ClauseAfter reads, and n35ClauseReach the bytes it reads at most.
const (
	n35ClauseWords = 6
	n35ClauseReach = 64
)

// n35ClauseAfter reports whether a clause or an infinitive opens within
// n35ClauseWords words after the preposition after offset at (the
// cue's end): "that", a wh-word or an infinitive "to" ("claims on Truth
// Social that …", "vows on Monday to veto …", "requests from the
// ministry that …"). Then the preposition opens an adverbial phrase
// between the verb and its clause, and the cue is the verb. The nouns'
// phrases read ("requests per second at its busiest hour", "calls to
// the scheduler every ten seconds") hold none. A mark ends the words
// read.
func n35ClauseAfter(text string, at int) bool {
	hi := min(len(text), at+n35ClauseReach)
	s := at
	for n := 0; n <= n35ClauseWords; n++ {
		for s < hi && text[s] == ' ' {
			s++
		}
		e := s
		for e < hi && text[e] != ' ' && text[e] != '\n' {
			e++
		}
		if e == s || e == hi && hi < len(text) {
			return false // the reach cuts the word
		}
		tok := text[s:e]
		w := strings.ToLower(strings.TrimRight(tok, ".,;:!?)"))
		if n > 0 { // the preposition itself is not read
			if w == "that" || n35ClauseWh[w] {
				return true
			}
			if w == "to" && n35Infinitive(text, s) {
				return true
			}
		}
		if w != strings.ToLower(tok) || strings.ContainsAny(tok, "\"“”(—") {
			return false // a mark ends the phrase
		}
		s = e
	}
	return false
}

// n35ClauseWh are the wh-words n35ClauseAfter reads as opening the
// verb's clause; "if", "when", "where", "which" and "who" may open a
// condition or a relative clause of the noun's phrase ("requests per
// second when the cache is cold") and are not read.
var n35ClauseWh = map[string]bool{"whether": true, "how": true, "what": true, "why": true}

// n35Numbers are the number words "about" may count with.
var n35Numbers = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "a": true, "half": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true, "hundreds": true, "dozen": true, "dozens": true}

// n35Number reports whether "about" after offset at opens a number
// ("about 40 staff", "about two thousand"): an adverb of the verb's
// object, not the noun's preposition.
func n35Number(text string, at int) bool {
	hi := min(len(text), at+n35Reach)
	i := strings.Index(text[at:hi], "about")
	if i < 0 {
		return false
	}
	s := at + i + len("about")
	for s < hi && text[s] == ' ' {
		s++
	}
	if s < hi && (text[s] >= '0' && text[s] <= '9' || text[s] == '$') {
		return true
	}
	return n35Numbers[n35WordAfter(text, s)]
}
