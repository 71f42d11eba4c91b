package speaker

import "testing"

// TestF8SentenceCall checks the name that opens a later sentence of a
// turn as the one spoken to, and the subjects and appositives that
// are not.
func TestF8SentenceCall(t *testing.T) {
	tests := []struct {
		before, after string
		want          bool
	}{
		{"For very little more than a chance.", ", she is not like her cousins.", true},
		{"I cannot wait!", ", you must come at once.", true},
		{"I cannot wait.", ", my sister, is late.", false}, // an appositive
		{"I cannot wait.", " is late again.", false},       // the subject
		{"I met", ", she said, at the pier.", false},       // not a sentence's start
		{"It is late.", ", theyre all asleep.", false},     // not a pronoun
		{"", ", she is not like her cousins.", false},      // the words' start: vocative reads it
	}
	for _, tt := range tests {
		if got := f8SentenceCall(tt.before, tt.after); got != tt.want {
			t.Errorf("%q | %q: %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}

// TestF8SentenceCallTurns checks that a turn calling someone in its
// middle makes them the other party of the conversation.
func TestF8SentenceCallTurns(t *testing.T) {
	const text = "Tom Reed walked with Mary along the shore.\n\n“Will you ask her soon?” said Tom Reed.\n\n“Soon enough.”\n\n“That is what you said before. Mary, you are too slow.”\n\n“I shall ask her today.”"
	checkSpeakerName(t, speakerCase{text, "Soon enough", "Mary"})
	checkSpeakerName(t, speakerCase{text, "I shall ask her today", "Mary"})
	checkSpeakerName(t, speakerCase{text, "That is what you said", "Tom Reed"})
	// A name that opens a later sentence as its subject calls no one.
	const subject = "Tom Reed walked with Mary along the shore.\n\n“Will you ask her soon?” said Tom Reed.\n\n“Soon enough.”\n\n“That is what you said before. Mary is too slow.”\n\n“I shall ask her today.”"
	checkSpeakerName(t, speakerCase{subject, "Soon enough", ""})
}
