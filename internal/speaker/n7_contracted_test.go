package speaker

import "testing"

// TestN7PerfectTo checks that a pronoun contracted with "’s" before a
// verb of intention or decision and "to" is the subject of a perfect
// ("he’s vowed to …"), and that "’s" before a verb of belief, speech or
// request and "to" stays a passive with no attribution to the pronoun
// ("he’s expected to …", "she’s said to be …", "he’s asked to …").
func TestN7PerfectTo(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		{"The mayor spoke on Monday. He’s vowed to close the pier.", "vowed", "He"},
		{"The mayor spoke on Monday. She’s sought to protect the pier.", "sought", "She"},
		{"The mayor spoke on Monday. He's promised to close the pier.", "promised", "He"},
		{"The mayor spoke on Monday. He’s pledged to close the pier.", "pledged", "He"},
		// must not fire: a passive
		{"The mayor spoke on Monday. He’s expected to close the pier.", "expected", ""},
		{"The mayor spoke on Monday. She’s said to be ill.", "said", ""},
		{"The mayor spoke on Monday. He’s asked to leave the pier.", "asked", ""},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}
