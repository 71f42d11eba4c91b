package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// v1Quote returns the quotation of d whose cue is the words cue, or nil.
func v1Quote(d *doc.Document, cue string) *doc.Quote {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == cue {
			return q
		}
	}
	return nil
}

// TestV1StanceSubjectEnd checks that the that-clause of a noun of
// stance that opens its sentence ends before the main clause's verb,
// and that it is left as it was where another clause or phrase could
// own the verb found, or where the noun is not the subject.
func TestV1StanceSubjectEnd(t *testing.T) {
	for _, tt := range []struct{ text, cue, content string }{ // content "": no quotation with the cue
		{"The mayor's claim that the pier is safe drew criticism from engineers.", "claim", "that the pier is safe"},
		{"The minister's promise that fares would fall was broken within a year.", "promise", "that fares would fall"},
		{"But the union's claim that wages had not risen was repeated by the board.", "claim", "that wages had not risen"},
		{"The mayor's claim that engineers inspected the pier last week drew criticism.", "claim", "that engineers inspected the pier last week"},
		{"Within a week, the mayor's claim that the pier is safe was withdrawn.", "claim", "that the pier is safe"},
		{"The mayor's claim that the elected board is split was false.", "claim", "that the elected board is split"},
		{"The mayor's claim that the pier is safe for boats licensed by the board drew criticism.", "claim", "that the pier is safe for boats licensed by the board"},
		{"The harbour board's refusal to act angered the pilots.", "refusal", "to act"},
		{"The mayor's promise to repair the pier was empty.", "promise", "to repair the pier"},
		// must not fire: a relative, a conjunction or a comma may own
		// the verb; the noun is an object; "is that" is the predicate
		{"The mayor's claim that the pier that was built in 1920 is safe drew criticism.", "claim", "that the pier that was built in 1920 is safe drew criticism"},
		{"The mayor's claim that the pier is safe and that the ferry is sound drew criticism.", "claim", "that the pier is safe and that the ferry is sound drew criticism"},
		{"Ann Lee's claim that the pier is safe, made on Monday, drew criticism.", "claim", "that the pier is safe, made on Monday, drew criticism"},
		{"The mayor's view is that the pier is safe.", "view", "that the pier is safe"},
		{"Ann Ortiz said that his promise to repair the pier was empty.", "said", "that his promise to repair the pier was empty"},
		{"The mayor's promise to the voters of the port was empty.", "promise", "to the voters of the port was empty"}, // "to" a preposition: left as it was
		{"The mayor repeated his claim that the pier is safe.", "repeated", "his claim that the pier is safe"},
		{"Engineers have questioned the mayor's claim that the pier is safe in all weather.", "questioned", "the mayor's claim that the pier is safe in all weather"},
	} {
		d := run(t, tt.text)
		q := v1Quote(d, tt.cue)
		if tt.content == "" {
			if q != nil {
				t.Errorf("%q: a quotation %q with the cue %q", tt.text, q.Words(d.Text), tt.cue)
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", tt.text, tt.cue)
			continue
		}
		if got := q.Words(d.Text); got != tt.content {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.content)
		}
	}
}

// TestV1FacingStance checks that a verb of criticism after a noun of
// stance's that-clause does not read that clause as what was
// criticised, and that it still reads its subject elsewhere.
func TestV1FacingStance(t *testing.T) {
	for _, tt := range []struct {
		text    string
		content string // "" for no quotation with the cue "drew criticism"
	}{
		{"The mayor's claim that the pier is safe drew criticism from engineers.", ""},
		{"The claim that the pier is safe drew criticism.", ""},
		// must not fire
		{"The mayor drew criticism for the plan.", "The mayor … the plan"},
		{"Engineers say that the mayor drew criticism last week.", "the mayor"},
	} {
		d := run(t, tt.text)
		q := v1Quote(d, "drew criticism")
		switch {
		case tt.content == "" && q != nil:
			t.Errorf("%q: a quotation %q with the cue \"drew criticism\"", tt.text, q.Words(d.Text))
		case tt.content != "" && q == nil:
			t.Errorf("%q: no quotation with the cue \"drew criticism\"", tt.text)
		case q != nil && q.Words(d.Text) != tt.content:
			t.Errorf("%q: content %q, want %q", tt.text, q.Words(d.Text), tt.content)
		}
	}
}
