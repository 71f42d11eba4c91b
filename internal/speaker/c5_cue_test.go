package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// c5Quote returns the quotation of d whose cue is the word cue, or nil.
func c5Quote(d *doc.Document, cue string) *doc.Quote {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == cue {
			return q
		}
	}
	return nil
}

// checkCueMention checks the quotation of text whose cue reads cue: it
// has the speaker mention mention, or, where mention is "", there is
// none.
func checkCueMention(t *testing.T, text, cue, mention string) {
	t.Helper()
	q := c5Quote(run(t, text), cue)
	switch {
	case mention == "":
		if q != nil {
			t.Errorf("%q: a quotation with the cue %q", text, cue)
		}
	case q == nil:
		t.Errorf("%q: no quotation with the cue %q", text, cue)
	default:
		if m := q.Speaker.Mention; text[m.Start:m.End] != mention {
			t.Errorf("%q: mention %q, want %q", text, text[m.Start:m.End], mention)
		}
	}
}

// TestC5StateNotCue checks that "state" before an office, "states"
// after a word that sorts countries and a participle after "than" are
// no verbs of reporting, and that the verbs are still read.
func TestC5StateNotCue(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		// "" mention: no quotation with that cue
		{"Her sister, state Rep. Ann Lee, shouted to the crowd.", "state", ""},
		{"Scott's niece, state Del. Cia Price (D-Norfolk), waved to the crowd.", "state", ""},
		{"The interests of member states trump everything else.", "states", ""},
		{"The needs of swing states come first this year.", "states", ""},
		{"The bill is dead, state Sen. Ann Lee said.", "said", "state Sen. Ann Lee"},
		{"Output will grow by 1.6 percent, a point less than forecast in July.", "forecast", ""},
		{"The port handled more cargo than expected last year.", "expected", ""},
		{"Sales rose more than forecast, the company said.", "said", "the company"},
		{"The bill is dead, more than analysts said.", "said", "more than analysts"},
		// must not fire
		{"The report states that the plan is sound.", "states", "The report"},
		{"One aide says yes; the other states that the plan is sound.", "states", "the other"},
		{"The senators state that the plan is sound.", "state", "The senators"},
		{"The bill is dead, state lawmakers said.", "said", "state lawmakers"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}
