package segment

import (
	"testing"
	"unicode/utf8"
)

// TestWordEndStops holds the tokenizer's fast path to wordEnd: after a
// run of ASCII letters, at the end of the text or at an ASCII byte that
// is no letter, digit, hyphen, full stop or apostrophe, wordEnd stops
// where it starts, whatever follows.
func TestWordEndStops(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if ascii[c] == clLetter || ascii[c] == clDigit || c == '-' || c == '.' || c == '\'' {
			continue
		}
		for _, after := range []string{"", "a", "s", "1", "’s", "-x", " ", "é"} {
			text := "word" + string(rune(c)) + after
			if got := wordEnd(text, 4, len(text)); got != 4 {
				t.Errorf("wordEnd(%q, 4) = %d, want 4", text, got)
			}
		}
	}
	if got := wordEnd("word", 4, 4); got != 4 {
		t.Errorf("wordEnd at the end = %d, want 4", got)
	}
}
