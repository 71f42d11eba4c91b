package render

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
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
