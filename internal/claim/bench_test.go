package claim_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/claim"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/source"
)

// prepared runs every stage before the claim stage over text, so that a
// benchmark times the claim stage alone.
func prepared(tb testing.TB, text []byte) *doc.Document {
	tb.Helper()
	d, err := source.LoadBytes(context.Background(), "bench.txt", text, source.Options{MaxSize: 1 << 30})
	if err != nil {
		tb.Fatal(err)
	}
	stages := pipeline.Default()
	if err := pipeline.Run(context.Background(), d, stages[:len(stages)-1]); err != nil {
		tb.Fatal(err)
	}
	return d
}

// reset takes off what the claim stage added, so that it can run again.
func reset(d *doc.Document, findings, resources, diagnostics int) {
	d.Claims = d.Claims[:0]
	d.Findings = d.Findings[:findings]
	d.Resources = d.Resources[:resources]
	d.Diagnostics = d.Diagnostics[:diagnostics]
}

func benchClaims(b *testing.B, text []byte) {
	d := prepared(b, text)
	nf, nr, ng := len(d.Findings), len(d.Resources), len(d.Diagnostics)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		reset(d, nf, nr, ng)
		claim.Detect(d)
	}
}

// BenchmarkClaimsArticle times the claim stage over 1 MB of this
// package's own example paragraph, repeated.
func BenchmarkClaimsArticle(b *testing.B) {
	benchClaims(b, []byte(strings.Repeat(exampleBody, 1<<20/len(exampleBody))))
}

// BenchmarkClaimsCues times 1 MB of short sentences full of cues.
func BenchmarkClaimsCues(b *testing.B) {
	benchClaims(b, bytes.Repeat([]byte("It probably would certainly be. "), 1<<20/32))
}

// BenchmarkClaimsLongSentence times sentences of 1,990 tokens full of
// cues, the longest the stage reads, where scopes could cost time
// quadratic in the sentence's length.
func BenchmarkClaimsLongSentence(b *testing.B) {
	s := "It" + strings.Repeat(" probably would certainly be, it", 1990/6) + " ended. "
	benchClaims(b, []byte(strings.Repeat(s, 1<<20/len(s))))
}

// BenchmarkClaimsFerry times the claim stage over the input of the
// root package's BenchmarkAnalyze (the team's example article repeated
// to 10 MB), so that the two compare: the stage's share of the pipeline.
func BenchmarkClaimsFerry(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchClaims(b, bytes.Repeat(append(one, "\n\n"...), 10<<20/len(one)))
}

// BenchmarkClaimsEssay times the claim stage over the example essay.
func BenchmarkClaimsEssay(b *testing.B) {
	p := essayPath(b)
	text, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	benchClaims(b, text)
}

// BenchmarkClaimsNoSentenceEnd times 1 MB of words with no sentence
// end: refused at once as too long a sentence.
func BenchmarkClaimsNoSentenceEnd(b *testing.B) {
	benchClaims(b, bytes.Repeat([]byte("word "), 1<<20/5))
}

// bestOf returns the shortest of three runs of the claim stage over d, in
// nanoseconds.
func bestOf(d *doc.Document) int64 {
	nf, nr, ng := len(d.Findings), len(d.Resources), len(d.Diagnostics)
	best := int64(-1)
	for range 3 {
		reset(d, nf, nr, ng)
		start := time.Now()
		claim.Detect(d)
		if el := time.Since(start).Nanoseconds(); best < 0 || el < best {
			best = el
		}
	}
	return best
}
