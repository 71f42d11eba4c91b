package speaker

import "testing"

// TestK1Owned checks a phrase in marks inside the content of a reported
// statement: the speaker's own words (mixed, with the speaker and cue),
// not the writer's scare quote; and where it must stay a scare quote.
func TestK1Owned(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Ana Ruiz warned against signing a “rotten bargain” with the harbour board.", []string{"mixed | rotten bargain | Ana Ruiz | warned"}},
		{"The port authority said the repairs were “long overdue” and would start soon.", []string{"mixed | long overdue | The port authority | said"}},
		{"Ed Moss argued that the board ran a campaign of “quiet bullying” against him.", []string{"mixed | quiet bullying | Ed Moss | argued"}},
		// After "the" or a possessive: a thing named in the writer's marks.
		{"Ed Moss said the “upgrade” had cost too much.", []string{"scare | upgrade |  | "}},
		{"Ana Ruiz said her “plan” was ready.", []string{"scare | plan |  | "}},
		// A verb of thinking, not of speech: no words to quote.
		{"Ana Ruiz believed the pier was “haunted” for years.", []string{"scare | haunted |  | "}},
		// No attribution around it: the writer's own.
		{"The pier is a “landmark” for the town.", []string{"scare | landmark |  | "}},
	})
}
