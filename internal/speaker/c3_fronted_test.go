package speaker

import (
	"strings"
	"testing"
)

// TestC3Fronted checks that a fronted phrase of time, place or occasion
// before the subject is not taken for the words of a cue after it, and
// that a clause before "X said", also one that opens with a
// preposition, still is.
func TestC3Fronted(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// Must not fire on a phrase: no quotation of it.
		{"In a long interview on the pier, the mayor also said:\n\nThe ferries will sail again.", nil},
		{"During their talks this week, the harbour board boasted of new jobs.", nil},
		{"On 6 July 2015, the council said:\n\nThe ferries will sail again.", nil},
		{"At the harbour on Monday, Ann Reed told reporters:\n\nThe ferries will sail again.", nil},
		// A clause before the cue: read as before.
		{"In the past year, ferry fares rose by a third, officials said.", []string{"officials | said | In the past year, ferry fares rose by a third"}},
		{"At the harbour, the ferries were late, Ann Reed said.", []string{"Ann Reed | said | At the harbour, the ferries were late"}},
		{"After the storm, it closed, the council said.", []string{"the council | said | After the storm, it closed"}},
	} {
		if got := c3Attributed(t, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
