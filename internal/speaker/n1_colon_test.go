package speaker

import "testing"

// TestN1ColonWordsNoun checks that a colon introduction whose last noun
// names the words ("this statement", "the following reply") after a
// verb that makes its subject their cause or receiver names no speaker,
// and that one whose verb puts words out names its subject.
func TestN1ColonWordsNoun(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The board met on Monday. The vote prompted this statement: “We are disappointed by the outcome of the vote today.”", []string{"direct | We are disappointed by the outcome of the vote today. |  |  | "}},
		{"The board met on Monday. The vote drew the following reply: “We are disappointed by the outcome of the vote today.”", []string{"direct | We are disappointed by the outcome of the vote today. |  |  | "}},
		// Must not fire: the subject gives the words, or a speaker is named after the noun.
		{"The board met on Monday. The agency issued this statement: “We are disappointed by the outcome of the vote today.”", []string{"direct | We are disappointed by the outcome of the vote today. | The agency | The agency | statement"}},
		{"The board met on Monday. Ed Moss gave this reply: “We are disappointed by the outcome of the vote today.”", []string{"direct | We are disappointed by the outcome of the vote today. | Ed Moss | Ed Moss | reply"}},
		{"The board met on Monday. The ruling prompted a statement from the mayor: “We are disappointed by the outcome of the vote today.”", []string{"direct | We are disappointed by the outcome of the vote today. | the mayor | the mayor | :"}},
		{"The board met on Monday. Ann Reed: “We are disappointed by the outcome of the vote today.”", []string{"direct | We are disappointed by the outcome of the vote today. | Ann Reed | Ann Reed | :"}},
	})
}

// TestN1Subhead checks that a subhead in capitals run into the sentence
// after it is no part of the speaker's mention, and that an acronym
// before a name, which is one word in capitals, is.
func TestN1Subhead(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The board met on Monday.\n\nON THE PIER After Ann Lee wrote “We will look at the pier again next month,” the board met.", []string{"direct | We will look at the pier again next month, | Ann Lee | Ann Lee | wrote"}},
		{"The board met on Monday.\n\nTHE PIER Ann Lee said the board would look at the pier again.", []string{"indirect | the board would look at the pier again | Ann Lee | Ann Lee | said"}},
		// Must not fire.
		{"The board met on Monday.\n\nCIA Director Ann Lee said: “We will look at the pier again next month.”", []string{"direct | We will look at the pier again next month. | CIA Director Ann Lee | CIA Director Ann Lee | said"}},
		{"The board met on Monday.\n\nNBC News anchor Ann Lee said: “We will look at the pier again next month.”", []string{"direct | We will look at the pier again next month. | Ann Lee | NBC News anchor Ann Lee | said"}},
	})
}
