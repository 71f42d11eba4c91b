package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN28Runs: a quotation over several paragraphs (no closing mark
// until its last) right after a paragraph that quotes and names its
// speaker goes on with that speaker; after a question, after narration
// that moves on, or with the speaker named earlier, it gets none from
// this rule. The sentences are the test's own.
func TestN28Runs(t *testing.T) {
	cases := []struct{ text, quote, name string }{
		{"The pier closed in May.\n\n“The pier is older than any of us,” Ann Reed, the harbour master, said in a statement on Friday.\n\n“We asked the council for repairs for years, and every year the answer was the same. Nobody came to look at it.\n\n“Now it is too late for that.”\n\nThe council did not reply.\n", "We asked the council", "Ann Reed"},
		{"The pier closed in May.\n\n“Where were the inspectors all those years?” Ann Reed asked at the meeting.\n\n“They came once, looked at the pilings and went home again without a word.\n\n“Nobody fixed anything.”\n", "They came once", ""},
		{"The pier closed in May.\n\n“The pier is old,” Ann Reed said on Friday, before the council met for three hours behind closed doors and then voted to sell the whole harbour front to a developer.\n\n“They came once, looked at the pilings and went home again without a word.\n\n“Nobody fixed anything.”\n", "They came once", ""},
	}
	for _, c := range cases {
		d := run(t, c.text)
		got := false
		for _, q := range d.Quotes {
			if q.Kind != doc.QuoteDirect || len(q.Content) == 0 || !strings.HasPrefix(d.Text[q.Content[0].Start:], c.quote) {
				continue
			}
			got = true
			if q.Speaker.Name != c.name {
				t.Errorf("%q: got %q, want %q", c.text, q.Speaker.Name, c.name)
			}
		}
		if !got {
			t.Errorf("%q: no direct quotation %q", c.text, c.quote)
		}
	}
}
