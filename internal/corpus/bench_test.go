package corpus

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/corpus/corpusgen"
)

// BenchmarkIngest measures ingest of generated 5 KB articles into a
// fresh SQLite store: analysis on every core, one writer. Compare
// BenchmarkAnalyze, the analysis alone on one core, to see what the
// store adds. Run with -cpu 2 for the 2-core target.
func BenchmarkIngest(b *testing.B) {
	const n = 1000
	dir := b.TempDir()
	if err := corpusgen.Write(dir, 0, n); err != nil {
		b.Fatal(err)
	}
	size := totalBytes([]string{dir})
	b.SetBytes(size)
	b.ResetTimer()
	for i := range b.N {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		p, err := s.Ingest(context.Background(), []string{dir}, Options{})
		if err != nil || p.Added != n {
			b.Fatal(err, p)
		}
		s.Close()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkAnalyze is the analysis alone, one article at a time on one
// goroutine: the floor under BenchmarkIngest's cost per document.
func BenchmarkAnalyze(b *testing.B) {
	docs := make([][]byte, 200)
	var size int64
	for i := range docs {
		docs[i] = corpusgen.Article(i)
		size += int64(len(docs[i]))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ResetTimer()
	for i := range b.N {
		if _, err := hearsay.AnalyzeBytes(context.Background(), docs[i%len(docs)], hearsay.Options{Name: "a.md"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
