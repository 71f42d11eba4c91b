package quote

import "testing"

// TestA2CommaRunsOn checks that capitalised words in marks after a comma
// are a phrase of the author's sentence when it runs on after them in
// lower case, and speech when they end a clause.
func TestA2CommaRunsOn(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"runs on", `After the storm, [1“]⟨1Three piers gone in one night⟩[1”] was the headline.`, "mixed"},
		{"clause", `After the storm, [1“]⟨1We will rebuild every pier,⟩[1”] she said.`, "direct"},
		{"cue after", `After the storm, [1“]⟨1We will rebuild every pier⟩[1”] she said.`, "direct"},
		{"ends the sentence", `After the storm, [1“]⟨1We will rebuild every pier⟩[1”].`, "direct"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}

// TestA2ObjectAfter checks capitalised words in marks after a cue that
// close inside the reported clause, its object outside them: a part of
// the clause (mixed); an adverbial after the marks leaves them whole.
func TestA2ObjectAfter(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"object after the marks", `The board claimed [1“]⟨1Ed Moss inflates⟩[1”] the cost of the pier.`, "mixed"},
		{"possessive object after the marks", `The union said [1“]⟨1Ed Moss misled⟩[1”] its members twice.`, "mixed"},
		{"adverbial after the marks", `The mayor told reporters [1“]⟨1We will rebuild the pier⟩[1”] on Monday.`, "direct"},
		{"sentence in the marks", `The union said [1“]⟨1We were misled.⟩[1”] The council met.`, "direct"},
		{"cue after the marks", `The union said [1“]⟨1We were misled⟩[1”] the spokesman said.`, "direct"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}
