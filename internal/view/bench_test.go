package view

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// BenchmarkHTML renders the essay, and the essay repeated 16 times, to
// show that rendering is linear in the size of the article.
func BenchmarkHTML(b *testing.B) {
	raw, err := os.ReadFile(testutil.SharedData(b, "seed", "khrushchev-essay.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 16} {
		text := strings.Repeat(string(raw)+"\n\n", n)
		d, err := hearsay.AnalyzeBytes(context.Background(), []byte(text), hearsay.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(map[int]string{1: "essay", 16: "essay×16"}[n], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := HTML(io.Discard, d, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
