package speaker

import "testing"

// TestN25Others checks that a clause opening "Name, others VERB" has the
// whole coordination as its speaker, and that two clauses joined by a
// comma ("…, others worry …") and a lower-case subject are not widened.
func TestN25Others(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"Pier Plan Stalls; Mayor Ruiz, others vow a new vote.\n\nThe council met on Monday.", "a new vote", "Mayor Ruiz, others"},
		{"Harbour Row.\n\nOrtiz, others demand a recount of the ballots.", "a recount of the ballots", "Ortiz, others"},
		// Not: a second clause; a lower-case word before the comma.
		{"Some engineers call the patch a hack, others worry that the hack will stay for years.", "that the hack will stay", "others"},
		{"The vote went to the mayor, others demand a recount of the ballots.", "a recount of the ballots", "others"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Fatalf("%q: no quotation %q", c.text, c.quote)
		}
		if m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m != c.mention || q.Speaker.Name != c.mention {
			t.Errorf("%q: mention %q name %q, want %q", c.text, m, q.Speaker.Name, c.mention)
		}
	}
}
