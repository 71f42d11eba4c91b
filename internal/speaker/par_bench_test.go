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

// BenchmarkIndirect measures the indirect reader alone (indirect, the
// attributions of every sentence) on the example article repeated to
// 2 MB, as BenchmarkAttribute does the whole stage: the passes before it
// run once, untimed, and each run starts from the quotations they left.
// PARBENCH names another text to repeat, to profile the reader on
// sentences of one kind.
func BenchmarkIndirect(b *testing.B) {
	name := "../../examples/ferry-strike.txt"
	if f := os.Getenv("PARBENCH"); f != "" {
		name = f
	}
	one, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(append(one, "\n\n"...), 2<<20/len(one))
	d, err := source.LoadBytes(context.Background(), "", raw, source.Options{Format: doc.FormatText})
	if err != nil {
		b.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	a := newAttributor(d)
	for i := range d.Quotes { // as Attribute does
		q := &d.Quotes[i]
		if q.Kind == doc.QuoteScare && q.Parent < 0 && len(q.Marks) > 0 && a.namedBySubject(i) {
			q.Kind, a.named, a.headline = doc.QuoteMixed, i, found{}
		}
		if q.Kind == doc.QuoteTitle && q.Parent < 0 && len(q.Marks) > 0 && a.namesTitle(i) {
			q.Kind, a.named, a.headline = doc.QuoteMixed, i, found{}
		}
		if (q.Kind == doc.QuoteTitle || q.Kind == doc.QuoteScare) && q.Parent < 0 && len(q.Marks) > 0 {
			if f := a.headlineVoiced(i); f.ok {
				q.Kind, a.named, a.headline = doc.QuoteMixed, i, f
			}
		}
		if q.Kind == doc.QuoteDirect || q.Kind == doc.QuoteMixed {
			a.attribute(i)
		}
	}
	a.beats()
	a.turns()
	a.colonRuns()
	a.echoes()
	before := d.Quotes
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		d.Quotes = before
		a.indirect()
	}
}
