package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN80NamedAfter checks a speaker named by the sentence after the
// words ("So said …", "That was the view of …"), in the next paragraph
// or the same one, and that a description or an unknown opening names
// no one.
func TestN80NamedAfter(t *testing.T) {
	lead := "Voters were angry.\n\n"
	for _, c := range []struct{ text, name, mention string }{
		{lead + "‘I couldn’t do it this time.’\n\nSo said Maureen Haskell, 74, a retired postmistress, as she left the polling station.", "Maureen Haskell", "Maureen Haskell, 74, a retired postmistress,"},
		{lead + "“Anyone who tries to sell these will find every door shut.”\n\nThat was the view of Gerald Fane, a dealer who chairs the association.", "Gerald Fane", "Gerald Fane, a dealer who chairs the association"},
		{lead + "“I couldn’t do it this time.” So said Ann Pell on Friday.", "Ann Pell", "Ann Pell"},
		{lead + "“I couldn’t do it this time.”\n\nSo said one voter as she left.", "", ""},
		{lead + "“I couldn’t do it this time.”\n\nThe words were painted on a wall by Ann Pell.", "", ""},
	} {
		d := run(t, c.text)
		var q *doc.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Kind == doc.QuoteDirect {
				q = &d.Quotes[i]
				break
			}
		}
		if q == nil {
			t.Errorf("%q: no quotation", c.text)
			continue
		}
		m := q.Speaker.Mention
		if q.Speaker.Name != c.name || d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: speaker %q mention %q, want %q, %q", c.text, q.Speaker.Name, d.Text[m.Start:m.End], c.name, c.mention)
		}
	}
}

// TestN80How: "That is how X described it." after a quotation names
// its speaker, the verb the cue.
func TestN80How(t *testing.T) {
	d := run(t, "The house exploded.\n\n\"It wasn't a boom. It was like somebody shoved the air at you.\" That is how Jolene Tibbetts, who lives three doors down, described it.")
	q := find(d, "It wasn't a boom")
	if q == nil || q.Speaker.Name != "Jolene Tibbetts" || d.Text[q.Cue.Start:q.Cue.End] != "described" {
		t.Errorf("That is how: %+v", q)
	}
	d = run(t, "The house exploded.\n\n“He was under the bed.” That was how it ended.")
	if q := find(d, "He was under"); q == nil || q.Speaker.Name != "" {
		t.Errorf("That was how it ended: %+v", q)
	}
}
