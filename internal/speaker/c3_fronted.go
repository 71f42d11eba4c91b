package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// c3FrontedReach bounds the content c3Fronted reads: a phrase of a few
// words before the subject.
const c3FrontedReach = 80

// c3Fronted reports whether the content of an attribution whose cue
// comes after it ("…, officials said") is a fronted adverbial phrase,
// not what was said: a preposition and a short noun phrase that open the
// sentence before its subject, "In a wide-ranging interview, President
// Obama also said: …", "In their meetings this week, the team boasted
// of …", "On July 6, 2015, …". Reported words before their cue are a
// clause; a phrase of at most seven words that opens with a preposition
// and holds no finite or past verb, no word in -ed and no subject
// pronoun with a word after it holds none. Bytes and the first word
// gate the reading of the words.
func c3Fronted(ix *tokIndex, f found, content []doc.Span) bool {
	if len(content) != 1 || f.cue.Start < content[0].End || content[0].End-content[0].Start > c3FrontedReach {
		return false
	}
	var buf [8]string
	ws := ix.wordLows(content[0].Start, content[0].End, buf[:0])
	if len(ws) == 0 || len(ws) > 7 || !c3FrontPreps[ws[0]] {
		return false
	}
	for i, w := range ws[1:] {
		if finiteWords[w] || pastVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed") || pronouns[w] && i+2 < len(ws) {
			return false
		}
	}
	return true
}

// c3FrontPreps open a fronted phrase of place, time or occasion. Not
// "about", which is as often "about 50 people".
var c3FrontPreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "since": true, "for": true, "with": true, "under": true, "over": true, "from": true, "among": true, "amid": true, "despite": true, "through": true, "throughout": true, "within": true, "without": true}
