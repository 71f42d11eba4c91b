package speaker

import "testing"

// TestN4GivenAfter checks that a given name after a title or an office
// that tells no sex ("Gov.", "Mayor") tells the name's sex: "he" does
// not mean "Gov. Ruth Ellison", "she" does not mean "Gov. Mark
// Ellison", while a title before a surname alone tells nothing.
func TestN4GivenAfter(t *testing.T) {
	tests := []speakerCase{
		{"The hearing ran late. Gov. Ruth Ellison spoke first.\n\n“We are in great shape,” he said.", "We are in great shape,", ""},
		{"The hearing ran late. Gov. Mark Ellison spoke first.\n\n“We are in great shape,” she said.", "We are in great shape,", ""},
		{"The hearing ran late. Mayor Ruth Ellison spoke first.\n\n“We are in great shape,” she said.", "We are in great shape,", "Mayor Ruth Ellison"},
		{"The hearing ran late. Gov. Mark Ellison spoke first.\n\n“We are in great shape,” he said.", "We are in great shape,", "Gov. Mark Ellison"},
		// A surname alone after the title: no sex, "he" may mean it.
		{"The hearing ran late. Gov. Ellison spoke first.\n\n“We are in great shape,” he said.", "We are in great shape,", "Gov. Ellison"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
