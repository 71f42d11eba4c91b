package speaker

import "testing"

// TestRoundFifteenReview checks the review of the fifteenth round's
// mention edges: each probe the review found with its fix, next to the
// round's own cases that share the pattern.
func TestRoundFifteenReview(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// capitalModified: a preposition's object before the cue's
		// base form is no modifier of a noun; the noun phrase is the
		// subject, as before the round.
		{"Ann met the crew. Members of the House say the bill is too costly.", []string{"Members of the House | say | the bill is too costly"}},
		{"Ann met the crew. Officials at the Pentagon say the bill is too costly.", []string{"Officials at the Pentagon | say | the bill is too costly"}},
		{"Ann met the crew. Republicans in the Senate argue the bill is too costly.", []string{"Republicans in the Senate | argue | the bill is too costly"}},
		{"Ann met the crew. A Texas judge ruled that the pier was unsafe.", []string{"A Texas judge | ruled | that the pier was unsafe"}},
		{"Ann met the crew. A Reuters report said the pier was unsafe.", []string{"A Reuters report | said | the pier was unsafe"}},
		{"Ann met the crew. A Reuters report, released Monday, said the pier was unsafe.", []string{"A Reuters report, released Monday, | said | the pier was unsafe"}},
		// perfectS: "’s," before a participle and "to,", or before a
		// participle whose passive takes a clause, is "is,".
		{"Ed Moss met the crew. He’s expected to announce that the pier is unsafe.", nil},
		{"Ed Moss met the crew. He’s asked to testify that the pier is unsafe.", nil},
		{"Ed Moss met the crew. He’s believed to think that the pier is unsafe.", nil},
		{"Ed Moss met the crew. He’s assured that the pier is safe.", nil},
		{"Ed Moss met the crew. He’s reminded that the pier is unsafe.", nil},
		{"Ed Moss met the crew. He’s persuaded that the pier is unsafe.", nil},
		{"Ed Moss met the crew. He’s said the pier is unsafe.", []string{"He | said | the pier is unsafe"}},
		{"Ed Moss met the crew. He’s warned that the pier is unsafe.", []string{"He | warned | that the pier is unsafe"}},
		// bodyTail: a platform or a day after "on" is no body's name;
		// "on" and a platform or a weekday alone at the sentence's end
		// says where or when the subject spoke (whereTail), a holiday
		// still reads nothing.
		{"Ann met the crew. The levy would raise little, said the Department on Twitter.", []string{"the Department | said | The levy would raise little"}},
		{"Ann met the crew. The levy would raise little, said Ed Moss on Monday.", []string{"Ed Moss | said | The levy would raise little"}},
		{"Ann met the crew. The levy would raise little, said the Department on Twitter and radio.", nil},
		{"Ann met the crew. The levy would raise little, said the Council on Election Day.", nil},
		{"Ann met the crew. The levy would raise little, said the Center on Harbour and Ferry Policy.", []string{"the Center on Harbour and Ferry Policy | said | The levy would raise little"}},
		// finiteInside: a relative clause with no pronoun runs on past
		// its verb.
		{"Ann met the crew. The pilots the mayor met at the pier said it was unsafe.", []string{"The pilots the mayor met at the pier | said | it was unsafe"}},
		{"Ann met the crew. The inspectors spent a week at the pier and concluded that it was unsafe.", []string{"The inspectors | concluded | that it was unsafe"}},
		// listBefore: an opening adverb and its comma are no item.
		{"Ann met the crew. Yesterday, Reed and others said the pier was unsafe.", []string{"Reed and others | said | the pier was unsafe"}},
		{"Ann met the crew. Ultimately, Reed and others said the pier was unsafe.", []string{"Reed and others | said | the pier was unsafe"}},
		{"Ann met the crew. Afterward, Reed and others said the pier was unsafe.", []string{"Reed and others | said | the pier was unsafe"}},
		{"Ann met the crew. Moss, Ortiz and others argued that the pier was unsafe.", []string{"Moss, Ortiz and others | argued | that the pier was unsafe"}},
		// accordingTo: a phrase that ends in a day is no name's; the
		// whole phrase is the source (longAccording reads a bare noun
		// since the thirty-fifth session: n81BareNoun).
		{"Ann met the crew. According to figures published by the ministry last Thursday, the levy would raise little.", []string{"figures published by the ministry last Thursday | According to | the levy would raise little"}},
		{"Ann met the crew. The levy would raise little, according to research by the Institute for Harbour Studies.", []string{"research by the Institute for Harbour Studies | according to | The levy would raise little"}},
		// leadWord: "earlier" before a noun is its adjective.
		{"Ann met the crew. Earlier reports said the pier was unsafe.", []string{"Earlier reports | said | the pier was unsafe"}},
		{"Ann met the crew. Earlier the mayor said the pier was unsafe.", []string{"the mayor | said | the pier was unsafe"}},
		{"Ann met the crew. Later Ed Moss said the pier was unsafe.", []string{"Ed Moss | said | the pier was unsafe"}},
		// neitherNor: a past between "neither" and "nor" is a verb.
		{"Ann met the crew. Neither the board met nor the mayor said the pier was unsafe.", []string{"the mayor | said | the pier was unsafe"}},
		{"Ann met the crew. Neither the mayor nor the pilots think the pier is safe.", []string{"Neither the mayor nor the pilots | think | the pier is safe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The bill is too costly,” members of the House say.", []string{"members of the House | say"}},
		{"Ann met the crew.\n\n“The bill is too costly,” the Chinese say.", []string{"the Chinese | say"}},
		{"Ann met the crew.\n\n“The levy will raise little,” said the Department on Twitter.", []string{"the Department | said"}},
		{"Ann met the crew.\n\n“The levy will raise little,” said the Council on Election Day.", []string{"the Council | said"}},
		{"Ann met the crew.\n\n“The levy will raise little,” said the Center on Harbour and Ferry Policy.", []string{"the Center on Harbour and Ferry Policy | said"}},
	})
}
