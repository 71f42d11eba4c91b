package speaker

import "testing"

// TestC5Mention checks the subject of a relative clause with no pronoun
// after a noun of time or words, and the relative pronoun as the
// subject of a second predicate; an appositive name keeps its
// description.
func TestC5Mention(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, name string }{
		{"The day Ms. Lee announced her bid, she said the race was open.", "announced", "Ms. Lee", "Ms. Lee"},
		{"The morning Gov. Ann Ortiz unveiled the final budget, aides said it was late.", "unveiled", "Gov. Ann Ortiz", "Gov. Ann Ortiz"},
		{"Ed Moss, a lawyer who led the team and says the plan is sound, left early.", "says", "who", "Ed Moss"},
		{"Another choice is Del. Ann Ortiz (D-Norfolk), a lawyer who led the transition team and considers Kaine her mentor.", "considers", "who", "Ann Ortiz"},
		// must not fire
		{"The company Apple said profits rose.", "said", "The company Apple", "Apple"},
		{"The lawyer Ann Lee said the plan was sound.", "said", "The lawyer Ann Lee", "Ann Lee"},
		{"Ed Moss, a lawyer who led the team, says the plan is sound.", "says", "Ed Moss, a lawyer who led the team", "Ed Moss"},
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
