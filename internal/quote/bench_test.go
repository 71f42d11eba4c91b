package quote

import (
	"bytes"
	"os"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source/text"
)

// benchDoc returns about 10 MB of plain text, the example article
// repeated, split into paragraphs, sentences and tokens.
func benchDoc(b testing.TB) *doc.Document {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(append(one, "\n\n"...), 10<<20/len(one))
	d := &doc.Document{Text: string(raw)}
	d.Paragraphs = text.Paragraphs(d.Text, nil)
	segment.Run(d)
	return d
}

// BenchmarkDetect measures the quotation stage alone on about 10 MB.
func BenchmarkDetect(b *testing.B) {
	d := benchDoc(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Quotes, d.Diagnostics = nil, nil
		Detect(d)
	}
}

// BenchmarkSegment measures the stage before it on the same text, for
// comparison.
func BenchmarkSegment(b *testing.B) {
	d := benchDoc(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		segment.Run(d)
	}
}
