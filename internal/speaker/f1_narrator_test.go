package speaker

import "testing"

// TestStoryNarrator checks that the "I" who speaks in a story's
// conversation is "the narrator", while an article's "I", and any "I"
// under a byline, stays the writer's.
func TestStoryNarrator(t *testing.T) {
	tests := []speakerCase{
		{"The fog lay thick on the river.\n\n“Is it far?” said I.\n\n“Far enough!”\n\n“How far?”", "Is it far?", "the narrator"},
		{"The fog lay thick on the river.\n\n“Is it far?” I asked.\n\n“Far enough!”\n\n“How far?”", "Is it far?", "the narrator"},
		// An article that quotes a statement: the author.
		{"The council met on Monday.\n\n“The budget is sound,” I told the mayor.", "The budget is sound,", "the author"},
	}
	for _, tt := range tests {
		q := checkSpeakerName(t, tt)
		if n := len(q.Chain); tt.speaker != "" && (n == 0 || q.Chain[n-1] != tt.speaker) {
			t.Errorf("%q: chain %q, want it to end with %q", tt.text, q.Chain, tt.speaker)
		}
	}
}
