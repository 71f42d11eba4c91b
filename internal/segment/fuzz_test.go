package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source/text"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// FuzzSegment checks the span invariants of sentences and tokens over
// arbitrary text split into paragraphs by the plain-text loader.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"One. Two! Three?", "H. G. Wells said it. L.M. Kaganovich too.", "“‘In 1923,’, he said.”[A] Next.",
		"Mr. X… and… ", "’90s rock ’n’ roll workers’ ’tis", "a.b.c. d", "[", "1.", "\u2026\u2026", "é. É.",
		"x\n\n\ny. Z", "...", "?!?!", "p. 12. No. 5.", "U.S. The", "\xff\xfe.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the loaders make text valid before segmenting it
		}
		d := &doc.Document{Text: s}
		text.Load(d)
		Run(d)
		testutil.CheckSpans(t, d)
		for _, k := range d.Tokens {
			inside := false
			for _, p := range d.Paragraphs {
				if p.Contains(k.Span()) {
					inside = true
					break
				}
			}
			if !inside {
				t.Fatalf("token %v outside every paragraph", k.Span())
			}
			// A Plain token's shared lower-case form is strings.ToLower's.
			if low, ok := d.LowerOf(k); ok && low != strings.ToLower(d.Slice(k.Span())) {
				t.Fatalf("token %v: LowerOf %q", k.Span(), low)
			}
		}
		// The tokenizer's fast path makes the tokens its general path does.
		for _, p := range d.Paragraphs {
			if fast, slow := tokenize(s, p.Start, p.End, nil, true), tokenize(s, p.Start, p.End, nil, false); !slices.Equal(fast, slow) {
				t.Fatalf("paragraph %v: plainRun %v, general path %v", p.Span, fast, slow)
			}
		}
		if len(d.LowerText) != len(d.Text) {
			t.Fatalf("LowerText is %d bytes, Text %d", len(d.LowerText), len(d.Text))
		}
	})
}
