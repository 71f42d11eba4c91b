package speaker

import "testing"

// TestG3OccasionPhrase checks that a fronted participle phrase of the
// occasion ("Speaking to students …,") is not read as the words of the
// cue after the subject, and that a fronted clause opened by a gerund,
// which holds a finite verb, still is.
func TestG3OccasionPhrase(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The ferry stopped.\n\nSpeaking to students at Oslo University this week, Ann Reed responded to the mayor's remark.", nil},
		{"The ferry stopped.\n\nAppearing on a talk show on Sunday, Ed Moss replied to his critics.", nil},
		// Words said, with a finite verb: still read.
		{"The ferry stopped.\n\nSpeaking out is a duty, Ann Reed said.", []string{"Ann Reed | said | Speaking out is a duty"}},
		// The main clause's own words are read as before.
		{"The ferry stopped.\n\nSpeaking to students this week, Ann Reed said the pier was safe.", []string{"Ann Reed | said | the pier was safe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, false)
	}
}
