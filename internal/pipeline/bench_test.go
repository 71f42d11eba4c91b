package pipeline

import (
	"bytes"
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// BenchmarkStage times each stage of Default alone, over the team's
// example article repeated to 2 MB (the input of the root package's
// BenchmarkAnalyze, shorter): the document is prepared by the stages
// before it once, and each run works on a copy of it, so that MB/s per
// stage compare with the whole pipeline's.
func BenchmarkStage(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(append(one, "\n\n"...), 2<<20/len(one))
	stages := Default()
	d, err := source.LoadBytes(context.Background(), "bench.txt", raw, source.Options{Format: doc.FormatText})
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range stages {
		b.Run(s.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				c := cloneLayers(d)
				b.StartTimer()
				start := testutil.CPUTime()
				if err := s.Run(context.Background(), c); err != nil {
					b.Fatal(err)
				}
				cpu += testutil.CPUTime() - start
			}
			// CPU time, steadier than wall-clock time on a shared
			// machine: a run that waits for a core spends none.
			perOp := cpu.Seconds() / float64(b.N)
			b.ReportMetric(perOp*1e3, "cpu-ms/op")
			b.ReportMetric(float64(len(raw))/1e6/perOp, "cpu-MB/s")
		})
		if err := s.Run(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// cloneLayers copies d with its own copy of every layer, so that a stage
// can run on it as if for the first time.
func cloneLayers(d *doc.Document) *doc.Document {
	c := *d
	c.Elements = slices.Clone(d.Elements)
	c.Paragraphs = slices.Clone(d.Paragraphs)
	c.Sentences = slices.Clone(d.Sentences)
	c.Tokens = slices.Clone(d.Tokens)
	c.Quotes = slices.Clone(d.Quotes)
	c.Citations = slices.Clone(d.Citations)
	c.References = slices.Clone(d.References)
	c.Sources = slices.Clone(d.Sources)
	c.Claims = slices.Clone(d.Claims)
	c.Findings = slices.Clone(d.Findings)
	c.Diagnostics = slices.Clone(d.Diagnostics)
	c.Resources = slices.Clone(d.Resources)
	return &c
}
