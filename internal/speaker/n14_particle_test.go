package speaker

import (
	"strings"
	"testing"
)

// TestN14Content checks the contents n14Content reads after a verb
// whose particle cueContent matched but whose content it did not: a
// time word between the two words of a particle, and an object that
// opens with a quantifier after the particle. The cue keeps the whole
// particle, with the time word inside it.
func TestN14Content(t *testing.T) {
	for _, c := range []struct{ text, quote, mention, cue string }{
		{"Two harbour pilots weighed in Friday about whether the ferry should sail.", "whether the ferry should sail", "Two harbour pilots", "weighed in Friday about"},
		{"Before the port officials had weighed in with any explanation, the ferry left.", "any explanation", "the port officials", "weighed in with"},
		{"The skipper, who had talked about so many of the troubles at the pier, stayed home.", "so many of the troubles at the pier", "who", "talked about"},
		{"Ann Moss weighed in with all the figures from the audit.", "all the figures from the audit", "Ann Moss", "weighed in with"},
		{"The pilots weighed in on Tuesday with a plan for the pier.", "a plan for the pier", "The pilots", "weighed in on Tuesday with"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if m := q.Speaker.Mention; m.End <= m.Start || d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
		if q.Cue.End <= q.Cue.Start || d.Text[q.Cue.Start:q.Cue.End] != c.cue {
			t.Errorf("%q: cue %q, want %q", c.text, d.Text[q.Cue.Start:q.Cue.End], c.cue)
		}
	}
}

// TestN14NoContent checks what n14Content leaves: a quantifier that
// says how much ("with any more", "with so much", "so little"), one
// that ends the sentence, one before a function word ("all that"),
// and a particle with a time word inside it whose content is a place,
// not a topic ("weighed in Friday at the pier").
func TestN14NoContent(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"The pilots weighed in with any more.", "any more"},
		{"The pilots weighed in with so much.", "so much"},
		{"The pilots weighed in with so little.", "so little"},
		{"The pilots weighed in with any.", "any"},
		{"The pilots talked about all that and left.", "all that"},
		{"The two crews weighed in Friday at the pier.", "at the pier"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if strings.HasPrefix(q.Words(d.Text), c.quote) {
				t.Errorf("%q: quotation %q, speaker %q", c.text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}
