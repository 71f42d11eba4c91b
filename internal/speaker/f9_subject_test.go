package speaker

import "testing"

// TestF9SubjectWaits checks that a name of unknown sex that ends the
// narration as its subject keeps "he" or "she" from a woman or man of
// known sex named before it, and only then.
func TestF9SubjectWaits(t *testing.T) {
	tests := []speakerCase{
		// The unknown name, one who has spoken before, is the subject
		// of the last sentence before the quotation: it is the
		// speaker.
		{"“Must we?” asked Tilda.\n\nNone of the girls was so eager as Jane Dorr, who threw herself into the work, hampered as she was by Tilda's doubts. Tilda thought it all a waste of good time.\n\n“It only fills your heads with nonsense,” she grumbled.", "It only fills your heads with nonsense,", "Tilda"},
		// The same with a man of known sex and "he" (a one-word name
		// met only at a sentence's start is no name: one met inside a
		// sentence too is).
		{"“Who is there?” asked Brackley.\n\nMr. Oakes had come early to see the horses that Brackley kept. Brackley leaned on the gate.\n\n“They are not for sale,” he said.", "They are not for sale,", "Brackley"},
		// A name of unknown sex that has not spoken may be a place:
		// the name of known sex stands.
		{"Mr. Oakes rode in at noon. Port Elsby was quiet.\n\n“Not yet,” he said.", "Not yet,", "Mr. Oakes"},
		// The turn's tag before is no sentence of narration.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Tilda.\n\n“Then we walk,” she said.", "Then we walk,", "Ana Ruiz"},
		// Another sentence of narration stands between: the name of
		// known sex stands.
		{"“Must we?” asked Tilda.\n\nNone of the girls was so eager as Jane Dorr, who threw herself into the work. Tilda thought it all a waste of good time. The rain went on all day.\n\n“It only fills your heads with nonsense,” she grumbled.", "It only fills your heads with nonsense,", "Jane Dorr"},
		// An earlier quotation between the name and the pronoun: it
		// has had its turn.
		{"“Who is there?” asked Brackley.\n\nMr. Oakes came in from the rain. Brackley read the letter aloud. “They want the horses.”\n\n“They are not for sale,” he said.", "They are not for sale,", "Mr. Oakes"},
		// Not a subject: after a comma, inside another clause.
		{"Mr. Oakes said that, for all he knew, Brackley had left.\n\n“They are not for sale,” he said.", "They are not for sale,", "Mr. Oakes"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF9Junk checks the one-word names f9Junk reads as a sentence's
// first word taken for a name.
func TestF9Junk(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Although", true}, {"Because", true}, {"The", true}, {"Upon", true},
		{"Tilda", false}, {"Brackley", false}, {"Upon Joe", false},
	} {
		if got := f9Junk(tt.name); got != tt.want {
			t.Errorf("f9Junk(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestF9DescribedSpeaker checks that a description of a person that
// ends the narration before a quotation as its subject is whom the
// tag's "he" or "she" means when no name fits, and only then.
func TestF9DescribedSpeaker(t *testing.T) {
	tests := []speakerCase{
		{"The old fisherman sighed and shook his head.\n\n“I know,” he said, “but I cannot go.”", "I know,", "The old fisherman"},
		{"My aunt set the dish on the table.\n\n“Why do you say so?” she asked.", "Why do you say so?", "My aunt"},
		// Of the other sex: not the speaker.
		{"His wife set the dish on the table.\n\n“Why do you say so?” he asked.", "Why do you say so?", ""},
		// Another sentence of narration between: no one.
		{"The old fisherman sighed. The wind rose.\n\n“I know,” he said.", "I know,", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
