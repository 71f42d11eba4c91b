package doc

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
}

// A Speaker is who a quotation is attributed to: a name, and where the
// text names them (a pronoun or description is resolved to a name; the
// mention is then the pronoun's span).
type Speaker struct {
	Name    string
	Mention Span
}
