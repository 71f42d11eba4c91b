package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestF6Intros: direct quotations introduced with no colon, by the
// paragraph before (a clause ending with a verb of speaking and a comma
// or a dash, or a short sentence "Ann continued."); and texts where no
// speaker may be read. The sentences are the test's own.
func TestF6Intros(t *testing.T) {
	cases := []struct {
		text, quote, mention, cue string
	}{
		// The paragraph before ends with the cue and a comma.
		{"The rider came closer along the lane, and a moment later Harriet loudly exclaimed,\n\n“It is the doctor; I know his horse!”\n", "It is the doctor", "Harriet", "exclaimed"},
		{"Tom could not stop himself from returning to the subject, and saying,\n\n“I am surprised he knows the mayor so well.”\n", "I am surprised", "Tom", "saying"},
		{"The mayor stepped up to the microphone and said,\n\n“We will rebuild the pier.”\n", "We will rebuild", "The mayor", "said"},
		// With a dash, typed or as two hyphens.
		{"Before the host had reached her, Mrs. Dale was already saying--\n\n“Shall I sit at the head of the table?”\n", "Shall I sit", "Mrs. Dale", "saying"},
		{"Then Ed Moss replied —\n\n“Not this year.”\n", "Not this year", "Ed Moss", "replied"},
		// A short sentence alone.
		{"Ruth continued.\n\n“I am sure nobody will notice the difference.”\n", "I am sure nobody", "Ruth", "continued"},
		{"Ed Moss said in a letter to the council of the town last month, “The pier is safe.”\n", "The pier is safe", "Ed Moss", ""},
		// Not a cue: the paragraph before tells of something else.
		{"The ferry left the harbour at noon, and the gulls followed it,\n\n“A fine day for it.”\n", "A fine day", "", ""},
		// A short sentence that tells of words not given: the next
		// paragraph is a reply.
		{"Ann explained.\n\n“So that was the trouble!”\n", "So that was", "", ""},
		// A long sentence ending in a full stop is not a short cue.
		{"The meeting dragged on through the night before the chairman finally continued.\n\n“Let us vote.”\n", "Let us vote", "", ""},
		// A phrase of manner after a preposition is no speaker.
		{"At length he rose, and in a quiet manner said,\n\n“We must leave.”\n", "We must leave", "", ""},
		// A clause between the verb and the comma: its own words.
		{"The harbour master called the plan that the council made in the spring reckless, “It will never work.”\n", "It will never", "", ""},
		// The verb followed by its object, not an adverbial.
		{"The harbour master called the old ferry of the bay a relic today, “It should be scrapped.”\n", "It should be", "", ""},
	}
	for _, c := range cases {
		d := run(t, c.text)
		got := false
		for _, q := range d.Quotes {
			if q.Kind != doc.QuoteDirect || len(q.Content) == 0 || !strings.HasPrefix(c.text[q.Content[0].Start:], c.quote) {
				continue
			}
			got = true
			m, cue := c.text[q.Speaker.Mention.Start:q.Speaker.Mention.End], c.text[q.Cue.Start:q.Cue.End]
			if m != c.mention || c.cue != "" && cue != c.cue {
				t.Errorf("%q: got %q/%q (%q), want %q/%q", c.text, m, cue, q.Speaker.Name, c.mention, c.cue)
			}
		}
		if !got {
			t.Errorf("%q: no direct quotation %q", c.text, c.quote)
		}
	}
}

// TestF6IntrosLong: a paragraph of a million bytes before the
// quotation is read only in its last maxReach bytes, and many
// introduced lines each once.
func TestF6IntrosLong(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.Repeat("The tide rose over the old quay wall ", 27000))
	b.WriteString("and then Harriet loudly exclaimed,\n\n“It is the doctor!”\n\n")
	for range 2000 {
		b.WriteString("Ruth continued.\n\n“Nobody will notice.”\n\n")
	}
	text := b.String()
	d := run(t, text)
	named := 0
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteDirect && q.Speaker.Name != "" {
			named++
		}
	}
	if named != 2001 {
		t.Errorf("got %d named lines, want 2001", named)
	}
}
