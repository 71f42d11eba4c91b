package speaker

import "testing"

// TestR2Predicate: a verb of speech in "his answer was to say …" is the
// possessor's report; a verb of no speech, a noun of no response, or no
// possessor gives none. Sentences written for the test.
func TestR2Predicate(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Ed Moss was asked about the pier. His best answer was to say the pier would reopen.", []string{"His | say | the pier would reopen"}},
		{"The board's first reaction was to deny that it knew of the leak.", []string{"The board's | deny | that it knew of the leak"}},
		{"Ann Reed met the press. Her instinct is to tell voters that the levy is fair.", []string{"Her | tell | that the levy is fair"}},
		// Not read: an act, a plan, no possessor.
		{"Ann Reed met the press. Her answer was to leave the room.", nil},
		{"Ann Reed met the press. Her plan is to argue that the levy is fair.", nil},
		{"The answer was to say that the levy is fair.", nil},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
