package speaker

import "testing"

// TestRoundElevenIndirect checks the eleventh round's indirect rules with exact
// spans, as TestRoundTenIndirect does: every indirect quotation of each
// text that no other encloses, in order, as "mention | cue | content".
func TestRoundElevenIndirect(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A noun of saying after a possessive and an adjective is no
		// verb: the possessive is the source.
		{"The video contradicts the mayor's earlier claim that the pier was safe.", []string{"the mayor's | claim | that the pier was safe"}},
		{"Ed Moss spoke. His repeated claims that the pier was safe fell flat.", []string{"His | claims | that the pier was safe fell flat"}},
		{"Ed Moss's aides claim that the pier is safe.", []string{"Ed Moss's aides | claim | that the pier is safe"}},
		// Nouns of comment with "about" and their possessor.
		{"Ed Moss spoke. The crowd booed his famous remarks about the old pier.", []string{"his | remarks about | the old pier"}},
		// "said" as a passive of reporting with no agent.
		{"The mayor is said to favour closing the pier.", []string{" | said | The mayor … to favour closing the pier"}},
		// A quantifier alone after ", and" is a second source: the
		// first content ends before it.
		{"Many residents believe the pier is haunted, and some say it should close.", []string{"Many residents | believe | the pier is haunted", "some | say | it should close"}},
		// "on" and a medium before "that": the medium is no content.
		{"The mayor wrote on Twitter that the pier was closed.", []string{"The mayor | wrote | that the pier was closed"}},
		{"Ed Moss said on a conference call that the pier was old.", []string{"Ed Moss | said | that the pier was old"}},
		{"The mayor commented on the plan that the board passed.", []string{"The mayor | commented | the plan that the board passed"}},
		// An adjective of manner or ability after "be" frames the
		// infinitive: the subject of "be" speaks.
		{"Ed Moss was quick to point out that the pier was old.", []string{"Ed Moss | point out | that the pier was old"}},
		{"The board was unable to say when the pier would reopen.", []string{"The board | say | when the pier would reopen"}},
		{"The crew was ready to sail.", nil},
		// A plural head before its phrase agrees with a base form.
		{"Critics of the mayor say it costs too much.", []string{"Critics of the mayor | say | it costs too much"}},
		{"Several members of the board argue that it costs too much.", []string{"Several members of the board | argue | that it costs too much"}},
		{"The critic of the mayor say it costs too much.", nil},
		// A participle's content between commas ends before the
		// main verb of speech; a list of deeds goes on.
		{"The mayor, citing safety concerns, said the pier would close.", []string{"The mayor | citing | safety concerns", "The mayor | said | the pier would close"}},
		// A bare plural noun of stance as an object before "to" or
		// "that".
		{"The board announced plans to close the pier.", []string{"The board | announced | plans to close the pier"}},
		{"Ed Moss denied claims that the pier was unsafe.", []string{"Ed Moss | denied | claims that the pier was unsafe"}},
		// A noun of stance as the subject of "is that": the predicate
		// is the content; a title and its full stop stay in the
		// possessor.
		{"The vote came. Mr. Moss's bet is that the pier will fall.", []string{"Mr. Moss's | bet | that the pier will fall"}},
		{"The mayor's view was that the pier should close.", []string{"The mayor's | view | that the pier should close"}},
		// "took to" a medium frames the infinitive.
		{"The mayor took to Twitter to defend the plan.", []string{"The mayor | defend | the plan"}},
		{"The mayor took to the airwaves to defend the plan.", []string{"The mayor | defend | the plan"}},
		{"The mayor took to Twitter again to defend the plan.", []string{"The mayor | defend | the plan"}},
		// "make it clear" and "make it plain" as "make clear".
		{"The mayor made it clear that the pier would close.", []string{"The mayor | made it clear | that the pier would close"}},
	}
	for _, tt := range tests {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
