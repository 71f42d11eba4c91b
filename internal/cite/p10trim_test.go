package cite

import (
	"strings"
	"testing"
	"unicode"
)

// TestTrimRightSpace holds trimRightSpace to strings.TrimRightFunc with
// unicode.IsSpace.
func TestTrimRightSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a ", "a \t\r\n\v\f", "\u00a0", "a\u00a0", "a \u00a0 ", "a\u0085", "a\u2003 \t",
		"“quoted”", "x”  ", "\x1f", "a\x1c", "ab\u3000", " \u00a0\t", "\xff", "a\xe2", "\x80 "} {
		if got, want := trimRightSpace(s), strings.TrimRightFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimRightSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
