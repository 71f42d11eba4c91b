package quote

import (
	"slices"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source/text"
)

// TestInWordsNote holds collect's count of the apostrophes it leaves
// out (scanner.inWords) to what keeping them did: a re-opened paragraph
// whose note in parentheses holds an apostrophe between letters holds a
// mark besides its re-opening one, so that the note is the speaker's
// words, kept in the quotation, and not a transcriber's note passed
// over.
func TestInWordsNote(t *testing.T) {
	s := "“It was late, he told us all,\n\n“(O’NEILL LAUGHS)\n\n“and then we left.”\n"
	d := &doc.Document{Text: s, Format: doc.FormatText}
	d.Paragraphs = text.Paragraphs(s, nil)
	segment.Run(d)
	Detect(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("got %d quotations, want 1:\n%s", len(d.Quotes), dump(d))
	}
	want := []doc.Span{{Start: 3, End: 31}, {Start: 36, End: 54}, {Start: 59, End: 76}}
	if got := d.Quotes[0].Content; !slices.Equal(got, want) {
		t.Errorf("content %v, want %v (the note's words kept)", got, want)
	}
}
