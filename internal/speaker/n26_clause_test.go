package speaker

import "testing"

// TestN26NotThat checks that ", not that" ends a reported clause when
// the clause after it is read as a reading of its own, which then
// stands beside the first (with the first's parent), and that "not
// that" without its comma leaves the nested reading where it was.
func TestN26NotThat(t *testing.T) {
	for _, c := range []struct {
		text, first, firstWant, second, parentOf2 string
	}{
		{"The post was changed to reflect that Ed Ruiz wants a new vote, not that he wants the vote held this year.",
			"a new vote", "a new vote", "the vote held this year", ""},
		{"A spokesman said Ann Moss is calling for a review of the pier, not that she is calling for the pier to be closed.",
			"a review of the pier", "a review of the pier", "the pier to be closed", "Ann Moss is calling for"},
		// Not: no comma before "not that".
		{"The post said Ed Ruiz wants a new vote and not that he wants the vote held this year.",
			"a new vote", "a new vote and not that he wants the vote held this year", "the vote held this year", "a new vote"},
	} {
		d := run(t, c.text)
		q := find(d, c.first)
		if q == nil {
			t.Fatalf("%q: no quotation %q", c.text, c.first)
		}
		if got := q.Words(d.Text); got != c.firstWant {
			t.Errorf("%q: first content %q, want %q", c.text, got, c.firstWant)
		}
		r := find(d, c.second)
		if r == nil {
			t.Fatalf("%q: no quotation %q", c.text, c.second)
		}
		parent := ""
		if r.Parent >= 0 {
			parent = d.Quotes[r.Parent].Words(d.Text)
		}
		if len(parent) > len(c.parentOf2) {
			parent = parent[:len(c.parentOf2)]
		}
		if parent != c.parentOf2 {
			t.Errorf("%q: second's parent %q, want %q", c.text, parent, c.parentOf2)
		}
		if r.Speaker.Name == "" || len(r.Chain) == 0 || r.Chain[len(r.Chain)-1] != r.Speaker.Name {
			t.Errorf("%q: second speaker %q chain %q", c.text, r.Speaker.Name, r.Chain)
		}
	}
}
