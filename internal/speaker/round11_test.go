package speaker

import "testing"

// TestRoundEleven checks the eleventh round's rules for direct
// quotations with exact spans, as TestRoundTen does: each top-level
// direct quotation, in order, as "mention | cue".
func TestRoundEleven(t *testing.T) {
	tests := []mentionCase{
		// Manners of speaking in news, before and after the subject.
		{"Ann met the crew.\n\n“The pier is old,” scoffed Ed Moss, the board’s chairman.", []string{"Ed Moss, the board’s chairman | scoffed"}},
		{"Ann met the crew.\n\n“The pier is old,” Ed Moss countered.", []string{"Ed Moss | countered"}},
		{"Ann met the crew.\n\n“The pier is old,” fumed a pilot.", []string{"a pilot | fumed"}},
		{"Ann met the crew.\n\n“The pier is old,” lamented Ed Moss.", []string{"Ed Moss | lamented"}},
		{"Ann met the crew.\n\n“The pier is old,” quipped Ed Moss, a farmer.", []string{"Ed Moss, a farmer | quipped"}},
		// A past verb before its object's determiner ends a
		// description: the board, not "The board issued".
		{"Ann met the crew.\n\nThe board issued a statement: “The pier is old.”", []string{"The board | statement"}},
		{"Ann met the crew.\n\nA spokesman emailed a statement: “The pier is old.”", []string{"A spokesman | statement"}},
		// A noun for an utterance after a cue is its object, not an
		// inverted subject.
		{"Ann met the crew.\n\nThe company posted a message: “The pier is old.”", []string{"The company | posted"}},
		// Two names before a verb that is no cue, and a name with the
		// group it belongs to.
		{"Ann met the crew.\n\nEd Moss and Ann Ortiz issued a statement: “The pier is old.”", []string{"Ed Moss and Ann Ortiz | statement"}},
		{"Ann met the crew.\n\nEd Moss and his wife issued a statement: “The pier is old.”", []string{"Ed Moss | statement"}},
		{"Ann met the crew.\n\nEd Moss and other Republicans said, “The pier is old.”", []string{"Ed Moss and other Republicans | said"}},
		{"Ann met the crew.\n\n“The pier is old,” Ed Moss and other officials told reporters.", []string{"Ed Moss and other officials | told"}},
		{"Ann met the crew.\n\n“The pier is old,” other officials said.", []string{"other officials | said"}},
		// "put it" with a manner adverb or "this way" before a colon.
		{"Ann met the crew.\n\nEd Moss, the board’s chairman, put it bluntly: “The pier is old.”", []string{"Ed Moss, the board’s chairman, | put it"}},
		{"Ann met the crew.\n\nEd Moss put it this way: “The pier is old.”", []string{"Ed Moss | put it"}},
		// A study's finding verb where it ends the clause; a person's
		// "found" is no cue.
		{"Ann met the crew.\n\n“The pier is old,” the survey found.", []string{"the survey | found"}},
		{"Ann met the crew.\n\n“The pier is old,” the report found.", []string{"the report | found"}},
		{"Ann met the crew.\n\n“The pier is old,” the study found in May.", []string{" | "}},
		// A cue word right after a determiner or a year is a noun.
		{"Ann met the crew.\n\n“The pier is old,” a 2015 report by the board said.", []string{"a 2015 report by the board | said"}}, // the twelfth round reads "by" after a noun for research (authoredBy)
		{"Ann met the crew.\n\n“The pier is old,” the reports say.", []string{"the reports | say"}},
		// ... and after a preposition: "state" in "secretary of state"
		// is no cue; a preposition with no word after it opens no phrase.
		{"Ann met the crew.\n\n“The pier is old,” the former secretary of state said at a rally.", []string{"the former secretary of state | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said the secretary of state.", []string{"the secretary of state | said"}},
		// How an unnamed source knows, after the cue as before it.
		{"Ann met the crew.\n\n“The pier is old,” said a person familiar with the matter.", []string{"a person familiar with the matter | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said a person close to the campaign.", []string{"a person close to the campaign | said"}},
		{"Ann met the crew.\n\n“The pier is old,” a source familiar with the talks said.", []string{"a source familiar with the talks | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said a pilot in an interview.", []string{"a pilot | said"}},
		// Lower-case words that open a name after the cue.
		{"Ann met the crew.\n\n“The pier is old,” said former Gov. Ed Moss.", []string{"former Gov. Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said former Ohio Gov. Ed Moss.", []string{"former Ohio Gov. Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is old,” pleaded poor Ed Moss.", []string{"poor Ed Moss | pleaded"}},
		{"Ann met the crew.\n\n“The pier is old,” said angrily Ed Moss.", []string{" | "}},
		// Capitalised words that modify a noun inside a description.
		{"Ann met the crew.\n\n“The pier is old,” a senior White House official said.", []string{"a senior White House official | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said a former Treasury official.", []string{"a former Treasury official | said"}},
		{"Ann met the crew.\n\nIn a radio interview Ed Moss said: “The pier is old.”", []string{"Ed Moss | said"}},
	}
	checkDirectMentions(t, tests)
}
