package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n54Unreported removes the indirect readings whose cue, read in its
// sentence, reports nothing: the word is a noun, or a verb used without
// the content it was read as taking. Two positions, each read from a
// few bytes around the cue and the content's first words:
//
//   - A colon right after a verb of request that voices no words
//     (n54Voiceless: "pressure", "invite", "encourage", "order"): such a
//     verb names whom it asks before what it asks ("pressured the board
//     to …", "encouraged them to …"), and a colon right after it leaves
//     it no object, so the word is the noun that ends a list, and the
//     colon opens the writer's own elaboration ("The levy would bring
//     revenue – and pressure: the council would …"). A verb of request
//     that voices words ("asked:", "pleaded:", "urged:", "demanded:")
//     introduces what was said, and is left alone, as is every verb of
//     another class ("added:", "found:", "concluded:").
//   - A content that is one clause of time reduced to a participle,
//     whose object is a wh-clause: "when looking at how …", "while
//     asking why …" (n54AdverbialContent). Such a clause tells when or
//     how, never what: a wh-clause that a verb reports ("the records
//     show when the ferry left") has a finite verb of its own, and
//     a clause of time before the words reported comes before their
//     subject ("the logs show when sailing at night the crew kept
//     watch"). The verb was used without a content ("The strain
//     begins to show when looking at how the board spent …").
//   - A noun of stance whose "that" is a relative pronoun: "there is
//     little in his plan that matches his rhetoric" (n54RelativeThat).
//     A "that" clause a noun reports has a subject of its own ("his
//     claim that fares rose"); a word in "-s" or "-ed" right after
//     "that" with a determiner or possessive after it is a verb with
//     its object, and "that" is its subject, the noun again. After a
//     verb, "that" may be a demonstrative subject ("she said that
//     costs the town millions"), and is not read.
//
// The readings go with their words: the writer states them. One look at
// the byte after the cue and at the content's first words: linear.
func n54Unreported(d *doc.Document) {
	text := d.Text
	var gone []bool
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteIndirect || q.Cue.End <= q.Cue.Start || q.Cue.End > len(text) || len(q.Content) == 0 {
			continue
		}
		if n54ColonNoun(text, q.Cue) || n54AdverbialContent(text, q.Content[0]) || n54RelativeThat(text, q.Cue, q.Content[0]) {
			gone = markGone(gone, len(d.Quotes), i)
		}
	}
	if gone != nil {
		dropQuotes(d, gone, leaveChain)
	}
}

// n54ColonNoun reports whether the cue at c is one word, a verb of
// request of n54Voiceless, with a colon right after it.
func n54ColonNoun(text string, c doc.Span) bool {
	if c.End >= len(text) || text[c.End] != ':' || c.End-c.Start > 14 {
		return false // the byte first: most cues have no colon after them
	}
	return n54Voiceless[n54Lemma(strings.ToLower(text[c.Start:c.End]))]
}

// n54Lemma strips the plural's (or the verb's third person's) ending:
// "orders" → "order", "pressures" → "pressure"; the stem is looked up
// with and without a final "e". A past or a participle ("ordered:",
// "pressing:") is a verb, whose colon may open the order's words, and
// is not stripped.
func n54Lemma(w string) string {
	for _, suf := range []string{"es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			st := w[:len(w)-len(suf)]
			if n54Voiceless[st] {
				return st
			}
			if n54Voiceless[st+"e"] {
				return st + "e"
			}
		}
	}
	return w
}

// n54Voiceless are the verbs of request of reporting.txt that voice no
// words of their own: they act on the one asked, and always name them.
// "ask", "beg", "plead", "urge", "implore", "demand", "appeal" and
// "request" voice the words asked, and may open them after a colon.
var n54Voiceless = map[string]bool{
	"pressure": true, "petition": true, "invite": true, "encourage": true,
	"order": true, "instruct": true, "direct": true,
}

// n54TimeLeads are the conjunctions that open a clause of time, which
// may be reduced to a participle ("when looking", "while sailing").
var n54TimeLeads = map[string]bool{
	"when": true, "while": true, "after": true, "before": true, "since": true, "until": true, "once": true,
}

