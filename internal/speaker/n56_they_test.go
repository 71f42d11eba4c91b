package speaker

import "testing"

// TestN56They checks that "they" after names joined by "and" means all
// of them, in a direct and an indirect reading; and that names of
// which the last is an object, or that are not joined by "and", keep
// the nearest name, as before.
func TestN56They(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Ann Reed and Ed Moss met the board on Monday. They said the pier was unsafe.", "the pier was unsafe", "They", "Ann Reed and Ed Moss", "said"},
		{"Ann Reed, Ed Moss, and Li Wen met the board on Monday. They said the pier was unsafe.", "the pier was unsafe", "They", "Ann Reed, Ed Moss, and Li Wen", "said"},
		{"Ann Reed and Ed Moss met the board on Monday. “The pier is unsafe,” they said.", "The pier is unsafe,", "they", "Ann Reed and Ed Moss", "said"},
		// Not: the last name an object; no "and" between the names.
		{"The board met with Ann Reed and Ed Moss on Monday. They said the pier was unsafe.", "the pier was unsafe", "They", "Ed Moss", "said"},
		{"Ann Reed met Sasha Moss on Monday. They said the pier was unsafe.", "the pier was unsafe", "They", "Sasha Moss", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
