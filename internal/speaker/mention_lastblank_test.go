package speaker

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLastBlankLine holds lastBlankLine to strings.LastIndex(s, "\n\n").
func TestLastBlankLine(t *testing.T) {
	cases := []string{"", "\n", "\n\n", "\n\n\n", "a\n\nb", "a\n\nb\n\nc", "a\nb\n", "x\n\n", "\n\nx", "a\n \nb", "a\n\n\nb\n"}
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = "ab \n"[r.Intn(4)]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := lastBlankLine(s), strings.LastIndex(s, "\n\n"); got != want {
			t.Errorf("lastBlankLine(%q) = %d, want %d", s, got, want)
		}
	}
}
