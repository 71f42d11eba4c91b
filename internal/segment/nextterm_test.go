package segment

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNextMayTerminate holds nextMayTerminate to the byte loop it
// replaces, on random text with terminators, multi-byte characters and
// the bytes next to those it looks for, from every start.
func TestNextMayTerminate(t *testing.T) {
	parts := []string{"a", "word ", " ", ".", "!", "?", "…", "’", "é", ",", "-", "/", ">", "@", "\x80", "\xe2", "\xff", "\x00"}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		text := b.String()
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && !mayTerminate[text[want]] {
				want++
			}
			if got := nextMayTerminate(text, i); got != want {
				t.Fatalf("nextMayTerminate(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
