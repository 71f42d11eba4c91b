package speaker

import (
	"strings"
	"testing"
)

// TestP2OnlySpace holds p2OnlySpace to strings.TrimSpace.
func TestP2OnlySpace(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n\v\f\r ", "a", " a", "a ", "\u00a0", "\u2003 \u3000", "\u0085", "“", " \u00a0x", "\xff", " \xe2\x80", "\u200b", "\x1c\x1d\x1e\x1f"} {
		if got, want := p2OnlySpace(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("p2OnlySpace(%q) = %v, want %v", s, got, want)
		}
	}
}
