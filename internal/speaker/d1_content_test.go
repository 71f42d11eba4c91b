package speaker

import "testing"

// TestD1SecondSource checks where a reported clause ends when ", and" or
// ", while" opens a second clause with a source of its own: a
// progressive verb of speech after a form of "be" ("is promising"), or a
// bare plural subject ("human rights groups warned"). The first content
// ends before the conjunction. Cases where the rule must not fire: an
// "-ing" form with no "be" before it (an aside), a bare plural after
// "and" without a comma (nouns joined, not clauses), a progressive after
// such an "and", a bare plural's passive ("pipes are made to leak"), a
// plural with no verb of speech after it.
func TestD1SecondSource(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// The progressive of a second source.
		{"Ann met the crew. The mayor has vowed to reopen the pier, and the governor is promising to fund the repairs.", []string{"The mayor | vowed | to reopen the pier", "the governor | promising | to fund the repairs"}},
		{"Ann met the crew. Ed Moss said the ferry was safe, while critics are warning that the hull is cracked.", []string{"Ed Moss | said | the ferry was safe", "critics | warning | that the hull is cracked"}},
		// A bare plural subject after the comma and conjunction.
		{"Ann met the crew. Ed Moss said the repairs were complete, and harbour inspectors warned that the pier was unsafe.", []string{"Ed Moss | said | the repairs were complete", "harbour inspectors | warned | that the pier was unsafe"}},
		{"Ann met the crew. The mayor said fares would fall, while local economists expect them to rise.", []string{"The mayor | said | fares would fall", "local economists | expect | them to rise"}},
		// Not a second source: an "-ing" aside with no "be", nouns
		// joined by "and" without a comma, a plural with no verb of
		// speech after it.
		{"Ann met the crew. Ed Moss said the ferry was safe, and critics cheered.", []string{"Ed Moss | said | the ferry was safe, and critics cheered"}},
		{"Ann met the crew. Ed Moss said the rules for owners and harbour pilots opposed to the plan were unfair.", []string{"Ed Moss | said | the rules for owners and harbour pilots opposed to the plan were unfair"}},
		{"Ann met the crew. Ed Moss said that Ann and her sister were talking to the crew, and the ferry left.", []string{"Ed Moss | said | that Ann and her sister were talking to the crew, and the ferry left"}},
		{"Ann met the crew. Ed Moss explained the drills at a depot in Leeds, where old pipes are made to leak for practice.", []string{"Ed Moss | explained | the drills at a depot in Leeds, where old pipes are made to leak for practice"}},
		{"Ann met the crew. Ed Moss said the pier would close, and repairs would start in May.", []string{"Ed Moss | said | the pier would close, and repairs would start in May"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestD1FiniteAfterInfinitive checks that an infinitive content ends
// before "and" or "but" and a finite auxiliary, which only the source
// can be the subject of; and that it goes on where "to" may govern the
// second verb, or where the content holds a clause of its own.
func TestD1FiniteAfterInfinitive(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ann met the crew. The mayor vowed to reopen the pier and has since left office.", []string{"The mayor | vowed | to reopen the pier"}},
		{"Ann met the crew. The mayor promised to fix the pier but is likely to face delays.", []string{"The mayor | promised | to fix the pier"}},
		{"Ann met the crew. The mayor promised to fix the pier, but was soon overruled.", []string{"The mayor | promised | to fix the pier"}},
		// A base form "to" governs, and a content with a clause of
		// its own: the content goes on.
		{"Ann met the crew. The mayor vowed to cap fares and then reduce them.", []string{"The mayor | vowed | to cap fares and then reduce them"}},
		{"Ann met the crew. The mayor said the pier was unsafe and has been closed for years.", []string{"The mayor | said | the pier was unsafe and has been closed for years"}},
		{"Ann met the crew. The mayor vowed to prove the pier was sound and had been repaired.", []string{"The mayor | vowed | to prove the pier was sound and had been repaired"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
