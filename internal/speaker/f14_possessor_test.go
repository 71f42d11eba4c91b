package speaker

import (
	"strings"
	"testing"
)

// TestF14PassPossessor checks that a "he" or "she" in a cue next to a
// quotation passes over a possessor ("Colvin's letter") for the name
// before it, and keeps the possessor of a face or a voice, and the
// possessor when no one else fits.
func TestF14PassPossessor(t *testing.T) {
	tests := []speakerCase{
		{"A week later, Hester found Tom and told him that Sarah's story had reached the mill.\n\n“You see, Tom,” she said sadly, “we are out of work.”", "You see, Tom,", "Hester"},
		{"A week later, Hester found Tom and told him that Sarah's story had reached the mill.\n\n“You see, Tom,” said she.", "You see, Tom,", "Hester"},
		// Her own face: she is the one it is about.
		{"Mrs. Dray sat by the fire. Miss Hale's face grew pale.\n\n“Who was that?” she asked.", "Who was that?", "Miss Hale"},
		// A possessor of the other sex is no candidate at all; one of
		// the right sex with no one else is kept.
		{"The rain fell on Mr. Colvin's roof.\n\n“It is late,” he said.", "It is late,", "Mr. Colvin"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF14AtQuote checks where a pronoun counts as a cue's subject next
// to quotation marks.
func TestF14AtQuote(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"“Go,” she said.", true},
		{"“Go,” said she.", true},
		{"She said: “Go.”", true},
		{"He said the vote was off.", false},
		{"He also wants a tax cut. “Go.”", false},
	} {
		at := strings.Index(strings.ToLower(tt.text), "he")
		if at > 0 && tt.text[at-1] == 's' {
			at--
		}
		if got := f14AtQuote(tt.text, at); got != tt.want {
			t.Errorf("f14AtQuote(%q, %d) = %v, want %v", tt.text, at, got, tt.want)
		}
	}
}
