package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestAbstainUnsexed checks that in a conversation "he" or "she" is not
// read as a name of unknown sex met once and never speaking (a place, a
// ship, a word of nationality), while a titled name, a given name, a
// name met often, a full name and the same words outside a conversation
// keep their resolution.
func TestAbstainUnsexed(t *testing.T) {
	tests := []struct{ text, quote, speaker, mention string }{
		// A place met once: the man "he" means is only described.
		{"The carter came down from Brantholm at dusk.\n\n“Is the road open?” he asked.\n\n“Who can say?”\n\n“Not I!”", "Is the road open?", "", ""},
		// A port left behind.
		{"The steamer left Kirkwall at noon.\n\n“Is she ready?” he asked.\n\n“Ready!”\n\n“Then go!”", "Is she ready?", "", ""},
		// A word of nationality or language read as a name.
		{"His father had been Norwegian.\n\n“Where is the inn?” he asked.\n\n“What inn?”\n\n“Any inn!”", "Where is the inn?", "", ""},
		{"The old man spoke only Flemish.\n\n“Where is the inn?” she asked.\n\n“What inn?”\n\n“Any inn!”", "Where is the inn?", "", ""},
		// A title tells a person: kept.
		{"Dr. Quellin rode up to the gate.\n\n“Is the road open?” he asked.\n\n“Who can say?”\n\n“Not I!”", "Is the road open?", "Dr. Quellin", "he"},
		// A given name tells a man: kept.
		{"At dusk Henry came down from the hill.\n\n“Is the road open?” he asked.\n\n“Who can say?”\n\n“Not I!”", "Is the road open?", "Henry", "he"},
		// A full name: kept.
		{"Tobin Varley came down from the hill.\n\n“Is the road open?” he asked.\n\n“Who can say?”\n\n“Not I!”", "Is the road open?", "Tobin Varley", "he"},
		// A name the narration keeps naming: kept.
		{"The rain stopped and Varley stood up; then Varley looked out, and Varley sat down.\n\n“Is the road open?” he asked.\n\n“Who can say?”\n\n“Not I!”", "Is the road open?", "Varley", "he"},
		// A name that has spoken under its own cue: kept.
		{"“We leave at six,” said Varley.\n\n“Is the road open?” he asked.\n\n“Who can say?”\n\n“Not I!”", "Is the road open?", "Varley", "he"},
		// No conversation (a report of statements): kept.
		{"On Monday, Varley spoke to reporters.\n\n“The road will open in May,” he said.", "The road will open in May", "Varley", "he"},
	}
	for _, tt := range tests {
		checkSpeakerMention(t, tt.text, tt.quote, tt.speaker, tt.mention)
	}
}

// checkSpeakerMention runs the stages on text and checks the quotation
// that starts with quote: its speaker's name and mention, and no chain
// of hands when it has no speaker.
func checkSpeakerMention(t *testing.T, text, quote, speaker, mention string) {
	t.Helper()
	d := run(t, text)
	testutil.CheckSpans(t, d)
	q := find(d, quote)
	if q == nil {
		t.Fatalf("%.60q: no quotation %q", text, quote)
	}
	if q.Speaker.Name != speaker {
		t.Errorf("%.60q: speaker %q, want %q", text, q.Speaker.Name, speaker)
		return
	}
	if got := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; got != mention {
		t.Errorf("%.60q: mention %q, want %q", text, got, mention)
	}
	if speaker == "" && len(q.Chain) != 0 {
		t.Errorf("%.60q: chain %q, want none", text, q.Chain)
	}
}

// checkMention runs text and checks that quote is found with mention
// as its speaker's mention (whatever the name).
func checkMention(t *testing.T, text, quote, mention string) {
	t.Helper()
	d := run(t, text)
	q := find(d, quote)
	if q == nil {
		t.Errorf("%q: no quotation %q", text, quote)
		return
	}
	if m := q.Speaker.Mention; m.End <= m.Start || d.Text[m.Start:m.End] != mention {
		t.Errorf("%q: mention %q, want %q", text, d.Text[m.Start:m.End], mention)
	}
}
