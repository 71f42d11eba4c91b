package speaker

import "testing"

// TestF9JunkLead checks that a sentence's first word that names no one
// ("Suddenly", "Next", "Upon") is neither read into the name after it
// nor taken for a name (the words of function.txt and clauseLeads),
// while a name that opens the sentence stands.
func TestF9JunkLead(t *testing.T) {
	tests := []speakerCase{
		{"Ruth watched him. Suddenly Mrs. Dale turned round, and\nexclaimed:\n\n“I have lost the key!”", "I have lost the key!", "Mrs. Dale"},
		{"Ruth watched him. Next Mrs. Dale turned round, and\nexclaimed:\n\n“I have lost the key!”", "I have lost the key!", "Mrs. Dale"},
		{"Ruth watched him. Mrs. Dale turned round, and\nexclaimed:\n\n“I have lost the key!”", "I have lost the key!", "Mrs. Dale"},
		{"The count ran late. Although Ann Dale lost, she said she was proud of the race.\n\n“We will be back,” she said.", "We will be back,", "Ann Dale"},
		// "Next" opens the sentence and names no one: no speaker.
		{"There was a crash of glass in the yard.\n\nNext came a loud voice, “Where are you going?”", "Where are you going?", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF9HookPersons checks the nouns the persons.txt hook adds: a
// policeman or a clerk who opens the narration before a quotation as
// its subject is whom the tag's "he" means.
func TestF9HookPersons(t *testing.T) {
	tests := []speakerCase{
		{"The policeman sighed and shook his head.\n\n“I know,” he said, “but I cannot help it.”", "I know,", "The policeman"},
		{"The clerk looked up from his ledger.\n\n“We are closed,” he said.", "We are closed,", "The clerk"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
