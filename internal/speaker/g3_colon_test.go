package speaker

import "testing"

// TestG3RepeatVerbColon checks that a verb of repeating before a noun
// for an utterance and a colon ("repeated her warning:") introduces the
// quotation after it, as "issued this statement:" does, and that other
// pasts, or other nouns, still do not.
func TestG3RepeatVerbColon(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nThe mayor repeated her warning: “The bridge stays shut.”", []string{"The mayor | warning"}},
		{"Ann met the crew.\n\nThe senator reiterated his promise: “No new tolls.”", []string{"The senator | promise"}},
		{"Ann met the crew.\n\nEd Moss renewed his plea: “Keep the ferry running.”", []string{"Ed Moss | plea"}},
		// Not a noun for an utterance: no speaker.
		{"Ann met the crew.\n\nThe storm repeated the pattern: “Rain, then wind.”", []string{" | "}},
	})
}

// TestG3ApposedColon checks that a name with an appositive between
// commas is the subject of a colon introduction ("Ann Reed, the union's
// president, posted a statement:"), and that an opening phrase and its
// comma, or a list, are not read as one.
func TestG3ApposedColon(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nAnn Reed, the union's president, posted a statement on the union website: “Our members will not accept this.”", []string{"Ann Reed, the union's president, | statement"}},
		{"Ann met the crew.\n\nEd Moss, a spokesman for the port, issued this statement: “The pier is closed.”", []string{"Ed Moss, a spokesman for the port, | statement"}},
		{"Ann met the crew.\n\nOn Friday, the mayor issued this statement: “The pier is closed.”", []string{"the mayor | statement"}},
		// A list of places, not a name and its appositive: the subject follows it.
		{"Ann met the crew.\n\nIn Oslo, Bergen, and Tromso, crowds chanted a slogan: “Open the pier.”", []string{"crowds | chanted"}},
	})
}
