package quote

import (
	"os"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source/text"
)

// BenchmarkDetectSmall measures the quotation stage on the example
// article once (about 3 KB, 18 quotations): the size of most documents
// that serve and corpus see, where fixed costs per document (blocks
// allocated and zeroed whatever the text holds) count most.
func BenchmarkDetectSmall(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := &doc.Document{Text: string(one)}
	d.Paragraphs = text.Paragraphs(d.Text, nil)
	segment.Run(d)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Quotes, d.Diagnostics = nil, nil
		Detect(d)
	}
}
