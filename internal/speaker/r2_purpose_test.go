package speaker

import "testing"

// TestR2Purpose: a verb of speech in an infinitive of purpose after a
// verb of going or coming is the subject's report; an act, a noun's
// infinitive, an object gap, or an object of a verb with other senses
// gives none. Sentences written for the test.
func TestR2Purpose(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Ann Reed went on a tour of the coast to talk with harbour workers about the fares.", []string{"Ann Reed | talk with harbour workers about | the fares"}},
		{"Ed Moss came to tell the council that the pier was unsafe.", []string{"Ed Moss | tell | that the pier was unsafe"}},
		{"The ministers flew to Oslo to discuss the levy.", []string{"The ministers | discuss | the levy"}},
		{"When Ed Moss came in to say that the boat had left, Ann Reed wept.", []string{"Ed Moss | say | that the boat had left"}},
		// Not read: an act, an object's infinitive, a thing claimed, a
		// noun's infinitive, a meeting's agenda.
		{"Ed Moss went to Oslo to buy a boat.", nil},
		{"The board hired a consultant to explain the plan.", nil},
		{"Ed Moss came straight over here to claim his share.", nil},
		{"Ed Moss met the mayor for his chance to explain the plan.", nil},
		{"The ministers met in Oslo to discuss the levy.", nil},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
