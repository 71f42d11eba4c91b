package speaker

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
)

// BenchmarkAttribute measures the speaker stage alone on the project's
// example article repeated to 2 MB (the root BenchmarkAnalyze repeats it
// to 10 MB and runs every stage). The quote stage is rerun, untimed,
// before each run, since the stage rewrites the quotations.
func BenchmarkAttribute(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(append(one, "\n\n"...), 2<<20/len(one))
	d, err := source.LoadBytes(context.Background(), "", raw, source.Options{Format: doc.FormatText})
	if err != nil {
		b.Fatal(err)
	}
	segment.Run(d)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		d.Quotes = nil
		quote.Detect(d)
		b.StartTimer()
		Attribute(d)
	}
}

// BenchmarkTokIndex measures reading the token index of the example
// article repeated to 2 MB, the first thing the stage does.
func BenchmarkTokIndex(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(bytes.Repeat(append(one, "\n\n"...), 2<<20/len(one)))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		newTokIndex(text, "")
	}
}
