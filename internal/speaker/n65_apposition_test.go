package speaker

import "testing"

// TestN65Clause checks that a description after a name and a comma is
// read as the name's appositive only when no verb makes it a clause.
func TestN65Clause(t *testing.T) {
	for _, c := range []struct {
		clause string
		want   bool
	}{
		{"the planning chief warned that the schedule was unrealistic", true},
		{"the union expected production to improve", false}, // no verb the lexicon knows as one: read as before
		{"a Democratic senator", false},
		{"the mayor", false},
		{"who said that it was late", true},
	} {
		if got := n65Clause(c.clause); got != c.want {
			t.Errorf("n65Clause(%q) = %v, want %v", c.clause, got, c.want)
		}
	}
	for _, text := range []string{
		"In a letter seen by the Chronicle, the planning chief warned that the schedule was unrealistic.",
		"The Chronicle printed a letter seen by the Chronicle, the planning chief warned that the schedule was late.\n\nIn a letter, the planning chief warned that the schedule was unrealistic.",
	} {
		d := run(t, text)
		for _, q := range d.Quotes {
			if q.Speaker.Name == "Chronicle" || q.Speaker.Name == "the Chronicle" {
				t.Errorf("%q: %q given to the Chronicle", text, q.Words(d.Text))
			}
		}
	}
}
