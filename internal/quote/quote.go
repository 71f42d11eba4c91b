// Package quote finds the quotations of a Document: where each one opens
// and closes, what it encloses, how they nest, and what kind of quotation
// each is. Who said them is a later stage's work; this one leaves
// Speaker, Cue and Chain empty and keeps every mark and content span
// exact for it.
//
// # Approach
//
// Quotation marks are paired by one left-to-right pass with a stack of
// open quotations, the way a parser matches brackets, because quotations
// nest as brackets do and a stack gives the nesting tree for free. What
// makes quotation marks harder than brackets is that the same character
// opens in one language and closes in another (“ closes „ in German),
// that straight marks look the same both ways, and that ’ is far more
// often an apostrophe than a mark. So each mark of a paragraph is first
// read in its place (collect):
//
//   - its neighbours: a mark with space, a bracket, a dash or another mark
//     before it and no space after it stands in opening position; one with
//     no space or bracket before it and no letter or digit after it, in
//     closing position. Straight marks take their direction from this;
//     with space on both sides (tokenized text), from the start or end of
//     a line;
//   - the tokens: a ’ or ' that the tokenizer put inside a word
//     (Khrushchev’s, ’90s, rock ’n’ roll) is an apostrophe; one it put at
//     the end of a plural (workers’ training) closes a single-quoted
//     quotation only if no other closing mark follows in the paragraph,
//     since quote context knows better than the tokenizer's guess;
//   - what follows in the paragraph: an ambiguous opener (a ' or ’ before
//     a word, a Swedish ”) opens only if a mark that could close it comes
//     later.
//
// Marks in code (a code block, inline code) are program text and skipped.
// Then the pass (step) opens and closes: a closing mark closes the
// innermost open quotation of its family („ “ ” " pair, and so do ‘ ’ ‚ ').
// Damage is repaired, never fatal, and each repair is a diagnostic
// (doc.CodeUnbalanced): a straight ' closing a curly ‘; an opening mark in
// closing position (‘…‘); a mark that closes a quotation with others
// still open inside it, which closes them all (’” with its ’ missing); the
// same mark opening again after a full stop, which closes the quotation
// left open before it; a mark never closed. At the end of a paragraph,
// open quotations continue only if the next paragraph begins by
// re-opening the marks of every level still open, outermost first (“‘
// continues two levels), as English typesetting does; the rest end with
// the paragraph. So a quotation never runs past a paragraph that does not
// re-open it, and MaxLen bounds even those that do. A re-opening mark of
// another style (curly after straight) opens a quotation of its own; one
// before a speaker's label in capitals ("“WALLACE: …") opens the next
// turn of a transcript, and the label is left out of the turn's words;
// one before a "Follow X on Twitter" credit ends the quotation and opens
// nothing.
//
// The q and blockquote elements of the markup (Markdown's > too) are
// quotations as well. After the pass all quotations are sorted, and each
// one's parent is the innermost quotation whose content it starts in.
// Split quotations ("“A,” he said, “B.”") are joined by rules that read
// the narration between the parts (join), and each quotation gets a kind,
// direct, mixed, scare or title, from the words around and inside it
// (kind). Rules rather than a trained model, so that every decision can be
// traced and the word lists (cues.txt, titlewords.txt, determiners.txt, works.txt)
// are data anyone can read and extend.
//
// # Cost
//
// The stage reads the text once, eight bytes at a time where there is no
// mark, and reads a bounded stretch of text around each quotation
// (maxReach); lookups of tokens and sentences walk from the previous
// answer (cursor). The stack is at most MaxDepth deep, so no closing mark
// searches far. The work is therefore linear in the text whatever the
// input, and MaxQuotes bounds the memory.
package quote

import (
	"fmt"
	"slices"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Detect sets d.Quotes from d's paragraphs, tokens, sentences and
// elements, and adds a diagnostic for each quotation mark it had to
// repair. It expects the segment stage to have run; without tokens it
// tells apostrophes from marks by their neighbours alone.
func Detect(d *doc.Document) {
	s := &scanner{d: d, text: d.Text}
	s.scan()
	s.markup()
	s.interview()
	qs := sortQuotes(s.quotes.all())
	setParents(qs)
	c := &classifier{d: d, qs: qs, spans: &s.spans}
	if joined := c.join(); len(joined) != len(qs) {
		// Merged parts: the tree changed. A join that merged nothing
		// leaves every quotation and so every parent as it was.
		qs = joined
		setParents(qs)
	}
	c.qs = qs
	for i := range qs {
		qs[i].Kind = c.kind(i)
	}
	sameTitles(d.Text, qs) // a title's words again, typed as speech where they open a paragraph (y12titles.go)
	d.Quotes = qs

	slices.SortStableFunc(s.diags, func(a, b doc.Diagnostic) int { return a.Span.Start - b.Span.Start })
	d.Diagnostics = append(d.Diagnostics, s.diags...)
	if s.dropped > 0 {
		d.Diagnose(doc.Span{}, doc.CodeUnbalanced, fmt.Sprintf("%d more problems with quotation marks not listed", s.dropped))
	}
}
