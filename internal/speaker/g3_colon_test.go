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
