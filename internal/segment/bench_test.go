package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// BenchmarkTokens times the tokenizer alone on the team's example
// article repeated to 2 MB, one paragraph per copy.
func BenchmarkTokens(b *testing.B) {
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
	dst := make([]doc.Token, 0, len(text)/4)
	for b.Loop() {
		dst = Tokens(text, paras, dst[:0])
	}
}
