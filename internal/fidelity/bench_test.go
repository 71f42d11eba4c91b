package fidelity

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// synthetic returns n bytes of text in files of about 1 MB, with words
// drawn from a vocabulary of 20,000 with a Zipf-like law (so that, as in
// English, a few shingles are everywhere and most are rare), and quotes
// drawn from it: a third verbatim, a third with one word changed, a third
// made up.
func synthetic(n, quotes int) ([]Text, []string) {
	rng := rand.New(rand.NewSource(1))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	var texts []Text
	for size := 0; size < n; {
		var b strings.Builder
		for b.Len() < 1<<20 {
			b.WriteString(vocab[zipf.Uint64()])
			if rng.Intn(12) == 0 {
				b.WriteString(". ")
			} else {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, Text{Name: fmt.Sprintf("s%04d.txt", len(texts)), Text: b.String()})
		size += b.Len()
	}
	qs := make([]string, quotes)
	for i := range qs {
		t := texts[rng.Intn(len(texts))].Text
		at := rng.Intn(len(t) - 400)
		at += strings.IndexByte(t[at:], ' ') + 1
		ws := strings.Fields(t[at : at+300])[:8+rng.Intn(20)]
		switch i % 3 {
		case 1:
			ws[len(ws)/2] = "changed"
		case 2:
			for k := range ws {
				ws[k] = fmt.Sprintf("new%d", rng.Intn(1000))
			}
		}
		qs[i] = strings.Join(ws, " ")
	}
	return texts, qs
}

// BenchmarkIndex measures building the index of 100 MB of source text.
func BenchmarkIndex(b *testing.B) {
	texts, _ := synthetic(100<<20, 0)
	size := 0
	for _, t := range texts {
		size += len(t.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		if _, err := New(texts); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
	// What the index keeps, beyond the texts themselves.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, _ := New(texts)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-index")
	runtime.KeepAlive(c)
}

// BenchmarkAlign1000 measures aligning 1,000 quotations with 100 MB of
// indexed source text.
func BenchmarkAlign1000(b *testing.B) {
	texts, qs := synthetic(100<<20, 1000)
	c, err := New(texts)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, q := range qs {
			c.Align(q, []doc.Span{{Start: 0, End: len(q)}})
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(b.N*len(qs))/b.Elapsed().Seconds(), "quotes/s")
}

// TestAlignSpeed checks that aligning does not grow with the corpus: 300
// quotations against 2 MB and against 8 MB of sources take about as
// long (fastest of three runs, with a generous bound for busy machines).
func TestAlignSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	run := func(size int) (time.Duration, map[doc.Verdict]int) {
		texts, qs := synthetic(size, 300)
		c, err := New(texts)
		if err != nil {
			t.Fatal(err)
		}
		best := time.Duration(1 << 62)
		verdicts := map[doc.Verdict]int{}
		for r := 0; r < 3; r++ {
			start := time.Now()
			for _, q := range qs {
				f, _ := c.Align(q, []doc.Span{{Start: 0, End: len(q)}})
				if r == 0 {
					verdicts[f.Verdict]++
				}
			}
			best = min(best, time.Since(start))
		}
		return best, verdicts
	}
	small, v := run(2 << 20)
	large, _ := run(8 << 20)
	t.Logf("300 quotations: %v against 2 MB, %v against 8 MB; verdicts %v", small, large, v)
	if v[doc.VerdictVerbatim] < 95 || v[doc.VerdictAltered] < 95 || v[doc.VerdictNotFound] < 95 {
		t.Errorf("verdicts %v, want about 100 of each", v)
	}
	if large > 3*small+200*time.Millisecond {
		t.Errorf("aligning grew with the corpus: %v for 2 MB, %v for 8 MB", small, large)
	}
}
