package speaker

import "testing"

// TestF8Trailing checks that a bare line with narration after it ends a
// run of turns as its next turn, given where the narration's subject
// fits the alternation (narration too long for beats, which reads a
// short one), and left where it does not, where narration
// comes before the line, or where a parenthesis follows it.
func TestF8Trailing(t *testing.T) {
	const conv = "“Shall we walk to the pier?” asked Tom Reed.\n\n“It is too cold,” said Mrs. Moss.\n\n“Then we can take the car.”\n\n"
	tests := []speakerCase{
		// The third turn is Tom's; the fourth, with narration after it, Mrs. Moss's.
		{conv + "“The car is at the garage.” She folded her hands in her lap and looked for a long while at the grey water beyond the harbour wall, where the boats lay.", "The car is at the garage", "Mrs. Moss"},
		{conv + "“The car is at the garage.” And turning to the window, she sighed and looked for a long while at the grey water beyond the harbour wall, where the boats lay.", "The car is at the garage", "Mrs. Moss"},
		{conv + "“The car is at the garage.” Mrs. Moss folded her hands and looked for a long while at the grey water beyond the harbour wall, where the boats lay.", "The car is at the garage", "Mrs. Moss"},
		// The narration's subject is of the other sex, or someone else: left.
		{conv + "“The car is at the garage.” He folded his hands and looked for a long while at the grey water beyond the harbour wall, where the boats lay.", "The car is at the garage", ""},
		{conv + "“The car is at the garage.” Lucy Bell came in with the tea and looked for a long while at the grey water beyond the harbour wall, where the boats lay.", "The car is at the garage", ""},
		// Narration before the line: it may bring in someone else.
		{conv + "She folded her hands and looked for a long while at the grey water beyond the harbour wall, where the boats lay. “The car is at the garage.”", "The car is at the garage", ""},
		// A parenthesis after the line: an aside, not a beat.
		{conv + "“The car is at the garage.” (She had sold it in the spring to a dealer from the town, and she said nothing of it to anyone.)", "The car is at the garage", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF8TrailingGoesOn checks that the alternation goes on through a
// trailing turn whose narration fits its party, and stops at one whose
// narration does not.
func TestF8TrailingGoesOn(t *testing.T) {
	const long = " and looked for a long while at the grey water beyond the harbour wall, where the boats lay."
	const conv = "“Shall we walk to the pier?” asked Tom Reed.\n\n“It is too cold,” said Mrs. Moss.\n\n“Then we can take the car.”\n\n"
	tests := []speakerCase{
		{conv + "“The car is at the garage.” She folded her hands in her lap" + long + "\n\n“We could call a cab.”", "We could call a cab", "Tom Reed"},
		{conv + "“The car is at the garage.” He folded his hands in his lap" + long + "\n\n“We could call a cab.”", "We could call a cab", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
