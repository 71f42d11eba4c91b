package speaker

import "testing"

// TestR2Judged: a gerund of reporting after "for" is the report of the
// object of a verb of judging before it, inside the judge's own
// attribution; a pronoun object, a thing judged, or no verb of judging
// gives none. Sentences written for the test.
func TestR2Judged(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The mayor criticized Ed Moss for saying that the pier was unsafe.", []string{
			"The mayor | criticized | Ed Moss for saying that the pier was unsafe",
			"Ed Moss | saying | that the pier was unsafe"}},
		{"The council held Ed Moss in contempt for refusing to testify.", []string{"Ed Moss | refusing | to testify"}},
		{"The council held Ed Moss in contempt of Congress for refusing to testify.", []string{"Ed Moss | refusing | to testify"}},
		// Not read as the object's: a pronoun, a plan, no judge.
		{"The mayor criticized the plan for ignoring the riders.", []string{"The mayor | criticized | the plan for ignoring the riders"}},
		{"The council voted for saying nothing.", nil},
	} {
		checkIndirect(t, tt.text, tt.want, false)
	}
}
