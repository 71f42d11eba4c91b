package speaker

import "testing"

// TestAbstainHeadingNames checks that "he" is not resolved to a heading
// run into a chapter's first words, while a name with a regnal number
// keeps it.
func TestAbstainHeadingNames(t *testing.T) {
	tests := []speakerCase{
		{"CHAPTER II It was late and the rain fell on the roof.\n\n“Who is there?” he asked.", "Who is there?", ""},
		{"PART IV The ship sailed at dawn and the crew slept.\n\n“Who is there?” he asked.", "Who is there?", ""},
		{"Then Louis XIV spoke to the court.\n\n“I am the state,” he said.", "I am the state,", "Louis XIV"},
		{"Then Henry VIII rode out.\n\n“Go,” he said.", "Go,", "Henry VIII"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
