package speaker

import "testing"

// TestF7SameParty checks that two titles of two sexes make two parties
// of one surname, and that the rest is read as samePerson reads it.
func TestF7SameParty(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"Mr. Moss", "Mrs. Moss", false},
		{"Mr Moss", "Miss Moss", false},
		{"Sir Ed Moss", "Lady Moss", false},
		{"Mrs. Moss", "Ann Moss", true}, // no title on one side: as samePerson
		{"Mr. Moss", "Moss", true},
		{"Mrs. Moss", "Ms. Moss", true},
		{"Dr. Moss", "Mrs. Moss", true}, // a title of no sex
		{"Mr. Moss", "Mrs. Reed", false},
		{"", "Mr. Moss", false},
	}
	for _, tt := range tests {
		if got := f7SameParty(tt.x, tt.y); got != tt.want {
			t.Errorf("%q, %q: %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

// TestF7TurnsCouple checks that a husband and wife who share a surname
// speak in turn as two parties, and that one person named twice in a
// row still breaks the alternation.
func TestF7TurnsCouple(t *testing.T) {
	tests := []speakerCase{
		{"“Are you coming in?” asked Mr. Moss.\n\n“Not yet,” said Mrs. Moss.\n\n“The wind is cold.”\n\n“I have my coat.”", "The wind is cold", "Mr. Moss"},
		{"“Are you coming in?” asked Mr. Moss.\n\n“Not yet,” said Mrs. Moss.\n\n“The wind is cold.”\n\n“I have my coat.”", "I have my coat", "Mrs. Moss"},
		// The same person twice: no alternation.
		{"“Are you coming in?” asked Mr. Moss.\n\n“I said so,” said Mr. Moss.\n\n“The wind is cold.”", "The wind is cold", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF7NameOverDescription checks that a paragraph naming its speaker
// by a description and by a name is one turn, the name's, and that two
// names in one paragraph still end the run.
func TestF7NameOverDescription(t *testing.T) {
	tests := []speakerCase{
		{"“You should go home,” said Mrs. Reed.\n\n“Home!” cried the young girl. Tom saw that she was cross. “I never go home,” Ann Moss added.\n\n“You are old enough to know better.”", "You are old enough", "Mrs. Reed"},
		// Two names in one paragraph: two speakers, no turn.
		{"“You should go home,” said Mrs. Reed.\n\n“Home!” cried Lucy Bell. Tom saw that she was cross. “I never go home,” Ann Moss added.\n\n“You are old enough to know better.”", "You are old enough", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
