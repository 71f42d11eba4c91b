package speaker

import (
	"strings"
	"testing"
)

// TestLastBlankLine holds lastBlankLine to strings.LastIndex(s, "\n\n").
func TestLastBlankLine(t *testing.T) {
	for _, s := range []string{"", "\n", "\n\n", "\n\n\n", "a\n\nb", "a\n\nb\n\nc", "a\nb\n", "x\n\n", "\n\nx", "a\n \nb", "a\n\n\nb\n"} {
		if got, want := lastBlankLine(s), strings.LastIndex(s, "\n\n"); got != want {
			t.Errorf("lastBlankLine(%q) = %d, want %d", s, got, want)
		}
	}
}
