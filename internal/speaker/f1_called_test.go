package speaker

import "testing"

// TestNotTheNamed checks that in a conversation "he" or "she" is not
// resolved to the person the quotation's own words call or name: the
// pronoun goes to the next fitting name, or to no one; outside a
// conversation, and where the words name someone else, the resolution
// stands.
func TestNotTheNamed(t *testing.T) {
	tests := []struct{ text, quote, speaker string }{
		// Called by name alone: the finder, not the one found.
		{"Later, Ruth Moss found Clara face down on her bed.\n\n“Clara,” she said.\n\n“What?”\n\n“Get up!”\n\n“Why?”", "Clara,", "Ruth Moss"},
		// Called at the end of the words, after a comma.
		{"Later, Ruth Moss watched Clara sleep.\n\n“It is late, Clara,” she said.\n\n“Is it?”\n\n“Yes!”\n\n“Why?”", "It is late, Clara,", "Ruth Moss"},
		// No one else fits: no speaker.
		{"Marilla found Anne face down on her bed.\n\n“Anne,” she said.\n\n“What?”\n\n“Get up!”\n\n“Why?”", "Anne,", ""},
		// The words name someone else: the resolution stands.
		{"Later, Ruth Moss found Clara face down on her bed.\n\n“Tom is here,” she said.\n\n“What?”\n\n“Get up!”\n\n“Why?”", "Tom is here,", "Clara"},
		// No conversation: left as it is.
		{"On Monday, Ann Ortiz met the press.\n\n“I am not Ann Ortiz the singer,” she said.", "I am not Ann Ortiz the singer,", "Ann Ortiz"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		q := find(d, tt.quote)
		if q == nil {
			t.Fatalf("%q: no quotation %q", tt.text, tt.quote)
		}
		if q.Speaker.Name != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, q.Speaker.Name, tt.speaker)
		}
	}
}
