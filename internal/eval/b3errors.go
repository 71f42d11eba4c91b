package eval

import (
	"strconv"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// The error listing of ScoreQuotes says, after each error, what the
// other side has there, so that a reader can sort the errors without
// opening the texts: a gold span missed may have been found but left
// out of the score (as another kind, inside a direct quotation, in a
// quotation not closed at each part) or found with other bounds; a
// found span not in gold may lie where gold has other bounds, in a gold
// quotation that the in-marks test left out (a span of it takes in the
// author's words, starts after a speaker's label inside the marks, or
// splits the speaker's words at a sentence; listed only for a found
// quotation that also meets a scored gold span, since ScoreQuotes leaves
// the others out), or where gold has nothing at all. None of it changes
// a figure.

// b3Why keeps one text's found spans that the score leaves out, with why.
type b3Why struct {
	spans   []doc.Span
	reasons []string
}

// leftOut records spans found but not scored as direct, for reason.
func (w *b3Why) leftOut(spans []doc.Span, reason string) {
	for _, s := range spans {
		w.spans = append(w.spans, s)
		w.reasons = append(w.reasons, reason)
	}
}

// missed says what was found at the gold span s: the same span left out
// of the score, or scored spans with other bounds.
func (w *b3Why) missed(s doc.Span, got []doc.Span) string {
	for i, t := range w.spans {
		if t == s {
			return " — " + w.reasons[i]
		}
	}
	for _, t := range got {
		if t.Start < s.End && s.Start < t.End {
			return " — found with other bounds"
		}
	}
	for i, t := range w.spans {
		if t.Start < s.End && s.Start < t.End {
			return " — overlapped by a span " + w.reasons[i]
		}
	}
	return " — not found"
}

// b3Extra says what gold has at the found span s, which no scored gold
// span equals: a scored gold span with other bounds, a gold quotation
// the in-marks test leaves out (and of which kind), or nothing.
func b3Extra(g QuoteText, s doc.Span, want []doc.Span) string {
	for _, t := range want {
		if t.Start < s.End && s.Start < t.End {
			return " — gold has other bounds"
		}
	}
	for _, q := range g.Quotes {
		for _, t := range q.Spans {
			if t.Start < s.End && s.Start < t.End {
				how := "its span does not start and end at marks"
				if len(q.Spans) > 1 {
					how = "a span of its " + strconv.Itoa(len(q.Spans)) + " does not start and end at marks"
				}
				return " — gold has it in a quotation (" + q.Type + ") not scored: " + how
			}
		}
	}
	return " — gold has no quotation here"
}
