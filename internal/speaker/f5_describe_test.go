package speaker

import (
	"testing"
)

// TestF5Kin checks that a kinship description ("his wife", "her
// mother") is named by the family's name the text gives someone with
// the kin's title, its mention staying the description, and that it
// stays as written where the possessor has no surname, the text names
// no one of the family with that title, or two families fit.
func TestF5Kin(t *testing.T) {
	tests := []struct{ text, line, speaker, mention string }{
		{"Mrs. Moss stayed on the pier. Mr. Ed Moss came up the gangway.\n\n“We are late,” said his wife.", "We are late", "Mrs. Moss", "his wife"},
		{"Mrs. Moss stayed on the pier. Mr. Ed Moss came up the gangway.\n\n“We are late,” said his lady.", "We are late", "Mrs. Moss", "his lady"},
		{"Mr. Ed Moss stayed on the pier. Mrs. Lena Moss came up the gangway.\n\n“We are late,” said her husband.", "We are late", "Mr. Ed Moss", "her husband"},
		// A first name: its surname where the text gives one.
		{"Mrs. Ruiz waited in the car. Ana Ruiz ran to the pier, and Ana waved.\n\n“You are late,” said her mother.", "You are late", "Mrs. Ruiz", "her mother"},
		// A mother of a married woman: as often her husband's mother.
		{"Mrs. Ruiz waited in the car. Mrs. Ana Ruiz ran to the pier.\n\n“You are late,” said her mother.", "You are late", "her mother", "her mother"},
		// No surname, no one of the family titled, two families.
		{"Mrs. Moss stayed on the pier. Ed came up the gangway.\n\n“We are late,” said his wife.", "We are late", "his wife", "his wife"},
		{"Mr. Ed Moss came up the gangway.\n\n“We are late,” said his wife.", "We are late", "his wife", "his wife"},
		{"Mrs. Ruiz and Mrs. Park waited. Ana Ruiz and Ana Park ran to the pier, and Ana waved.\n\n“You are late,” said her mother.", "You are late", "her mother", "her mother"},
		// Not a kin word with a title of its own.
		{"Mrs. Moss stayed on the pier. Mr. Ed Moss came up the gangway.\n\n“We are late,” said his sister.", "We are late", "his sister", "his sister"},
	}
	for _, tt := range tests {
		checkNameMention(t, tt.text, tt.line, tt.speaker, tt.mention)
	}
}
