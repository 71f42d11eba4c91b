package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestF5Turns checks the runs of dialogue turns read as a whole: a bare
// turn between two named turns of the two parties, a paragraph whose
// named quotation follows a bare one and narration, a third speaker
// who answers the last line, and the turns that must stay without a
// speaker (before the first named turn, after one person speaks twice).
func TestF5Turns(t *testing.T) {
	tests := []struct{ text, line, speaker, mention string }{
		// Between two named turns: the parity gives each its party.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour.”\n\n“Then we walk.”\n\n“In this rain?” said Ed Moss.", "An hour", "Ed Moss", "Ed Moss"},
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour.”\n\n“Then we walk.”\n\n“In this rain?” said Ed Moss.", "Then we walk", "Ana Ruiz", "Ana Ruiz"},
		// After them, as before.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Then we walk.”\n\n“In this rain?”", "In this rain", "Ed Moss", "Ed Moss"},
		// A paragraph whose named quotation follows a bare one and a
		// line of narration is its speaker's turn.
		{"“Is the ferry late?” asked Ed Moss.\n\n“Yes.” The rain grew heavier. “An hour,” said Ana Ruiz.\n\n“Then we walk.”", "Then we walk", "Ed Moss", "Ed Moss"},
		// A third speaker answers the last line: the conversation goes
		// on between them.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Then we walk.”\n\n“Not I,” said Lee Park.\n\n“Then stay.”", "Then stay", "Ana Ruiz", "Ana Ruiz"},
		// Before the first named turn: the line may close an earlier
		// exchange; no speaker.
		{"“Is it late?”\n\n“An hour,” said Ed Moss.\n\n“Then we walk,” said Ana Ruiz.", "Is it late", "", ""},
		// One person twice in a row: no alternation shown.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“It always is,” said Ana Ruiz.\n\n“An hour.”", "An hour", "", ""},
		// An indefinite speaker is someone new, not a party.
		{"“Is the ferry late?” asked a woman.\n\n“An hour,” said Ed Moss.\n\n“Then we walk.”", "Then we walk", "", ""},
		// Narration with no speaker ends the run.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\nThe rain grew heavier on the pier.\n\n“Then we walk.”", "Then we walk", "", ""},
	}
	for _, tt := range tests {
		checkNameMention(t, tt.text, tt.line, tt.speaker, tt.mention)
	}
}

// TestF5Described checks that a speaker given by a description is
// named by the name a neighbouring turn calls them by, its mention
// staying the description, and its other turns in the run with it;
// and that two names called leave it as written.
func TestF5Described(t *testing.T) {
	tests := []struct{ text, line, speaker, mention string }{
		// The turn before calls them.
		{"“Sit down, Ed Moss.”\n\n“I would rather stand,” said the young man.", "I would rather stand", "Ed Moss", "the young man"},
		// The turn after answers them by name.
		{"“Where to?” asked the young man.\n\n“Home, Ed Moss.”", "Where to", "Ed Moss", "the young man"},
		// Where the narration named them, that name.
		{"Ed Moss waited on the pier.\n\n“Where to?” asked the young man.\n\n“Home, Moss.”", "Where to", "Ed Moss", "the young man"},
		// The description's other turns in the run.
		{"“Where to?” asked the young man.\n\n“Home, Ed Moss.”\n\n“Not yet,” said the young man.", "Not yet", "Ed Moss", "the young man"},
		// Two names called: left as written.
		{"“Sit down, Ed Moss.”\n\n“No,” said the young man.\n\n“Come, Lee Park.”", "No", "the young man", "the young man"},
		// "The other" of two who speak in turn: the one before the last.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Then we walk,” replied the other.", "Then we walk", "Ana Ruiz", "the other"},
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ana Ruiz.\n\n“Then we walk,” replied the other.", "Then we walk", "the other", "the other"},
		{"“Is the ferry late?”\n\n“An hour,” said Ed Moss.\n\n“Then we walk,” replied the other.", "Then we walk", "the other", "the other"},
		// The alternation just shown gives the turn to a party named.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Then we walk,” said the young woman.", "Then we walk", "Ana Ruiz", "the young woman"},
		// Not a name the novel gives a character ("the Captain"), not
		// the possessor's own kin, not before the alternation is shown.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Then we walk,” said the Captain.", "Then we walk", "Captain", "the Captain"},
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Then we walk,” said her mother.", "Then we walk", "her mother", "her mother"},
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said the young man.", "An hour", "the young man", "the young man"},
		// Not a person: news quoting a letter after two speakers.
		{"“We back the plan,” said Ed Moss.\n\n“It will fail,” said Ana Ruiz.\n\n“Our schools are thriving,” the letter reads.", "Our schools are thriving", "the letter", "the letter"},
		// No one called.
		{"“Sit down.”\n\n“No,” said the young man.", "No", "the young man", "the young man"},
		// A call answered within its paragraph, by someone else.
		{"“Ed Moss! Where are you?” Ana Ruiz called. A voice answered from the loft. “Here, sir!”\n\n“Come down at once,” said the old man.", "Come down at once", "the old man", "the old man"},
	}
	for _, tt := range tests {
		checkNameMention(t, tt.text, tt.line, tt.speaker, tt.mention)
	}
}

// checkNameMention checks the speaker's name and mention of the
// quotation holding line in text.
func checkNameMention(t *testing.T, text, line, speaker, mention string) {
	t.Helper()
	d := run(t, text)
	testutil.CheckSpans(t, d)
	q := find(d, line)
	if q == nil {
		t.Fatalf("%q: no quotation %q", text, line)
	}
	if q.Speaker.Name != speaker {
		t.Errorf("%q: %q speaker %q, want %q", text, line, q.Speaker.Name, speaker)
		return
	}
	if m := d.Slice(q.Speaker.Mention); m != mention {
		t.Errorf("%q: %q mention %q, want %q", text, line, m, mention)
	}
}
