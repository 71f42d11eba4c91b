package source

import (
	"bytes"
	"context"
	"os"
	"testing"
)

// BenchmarkLoadHTML loads the example page repeated to about 1 MB: the
// decoding and the HTML loader, with their copies of the input.
func BenchmarkLoadHTML(b *testing.B) {
	one, err := os.ReadFile("../../examples/library-closure.html")
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(one, 1<<20/len(one))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadBytes(context.Background(), "page.html", raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadMarkdown is BenchmarkLoadHTML for the example review.
func BenchmarkLoadMarkdown(b *testing.B) {
	one, err := os.ReadFile("../../examples/jazz-review.md")
	if err != nil {
		b.Fatal(err)
	}
	raw := bytes.Repeat(append(one, "\n\n"...), 1<<20/len(one))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadBytes(context.Background(), "review.md", raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
