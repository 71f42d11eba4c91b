package render_test

import (
	"bytes"
	"io"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/render"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// repeated analyses the ferry-strike example repeated to about size
// bytes: a long article with many quotations, citations and sources.
func repeated(t testing.TB, size int) *doc.Document {
	t.Helper()
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	one = append(one, "\n\n"...)
	return analyzedBytes(t, "big.txt", bytes.Repeat(one, max(1, size/len(one))))
}

var formats = []struct {
	name  string
	write func(io.Writer, *doc.Document) error
}{
	{"json", render.JSON},
	{"jsonld", func(w io.Writer, d *doc.Document) error { return render.JSONLD(w, d, testInfo) }},
	{"prov", func(w io.Writer, d *doc.Document) error { return render.PROV(w, d, testInfo) }},
	{"dot", render.DOT},
}

// BenchmarkFormats measures each output format on 1 MB of analysed text
// (the analysis itself is not timed). MB/s is of the input.
func BenchmarkFormats(b *testing.B) {
	d := repeated(b, 1<<20)
	for _, f := range formats {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Raw)))
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestFormatsLinear checks that writing each format takes time linear in
// the document: eight times the text may take at most 24 times as long
// (a quadratic writer would take 64 times), best of five runs each after
// a garbage collection. Time is the process's CPU time, not the wall
// clock, so that other processes on a busy machine do not count. Below
// about 128 KB
// the writers run faster per byte (the document fits in the caches), so
// the smaller document is not made smaller than that.
func TestFormatsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	small, big := repeated(t, 128<<10), repeated(t, 1<<20)
	best := func(f func(io.Writer, *doc.Document) error, d *doc.Document) time.Duration {
		var m time.Duration
		for i := 0; i < 5; i++ {
			runtime.GC()
			start := testutil.CPUTime()
			if err := f(io.Discard, d); err != nil {
				t.Fatal(err)
			}
			if e := testutil.CPUTime() - start; i == 0 || e < m {
				m = e
			}
		}
		return m
	}
	for _, f := range formats[1:] {
		s, b := best(f.write, small), best(f.write, big)
		ratio := float64(b) / float64(max(s, time.Microsecond))
		t.Logf("%s: %v for %d bytes, %v for %d bytes (×%.1f)", f.name, s, len(small.Raw), b, len(big.Raw), ratio)
		if ratio > 24 {
			t.Errorf("%s: %.1f times as long for 8 times the text", f.name, ratio)
		}
	}
}
