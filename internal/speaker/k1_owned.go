package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// k1Finish retypes a phrase in marks inside reported speech as the
// reporter's source's own words. In news prose a marked phrase inside
// the content of an attribution whose speaker is X ("Ed Moss warned
// against a “reckless plan”", "the board said the repairs were
// “long overdue”") quotes X: the writer marks the words X used, which
// the attribution paraphrases around them (a mixed quotation). The quote
// stage types such a phrase scare, as it reads no speaker; once the
// enclosing indirect quotation has one, the phrase is X's, with X's cue
// and chain. PolNeAR marks these attributions mixed, with X the speaker.
//
// The enclosing attribution must be one of speech or writing (a verb of
// classes s, k or o of reporting.txt: "warned", "said", "called", or
// "according to"): the one who thinks, wants or sees something ("she
// knew the “girl” would…", most of them in novels) chose no words the
// writer could quote.
//
// The attribution must be a top-level one: one nested in another is
// read with less certainty (its speaker may be a word of the outer
// speaker's sentence), and the phrase may be either speaker's.
//
// A phrase right after "the" or a possessive is left alone: "Ed Ames said
// the “reform” failed" refers to a thing by a name in the writer's
// marks, which the speaker need not have used (the team's earlier
// policy, TestScareStays); after "a", an adjective or a verb the phrase
// is what the speaker called it ("warned against a “bad deal”",
// "called it “a con”").
//
// Only a scare quote with marks whose nearest enclosing quotation is an
// indirect one with a speaker (past one with no source, a passive's
// "was expected to") is read: a marked phrase inside a direct
// quotation is the speaker's own scare quote, and one with no enclosing
// attribution is the writer's. One pass over the quotations.
func k1Finish(d *doc.Document) {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteScare || q.Parent < 0 || len(q.Marks) == 0 {
			continue
		}
		p := &d.Quotes[q.Parent]
		if p.Kind == doc.QuoteIndirect && p.Speaker.Name == "" && p.Speaker.Mention.End == p.Speaker.Mention.Start && p.Parent >= 0 {
			p = &d.Quotes[p.Parent] // past a reading with no source inside the attribution: "said the Duchess was expected to be patron “within weeks”"
		}
		if p.Kind != doc.QuoteIndirect || p.Parent >= 0 || p.Speaker.Name == "" || !k1SpeechCue(d.Text, p.Cue) {
			continue
		}
		if k1Definite(d.Text, q.Marks[0].Start) {
			continue
		}
		q.Kind, q.Speaker, q.Cue = doc.QuoteMixed, p.Speaker, p.Cue
		q.Chain = append([]string(nil), p.Chain...)
	}
}

// k1SpeechCue reports whether the cue c in text is a verb of speech or
// writing (reporting.txt classes s, k, o) or "according to".
func k1SpeechCue(text string, c doc.Span) bool {
	if c.End <= c.Start || c.End-c.Start > 24 {
		return false
	}
	w := strings.ToLower(text[c.Start:c.End])
	if i := strings.IndexByte(w, ' '); i > 0 {
		w = w[:i] // "according to"
	}
	return w == "according" || r2SpeechClass(reportingSenses(w))
}

// k1Definite reports whether the word right before the opening mark at
// open is "the" or a possessive ("his", "its", "Acme's"): the marked
// phrase then names a thing the sentence refers to. It reads at most 12
// bytes back.
func k1Definite(text string, open int) bool {
	e := open
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && e-s < 12 && (text[s-1] >= 'a' && text[s-1] <= 'z' || text[s-1] >= 'A' && text[s-1] <= 'Z' || text[s-1] == '\'') {
		s--
	}
	w := strings.ToLower(text[s:e])
	return k1Possessives[w] || strings.HasSuffix(w, "'s")
}

// k1Possessives are the definite determiners and possessive pronouns.
var k1Possessives = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}
