package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// BenchmarkSentences times the sentence splitter alone on the team's
// example article repeated to 2 MB, one paragraph per copy, as
// BenchmarkTokens does the tokenizer.
func BenchmarkSentences(b *testing.B) {
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
	dst := make([]doc.Sentence, 0, len(text)/16)
	for b.Loop() {
		dst = Sentences(text, paras, dst[:0])
	}
}
