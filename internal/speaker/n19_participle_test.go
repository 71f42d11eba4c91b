package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN19Participles checks a participle of saying after the speech
// clause of a direct quotation: an indirect quotation with the
// quotation's speaker and mention, the participle (and its particle) as
// the cue, and the words after it as the content; and the participles
// of gesture, mood or motion, and those with no object, that it must
// leave alone.
func TestN19Participles(t *testing.T) {
	for _, c := range []struct{ text, cue, content, mention, name string }{
		// a verb of citing words, no verb of reporting
		{"“Every time they say it,” Ann Moss said, referring to the fare excuse, “the riders lose.”", "referring to", "the fare excuse", "Ann Moss", "Ann Moss"},
		// after an addressee
		{"“You knew I bit,” Ed Rowe told the dockers, reciting the old ferry rhyme.", "reciting", "the old ferry rhyme", "Ed Rowe", "Ed Rowe"},
		// adverbs, and a participle of going on before "to"
		{"“We sail at dawn and dock by noon,” Mayor Lund said, not even needing to mention the captain who wrote those lines.", "needing to mention", "the captain who wrote those lines", "Mayor Lund", "Mayor Lund"},
		{"“The pier is old,” Ruth Kane said, going on to say that the council had waited too long.", "going on to say", "that the council had waited too long", "Ruth Kane", "Ruth Kane"},
		// a verb of reporting between the pieces of the quotation
		{"“The board is wrong,” Ruth Kane said, suggesting three questions for the chair, “and it knows it.”", "suggesting", "three questions for the chair", "Ruth Kane", "Ruth Kane"},
		// after words of time
		{"“The fares stay,” Ed Rowe said on Friday, quoting the harbour charter of 1902.", "quoting", "the harbour charter of 1902", "Ed Rowe", "Ed Rowe"},
		// after a phrase of the event
		{"“We will get there,” Ann Moss said at a harbour news conference announcing that the ferry would stop.", "announcing", "that the ferry would stop", "Ann Moss", "Ann Moss"},
	} {
		d := run(t, c.text)
		q := n19Find(d, c.cue)
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", c.text, c.cue)
			continue
		}
		got := q.Words(d.Text)
		if got != c.content || q.Kind != doc.QuoteIndirect {
			t.Errorf("%q: content %q (%v), want %q", c.text, got, q.Kind, c.content)
		}
		if m := q.Speaker.Mention; m.End <= m.Start || d.Text[m.Start:m.End] != c.mention || q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q (%q)", c.text, q.Speaker.Name, c.name, c.mention)
		}
	}
	for _, c := range []struct{ text, word string }{
		// a gesture: a verb of reporting only with another particle
		{"“Sit down,” Ed Rowe said, laying down his heavy coat.", "laying"},
		// looking, moving: no words
		{"“We won,” Ann Moss said, looking out on the cheering crowd.", "looking"},
		{"“Come here,” Ed Rowe said, walking across the deck toward the pier.", "walking"},
		// a mood: a verb of belief
		{"“It might sink,” Ruth Kane replied, not feeling at all sure of the boat.", "feeling"},
		// no object
		{"“Here it comes,” she said, clapping.", "clapping"},
		// the cue before the quotation: the sentence reader's
		{"Ruth Kane said: “The pier is old.” Then, referring to the fare excuse, she left.", "referring"},
		// an adverb alone before a quotation is no content
		{"“We are broke,” Ed Rowe said, adding later, “and so is the city.”", "adding"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:min(q.Cue.End, q.Cue.Start+len(c.word))] == c.word {
				t.Errorf("%q: read %q with the cue %q", c.text, q.Words(d.Text), d.Text[q.Cue.Start:q.Cue.End])
			}
		}
	}
}

// n19Find returns the quotation whose cue is cue, or nil.
func n19Find(d *doc.Document, cue string) *doc.Quote {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == cue {
			return q
		}
	}
	return nil
}

// n19ParticipleText is n paragraphs of quotations each followed by a
// participle the round reads.
func n19ParticipleText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "“Berth %d will close,” Ann Moss said, referring to the harbour plan. “We will object,” Ed Rowe told the crowd, reciting the old rhyme about tides.\n\n", i)
	}
	return b.String()
}

// TestN19Linear checks that the round's time grows linearly with the
// text: a reading asks the indexes of cues and contents (n19Held), not
// every quotation, and the merge marks its own readings as it goes.
func TestN19Linear(t *testing.T) {
	checkLinear(t, "participles after quotations", n19ParticipleText, 600)
}
