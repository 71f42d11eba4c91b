package speaker

import (
	"regexp"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n11Frames gives to the writer an indirect reading whose subject opens
// the clause after an impersonal frame of likelihood or evidence: "it
// should be obvious that voters want to know …", "it was unclear
// whether the judges would rule that …", "It is apparent that the
// mayor wanted to hide …", "It is possible that we might find …". The
// writer judges how likely or how plain the clause is; the subject of
// the clause has taken no stance the text reports (the judges have not
// ruled, the voters were not asked), and news attribution corpora mark
// the frame as an attribution with no source whose content is the
// whole "that" or "whether" clause (PolNeAR's dev set: 3 such readings,
// all so). The reading keeps its words from the complementizer on,
// loses its speaker, and takes the frame as its cue.
//
// What it must not read: a verb of speech as the reading's cue ("It is
// clear that the mayor said …" reports the mayor's words: reporting.txt
// classes s, k, o); a frame of another adjective ("It is true that Ann
// wanted …", a concession, "It is ironic that …"); a subject that does
// not follow the complementizer at once ("It is clear that, as Ann
// wants, …"). The frame is read in the n11FrameReach bytes before the
// mention: linear.
func n11Frames(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if q.Kind != doc.QuoteIndirect || q.Speaker.Name == "" || m.End <= m.Start || len(q.Content) == 0 || q.Cue.End <= q.Cue.Start {
			continue
		}
		// The cheapest question first: a mention after "that" or
		// "whether" is rare, and the cue's word is cut, lower-cased
		// and looked up only then (each question only turns the
		// quotation away, so the order changes no answer).
		lo := max(0, m.Start-n11FrameReach)
		if !n11EndsComplementizer(text[lo:m.Start]) {
			continue // the frame's regular expression tries every start in the window: ask the cheap question first
		}
		if n11Spoken(strings.ToLower(firstWord(text[q.Cue.Start:q.Cue.End]))) {
			continue
		}
		loc := n11Frame.FindStringSubmatchIndex(text[lo:m.Start])
		if loc == nil || lo+loc[4] > q.Content[0].Start {
			continue
		}
		q.Speaker, q.Chain = doc.Speaker{}, nil
		q.Cue = doc.Span{Start: lo + loc[2], End: lo + loc[3]}
		q.Content[0].Start = lo + loc[4] // from "that" or "whether"
		q.Start = min(q.Start, q.Content[0].Start)
	}
}

// n11FrameReach is the most bytes before a mention that n11Frames
// reads for a frame.
const n11FrameReach = 120

// n11Frame matches an impersonal frame of likelihood or evidence that
// ends right before a mention: group 1 is the frame from "it" to its
// adjective, group 2 the complementizer.
var n11Frame = regexp.MustCompile(`(?i)\b(it(?:'s|’s|\s+(?:is|was|seems|seemed|appears|appeared|remains|remained|becomes|became|(?:should|would|will|may|might|could|must)\s+be|(?:has|had)\s+been))(?:\s+(?:now|also|still|not|already|increasingly|quite|very|far|less|more|all\s+but|by\s+no\s+means))*\s+(?:obvious|clear|unclear|apparent|evident|likely|unlikely|possible|impossible|certain|uncertain|doubtful|plain))\s+(that|whether)\s+$`)

// n11EndsComplementizer reports whether s ends with "that" or "whether"
// (in any case) and white space, as n11Frame's match must.
func n11EndsComplementizer(s string) bool {
	e := len(s) // strings.TrimRight(s, " \t\n\r\f\v"), without making the set
	for e > 0 && asciiSpace(s[e-1]) {
		e--
	}
	if e == len(s) {
		return false
	}
	t := s[:e]
	for _, w := range [...]string{"that", "whether"} {
		// The last byte first: no rune beyond ASCII folds to "t" or
		// "r", so the word ends with one of them in either case.
		if len(t) >= len(w) && t[len(t)-1]|0x20 == w[len(w)-1] && strings.EqualFold(t[len(t)-len(w):], w) {
			return true
		}
	}
	return false
}

// n11Spoken reports whether the verb form w has a sense of speech
// (reporting.txt's classes s, k and o), or is no verb of reporting
// that the lexicon knows.
func n11Spoken(w string) bool {
	ss := reporting[w]
	if len(ss) == 0 {
		return true
	}
	for _, s := range ss {
		if strings.IndexByte("sko", s.class) >= 0 {
			return true
		}
	}
	return false
}
