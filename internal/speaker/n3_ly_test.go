package speaker

import "testing"

// TestN3LyNames checks that a place or a given name in -ly is read as
// part of a name, not as an adverb of manner, and that an adverb in -ly
// between a subject and its verb still is one.
func TestN3LyNames(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		{"The dispute grew. Wired Italy reports that the founders disagreed.", "reports", "Wired Italy"},
		{"The dispute grew. Aunt Molly said that the founders disagreed.", "said", "Aunt Molly"},
		// must stay an adverb
		{"The dispute grew. The board quickly said that the founders disagreed.", "said", "The board"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}
