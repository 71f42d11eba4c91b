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
		{"Ed Moss praised the report, which traced the decline of the river towns and warned that the port could close.", "warned", "which"},
		// must not fire
		{"Ann Lee questioned the mayor about the pier and declined to press him on the cost.", "declined", "Ann Lee"},
		{"Ann Lee met the mayor after he returned from the coast, and promised to restore the pier.", "promised", "Ann Lee"},
		{"Ann Lee met the mayor after the vote and promised to restore the pier.", "promised", "Ann Lee"},
		{"Ed Moss and Ann Lee sparred over the budget, and said the vote would be close.", "said", "Ed Moss and Ann Lee"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}

// TestG1SubordinateSubject checks the subject read before an "and" in
// a stretch of text: the pronoun of a subordinate clause, the pronoun of
// a relative clause set off by a comma, and none where a comma, a
// subject of another kind or a restrictive relative comes between.
func TestG1SubordinateSubject(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{" faced criticism after he asked the mayor about the pier and", "he"},
		{" left early because she thought the vote was over and", "she"},
		{" praised the report, which traced the decline of the towns and", "which"},
		{" thanked Ed Moss, who ran the count and", "who"},
		// none
		{" was leaving when the guards stopped her and", ""},
		{" met the mayor after he returned, and", ""},
		{" said he asked the mayor and", ""},
		{" asked those of us who have stayed and", ""},
		{" left after the vote and", ""},
	} {
		and := len(tt.text) - len("and")
		s, ok := g1SubordinateSubject(tt.text, 0, and)
		got := ""
		if ok {
			got = tt.text[s.Start:s.End]
		}
		if got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestG1EachClause checks "each" read before an "and" after a comma
// and a participle, and not after a comma with no participle.
func TestG1EachClause(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{" met on Tuesday, each touting a plan and", "each"},
		{" met on Tuesday, each with a plan and", ""},
		{" met on Tuesday, and", ""},
	} {
		and := len(tt.text) - len("and")
		s, ok := g1EachClause(tt.text, 0, and)
		got := ""
		if ok {
			got = tt.text[s.Start:s.End]
		}
		if got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.text, got, tt.want)
		}
	}
}
