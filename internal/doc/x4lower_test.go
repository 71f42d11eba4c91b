package doc

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkLowerASCII lower-cases the example article, repeated to 2 MB,
// as the segmenter does for Document.LowerText.
func BenchmarkLowerASCII(b *testing.B) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(one)+"\n\n", 2<<20/len(one))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = LowerASCII(text)
	}
}
