package speaker

import "testing"

// TestN1ItSpeech checks that "it" is the subject of a verb of speech to
// someone ("warned", "told") or of speech and belief ("insisted") where
// a body is named before it, as of "said"; and that it is not where the
// verb is one of belief only, where no body or carrier is named before
// it, or where the verb reports no clause. A carrier in a phrase of the
// channel right before "it" ("In a statement, it said") is passed over
// for the body named before.
func TestN1ItSpeech(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The agency met on Monday. It warned that the deal could collapse.", []string{"indirect | that the deal could collapse | The agency | It | warned"}},
		{"The agency met on Monday. It told reporters that the deal could collapse.", []string{"indirect | that the deal could collapse | The agency | It | told"}},
		{"The court met on Monday. It insisted that the fees were lawful.", []string{"indirect | that the fees were lawful | The court | It | insisted"}},
		{"The city sent a letter on Monday. It warned residents that the pier would close.", []string{"indirect | that the pier would close | a letter | It | warned"}},
		// A channel before "it" is not what "it" names.
		{"The agency met on Monday. In a statement, it warned that the deal could collapse.", []string{"indirect | that the deal could collapse | The agency | it | warned"}},
		{"The agency met on Monday. In a letter to the board, it said that the deal could collapse.", []string{"indirect | that the deal could collapse | The agency | it | said"}},
		{"The city sent a letter on Monday. In it, it said that the pier would close.", []string{"indirect | that the pier would close | a letter | it | said"}},
		// Must not fire.
		{"Ed Moss met on Monday. In a statement, it said that the deal could collapse.", nil},
		{"The agency met on Monday. It believes that the deal could collapse.", nil},
		{"Ed Moss met on Monday. It warned that the deal could collapse.", nil},
		{"The storm hit on Monday. It reminded residents that the levee was old.", nil},
		{"The agency met on Monday. It told us nothing.", nil},
	})
}
