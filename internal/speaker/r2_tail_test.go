package speaker

import "testing"

// TestR2TailParticiple: after a trailing cue, a comma and the -ing form
// of any verb of reporting.txt give a second attribution to the cue's
// subject; a participle of the body, or one that is no verb of
// reporting, gives none. Sentences written for the test.
func TestR2TailParticiple(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The ferry will not sail this week, Ann Reed said, citing the storm warnings.", []string{
			"Ann Reed | said | The ferry will not sail this week",
			"Ann Reed | citing | the storm warnings"}},
		{"The pier is safe, officials said on Monday, pointing to a new survey.", []string{
			"officials | said | The pier is safe"}},
		{"The fares will rise, the board said, blaming the cost of fuel.", []string{
			"the board | said | The fares will rise",
			"the board | blaming | the cost of fuel"}},
		// The participles of saying were read before, and still are.
		{"The pier is safe, Ann Reed said, adding that the board would meet.", []string{
			"Ann Reed | said | The pier is safe",
			"Ann Reed | adding | that the board would meet"}},
		// Not a report: a gesture, a stance, a manner.
		{"The boat is ready, Ed Moss said, pointing to the door.", []string{
			"Ed Moss | said | The boat is ready"}},
		{"The pier is safe, Ann Reed said, standing by the quay.", []string{
			"Ann Reed | said | The pier is safe"}},
		{"The pier is safe, Ann Reed said, smiling at the crowd.", []string{
			"Ann Reed | said | The pier is safe … smiling at the crowd"}},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
