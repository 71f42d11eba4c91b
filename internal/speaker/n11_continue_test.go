package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN11Continues checks that a quotation in marks opening the sentence
// after a postposed attribution, in the same paragraph, becomes the
// second piece of the quotation that attribution closes, and that the
// pieces stay apart when the second has a cue or a speaker of its own,
// stands in a new paragraph, follows a sentence of narration, or
// follows an attribution whose speaker comes first.
func TestN11Continues(t *testing.T) {
	for _, c := range []struct {
		text, first, second string
		joined              bool
		kind                doc.QuoteKind // of the first quotation once joined
		speaker             string
	}{
		// The writer's clause, then words in marks.
		{"The ferry may not run this winter, Ann Moss said. “The boats need new engines and nobody will pay for them.”",
			"The ferry may not run", "The boats need", true, doc.QuoteMixed, "Ann Moss"},
		// A mixed clause, and words after the cue.
		{"Ann Moss runs the harbour. The repairs took “far too long,” she added on Friday. “We lost a whole season of trade to the delays.”",
			"The repairs took", "We lost a whole season", true, doc.QuoteMixed, "Ann Moss"},
		// A cue the quote stage does not join on.
		{"The notice went up on Monday. “The pier is closed until the spring,” the notice reads. “Boats must moor at the north quay until then.”",
			"The pier is closed", "Boats must moor", true, doc.QuoteDirect, "notice"},
		// Not: a cue of its own.
		{"The ferry may not run this winter, Ann Moss said. “The boats need new engines and a new hull,” Ed Reed replied.",
			"The ferry may not run", "The boats need", false, "", ""},
		// Not: a new paragraph.
		{"The ferry may not run this winter, Ann Moss said.\n\n“The boats need new engines and nobody will pay for them.”",
			"The ferry may not run", "The boats need", false, "", ""},
		// Not: a sentence of narration between them.
		{"The ferry may not run this winter, Ann Moss said. She did not say when. “The boats need new engines and nobody will pay for them.”",
			"The ferry may not run", "The boats need", false, "", ""},
		// Not: the speaker before the words.
		{"Ann Moss said the ferry may not run this winter. “The boats need new engines and nobody will pay for them.”",
			"the ferry may not run", "The boats need", false, "", ""},
	} {
		d := run(t, c.text)
		var first, second *doc.Quote
		for i := range d.Quotes {
			q := &d.Quotes[i]
			if q.Parent >= 0 || len(q.Content) == 0 {
				continue
			}
			switch w := c.text[q.Content[0].Start:]; {
			case strings.HasPrefix(w, c.first):
				first = q
			case strings.HasPrefix(w, c.second):
				second = q
			}
		}
		if first == nil {
			t.Errorf("%q: no quotation %q", c.text, c.first)
			continue
		}
		if !c.joined {
			if second == nil || len(first.Content) != 1 {
				t.Errorf("%q: joined, want %q and %q apart", c.text, c.first, c.second)
			}
			continue
		}
		if second != nil || len(first.Content) != 2 || !strings.HasPrefix(c.text[first.Content[1].Start:], c.second) {
			t.Errorf("%q: %q and %q not joined (content %v)", c.text, c.first, c.second, first.Content)
			continue
		}
		if first.Kind != c.kind || !strings.Contains(first.Speaker.Name, c.speaker) {
			t.Errorf("%q: joined quotation %s by %q, want %s by %q", c.text, first.Kind, first.Speaker.Name, c.kind, c.speaker)
		}
	}
}

// TestN11OneClauseEnd checks the gap test: one sentence end after a
// clause's last words, and nothing more.
func TestN11OneClauseEnd(t *testing.T) {
	for _, c := range []struct {
		gap  string
		want bool
	}{
		{". ", true},
		{" on Friday. ", true},
		{" in a statement.\t", true},
		{".", true},
		{" on Friday", false},        // no sentence end
		{". She left. ", false},      // a sentence between
		{".\n", false},               // a line break
		{" to the “crowd”. ", false}, // a mark
		{" in a long statement that went on and on about the harbour and its many old boats. ", false}, // too long
	} {
		if got := n11OneClauseEnd(c.gap); got != c.want {
			t.Errorf("n11OneClauseEnd(%q) = %v, want %v", c.gap, got, c.want)
		}
	}
}
