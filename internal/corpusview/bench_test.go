package corpusview

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/hearsay-project/hearsay/internal/corpus"
	"github.com/hearsay-project/hearsay/internal/corpus/corpusgen"
)

// BenchmarkPages serves each corpus page over a store of 1,000 generated
// 5 KB articles (built once, outside the timing): what a reader waits
// for, store query and rendering together.
func BenchmarkPages(b *testing.B) {
	const n = 1000
	ctx := context.Background()
	dir := b.TempDir()
	if err := corpusgen.Write(dir, 0, n); err != nil {
		b.Fatal(err)
	}
	s, err := corpus.Open(ctx, filepath.Join(b.TempDir(), "corpus.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if p, err := s.Ingest(ctx, []string{dir}, corpus.Options{}); err != nil || p.Added != n {
		b.Fatal(p, err)
	}
	top, err := s.Speakers(ctx, 1)
	if err != nil || len(top) == 0 {
		b.Fatal(top, err)
	}
	page, err := s.SpeakerPage(ctx, top[0].Name)
	if err != nil || page == nil {
		b.Fatal(err)
	}
	h := New(s, Config{})
	for _, bc := range []struct{ name, target string }{
		{"overview", "/corpus/"},
		{"speakers", "/corpus/speakers"},
		{"speaker", "/corpus/speaker?name=" + url.QueryEscape(top[0].Name)},
		{"conflicts", "/corpus/conflicts"},
		{"search", "/corpus/search?q=" + url.QueryEscape("council harbour")},
		{"quotes", "/corpus/quotes?text=" + url.QueryEscape(page.Quotes[0].Text)},
		{"doc", "/corpus/doc?id=" + itoa(page.Quotes[0].Sources[0].ID)},
		{"doc-json", "/corpus/doc?format=json&id=" + itoa(page.Quotes[0].Sources[0].ID)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var size int
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, bc.target, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: status %d", bc.target, rec.Code)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(size), "page-bytes")
		})
	}
}
