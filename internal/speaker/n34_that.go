package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n34ThatSources takes the speaker from a reading whose source is the
// relative pronoun "that" of a restrictive relative clause whose verb
// reports no words, thought or evidence: "rules that promise to
// transform the economy", "groups that support the mayor", "two case
// studies that illustrate this trade-off", "a new tool that can offer
// assistance". Such a clause says what its noun is (it describes the
// noun), not what someone said or thought: on PolNeAR dev two in eleven
// of these mentions were exact (0.18 on each half, far under the half
// an attribution needs to help), the gold splitting between "that", the
// noun before it and some other attribution's source, while "which" and
// "who" as sources are exact nine in ten. The web pages read this way
// are things ("a display that can show where the eyes are", "an
// assault that threatened to upset …").
//
// The reading itself stays, with no speaker: its words are most often
// inside some attribution PolNeAR marks. A nested one (inside another
// reading's words) is dropped instead: with no speaker it says nothing
// its parent does not.
//
// What it must not read:
//   - a verb of speech, thought or evidence (reporting.txt classes s,
//     k, o, c, t, v) before what may be a clause of its own (n34Clause): "an
//     article by the magazine that claimed the mayor lied", "a report
//     that found the pier was unsafe", "bank statements that show she
//     paid no tax" report what the article says or the papers show;
//   - a verb of intention whose "that" stands for one who can want
//     (n34Intends): "a photo editor that wanted to …";
//   - such a verb with its particle, before a topic: "people that
//     talked about enums". Such a verb with a noun for its object is
//     read as any other verb: "the think tank that published the
//     paper", "groups that don't disclose their funds", "a firm that
//     had declared bankruptcy" (none of them exact on dev);
//   - "which" and "who": a clause in commas, often about a person or
//     a body that spoke ("the Post, which first reported the story");
//   - a mention that is more than the one word "that", a mixed or
//     direct quotation, or a reading with no cue: a phrase in marks
//     nested in such a reading keeps its own reading.
//
// A reading below one whose speaker is taken leaves that name out of
// its chain of hands. One pass over the quotations, each reading its
// mention, the words of its cue and at most n34ClauseBytes of its
// content: linear.
func (a *attributor) n34ThatSources() {
	d := a.d
	var gone []bool
	var cleared []string // by quotation: the source name its reading, or an enclosing one, lost
	for i := range d.Quotes {
		q := &d.Quotes[i]
		// A quotation comes after the one it hangs from (Document.Quotes
		// is by Start), so a name cleared above it is known here: it
		// leaves the chain of hands of every reading below.
		if cleared != nil && q.Parent >= 0 && cleared[q.Parent] != "" {
			name := cleared[q.Parent]
			cleared[i] = name
			q.Chain = slices.DeleteFunc(slices.Clone(q.Chain), func(c string) bool { return c == name })
		}
		m := q.Speaker.Mention
		if q.Kind != doc.QuoteIndirect || q.Cue.End <= q.Cue.Start || q.Speaker.Name == "" || m.End-m.Start != 4 || !strings.EqualFold(d.Text[m.Start:m.End], "that") {
			continue
		}
		if speech, particle := n34SpeechCue(d.Text, q.Cue); particle || speech && len(q.Content) > 0 && a.n34Clause(q.Content[0]) || n34Intends(d.Text, q.Cue, q.Speaker.Name) {
			continue
		}
		if q.Parent >= 0 {
			gone = markGone(gone, len(d.Quotes), i)
			continue
		}
		if cleared == nil {
			cleared = make([]string, len(d.Quotes))
		}
		cleared[i] = q.Speaker.Name
		q.Speaker, q.Chain = doc.Speaker{}, nil
	}
	if gone != nil {
		dropQuotes(d, gone, leaveChain)
	}
}

// n34SpeechCue reports whether a word of the cue is a verb of speech,
// thought or evidence (reporting.txt classes s, k, o, c, t and v):
// "claimed", "says", "had told", "found", "show",
// and whether that verb's sense has a particle the cue holds too
// ("talked specifically about"), whose object is the topic of the words
// said. An empty cue is none.
func n34SpeechCue(text string, cue doc.Span) (speech, particle bool) {
	if cue.End <= cue.Start || cue.End > len(text) {
		return false, false
	}
	low := strings.ToLower(text[cue.Start:cue.End])
	for _, w := range strings.Fields(low) {
		for _, s := range reportingSenses(w) {
			switch s.class {
			case 's', 'k', 'o', 'c', 't', 'v':
				speech = true
				if s.particle != "" && strings.Contains(low, " "+s.particle) {
					return true, true
				}
			}
		}
	}
	return speech, false
}

// n34Intends reports whether a word of the cue is a verb of intention
// (reporting.txt class i: "want", "plan", "intend") and the noun "that"
// stands for, the last word of the speaker's name, names one who can
// want (n12Speaks): "two dozen firms that would want to use it", "a
// photo editor that wanted to …" say what the firms and the editor want
// (the judge of the web pages found such a reading lost), where "rules
// that promise to cut the fares" say what the rules are.
func n34Intends(text string, cue doc.Span, name string) bool {
	if cue.End <= cue.Start || cue.End > len(text) {
		return false
	}
	head := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	if !n12Speaks(head) {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(text[cue.Start:cue.End])) {
		for _, s := range reportingSenses(w) {
			if s.class == 'i' {
				return true
			}
		}
	}
	return false
}

// n34NounWords is the most words a content may have and still be read
// as a noun phrase after a verb of speech, thought or evidence: "the
// paper", "its own findings". n34ClauseBytes bounds the stretch read.
const (
	n34NounWords   = 3
	n34ClauseBytes = 160
)

// n34Clause reports whether the content c may be a clause of its own,
// as a verb of speech, thought or evidence reports one ("a letter that
// says the mayor lied", "papers that show Acme paid no tax", "a memo
// that says I lied"): anything but a short noun phrase. A content of
// more than n34NounWords words is taken for a clause, and so is a
// shorter one with a subject pronoun, a finite verb, an auxiliary or a
// past form ("she lied", "he knew"); "the paper", "bankruptcy" are
// nouns. Only the content's first n34ClauseBytes are read.
func (a *attributor) n34Clause(c doc.Span) bool {
	toks := a.ix.scratch(3, c.Start, min(c.End, c.Start+n34ClauseBytes))
	words := 0
	for k := range toks {
		t := &toks[k]
		if !t.word {
			continue
		}
		words++
		if words > n34NounWords || n34ClauseOpeners[t.low] || t.is(isFinite|isAuxiliary) || t.is2(isFinitePast) || pastForm(*t) {
			return true
		}
	}
	return false
}

// n34ClauseOpeners are the words that open a clause at a content's
// start: "that" and the subject pronouns.
var n34ClauseOpeners = map[string]bool{"that": true, "he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true}
