package segment

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// BenchmarkSentences times the sentence splitter alone on
// exampleRepeated, as BenchmarkTokens does the tokenizer.
func BenchmarkSentences(b *testing.B) {
	text, paras := exampleRepeated(b)
	dst := make([]doc.Sentence, 0, len(text)/16)
	for b.Loop() {
		dst = Sentences(text, paras, dst[:0])
	}
}
