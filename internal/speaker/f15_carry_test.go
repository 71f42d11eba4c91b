package speaker

import (
	"strings"
	"testing"
)

// TestF15Carry checks that a description left unresolved takes the
// name that another use of the same description a few turns away was
// given, its mention staying the description; and that a different
// description, two names, "the other" and a use out of reach leave it
// as written.
func TestF15Carry(t *testing.T) {
	called := "“Sit down, Ed Moss.”\n\n“I would rather stand,” said the young man.\n\nThe rain grew heavier on the pier. Boats rocked at the quay.\n\n"
	far := "The rain grew heavier on the pier. " + strings.Repeat("Boats rocked at the quay all night long and nobody came. ", 150) + "\n\n"
	tests := []struct{ text, line, speaker, mention string }{
		// The young man was named a scene before: the same man.
		{called + "“We should go,” said the young man.", "We should go", "Ed Moss", "the young man"},
		// Named after: the same, read from the later use.
		{"“We should go,” said the young man.\n\nThe rain grew heavier on the pier. Boats rocked at the quay.\n\n“Sit down, Ed Moss.”\n\n“I would rather stand,” said the young man.", "We should go", "Ed Moss", "the young man"},
		// Case and line breaks aside.
		{called + "“We should go,” the young\nman said.", "We should go", "Ed Moss", "the young\nman"},
		// Another description is someone else.
		{called + "“We should go,” said the old man.", "We should go", "the old man", "the old man"},
		// Two names given to it within reach: which one?
		{called + "“Sit down, Lee Park.”\n\n“I would rather stand,” said the young man.\n\nThe rain grew heavier on the pier. Boats rocked at the quay.\n\n“We should go,” said the young man.", "We should go", "the young man", "the young man"},
		// "The other" is a different one at each turn.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Then we walk,” replied the other.\n\nThe rain grew heavier on the pier. Boats rocked at the quay.\n\n“In this rain?” said the other.", "In this rain", "the other", "the other"},
		// Out of reach: pages later, a reader would not carry it.
		{called + far + "“We should go,” said the young man.", "We should go", "the young man", "the young man"},
	}
	for _, tt := range tests {
		checkNameMention(t, tt.text, tt.line, tt.speaker, tt.mention)
	}
}
