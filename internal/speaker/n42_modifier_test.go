package speaker

import "testing"

// TestN42NameModifiers checks, with exact spans, a description that
// holds a name opening with a capitalised cue word ("a senior State
// Department official"): after a quotation, after an inverted cue, and
// ending or inside a reported clause (n42NameModifier); and that a
// title-case headline's verb is still read as the cue.
func TestN42NameModifiers(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no speaker for the quote
		name        string
		cue         string
	}{
		{"“The pier is old,” a senior State Department official said.", "The pier is old", "a senior State Department official", "a senior State Department official", "said"},
		{"“The pier is old,” two former State Department officials told reporters.", "The pier is old", "two former State Department officials", "two former State Department officials", "told"},
		{"“The pier is old,” said a senior State Department official.", "The pier is old", "a senior State Department official", "a senior State Department official", "said"},
		{"The pier is old, a senior State Department official said.", "The pier is old", "a senior State Department official", "a senior State Department official", "said"},
		// Held: a headline in title case, whose verb has a capital
		// before it; a capital word at the description's start.
		{"“Pier Is Old,” Mayor Says In Letter.", "Pier Is Old", "Mayor", "Mayor", "Says"},
		{"A senior State Department official said the pier is old.", "the pier is old", "A senior State Department official", "A senior State Department official", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
	s := "a senior State Department official"
	toks := tokenize(s, 0, len(s))
	for i, want := range []bool{false, false, true, false, false} {
		if got := n42NameModifier(s, toks, i); got != want {
			t.Errorf("n42NameModifier(%q) = %v, want %v", toks[i].str(s), got, want)
		}
	}
}
