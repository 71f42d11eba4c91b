package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestVocativeTurns checks that a turn that calls someone by name is
// answered by them, with the mention where the narration last named
// them (or the name called, where it never did), and that appositives,
// a subject cut off by the cue, a name the speaker calls themselves
// and a turn calling the one whose turn it would be give no speaker.
func TestVocativeTurns(t *testing.T) {
	tests := []struct{ text, last, speaker, mention string }{
		// A name that closes the words after a comma.
		{"Ana Ruiz stood at the door.\n\nEd Moss said, “Sit down, Ana Ruiz.”\n\n“I would rather stand.”", "I would rather stand", "Ana Ruiz", "Ana Ruiz"},
		// A name that opens them, with more words after it.
		{"“Ana Ruiz, the ferry is late,” said Ed Moss.\n\n“How late?”", "How late", "Ana Ruiz", "Ana Ruiz"},
		// After "dear".
		{"“I know it well, my dear Ana Ruiz, and so do you,” said Ed Moss.\n\n“Then go.”", "Then go", "Ana Ruiz", "Ana Ruiz"},
		// The run goes on from the one called: Ed Moss, then Ana Ruiz.
		{"“Ana Ruiz, the ferry is late,” said Ed Moss.\n\n“How late?”\n\n“An hour.”", "An hour", "Ed Moss", "Ed Moss"},
		// A name before a comma and the cue is not read as called.
		{"“Sit down, Ana Ruiz,” said Ed Moss.\n\n“I would rather stand.”", "I would rather stand", "", ""},
		// An appositive between commas is no one called.
		{"“My cousin, Ana Ruiz, wrote to me,” said Ed Moss.\n\n“When?”", "When", "", ""},
		// A name cut off by the cue may be the sentence's subject.
		{"“Ana Ruiz,” said Ed Moss, “is late.”\n\n“Why?”", "Why", "", ""},
		// No one answers themselves.
		{"“Come, Ed Moss, be brave,” said Ed Moss.\n\n“Why?”", "Why", "", ""},
		// A turn that calls the speaker whose turn it would be is not theirs.
		{"“Is the ferry late?” asked Ana Ruiz.\n\n“An hour,” said Ed Moss.\n\n“Ana Ruiz, listen.”", "Ana Ruiz, listen", "", ""},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		testutil.CheckSpans(t, d)
		q := find(d, tt.last)
		if q == nil {
			t.Fatalf("%q: no quotation %q", tt.text, tt.last)
		}
		if q.Speaker.Name != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, q.Speaker.Name, tt.speaker)
			continue
		}
		if m := d.Slice(q.Speaker.Mention); m != tt.mention {
			t.Errorf("%q: mention %q, want %q", tt.text, m, tt.mention)
		}
	}
}

// TestNameAfterCueModifiers checks the speaker after an inverted cue
// when an adjective stands before the name ("said the startled Ed
// Moss") or a grading word before a manner adverb follows it ("said
// the Captain very gravely"), and that descriptions stay as written.
func TestNameAfterCueModifiers(t *testing.T) {
	tests := []struct{ text, speaker string }{
		// A sound of the voice after "a" and an adjective ("gave a
		// hearty laugh") names no one: the beat's subject speaks.
		{"Ana Ruiz gave a startled laugh. “You are late.”", "Ana Ruiz"},
		{"Ana Ruiz gave a half-hearted laugh. “You are late.”", "Ana Ruiz"},
		// A noun after the adjective is the description's head.
		{"“I was not there,” an unnamed official said.", "an unnamed official"},
		{"“Not so,” said a badly-injured crewman.", "a badly-injured crewman"},
		// An irregular verb after a capital head ends the description.
		{"The Mayor took the floor, and gravely said, “We begin.”", "The Mayor"},
		{"“We begin,” said the Harbour Board chairman.", "the Harbour Board chairman"},
		{"“Who is there?” cried the startled Ed Moss.", "Ed Moss"},
		{"“Who is there?” said the weary Ana Ruiz, and sat down.", "Ana Ruiz"},
		{"“Sit down,” said the Captain very gravely.", "the Captain"},
		{"“Sit down,” said the Captain quite calmly, and left.", "the Captain"},
		// Not a name after the adjective: the description as written.
		{"“Sit down,” said the old sailor.", "the old sailor"},
		// A possessive after the adjective is not the speaker's name:
		// the whole description is.
		{"“Sit down,” said the young Moss’s mother.", "the young Moss’s mother"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		testutil.CheckSpans(t, d)
		if len(d.Quotes) == 0 {
			t.Fatalf("%q: no quotation", tt.text)
		}
		if got := d.Quotes[0].Speaker.Name; got != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.speaker)
		}
	}
}
