package speaker

import (
	"testing"
)

// TestF12Voices checks that a voice names no speaker unless the phrase
// names its owner, and that a named speaker with a voice beside the
// name ("in a low voice", "her voice low") is left alone.
func TestF12Voices(t *testing.T) {
	tests := []struct{ text, quote, speaker, mention string }{
		{"The lamp went out.\n\n“Who is there?” called a low voice from the hall.", "Who is there?", "", ""},
		{"The lamp went out.\n\n“Keep back!” growled a hoarse voice.", "Keep back!", "", ""},
		{"The lamp went out.\n\n“Open the door!” cried the voice of Captain Ward.", "Open the door!", "Captain Ward", "Captain Ward"},
		{"The lamp went out.\n\n“Open the door!” cried the sergeant's voice.", "Open the door!", "the sergeant", "the sergeant"},
		// The manner of a named speaker.
		{"The lamp went out.\n\n“Who is there?” said Edith in a low voice.", "Who is there?", "Edith", "Edith"},
		{"The lamp went out.\n\n“Who is there?” Edith said, her voice low.", "Who is there?", "Edith", "Edith"},
	}
	for _, tt := range tests {
		checkSpeakerMention(t, tt.text, tt.quote, tt.speaker, tt.mention)
	}
}
