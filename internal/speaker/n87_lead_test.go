package speaker

import "testing"

// TestN87LeadAccording checks a leading "according to" after a
// conjunction: the source is the phrase after it, the content the
// clause after its comma.
func TestN87LeadAccording(t *testing.T) {
	text := "The plant uses little water.\n\nBut according to a filing Nimbara made with the county in May, a planned expansion would add 1.2 billion liters a year."
	d := run(t, text)
	q := find(d, "a planned expansion")
	if q == nil {
		t.Fatalf("%q: no quotation of the clause", text)
	}
	if m := q.Speaker.Mention; d.Text[m.Start:m.End] != "a filing Nimbara made with the county in May" {
		t.Errorf("%q: mention %q", text, d.Text[m.Start:m.End])
	}
}
