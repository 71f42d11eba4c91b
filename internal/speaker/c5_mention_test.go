package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestC5Mention checks the subject of a relative clause with no pronoun
// after a noun of time or words, the relative pronoun as the subject of
// a second predicate and "Each of" kept in its phrase; an appositive
// name keeps its description.
func TestC5Mention(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, name string }{
		{"The day Ms. Lee announced her bid, she said the race was open.", "announced", "Ms. Lee", "Ms. Lee"},
		{"The morning Gov. Ann Ortiz unveiled the final budget, aides said it was late.", "unveiled", "Gov. Ann Ortiz", "Gov. Ann Ortiz"},
		{"Ed Moss, a lawyer who led the team and says the plan is sound, left early.", "says", "who", "Ed Moss"},
		{"Another choice is Del. Ann Ortiz (D-Norfolk), a lawyer who led the transition team and considers Kaine her mentor.", "considers", "who", "Ann Ortiz"},
		{"Each of the candidates said the plan was sound.", "said", "Each of the candidates", "the candidates"},
		{"In the debate, each of the two leaders has said the plan is sound.", "said", "each of the two leaders", "the two leaders"},
		{"The goal is to curb short-term investors, according to a speech Ann Ortiz delivered in July.", "according to", "Ann Ortiz", "Ann Ortiz"},
		{"According to a letter Ed Moss wrote to the board, the pier is unsafe.", "According to", "Ed Moss", "Ed Moss"},
		// must not fire
		{"According to a report the agency released Monday, the pier is unsafe.", "According to", "a report the agency released Monday", "a report the agency released Monday"},
		{"According to a statement from Ann Ortiz, the pier is unsafe.", "According to", "a statement from Ann Ortiz", "a statement from Ann Ortiz"},
		{"Each of them said the plan was sound.", "said", "Each of them", "Each of them"},
		{"The company Apple said profits rose.", "said", "The company Apple", "Apple"},
		{"The lawyer Ann Lee said the plan was sound.", "said", "The lawyer Ann Lee", "Ann Lee"},
		{"Ed Moss, a lawyer who led the team, says the plan is sound.", "says", "Ed Moss, a lawyer who led the team,", "Ed Moss"},
	} {
		d := run(t, tt.text)
		q := c5Quote(d, tt.cue)
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", tt.text, tt.cue)
			continue
		}
		m := q.Speaker.Mention
		if got := tt.text[m.Start:m.End]; got != tt.mention || q.Speaker.Name != tt.name {
			t.Errorf("%q: mention %q name %q, want %q %q", tt.text, got, q.Speaker.Name, tt.mention, tt.name)
		}
	}
}

// TestC5HeadlineRun checks that words in marks in a headline in title
// case are given the speaker of the "Says" they follow, not a name run
// through that verb, and that a headline read right is left alone.
func TestC5HeadlineRun(t *testing.T) {
	for _, tt := range []struct{ text, mention, name, cue string }{
		{"Ortiz Says Harbor Board Will Tell of 'Years of Neglect.'\n\nThe board met on Monday.", "Ortiz", "Ortiz", "Says"},
		// must not fire
		{"Mayor Says New Ferry Will Bring 'Jobs and Joy.'\n\nThe mayor spoke on Monday.", "Mayor", "Mayor", "Says"},
		{"Police Chief Says Officers Acted 'Properly.'\n\nThe chief spoke on Monday.", "Police Chief", "Police Chief", "Says"},
	} {
		d := run(t, tt.text)
		var q *doc.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Kind == doc.QuoteDirect || d.Quotes[i].Kind == doc.QuoteMixed {
				q = &d.Quotes[i]
				break
			}
		}
		if q == nil {
			t.Errorf("%q: no quotation in marks", tt.text)
			continue
		}
		m := q.Speaker.Mention
		if got, cue := tt.text[m.Start:m.End], tt.text[q.Cue.Start:q.Cue.End]; got != tt.mention || q.Speaker.Name != tt.name || cue != tt.cue {
			t.Errorf("%q: mention %q name %q cue %q, want %q %q %q", tt.text, got, q.Speaker.Name, cue, tt.mention, tt.name, tt.cue)
		}
	}
}
