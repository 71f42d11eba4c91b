package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n48Case is one reading the n48 rules make or refuse: the quotation
// whose cue is the first occurrence of cue in text, its mention, and
// its words. mention "" wants no reading with that cue, or one with no
// speaker.
type n48Case struct {
	text, cue, mention, words string
}

// checkN48 checks a case with exact spans.
func checkN48(t *testing.T, c n48Case) {
	t.Helper()
	d := run(t, c.text)
	var q *doc.Quote
	for i := range d.Quotes {
		k := &d.Quotes[i]
		if k.Cue.End > k.Cue.Start && d.Text[k.Cue.Start:k.Cue.End] == c.cue {
			if q != nil {
				t.Errorf("%q: two readings with cue %q", c.text, c.cue)
			}
			q = k
		}
	}
	if c.mention == "" {
		if q != nil && q.Speaker.Mention.End > q.Speaker.Mention.Start {
			t.Errorf("%q: cue %q read with speaker %q; want none", c.text, c.cue, d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
		}
		return
	}
	if q == nil {
		t.Errorf("%q: no reading with cue %q", c.text, c.cue)
		return
	}
	m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
	if w := q.Words(d.Text); m != c.mention || w != c.words {
		t.Errorf("%q: mention %q words %q; want %q, %q", c.text, m, w, c.mention, c.words)
	}
}

// TestN48Modifiers checks a demonym, a party or "media" before a noun
// of stance as its source (n48Modifier), the verb's reading it yields
// to or replaces (n48NounWins, n48SubjectEnd), and the preposition
// before it that n30Prep no longer reads as a dropped object (n48Held).
func TestN48Modifiers(t *testing.T) {
	for _, c := range []n48Case{
		{"Despite media pronouncements that the mayor won the debate, few voters changed their minds.", "pronouncements", "media", "that the mayor won the debate, few voters changed their minds"},
		{"The council ignored Labour assurances that the pier was safe.", "assurances", "Labour", "that the pier was safe"},
		{"Republican warnings that the ferry bill would fail went unheeded.", "warnings", "Republican", "that the ferry bill would fail"},
		// The article before the adjective opens the subject: the
		// clause ends before the sentence's verb (n48SubjectEnd).
		{"The Republican warnings that the ferry bill would fail went unheeded.", "warnings", "Republican", "that the ferry bill would fail"},
		// "to" and a verb; a preposition governs the whole phrase
		// (n48Held keeps n30Prep off).
		{"The talks stalled because of the French reluctance to hand over the harbour.", "reluctance", "French", "to hand over the harbour"},
		// A demonym before "media" joins it.
		{"Despite Iranian media warnings that the port would close, the ferries sailed.", "warnings", "Iranian media", "that the port would close, the ferries sailed"},
		// A noun that is also a verb: after a preposition, and with
		// the sentence's verb after its clause, the noun's reading
		// replaces the verb's; otherwise the verb's stands.
		{"Ships sailed despite Russian claims that the port was closed.", "claims", "Russian", "that the port was closed"},
		{"Russian claims that the port was closed proved false.", "claims", "Russian", "that the port was closed"},
		{"The Russian claims that the port was closed proved false.", "claims", "Russian", "that the port was closed"},
		{"The Russian claims that the port was closed.", "claims", "The Russian", "that the port was closed"},
		// Refused: no clause after "to"; a demonym or party without
		// its capital; a capitalised word that goes on the name; a
		// word in lower case before "media".
		{"British threats to the harbour went unheeded.", "threats", "", ""},
		{"Chinese warnings to Taiwan went unheeded.", "warnings", "", ""},
		{"British threats to them went unheeded.", "threats", "", ""},
		{"Russian threats to all ferries went unheeded.", "threats", "", ""},
		{"British threats to two harbours went unheeded.", "threats", "", ""},
		{"The council heard conservative warnings that the fares would rise.", "warnings", "", ""},
		{"North Korean warnings that the port would close went unheeded.", "warnings", "", ""},
		{"Despite state media warnings that the port would close, the ferries sailed.", "warnings", "", ""},
	} {
		checkN48(t, c)
	}
}
