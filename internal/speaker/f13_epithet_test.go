package speaker

import "testing"

// TestF13Epithet checks that a word of feeling or age before a given
// name or a title is taken off the speaker's name, and that a name
// whose next word is neither, or a word that is a name of one word,
// stays whole.
func TestF13Epithet(t *testing.T) {
	tests := []speakerCase{
		{"The mill had stopped for the night.\n\nOld Stephen stood at the gate in the rain.\n\n“She is late again,” said he.", "She is late again,", "Stephen"},
		{"The mill had stopped for the night.\n\n“She is late again,” said Poor Mrs. Gaunt.", "She is late again,", "Mrs. Gaunt"},
		// Not a given name after the word: the whole name.
		{"The mill had stopped for the night.\n\n“She is late again,” said Old Brackwater.", "She is late again,", "Old Brackwater"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
