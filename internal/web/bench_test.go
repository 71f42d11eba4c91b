package web

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkAnalyzeAPI is the server's work for one request to POST
// /api/analyze with each of the load test's articles, without the
// network: reading, analysing and writing the JSON. bench/load.sh
// measures the same over loopback.
func BenchmarkAnalyzeAPI(b *testing.B) {
	names, _ := filepath.Glob("../../bench/load/articles/*")
	if len(names) == 0 {
		b.Skip("no articles in bench/load/articles")
	}
	s := New(Config{})
	for _, n := range names {
		body, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		ct := "text/plain"
		switch {
		case strings.HasSuffix(n, ".md"):
			ct = "text/markdown"
		case strings.HasSuffix(n, ".html"):
			ct = "text/html"
		}
		b.Run(filepath.Base(n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/api/analyze", bytes.NewReader(body))
				req.Header.Set("Content-Type", ct)
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
				}
			}
		})
	}
}
