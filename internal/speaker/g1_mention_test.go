package speaker

import "testing"

// TestG1Mention checks that a verb of reporting joined by "and" to a
// subordinate clause's predicate takes that clause's pronoun subject,
// and one after ", each" + participle takes "each"; and that a second
// predicate of the main clause, or one after a comma, keeps the
// sentence's subject.
func TestG1Mention(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		{"Ann Lee faced sharp criticism from the council after she questioned the mayor about the pier and declined to press him on the cost.", "declined", "she"},
		{"The senator drew fire when he met the union leaders and promised to restore their pensions.", "promised", "he"},
		{"Ed Moss and Ann Lee sparred over the budget on Tuesday, each defending their own record and saying the other lacks the judgment to lead.", "saying", "each"},
		// must not fire
		{"Ann Lee questioned the mayor about the pier and declined to press him on the cost.", "declined", "Ann Lee"},
		{"Ann Lee met the mayor after he returned from the coast, and promised to restore the pier.", "promised", "Ann Lee"},
		{"Ann Lee met the mayor after the vote and promised to restore the pier.", "promised", "Ann Lee"},
		{"Ed Moss and Ann Lee sparred over the budget, and said the vote would be close.", "said", "Ed Moss and Ann Lee"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}
