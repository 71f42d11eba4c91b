package speaker

import (
	"strings"
	"testing"
)

// f13Story is a story told in the first person: Mara calls its "I"
// Tobias (calls, with a word or two each, in the places vocative and
// f13Calls read), and "I" answers her. extra is put in before the end.
func f13Story(calls []string, extra string) string {
	var b strings.Builder
	b.WriteString("The ferry was late again, and the pier smelt of tar.\n\n")
	b.WriteString("“Is the boat coming at all?” said I.\n\n")
	for _, c := range calls {
		b.WriteString("“" + c + "” said Mara.\n\n")
		b.WriteString("“Who can tell?” I answered.\n\n")
	}
	b.WriteString(extra)
	b.WriteString("“Then we wait!” cried Mara.\n\n“Must we?” I asked.\n\n“We must!”")
	return b.String()
}

// TestF13NarratorName checks that the lines of a story's "I" take the
// name the other speakers call the narrator by, twice or more; and that
// they stay "the narrator" where the name is called once, is a
// speaker's own in a cue, is one the narrator calls someone, is a word
// alone in its marks, or ties with another.
func TestF13NarratorName(t *testing.T) {
	two := []string{"Tobias, fetch the bags.", "Are you cold, Tobias?"}
	tests := []speakerCase{
		{f13Story(two, ""), "Is the boat coming at all?", "Tobias"},
		{f13Story(two, ""), "Must we?", "Tobias"},
		{f13Story([]string{"Look there. Tobias Fenn, fetch the bags!", "Are you cold, Mr. Fenn?"}, ""), "Must we?", "Tobias Fenn"},
		// One call is not enough.
		{f13Story(two[:1], ""), "Must we?", "the narrator"},
		// Tobias speaks in a cue of his own: he is not the "I".
		{f13Story(two, "“The wind is rising,” said Tobias.\n\n"), "Must we?", "the narrator"},
		// The narrator calls someone Tobias: another person.
		{f13Story(two, "“Wait, Tobias!” I cried.\n\n"), "Must we?", "the narrator"},
		// A name alone in its marks is a cry as often as a call.
		{f13Story([]string{"Tobias!", "Tobias!"}, ""), "Must we?", "the narrator"},
		// Two names called as often: no name.
		{f13Story([]string{"Tobias, fetch the bags.", "Are you cold, Tobias?", "Gideon, fetch the bags.", "Are you cold, Gideon?"}, ""), "Must we?", "the narrator"},
	}
	for _, tt := range tests {
		q := checkSpeakerName(t, tt)
		if n := len(q.Chain); n == 0 || q.Chain[n-1] != tt.speaker {
			t.Errorf("%q: chain %q, want it to end with %q", tt.text, q.Chain, tt.speaker)
		}
	}
}
