package speaker

import "testing"

// TestC4Floated checks that a quantifier floated after an auxiliary is
// no speaker: the subject before the auxiliary is, and a "who" there is
// resolved; a passive or a quantifier that opens the clause is left
// alone.
func TestC4Floated(t *testing.T) {
	for _, tt := range []struct{ text, mention, name string }{
		{"The ministers have all said that the plan will fail.", "The ministers", "The ministers"},
		{"Ed Moss and Ann Ortiz have both argued that the plan will fail.", "Ed Moss and Ann Ortiz", "Ed Moss and Ann Ortiz"},
		{"I got a letter that lists the people who have all claimed that the plan will fail.", "who", "the people"},
		// must not fire
		{"The storms and the tides are all thought to contribute to the damage.", "all", "all"},
		{"The board met on Monday. All said that the plan will fail.", "All", "All"},
		{"The ministers all said that the plan will fail.", "The ministers all", "The ministers"}, // floatingQuantifier, as PolNeAR marks it
	} {
		d := run(t, tt.text)
		if len(d.Quotes) == 0 {
			t.Errorf("%q: no quotation", tt.text)
			continue
		}
		q := d.Quotes[len(d.Quotes)-1]
		m := q.Speaker.Mention
		if got := tt.text[m.Start:m.End]; got != tt.mention || q.Speaker.Name != tt.name {
			t.Errorf("%q: mention %q name %q, want %q %q", tt.text, got, q.Speaker.Name, tt.mention, tt.name)
		}
	}
}
