package speaker

import "testing"

// TestN2ProperHead checks the name given to a relative "who" or "that"
// after a common noun with proper modifiers and no determiner ("by
// Harbor City magazine that …"), and that a phrase with its determiner
// or a plain name keeps the name it had.
func TestN2ProperHead(t *testing.T) {
	for _, tt := range []struct{ text, cue, name string }{
		{"She shared an article by Harbor City magazine that claimed the pier was unsafe.", "claimed", "Harbor City magazine"},
		{"Grief is growing among New Zealand’s fishing families, who regard the reef as sacred.", "regard", "New Zealand’s fishing families"},
		// must not fire
		{"The board hired an Irish harbour engineer who said the pier was unsafe.", "said", "an Irish harbour engineer"},
		{"The town hired Ann Moss, who said the pier was unsafe.", "said", "Ann Moss"},
	} {
		checkCueName(t, tt.text, tt.cue, tt.name)
	}
}

// TestN2ModifierName checks that a speaker named by a capitalised first
// word and a lower-case plural head ("Deficit hawks") is named by the
// whole phrase, and that a name alone or an adverb before a determiner
// is not widened.
func TestN2ModifierName(t *testing.T) {
	for _, tt := range []struct{ text, cue, name string }{
		{"Tax hawks have gone quiet, even proposing cuts that would widen the gap.", "proposing", "Tax hawks"},
		// must not widen
		{"Ed Moss has gone quiet, saying the plan was dead.", "saying", "Ed Moss"},
	} {
		checkCueName(t, tt.text, tt.cue, tt.name)
	}
}

// checkCueName checks the speaker's name of the quotation of text with
// the cue cue.
func checkCueName(t *testing.T, text, cue, name string) {
	t.Helper()
	q := c5Quote(run(t, text), cue)
	if q == nil {
		t.Errorf("%q: no quotation with the cue %q", text, cue)
		return
	}
	if q.Speaker.Name != name {
		t.Errorf("%q: name %q, want %q", text, q.Speaker.Name, name)
	}
}