// n54AdverbialContent reports whether the content span c is one
// reduced clause of time whose participle's object is a wh-clause: a
// word of n54TimeLeads, a lower-case word in "-ing", at most two
// prepositions of n54ParticiplePreps, then a wh-word of n54WhObjects
// ("when looking at how …", "while asking why …"), all in lower case
// as a content's words are; and no comma in the
// span. Words of a main clause after the participle's own ("when
// sailing at night the crew kept watch", "when asking why, the crew
// …") make the span a clause the verb reports, and are left alone.
func n54AdverbialContent(text string, c doc.Span) bool {
	from := c.Start
	if from < 0 || from >= len(text) || c.End > len(text) || c.End <= from {
		return false
	}
	if b := text[from]; b != 'w' && b != 'a' && b != 'b' && b != 's' && b != 'u' && b != 'o' {
		return false // the first byte first: most contents open with none of the conjunctions' letters
	}
	lead, e := n54NextWord(text, from)
	if !n54TimeLeads[lead] {
		return false
	}
	w, e := n54NextWord(text, e)
	if !strings.HasSuffix(w, "ing") || e > c.End {
		return false
	}
	for {
		w, e = n54NextWord(text, e)
		if w == "" || e > c.End {
			return false
		}
		if n54WhObjects[w] {
			break
		}
		if !n54ParticiplePreps[w] {
			return false
		}
	}
	return strings.IndexByte(text[from:c.End], ',') < 0
}

// n54RelativeThat reports whether the cue c is a noun of stance
// (stanceNoun) and the content c0 opens with "that", a lower-case word
// in "-s" or "-ed" that is no function word and none of n54Adverbs,
// then a word of n54ObjectDets.
func n54RelativeThat(text string, c, c0 doc.Span) bool {
	if c0.Start+5 > len(text) || text[c0.Start:c0.Start+5] != "that " || c.End > c0.Start {
		return false // the bytes first: most contents open with no "that"
	}
	if !stanceNoun(strings.ToLower(text[c.Start:c.End])) {
		return false
	}
	w, e := n54NextWord(text, c0.Start+4)
	if w == "" || w[0] < 'a' || w[0] > 'z' || !(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) || strings.HasSuffix(w, "ss") {
		return false
	}
	if function[w] || n54Adverbs[w] {
		return false // "that as his ferries age, …", "that unless the pier closes, …": a clause follows
	}
	det, e := n54NextWord(text, e)
	return e <= c0.End && n54ObjectDets[det]
}

// n54Adverbs are words in "-s" that open an adverbial phrase or clause
// inside a "that" clause, before its subject ("her warning that unless
// the pier closes …"), or are a verb of "be" or "have" ("her hope that
// was the start", whose "that" may be a demonstrative): no verb with
// its object.
var n54Adverbs = map[string]bool{
	"unless": true, "whereas": true, "perhaps": true, "thus": true, "besides": true, "always": true,
	"sometimes": true, "nevertheless": true, "nonetheless": true, "regardless": true, "afterwards": true, "afterward": true,
	"towards": true, "across": true, "is": true, "was": true, "has": true, "its": true, "this": true, "his": true,
}

// n54ObjectDets open an object; none follows the subject of a clause
// straight.
var n54ObjectDets = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "our": true, "their": true, "his": true, "her": true,
	"my": true, "your": true, "these": true, "those": true,
}

// n54ParticiplePreps may stand between a participle and its wh-clause
// object: "looking at how", "asking about why".
var n54ParticiplePreps = map[string]bool{"at": true, "into": true, "about": true, "over": true, "on": true, "to": true, "for": true, "through": true, "up": true, "back": true, "out": true}

// n54WhObjects open a wh-clause that may be a participle's object.
var n54WhObjects = map[string]bool{"how": true, "what": true, "why": true, "where": true, "whether": true, "which": true, "who": true, "if": true}

// n54NextWord returns the word of letters after the blanks after
// offset at, within a few bytes, as written, and where it ends; "" where
// a mark or the reach comes first. The words n54AdverbialContent reads
// are in lower case in a content, and are compared as written: no copy.
func n54NextWord(text string, at int) (string, int) {
	s := at
	for s < len(text) && s-at < 3 && text[s] == ' ' {
		s++
	}
	e := s
	for e < len(text) && e-s < 16 && isASCIILetter(text[e]) {
		e++
	}
	if e == s || e == at {
		return "", at
	}
	return text[s:e], e
}
