package speaker

import (
	"strings"
	"testing"
)

// TestF12AbstainFar checks that "he" or "she" is not read as a name last
// written pages before it, while a name written again near the pronoun,
// a name near it the first time, and a cue that is a name keep their
// speaker.
func TestF12AbstainFar(t *testing.T) {
	long := strings.Repeat("The wind went over the fields and the tall grass bent low under it. ", 70) // about 4,800 bytes
	short := strings.Repeat("The wind went over the fields and the tall grass bent low under it. ", 5)
	tests := []struct{ text, quote, speaker, mention string }{
		// A name met once, pages back: no speaker.
		{"Long ago Harwick had kept the mill by the ford.\n\n" + long + "\n\n“Where does the path go?” she asked.", "Where does the path go?", "", ""},
		{"Marlowe Street was empty that year.\n\n" + long + "\n\n“Is the gate shut?” he said.", "Is the gate shut?", "", ""},
		// The same name a few lines back: kept.
		{"Long ago Harwick had kept the mill by the ford.\n\n" + short + "\n\n“Where does the path go?” she asked.", "Where does the path go?", "Harwick", "she"},
		// Named pages back and again near the pronoun: kept.
		{"Long ago Harwick had kept the mill by the ford.\n\n" + long + "\n\nHarwick stood up.\n\n“Where does the path go?” she asked.", "Where does the path go?", "Harwick", "she"},
		// A cue that names the speaker is no pronoun: kept.
		{"Long ago Harwick had kept the mill by the ford.\n\n" + long + "\n\n“Where does the path go?” asked Harwick.", "Where does the path go?", "Harwick", "Harwick"},
	}
	for _, tt := range tests {
		checkSpeakerMention(t, tt.text, tt.quote, tt.speaker, tt.mention)
	}
}
