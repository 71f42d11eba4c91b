package speaker

import "testing"

// TestR3CommaEval checks a verb of evaluation joined by ", and" to a
// first clause of its subject (r3_coord.go), with exact spans, and the
// joins that share no subject or report nothing: a bare "and", a
// passive participle, a fragment with no subject.
func TestR3CommaEval(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"At the rally, Ann Ortiz urged voters to turn out, and criticized the council’s handling of the ferry.",
			[]string{"Ann Ortiz | urged | voters to turn out", "Ann Ortiz | criticized | the council’s handling of the ferry"}},
		{"Ed Moss has used the phrase often in his campaign, and blamed the mayor for the delays.",
			[]string{"Ed Moss | blamed | the mayor for the delays"}},
		{"The union walked out in May, and denounced the new rosters.",
			[]string{"The union | denounced | the new rosters"}},
		// A verb of the class that tells of a deed or a feeling.
		{"Ann Ortiz stood up, and slammed the door.", nil},
		{"The port lost the case, and condemned the crews to idleness.", nil},
		// A bare "and": what the subject does, not what it says.
		{"The crews are always late and blame someone else.", nil},
		{"The mayor toured the pier on Monday and praised the crews.", nil},
		// A passive participle, a verb before "to", a fragment.
		{"The plan was drawn up by the port, and backed by the council.", nil},
		{"The union lost the vote, and took to the streets.", nil},
		{"Lacks even the basic grasp of the budget, and extols the old rosters.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestR3QuoteComma checks "but" after a quotation that ends with its
// comma inside the marks (",” but"): the second verb shares the
// subject as after a bare comma (r3Comma, b2ButShares).
func TestR3QuoteComma(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Riders said they want “a safe pier,” but vowed to keep using the ferry.",
			[]string{"Riders | said | they want “a safe pier,”", "Riders | vowed | to keep using the ferry"}},
		{"The mayor called the plan “a start,” but warned that fares would rise.",
			[]string{"The mayor | called | the plan “a start,”", "The mayor | warned | that fares would rise"}},
		// No verb of reporting after "but": one attribution.
		{"Riders called the pier “a hazard,” but kept riding the ferry.",
			[]string{"Riders | called | the pier “a hazard,”"}},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}
