package speaker

import "testing"

// TestF15Scene checks that "the young woman" of a scene is its one named
// woman who did not speak last, its mention staying the description;
// and that two women, the woman who spoke last, someone unnamed in the
// scene, a young title for "the old lady" and a bare "the man" leave it
// as written.
func TestF15Scene(t *testing.T) {
	gap := "\n\nThe rain grew heavier on the pier. Boats rocked at the quay.\n\n"
	tests := []struct{ text, line, speaker, mention string }{
		{"“Is the ferry late?” asked Mary Ruiz.\n\n“An hour,” said John Moss." + gap + "“Then we walk,” said the young woman.", "Then we walk", "Mary Ruiz", "the young woman"},
		{"“Is the ferry late?” asked John Moss.\n\n“An hour,” said Mary Ruiz." + gap + "“Then we walk,” said the young man.", "Then we walk", "John Moss", "the young man"},
		// Two women: which one?
		{"“Is the ferry late?” asked Jane Park.\n\n“Is it?” asked Mary Ruiz.\n\n“An hour,” said John Moss." + gap + "“Then we walk,” said the young woman.", "Then we walk", "the young woman", "the young woman"},
		// The one woman spoke last: the description is someone else.
		{"“Is the ferry late?” asked John Moss.\n\n“An hour,” said Mary Ruiz." + gap + "“Then we walk,” said the young woman.", "Then we walk", "the young woman", "the young woman"},
		// Someone unnamed is in the scene.
		{"“Is the ferry late?” asked a stranger.\n\n“Is it?” asked Mary Ruiz.\n\n“An hour,” said John Moss." + gap + "“Then we walk,” said the young woman.", "Then we walk", "the young woman", "the young woman"},
		// "The old lady" is no Miss.
		{"“Is the ferry late?” asked Miss Mary Ruiz.\n\n“An hour,” said John Moss." + gap + "“Then we walk,” said the old lady.", "Then we walk", "the old lady", "the old lady"},
		// A bare "the man" is as often someone new.
		{"“Is the ferry late?” asked John Moss.\n\n“An hour,” said Mary Ruiz." + gap + "“Then we walk,” said the man.", "Then we walk", "the man", "the man"},
	}
	for _, tt := range tests {
		checkNameMention(t, tt.text, tt.line, tt.speaker, tt.mention)
	}
}
