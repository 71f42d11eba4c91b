package speaker

import "testing"

// TestF9TheSubject checks that a name after a sentence's first "The",
// or after "named" in a noun phrase that opens the sentence, stands in
// a subject's place for f4Subject, and a name after "The" or "named"
// inside a sentence does not.
func TestF9TheSubject(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"The ", true},
		{"It rained. The ", true},
		{"“Go home.”\n\nThe ", true},
		{"He read The ", false},
		{"The little man named ", true},
		{"It rained. A tall woman named ", true},
		{"He met a man named ", false},
		{"Ann's friend named ", false},
	}
	for _, tt := range tests {
		text := tt.before + "Colonel came in."
		if got := f4Subject(text, len(tt.before), len(tt.before)+len("Colonel")); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestF9TheSpeaker checks that a character called "The Colonel" who
// opens the narration before a quotation as its subject is whom the
// tag's "he" means, where a man named earlier is of known sex.
func TestF9TheSpeaker(t *testing.T) {
	tests := []speakerCase{
		{"Mr. Hale had walked on ahead. Hale had a way of leaving. He was gone.\n\n“Where is he?” asked the Colonel.\n\nThe Colonel gave a tired shrug.\n\n“Oh, let him go,” he said.", "Oh, let him go,", "Colonel"},
		// A subject of known sex nearer: it stands.
		{"The Colonel gave a tired shrug. Mr. Hale stood up.\n\n“Oh, let him go,” he said.", "Oh, let him go,", "Mr. Hale"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF9Dash checks that "and" or "but" after a dash opens a clause
// whose subject a name after it is, as after a comma, so that a "she"
// after the sentence means that subject, not a woman named deep in a
// phrase after it.
func TestF9Dash(t *testing.T) {
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"He had no wish to go;--but ", true},
		{"He had no wish to go—but ", true},
		{"He had no wish to go, but ", true},
		{"He saw Tom and ", false},
		{"He saw Tom-and ", false},
	} {
		text := tt.before + "Clara walked on."
		if got := f4Subject(text, len(tt.before), len(tt.before)+len("Clara")); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.before, got, tt.want)
		}
	}
	checkSpeakerName(t, speakerCase{"Mr. Hale said he would stay;--but Clara, too busy with her own plans to hear him, walked on, glad to have won him the chance to ask after Jane Moss all evening.\n\n“You are quite right,” said she.", "You are quite right,", "Clara"})
}
