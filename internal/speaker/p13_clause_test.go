package speaker

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestClauseEndFast checks clauseEnd's answer from the last two bytes
// against clauseTrim's, which it stands for, on random clauses made of
// the bytes that either reads: letters, digits, spaces, marks, note
// markers, semicolons, dashes and ellipses.
func TestClauseEndFast(t *testing.T) {
	pieces := []string{"a", "Z", "7", " ", "\n", ".", "!", "?", ",", "-", ";", "[", "]", "[4]", "”", "’", "…", "–", "—", "é"}
	r := rand.New(rand.NewSource(13))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := r.Intn(9); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		s := doc.Span{Start: 0, End: len(text)}
		c := text
		if i := strings.IndexByte(c, ';'); i > 0 {
			c = c[:i]
		}
		if got, want := clauseEnd(text, s), len(clauseTrim(c)); got != want {
			t.Fatalf("clauseEnd(%q) = %d, want %d", text, got, want)
		}
	}
}
