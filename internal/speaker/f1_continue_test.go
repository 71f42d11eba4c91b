package speaker

import "testing"

// TestF1Continue checks continuation paragraphs: a paragraph that is
// only a quotation, after one whose last attribution names its
// speaker, is that speaker's, with no cue; and the cases left alone:
// a reply after a question or an exclamation, a short line, another
// person named after the attribution, a novel's beat, a heading-like
// short line, an indirect reading whose subject is no name, and a text
// whose dialogue turns alternate.
func TestF1Continue(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		// The news convention: the speaker goes on in a new paragraph.
		{"The council met on Monday.\n\n“We have no money for the pier,” Ann Ortiz said.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | said"}}, // one quotation in two pieces (f1_join_test.go)
		{"The council met on Monday.\n\n“We have no money for the pier,” said Ed Moss, the treasurer, on Tuesday.\n\n“The boats will have to moor in the next harbour until the spring.”\n\n“Nobody on the council wants that, but we have no choice left.”",
			[]string{"Ed Moss, the treasurer, | said"}},
		// After a reported clause with a named speaker.
		{"The council met on Monday.\n\nAnn Ortiz said the town could not pay for the repairs this year.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | "}},
		// A question or an exclamation is answered by someone else.
		{"The council met on Monday.\n\n“Who will pay for the pier now?” Ann Ortiz asked.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | asked", " | "}},
		// Too short to be sure: a reply, a pull quote.
		{"The council met on Monday.\n\n“We have no money for the pier,” Ann Ortiz said.\n\n“Not a penny.”",
			[]string{"Ann Ortiz | said", " | "}},
		// Someone else named after the attribution.
		{"The council met on Monday.\n\n“We have no money for the pier,” Ann Ortiz said, and Ed Moss nodded.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | said", " | "}},
		// A novel's beat after the tag: the bare line is a reply.
		{"The council met on Monday.\n\n“We have no money for the pier,” Ann Ortiz said, leaning back in her chair.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | said", " | "}},
		// An indirect reading whose subject is no name.
		{"The council met on Monday.\n\nThe report says the town could not pay for the repairs this year.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{" | "}},
	})
}
