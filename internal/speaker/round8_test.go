package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestRoundEight checks the eighth round's rules with exact spans, as
// TestRoundSeven does: every indirect quotation of each text, in
// order, as "mention | cue | content".
func TestRoundEight(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A mention before its content ends where the content starts.
		{"According to the data, sailors make up less than half of the crew.", []string{"the data | According to | sailors make up less than half of the crew"}},
		{"According to Ed Moss, the board has sold three ferries because many disagreed with the plan.", []string{"Ed Moss | According to | the board has sold three ferries because many disagreed with the plan"}},
		// A possessive after the verb of a clause that a name opens
		// stands for that name.
		{"Ann Ortiz has been frank in her acknowledgment that the pier needs money.", []string{"Ann Ortiz | acknowledgment | that the pier needs money"}},
		{"Ed Moss spoke. The crew ignored his claim that the pier was safe.", []string{"his | claim | that the pier was safe"}},
		{"Meanwhile Ed Moss continues his adulation of the old pier.", []string{"Ed Moss | adulation of | the old pier"}},
		{"Ed Moss spoke. He was called in to defend his support for the levy.", []string{"his | support for | the levy"}},
		// "appeals" before "court" is a noun; "rule" is a verb of
		// decision, with a clause and never an object.
		{"A federal appeals court ruled Friday that the pier was unsafe.", []string{"A federal appeals court | ruled | that the pier was unsafe"}},
		{"The eventual appeals court ruling could decide the case.", nil},
		{"The judge ruled out a new trial.", nil},
		{"The board passed new harbour rules that promise to transform the harbour.", []string{" | promise | to transform the harbour"}},
		// A reported clause that opens with words in marks and goes
		// on past them.
		{"Ann Ortiz spoke. “The board will only change if members face jail time” for their failures, she said.", []string{"she | said | “The board will only change if members face jail time” for their failures"}},
		// A label in marks after "as", ascribed by the clause's subject.
		{"In recent weeks, Ann Ortiz has attacked Ed Moss as a “harbour pest.”", []string{"Ann Ortiz | attacked | Ed Moss as a “harbour pest.”"}},
		{"Ann Ortiz has been steadily criticizing Ed Moss as a “con artist” on the radio.", []string{"Ann Ortiz | criticizing | Ed Moss as a “con artist” on the radio"}},
		// Only a verb of speech or judgement ascribes the label.
		{"In recent weeks, Ann Ortiz has gone after Ed Moss as a “harbour pest.”", nil},
		{"Ann Ortiz sees Ed Moss, the pilot, as a “fixer.”", nil},
		// A headline whose source and verb end it after a comma.
		{"Ferry Will Sail in May, Mayor Ann Ortiz Says.\n\nThe crew is ready.", []string{"Mayor Ann Ortiz | Says | Ferry Will Sail in May"}},
		{"Mayor Says Ferry Will Sail 'in Style.'\n\nThe crew is ready.", []string{"Mayor | Says | Ferry Will Sail 'in Style.'"}},
		{"The ferry will sail in May, the mayor says.", []string{"the mayor | says | The ferry will sail in May"}},
	}
	for _, tt := range tests {
		checkTopIndirect(t, tt.text, tt.want)
	}
}

// checkTopIndirect runs the stage on text and compares its top-level
// indirect attributions, one "mention | cue | content" line each, with
// want.
func checkTopIndirect(t *testing.T, text string, want []string) {
	t.Helper()
	checkIndirect(t, text, want, true)
}

// checkIndirect is checkTopIndirect over the indirect attributions
// nested in others' words too, when top is false.
func checkIndirect(t *testing.T, text string, want []string, top bool) {
	t.Helper()
	d := run(t, text)
	testutil.CheckSpans(t, d)
	var got []string
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteIndirect && (q.Parent < 0 || !top) {
			got = append(got, fmt.Sprintf("%s | %s | %s", d.Slice(q.Speaker.Mention), d.Slice(q.Cue), q.Words(d.Text)))
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%q:\n got %q\nwant %q", text, got, want)
	}
}
