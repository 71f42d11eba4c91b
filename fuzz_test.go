package hearsay_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/render"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// FuzzAnalyze runs the whole pipeline on arbitrary bytes in each format:
// it either fails with one of the documented input errors or yields a
// Document whose spans keep every invariant, whose raw spans lie in the
// input, and whose JSON is valid.
func FuzzAnalyze(f *testing.F) {
	examples, _ := filepath.Glob("examples/*")
	for _, p := range examples {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint8(0))
		}
	}
	for _, s := range []string{"", "Plain. Text.", "<p>Hi <q>there</q></p>", "# T\n\n> q\n\n[^1]: n",
		"\xef\xbb\xbfBOM", "\xff\xfeU\x00", "Caf\xe9.", "a\x00b"} {
		for format := uint8(0); format < 4; format++ {
			f.Add([]byte(s), format)
		}
	}
	formats := []hearsay.Format{"", hearsay.FormatText, hearsay.FormatMarkdown, hearsay.FormatHTML}
	f.Fuzz(func(t *testing.T, raw []byte, format uint8) {
		opts := hearsay.Options{Format: formats[int(format)%len(formats)]}
		d, err := hearsay.AnalyzeBytes(context.Background(), raw, opts)
		if err != nil {
			if !errors.Is(err, hearsay.ErrEmpty) && !errors.Is(err, hearsay.ErrBinary) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		testutil.CheckSpans(t, d)
		for _, e := range d.Elements {
			if r := d.RawSpan(e.Span); r.Start < 0 || r.End > len(raw) || r.Start > r.End {
				t.Fatalf("element %v: raw span %v outside input of %d bytes", e.Span, r, len(raw))
			}
		}
		var buf jsonBuffer
		if err := render.JSON(&buf, d); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(buf) {
			t.Fatalf("invalid JSON")
		}
	})
}

type jsonBuffer []byte

func (b *jsonBuffer) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
