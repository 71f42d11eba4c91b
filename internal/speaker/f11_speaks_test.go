package speaker

import "testing"

// TestF11Speaks checks f11Speaks against the maps it stands for: every
// key of either, and words that are neither.
func TestF11Speaks(t *testing.T) {
	words := []string{"", "say", "says", "Said", "said ", "go", "went on", "puts", "sing", "seeing", "the", "declares"}
	for w := range f11Verbs {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for w := range f11Participles {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		_, v := f11Verbs[w]
		if got, want := f11Speaks(w), v || f11Participles[w]; got != want {
			t.Errorf("f11Speaks(%q) = %v, want %v", w, got, want)
		}
	}
}
