package speaker

import (
	"strings"
	"testing"
)

// TestA1xFocusBefore checks which words after "even" or "only" open
// the clause's subject, in sentences written for the test.
func TestA1xFocusBefore(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Even Norway, Sweden's closest partner, said it was opposed.", true},
		{"Only the mayor objected to the plan.", true},
		{"Even so, Norway said it was opposed.", false},
		{"Only then did Norway say it was opposed.", false},
		{"Norway even said it was opposed.", false},
	} {
		toks := tokenize(tt.text, 0, len(tt.text))
		k := 0
		if !strings.HasPrefix(tt.text, "Even") && !strings.HasPrefix(tt.text, "Only") {
			k = 1
		}
		if got := focusBefore(tt.text, toks, k, len(toks)); got != tt.want {
			t.Errorf("focusBefore(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
