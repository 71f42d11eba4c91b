package speaker

import "testing"

// TestN90Mentions checks the whole noun phrase of a mention, the
// thirty-sixth session's calls: a relative clause of "which" or
// "whose" and one that says why the source goes unnamed are the
// mention's, as a "who" clause is; a number's comma does not end it.
func TestN90Mentions(t *testing.T) {
	for _, c := range []struct{ text, content, mention string }{
		{"Kelderby District Council, which ran the count, said that ballot boxes had been delayed by fog.", "that ballot boxes", "Kelderby District Council, which ran the count,"},
		{"Joss Hartigan, whose two sons caught measles at the camp, said she had put off their vaccinations.", "she had put off", "Joss Hartigan, whose two sons caught measles at the camp,"},
		{"Two officials in Dorvan, who spoke on the condition of anonymity because they were not authorized to brief reporters, said the brigade was under pressure.", "the brigade was", "Two officials in Dorvan, who spoke on the condition of anonymity because they were not authorized to brief reporters,"},
		{"“We are not asking for a palace,” said Marcus Dell, who collected more than 1,100 signatures on a petition for the park, “just a fence.”", "We are not asking", "Marcus Dell, who collected more than 1,100 signatures on a petition for the park,"},
		// A clause that reports on its own stays out.
		{"The report, which found that fares rose, said the pier would fail.", "the pier would fail", "The report"},
	} {
		d := run(t, "The vote was close.\n\n"+c.text)
		q := find(d, c.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.content)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
	}
}
