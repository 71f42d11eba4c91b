package quote

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// b3MaxBodyLookups bounds how many headline quotations b3QuotedInBody
// looks up in a document's body: each lookup reads the body once, and a
// headline holds a few quotations at most, so a contrived one with
// dozens costs no more than this many passes (past it, a quotation
// keeps its capitals' reading).
const b3MaxBodyLookups = 4

// b3QuotedInBody reports whether the Title Case words in marks of q, a
// quotation in the document's Title Case headline, are someone's words
// rather than a name: the body below the headline, in sentence case,
// writes them in other capitals and never in these. A headline
// capitalises every word, so its capitals cannot tell a title of a work
// ("Critics Slam ‘Ten Days’", where the body's “Ten Days” opened on
// Friday) from words someone said ("Lawmakers Rip Mayor As A
// ‘Disgraceful Failure’", where the body has "a disgraceful failure,"
// she said): the body can. Words the body does not repeat keep the
// title's reading. Trailing punctuation inside the marks is left out of
// the lookup ("‘Disgraceful Failure.’" in a headline that ends with a
// full stop); letters beyond ASCII are compared as they are, not
// folded ("‘Don’t Tread on Me’" is found as "don’t tread on me").
//
// lower reports whether the body's words open in lower case: then the
// headline's capital on the first word says nothing either, and the
// words are a phrase of the headline's sentence even after a cue
// ("Museum Will Tell of ‘Suffering and Delight’", where the body has
// "one of ‘suffering and delight’").
func (c *classifier) b3QuotedInBody(q *doc.Quote) (quoted, lower bool) {
	if c.b3lookups >= b3MaxBodyLookups || len(q.Content) != 1 {
		return false, false
	}
	text := c.d.Text
	s := q.Content[0]
	words := strings.TrimRight(text[s.Start:s.End], " .,;:!?")
	if words == "" || c.a2head.end > len(text) {
		return false, false
	}
	c.b3lookups++
	body := text[c.a2head.end:]
	if strings.Contains(body, words) {
		return false, false
	}
	low := body // the body with ASCII capitals lower-cased, as the segmenter made it when it ran
	if len(c.d.LowerText) == len(text) {
		low = c.d.LowerText[c.a2head.end:]
	}
	i := b3IndexFold(low, words)
	if i < 0 {
		return false, false
	}
	return true, 'a' <= body[i] && body[i] <= 'z'
}

// b3IndexFold returns the index of the first w in s with ASCII letters
// compared without case (other bytes compared as they are), or -1. An s
// already in lower case (the document's LowerText) is not copied.
func b3IndexFold(s, w string) int {
	return strings.Index(doc.LowerASCII(s), doc.LowerASCII(w))
}
