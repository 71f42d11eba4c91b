package quotebase

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
)

// syntheticEntries returns n entries of 8 to 20 words drawn from a
// vocabulary of 20,000, a tenth of them misattributions.
func syntheticEntries(n int) []Entry {
	rng := rand.New(rand.NewSource(1))
	zipf := rand.NewZipf(rng, 1.1, 2, 19999)
	es := make([]Entry, n)
	for i := range es {
		ws := make([]string, 8+rng.Intn(13))
		for k := range ws {
			ws[k] = fmt.Sprintf("w%d", zipf.Uint64())
		}
		es[i] = Entry{Text: strings.Join(ws, " "), Author: fmt.Sprintf("Person %d", rng.Intn(n/10+1)), Status: Sourced}
		if i%10 == 0 {
			es[i].Status, es[i].ActualAuthor = Misattributed, "Someone Else"
		}
	}
	return es
}

// syntheticDump returns a MediaWiki export of pages person pages, each
// with ten sourced, two disputed and two misattributed quotations.
func syntheticDump(pages int) string {
	var b strings.Builder
	b.WriteString("<mediawiki>\n")
	for p := 0; p < pages; p++ {
		fmt.Fprintf(&b, "<page><title>Person %d</title><ns>0</ns><revision><text xml:space=\"preserve\">'''Person %d''' is invented.\n\n== Sourced ==\n", p, p)
		for q := 0; q < 10; q++ {
			fmt.Fprintf(&b, "* Line %d of person %d says something about [[rivers]] and ''boats''.&lt;ref&gt;note&lt;/ref&gt;\n** Book %d (1990), p. %d\n", q, p, q, q)
		}
		b.WriteString("== Disputed ==\n* A disputed line that nobody can source.\n** Quoted widely.\n* Another disputed one.\n")
		fmt.Fprintf(&b, "== Misattributed ==\n* The misattributed line number %d.\n** Actually said by [[Person %d]].\n* Another wrong one %d.\n** This was written by Someone Else in 1950.\n", p, p+1, p)
		b.WriteString("== External links ==\n* [http://example.org x]\n</text></revision></page>\n")
	}
	b.WriteString("</mediawiki>\n")
	return b.String()
}

// BenchmarkReadWikiquote measures parsing a dump (MB/s of XML).
func BenchmarkReadWikiquote(b *testing.B) {
	dump := syntheticDump(2000)
	b.SetBytes(int64(len(dump)))
	b.ResetTimer()
	cpu := cpuSeconds()
	defer func() { b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op") }()
	for i := 0; i < b.N; i++ {
		n := 0
		if err := ReadWikiquote(strings.NewReader(dump), func(Entry) error { n++; return nil }); err != nil || n != 2000*14 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkImport measures storing entries in SQLite.
func BenchmarkImport(b *testing.B) {
	es := syntheticEntries(50000)
	ctx := context.Background()
	b.ResetTimer()
	cpu := cpuSeconds()
	defer func() { b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op") }()
	for i := 0; i < b.N; i++ {
		s, err := Open(ctx, filepath.Join(b.TempDir(), "q.db"))
		if err != nil {
			b.Fatal(err)
		}
		im := s.Importer(ctx)
		for _, e := range es {
			if err := im.Add(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := im.Close(); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	b.ReportMetric(float64(b.N*len(es))/b.Elapsed().Seconds(), "entries/s")
}

// BenchmarkLoad measures loading 200,000 stored entries into memory, as
// analyze does once per run.
func BenchmarkLoad(b *testing.B) {
	es := syntheticEntries(200000)
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "q.db")
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	im := s.Importer(ctx)
	for _, e := range es {
		im.Add(e)
	}
	im.Close()
	s.Close()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		base, err := Load(ctx, path)
		if err != nil || base.Len() < len(es) {
			b.Fatal(err)
		}
		base.Match("w1 w2 w3 w4 w5") // builds the pair index
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}

// BenchmarkMatch measures matching 1,000 quotations (half of them
// entries with a word changed) against 200,000 entries.
func BenchmarkMatch(b *testing.B) {
	es := syntheticEntries(200000)
	base := NewBase()
	base.Add(es...)
	rng := rand.New(rand.NewSource(2))
	qs := make([]string, 1000)
	for i := range qs {
		ws := strings.Fields(es[rng.Intn(len(es))].Text)
		if i%2 == 1 {
			ws[len(ws)/2] = "changed"
			for k := range ws {
				ws[k] += "z"
			}
		} else {
			ws[len(ws)/2] = "changed"
		}
		qs[i] = strings.Join(ws, " ")
	}
	b.ResetTimer()
	cpu := cpuSeconds()
	found := 0
	for i := 0; i < b.N; i++ {
		for _, q := range qs {
			if len(base.Match(q)) > 0 {
				found++
			}
		}
	}
	if found < b.N*400 {
		b.Fatalf("only %d of %d found", found, b.N*500)
	}
	b.ReportMetric(float64(b.N*len(qs))/b.Elapsed().Seconds(), "quotes/s")
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}
