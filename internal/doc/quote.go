package doc

import (
	"strings"
	"unicode"
)

// QuoteKind says what a quotation is doing in the article.
type QuoteKind string

// Quotation kinds.
const (
	QuoteDirect   QuoteKind = "direct"   // someone's words, reported as spoken or written
	QuoteMixed    QuoteKind = "mixed"    // a quoted phrase inside the author's own sentence
	QuoteIndirect QuoteKind = "indirect" // reported speech without marks: "X said that …"
	QuoteScare    QuoteKind = "scare"    // marks that distance the author from a word
	QuoteTitle    QuoteKind = "title"    // a name or title in marks: ‘Secret Speech’
)

// CodeQuoteLimit marks where the quotation stage stopped reading a
// document that holds more quotations than it will report.
const CodeQuoteLimit Code = "quote-limit"

// A Quote is one quotation. A quotation split by narration ("“A,” he
// said, “B.”") or running over several paragraphs is one Quote with
// several Content spans.
type Quote struct {
	Span              // the whole quotation, marks included
	Content []Span    // the quoted words, marks excluded, in order
	Kind    QuoteKind //
	Parent  int       // index of the enclosing quotation in Document.Quotes; -1 if none
	Marks   []Span    // the marks that open, re-open and close it; none for markup or indirect quotes
	Element int       // index of the q or blockquote element it comes from; -1 if from marks or words
	Speaker Speaker   // who said it; Name is "" when the text does not say
	Cue     Span      // the cue ("said", "according to"); empty when none
	Chain   []string  // hands it passed through, outermost first, ending with the speaker; or nil
	// Citations are indexes in Document.Citations of what backs the
	// quotation: a marker after it in its sentence, a link on its words.
	Citations []int
	// Fidelity is how the quotation compares with the source texts the
	// user supplied; nil when none were.
	Fidelity *Fidelity
}

// A Speaker is who a quotation is attributed to: a name, and where the
// text names them (a pronoun or description is resolved to a name; the
// mention is then the pronoun's span).
type Speaker struct {
	Name    string
	Mention Span
	Vague   bool // the mention names no one: "Some", "Critics", "some experts" (as a vague source)
}

// Words returns the quoted words of q in text (the Document's Text): its
// content spans joined with " … " where narration between them is left
// out, and with a blank line where the quotation runs on into a new
// paragraph.
func (q *Quote) Words(text string) string {
	var b strings.Builder
	for i, c := range q.Content {
		if i > 0 {
			gap := text[q.Content[i-1].End:c.Start]
			switch {
			case strings.IndexFunc(gap, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0:
				b.WriteString(" … ")
			case strings.Contains(gap, "\n\n"):
				b.WriteString("\n\n")
			default:
				b.WriteString(" ")
			}
		}
		b.WriteString(text[c.Start:c.End])
	}
	return b.String()
}
