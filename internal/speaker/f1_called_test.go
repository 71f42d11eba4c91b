package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestNotTheNamed checks that in a conversation "he" or "she" is not
// resolved to the person the quotation's own words call or name: the
// pronoun goes to the next fitting name, or to no one; outside a
// conversation, and where the words name someone else, the resolution
// stands.
func TestNotTheNamed(t *testing.T) {
	tests := []speakerCase{
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
		checkSpeakerName(t, tt)
	}
}

// A speakerCase is a text, the start of one of its quotations, and the
// name of that quotation's speaker ("" for none).
type speakerCase struct{ text, quote, speaker string }

// checkSpeakerName runs the stages on tt.text and checks the speaker of
// the quotation that starts with tt.quote; it returns the quotation.
func checkSpeakerName(t *testing.T, tt speakerCase) *doc.Quote {
	t.Helper()
	d := run(t, tt.text)
	q := find(d, tt.quote)
	if q == nil {
		t.Fatalf("%q: no quotation %q", tt.text, tt.quote)
	}
	if q.Speaker.Name != tt.speaker {
		t.Errorf("%q: speaker %q, want %q", tt.text, q.Speaker.Name, tt.speaker)
	}
	return q
}
