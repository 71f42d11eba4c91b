package speaker

import "testing"

// TestN17ItCarrier checks "it" as the subject of a clause whose object
// is a carrier of words before a participle: the participle's
// attribution is the body's that "it" names (its mention "it"), with
// the possessive phrase in its content, not the possessor of a noun of
// stance inside that content. Where nothing before "it" is a body, or
// "it" is an expletive before "was", the rule reads no speaker.
func TestN17ItCarrier(t *testing.T) {
	for _, c := range []struct{ text, quote, mention, name string }{
		{"The Harbor Alliance had long kept out of the fight. Lately, however, it issued a short memo welcoming the mayor's plans to rebuild the pier.", "the mayor's plans to rebuild the pier", "it", "The Harbor Alliance"},
		{"The coalition, which speaks for six ferry crews, stayed quiet for a year. This week it sent a letter praising the council's promise to cut fares.", "the council's promise to cut fares", "it", "The coalition"},
		{"The Pier and Harbour Workers Union met on Friday. Then it released a statement urging the board to delay the vote.", "the board to delay the vote", "it", "The Pier and Harbour Workers Union"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if m := q.Speaker.Mention; m.End <= m.Start || d.Text[m.Start:m.End] != c.mention || q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q (%q), want %q (%q)", c.text, q.Speaker.Name, d.Text[m.Start:m.End], c.name, c.mention)
		}
	}
	for _, text := range []string{
		// No body before "it": no speaker for the participle.
		"The weather turned cold. Lately, however, it issued a short memo welcoming the mayor's plans to rebuild the pier.",
		// An expletive "it" before "was".
		"The crews went home. It was a short memo urging calm that the harbour master read aloud.",
	} {
		d := run(t, text)
		for _, q := range d.Quotes {
			if m := q.Speaker.Mention; m.End > m.Start && d.Text[m.Start:m.End] == "it" || m.End > m.Start && d.Text[m.Start:m.End] == "It" {
				t.Errorf("%q: %q read with the speaker %q", text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}
