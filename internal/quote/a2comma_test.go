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
