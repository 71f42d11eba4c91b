package speaker

import "testing"

// TestN76NameOfBody checks a name before the cue with the body or place
// it is of or from after it, the body's name with its article ("Ann
// Pell of the Fire District said: “…”"): the name speaks, and the
// mention holds the phrase. nameOfPlace read "of" right before the
// body's name only, so "the Fire District" was read as the subject, an
// object of a preposition, and a quotation whose cue came before it had
// no speaker at all.
func TestN76NameOfBody(t *testing.T) {
	for _, c := range []struct{ text, quote, name, mention string }{
		{"The fire spread.\n\nAnn Pell of the Fire District said: “We had engines from four counties.”", "We had engines", "Ann Pell", "Ann Pell of the Fire District"},
		{"The fire spread.\n\nAt a briefing, Chief Ramon Estevez-Hart of the Tamsen County Fire Protection District said: “We had engines from four counties.”", "We had engines", "Chief Ramon Estevez-Hart", "Chief Ramon Estevez-Hart of the Tamsen County Fire Protection District"},
		{"The fire spread.\n\nAnn Pell from the district said: “We had engines from four counties.”", "We had engines", "Ann Pell", "Ann Pell from the district"},
		{"The fire spread.\n\nAnn Pell of the Fire District said that engines came from four counties.", "that engines came", "Ann Pell", "Ann Pell of the Fire District"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		m := q.Speaker.Mention
		if q.Speaker.Name != c.name || d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: speaker %q mention %q, want %q, %q", c.text, q.Speaker.Name, d.Text[m.Start:m.End], c.name, c.mention)
		}
	}
}
