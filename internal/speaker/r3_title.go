package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A headline in title case that opens with a phrase ended by a comma,
// then its source and verb: "Railing Against Tolls, Mayor Vows To Keep
// Ferry", "After Storm, Governor Says Pier Will Reopen", "Amid Strike,
// Union Pledges Talks". titleCue reads the source from the headline's
// first word and stops at a comma before the verb, so such a headline
// went unread. The opening phrase is a participle's ("Railing Against
// …") or a preposition's ("After …", "Amid …"): a name or a noun before
// the comma would be one of a list of sources ("Moss, Ortiz Trade
// Barbs"), which the words after the comma do not name alone.

// r3TitleLeads are the prepositions that open a headline's phrase of
// time, place or circumstance before its subject.
var r3TitleLeads = map[string]bool{
	"after": true, "before": true, "amid": true, "despite": true, "during": true, "following": true,
	"in": true, "at": true, "on": true, "with": true, "since": true, "as": true, "over": true,
	"under": true, "ahead": true, "facing": true, "for": true, "from": true, "to": true, "without": true,
}

// r3TitleCue is titleCue (parc.go), and failing it, titleCue of the
// headline's words after an opening phrase: one that begins with a
// participle in -ing or one of r3TitleLeads and ends with a comma
// within its first six tokens, at least two words before it. The
// comma is looked for once, so the words after it are read once.
func r3TitleCue(text string, toks []tok, end int) (found, doc.Span) {
	if g, c := titleCue(text, toks, end); g.ok || len(toks) < 5 || !toks[0].word {
		return g, c
	}
	if w := toks[0].low; !r3TitleLeads[w] && !(len(w) > 5 && strings.HasSuffix(w, "ing")) {
		return found{}, doc.Span{}
	}
	for p := 2; p < 7 && p+1 < len(toks); p++ {
		if toks[p].word {
			continue
		}
		if toks[p].str(text) != "," || !toks[p+1].word {
			return found{}, doc.Span{}
		}
		return titleCue(text, toks[p+1:], end)
	}
	return found{}, doc.Span{}
}
