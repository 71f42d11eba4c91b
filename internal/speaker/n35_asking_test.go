package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN35Asking checks that a quotation after a gerund or infinitive of
// asking or saying with no comma takes the clause's subject as its
// speaker, and that a negated clause, a generic "you", "as if to say",
// "they" and "them", another asker between the subject and the verb
// (after "and", "from" or a verb of perceiving), a noun the gerund
// describes, and "for" before an infinitive's pronoun give none.
func TestN35Asking(t *testing.T) {
	for _, c := range []struct {
		text    string
		words   []string // the quotations' words, in order
		speaker string   // "" for no speaker
		mention string
	}{
		{"I spent the whole winter at the harbour asking “where will the new ferry dock?”", []string{"where will the new ferry dock?"}, "the author", "I"},
		{"We spent a month asking “what should the paper print?” at every meeting.", []string{"what should the paper print?"}, "the author", "We"},
		{"After a year of work, I’d start by asking “who reads the paper?”, “when do they read it?” and “why?”", []string{"who reads the paper?", "when do they read it?", "why?"}, "the author", "I’d"},
		{"It was a hard year for the fleet, which led us to ask “what went wrong with the boats?”", []string{"what went wrong with the boats?"}, "the author", "us"},
		{"Harbour Times staff writer Ann Reed posted on the forum asking if there were “any honest sellers left?”", []string{"any honest sellers left?"}, "Ann Reed", "Ann Reed"},
		{"Instead of a complaint, we should be saying “can you show me the tide tables?” to the clerk.", []string{"can you show me the tide tables?"}, "the author", "we"},
		// No one asks: no speaker.
		{"We spent the whole winter asking “what the harbour board should do” at every meeting.", []string{"what the harbour board should do"}, "", ""},
		{"You don't need to say “I nearly died” to make the point.", []string{"I nearly died"}, "", ""},
		{"We don't have enough figures to say “this plan works” with any confidence.", []string{"this plan works"}, "", ""},
		{"There was a look on the clerk's face as if to say “are you really asking me that again?”", []string{"are you really asking me that again?"}, "", ""},
		{"The new boats sat in the harbour. When the students arrive, they all start to ask “what is next for the boats?”", []string{"what is next for the boats?"}, "", ""},
		{"We never had enough figures to say “this plan works” with any confidence.", []string{"this plan works"}, "", ""},
		{"Ann Reed frowned at the clerk as if to say “are you really asking me that again?”", []string{"are you really asking me that again?"}, "", ""},
		// Another asker between the subject and the verb: the gerund is not the subject's.
		{"Smith left early and Jones kept asking “where did he go?”", []string{"where did he go?"}, "", ""},
		{"I went to the meeting and my neighbour kept asking “who pays for the pier?”", []string{"who pays for the pier?"}, "", ""},
		{"Ed Moss read a letter from Ann Reed asking “why was the ferry late?”", []string{"why was the ferry late?"}, "", ""},
		{"Ed Moss responded to a tweet asking “who is responsible for the pier?”", []string{"who is responsible for the pier?"}, "", ""},
		{"We received dozens of emails asking “when will the ferry run again?”", []string{"when will the ferry run again?"}, "", ""},
		{"We often hear voters asking “who pays for the pier?”", []string{"who pays for the pier?"}, "", ""},
		{"I keep hearing people saying “the ferry is never on time.”", []string{"the ferry is never on time."}, "", ""},
		{"We were tired of people asking “when will the pier open?”", []string{"when will the pier open?"}, "", ""},
		// The object's clause negated, or "for" before it: no one asks.
		{"It never led us to ask “why did the boats fail?”", []string{"why did the boats fail?"}, "", ""},
		{"Nobody wanted us to say “we were wrong about the pier.”", []string{"we were wrong about the pier."}, "", ""},
		{"It is hard for me to say “the plan works.”", []string{"the plan works."}, "", ""},
		{"It is too early for us to say “the ferry is safe.”", []string{"the ferry is safe."}, "", ""},
		// "them" is left alone, as "they" is.
		{"The storm sank the boats, which led them to ask “what went wrong with the fleet?”", []string{"what went wrong with the fleet?"}, "", ""},
	} {
		d := run(t, c.text)
		for _, w := range c.words {
			var q *doc.Quote
			for i := range d.Quotes {
				if o := &d.Quotes[i]; (o.Kind == doc.QuoteDirect || o.Kind == doc.QuoteMixed) && strings.Contains(o.Words(d.Text), w) {
					q = o
					break
				}
			}
			if q == nil {
				t.Errorf("%q: no quotation %q", c.text, w)
				continue
			}
			m := ""
			if q.Speaker.Mention.End > q.Speaker.Mention.Start {
				m = d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
			}
			if q.Speaker.Name != c.speaker || m != c.mention {
				t.Errorf("%q: %q by %q (%q), want %q (%q)", c.text, w, q.Speaker.Name, m, c.speaker, c.mention)
			}
		}
	}
}
