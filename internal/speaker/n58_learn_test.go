package speaker

import "testing"

// TestN58LearnTo checks that "learned to" and a verb that reports
// nothing reads no content, while "learned that", a newspaper's "has
// learned" and "learned to" before a verb of reporting keep theirs.
func TestN58LearnTo(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The mayor learned to read in that building.", "to read in that building", "", "", ""},
		{"Ann Reed learnt to swim at the pier.", "to swim at the pier", "", "", ""},
		{"Ann Reed learned that the pier was closed.", "that the pier was closed", "Ann Reed", "Ann Reed", "learned"},
		{"The pier was closed, the Courier has learned.", "The pier was closed", "the Courier", "Courier", "learned"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
