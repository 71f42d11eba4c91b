package speaker

import "testing"

// TestN4Reporter checks that "he" or "she" opening the sentence after
// "NAME claims that NAME2 …" means the one who claims, not the one the
// that-clause is about, and that the rule keeps off a reporter of the
// other sex and a pronoun two sentences on.
func TestN4Reporter(t *testing.T) {
	tests := []speakerCase{
		{"Early this week, Okafor spoke out about the merger at a meeting. There, Okafor claims that Brandt quietly sold the patent in 2010 and told none of the other partners. He also describes a series of tense talks between the two firms.", "a series of tense talks between the two firms", "Okafor"},
		// A name of unknown sex inside the that-clause ("Tessel") is
		// passed over with it.
		{"Lately, Okafor broke his silence about the feud in a story published at a trade site. There, Okafor claims that Brandt quietly filed a patent on the Tessel board in Spain in 2011 and told none of the other Tessel partners. He also describes a series of tense talks between the two firms.", "a series of tense talks between the two firms", "Okafor"},
		{"Mr. Okafor has also said that Brandt misled the board in 2012. He also describes a series of tense talks between the two firms.", "a series of tense talks between the two firms", "Mr. Okafor"},
		// Not: the reporter is a woman, "he" is the one she spoke of.
		{"Mrs. Okafor claims that Brandt quietly sold the patent in 2010. He also describes a series of tense talks between the two firms.", "a series of tense talks between the two firms", "Brandt"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
