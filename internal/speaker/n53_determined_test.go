package speaker

import "testing"

// TestN53DeterminedToHave checks that "was determined to have …" (a
// passive of finding) gives its subject no stance, while "was determined
// to …" (resolve) and an active "determined that …" keep their readings.
func TestN53DeterminedToHave(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Claims may proceed only if the firm involved was determined to have caused the spill.", "to have caused the spill", "", "", ""},
		{"The captain was later determined to have ignored the storm warning.", "to have ignored the storm warning", "", "", ""},
		// Resolve: the mayor's intention.
		{"The mayor was determined to reopen the pier before the summer.", "to reopen the pier before the summer", "The mayor", "The mayor", "determined"},
		// Not a form of "be" before it: the active verb reports.
		{"The inspectors determined that the ferry was unsafe.", "that the ferry was unsafe", "The inspectors", "The inspectors", "determined"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
