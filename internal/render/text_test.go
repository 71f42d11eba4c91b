package render

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

func TestTextInert(t *testing.T) {
	text := "Hello\x1b]0;pwned\x07 world \u202eevil. " + strings.Repeat("long ", 1<<20) + "end."
	d := &doc.Document{Text: text, Format: doc.FormatText}
	d.Paragraphs = []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.BlockParagraph}}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
	d.Meta.Title = "Title\x1b[2J"
	var b strings.Builder
	if err := Text(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"\x1b", "\x07", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("report contains %q", bad)
		}
	}
	if len(out) > 4096 {
		t.Errorf("report of a 5 MB sentence is %d bytes", len(out))
	}
	if !strings.Contains(out, "Hello ]0;pwned world evil.") || !strings.Contains(out, "long end.") {
		t.Errorf("report:\n%s", out)
	}
}

// TestTextLongLine checks that positions on one long line are counted on
// from the last one, not from the line start each time: 40,000 quotations
// on one 400 KB line would take many seconds otherwise.
func TestTextLongLine(t *testing.T) {
	text := strings.Repeat("“quoted words” ", 40000)
	d := &doc.Document{Text: text, Format: doc.FormatText}
	d.Paragraphs = []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.BlockParagraph}}
	step := len("“quoted words” ")
	for i := 0; i < 40000; i++ {
		s := doc.Span{Start: i * step, End: i*step + step - 1}
		d.Quotes = append(d.Quotes, doc.Quote{Span: s, Content: []doc.Span{{Start: s.Start + 3, End: s.End - 3}},
			Kind: doc.QuoteScare, Parent: -1, Element: -1})
	}
	start := testutil.CPUTime()
	if err := Text(io.Discard, d); err != nil {
		t.Fatal(err)
	}
	if el := (testutil.CPUTime() - start); el > testutil.TimeLimit(3*time.Second) {
		t.Errorf("report took %v", el)
	}
}
