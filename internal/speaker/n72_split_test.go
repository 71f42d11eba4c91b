package speaker

import "testing"

// TestN72SplitAppositive checks the narration inside a split quotation
// whose subject is a description with "of" and a name between commas
// ("“…,” the director of education, Kaveh Ambrose, said, “…”"): the name
// speaks, as after a quotation that is not split. beforeCue read the
// stretch from its first token, the first part's closing mark, as a
// quotation mark between the clause and the name, and gave no speaker.
func TestN72SplitAppositive(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"Parents met.\n\n“Nobody wants this,” the director of education, Kaveh Ambrose, said at the meeting, “but we cannot pay.”", "Nobody wants", "Kaveh Ambrose"},
		{"Parents met.\n\n“Nobody wants this,” the head of the board, Kaveh Ambrose, said, “but we cannot pay.”", "Nobody wants", "Kaveh Ambrose"},
		{"Parents met.\n\n“Nobody wants this,” the director of education, Kaveh Ambrose, said.", "Nobody wants", "Kaveh Ambrose"},
	} {
		wantSpeaker(t, c.text, c.quote, c.name)
	}
}
