package speaker

import (
	"slices"
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
		// A novel's dialogue: a short line, then the reply; a line that
		// names the one just heard.
		{"“You seem tired,” said Nora.\n\n“I am. I rowed across the bay before dawn and the tide was against me.\n\n“Then the fog came down.”\n", "I am. I rowed", ""},
		{"“Good evening to you all,” said Nora, at the door.\n\n“Evening, Nora. Come in and sit by the stove, and I will tell you how the boat sank.\n\n“It was quick.”\n", "Evening, Nora", ""},
		{"Nora pulled off her boots and hung her wet coat by the stove. “The bay was rough all the way over,” said Nora.\n\n“We rowed for hours and never once saw the lighthouse through the fog.\n\n“Then the oars broke.”\n", "We rowed for hours", ""},
		{"The pier closed in May.\n\n“The pier is old,” Ann Reed said on Friday, before the council met for three hours behind closed doors and then voted to sell the whole harbour front to a developer.\n\n“They came once, looked at the pilings and went home again without a word.\n\n“Nobody fixed anything.”\n", "They came once", ""},
	}
	for _, c := range cases {
		d := run(t, c.text)
		got := false
		for _, q := range d.Quotes {
			// The words may be a further piece of the quotation before,
			// which n28Runs joins to it (n116OverParagraphs).
			if q.Kind != doc.QuoteDirect || !slices.ContainsFunc(q.Content, func(s doc.Span) bool { return strings.HasPrefix(d.Text[s.Start:], c.quote) }) {
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
