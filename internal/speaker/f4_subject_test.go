package speaker

import "testing"

// TestF4SubjectBefore checks that "he" or "she" passes over a fitting
// name deep in a phrase ("before the astonished Mrs. Reed") for the
// subject of its sentence or the one before, and only then.
func TestF4SubjectBefore(t *testing.T) {
	tests := []speakerCase{
		// After a preposition that makes no object of it.
		{"Ann Cole knelt before Mrs. Reed and held out her hands.\n\n“Forgive me,” she said.", "Forgive me,", "Ann Cole"},
		// After a determiner and an adjective, the sentence before.
		{"Ann Cole watched the change. It was no way to come into the presence of the offended Mrs. Reed.\n\n“Why?” she asked.", "Why?", "Ann Cole"},
		// The nearer name is a subject itself: it stands.
		{"Ann Cole knelt while Mrs. Reed watched.\n\n“Forgive me,” she said.", "Forgive me,", "Mrs. Reed"},
		// No subject of the pronoun's sex before it: the name stands.
		{"Tom Cole knelt before Mrs. Reed and wept.\n\n“Forgive me,” she said.", "Forgive me,", "Mrs. Reed"},
		// A verb's object after a pronoun, its subject: "he expects
		// Bill Ames to win" is no subject's place; the one who reports
		// is.
		{"“We must plan now,” said Tom Rudd, who backs Bill Ames.\n\nOn Monday, Rudd said he expects Ames to win. But he said the party must prepare.\n\n“It is something you prepare for,” he said.", "It is something you prepare for,", "Rudd"},
		// A subject two sentences back is too far.
		{"Ann Cole sat down. The room was cold. It was no place for the offended Mrs. Reed.\n\n“Why?” she asked.", "Why?", "Mrs. Reed"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF4Embedded checks the places f4Embedded reads as deep in a
// phrase.
func TestF4Embedded(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"she knelt before ", true},
		{"the offended ", true},
		{"an astonished ", true},
		{"while ", false},
		{"The ", false},
		{"", false},
		{"It rained. ", false},
		{"he said ", true}, // the subject of the clause he reports, not his
		{"he expects ", true},
		{"they saw ", true},
	}
	for _, tt := range tests {
		if got := f4Embedded(tt.before+"Ann Reed", len(tt.before)); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.before, got, tt.want)
		}
	}
}
