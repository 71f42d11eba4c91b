package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// exampleRepeated is the team's example article repeated to 2 MB, one
// paragraph per copy, and its paragraphs: the segmenter's benchmarks'
// input.
func exampleRepeated(b *testing.B) (string, []doc.Paragraph) {
	one, err := os.ReadFile("../../examples/ferry-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(one)+"\n\n", 2<<20/len(one))
	var paras []doc.Paragraph
	for i := 0; i < len(text); i += len(one) + 2 {
		paras = append(paras, doc.Paragraph{Span: doc.Span{Start: i, End: i + len(one)}})
	}
	b.SetBytes(int64(len(text)))
	return text, paras
}

// BenchmarkTokens times the tokenizer alone on exampleRepeated.
func BenchmarkTokens(b *testing.B) {
	text, paras := exampleRepeated(b)
	dst := make([]doc.Token, 0, len(text)/4)
	for b.Loop() {
		dst = Tokens(text, paras, dst[:0])
	}
}
