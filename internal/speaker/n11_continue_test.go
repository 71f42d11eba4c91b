package speaker

import (
	"slices"
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
		// The same sentence, after a comma.
		{"The vote was close in the end, Ed Moss said, “but we won it fair and square.”",
			"The vote was close", "but we won", true, doc.QuoteMixed, "Ed Moss"},
		{"Ed Moss runs the harbour. “We tried everything we could,” he said, but “the money simply ran out in the end.”",
			"We tried everything", "the money simply", true, doc.QuoteDirect, "Ed Moss"},
		// A longer clause of narration after the cue (n11ContinueGap).
		{"Crews cheered.\n\n“They told us for three years that this could not be done,” Ann Moss, a pilot, said as her crew cheered behind her in the car park of the union’s rented hall. “Tonight we did it.”",
			"They told us", "Tonight we did it", true, doc.QuoteDirect, "Ann Moss"},
		// Not: a cue of its own.
		{"The ferry may not run this winter, Ann Moss said. “The boats need new engines and a new hull,” Ed Reed replied.",
			"The ferry may not run", "The boats need", false, "", ""},
		// Not: a cue of its own in the words between.
		{"Ann Moss sang to the crowd. “Row the boat home,” Ann Moss sang to them before asking, “Who else knows the words?”",
			"Row the boat home", "Who else knows", false, "", ""},
		// Not: pieces around "as X reported" (f1Phrases' reading).
		{"The storm came early – “flooding,” as the Quay Gazette put it, “half of the lower town.”",
			"flooding", "half of the lower town", false, "", ""},
		// Not: a new paragraph.
		{"The ferry may not run this winter, Ann Moss said.\n\n“The boats need new engines and nobody will pay for them.”",
			"The ferry may not run", "The boats need", false, "", ""},
		// Not: a sentence of narration between them.
		{"The ferry may not run this winter, Ann Moss said. She did not say when. “The boats need new engines and nobody will pay for them.”",
			"The ferry may not run", "The boats need", false, "", ""},
		// Not: the writer's words open the next sentence.
		{"The ferry may not run this winter, Ann Moss said. The “rescue deal” fell through in May.",
			"The ferry may not run", "rescue deal", false, "", ""},
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

// TestN11Gap checks the gap test: one clause's last words, then a
// sentence end or a comma, and nothing more.
func TestN11Gap(t *testing.T) {
	for _, c := range []struct {
		gap  string
		want int
	}{
		{". ", n11NextSentence},
		{" on Friday. ", n11NextSentence},
		{" in a statement.\t", n11NextSentence},
		{" to the Network’s host. ", n11NextSentence},
		{", ", n11SameSentence},
		{", but ", n11SameSentence},
		{" in an email, and ", n11SameSentence},
		{" on Friday", n11Apart},                         // no sentence end
		{". She left. ", n11Apart},                       // a sentence between
		{".\n", n11Apart},                                // a line break
		{" to the “crowd”. ", n11Apart},                  // a mark
		{", in Ashton, ", n11Apart},                      // a second comma
		{" to the crowd before asking them, ", n11Apart}, // a cue of its own
		{" in a long statement that went on and on about the harbour and its many old boats and the crews who sail them every day. ", n11Apart}, // too long
		{" the crowd, according to a translation by the Herald, an English-language daily. ", n11NextSentence},                                  // a hop, commas and all
		{" as saying. ", n11NextSentence},                                    // the rest of "quoted as saying"
		{" the crowd, according to the Herald: ", n11Apart},                  // no sentence end
		{" the crowd, according to the Herald, which said “no”. ", n11Apart}, // a mark in the hop
		{", according to the Herald, ", n11Apart},                            // a comma goes on: the hop is no ending
	} {
		if got := n11Gap(c.gap); got != c.want {
			t.Errorf("n11Gap(%q) = %v, want %v", c.gap, got, c.want)
		}
	}
}

// TestN11Hops: the pieces of a quotation that a sentence ending with a
// hop ("according to …") or "quoted as saying" splits are one
// utterance, with the hop in its chain; the hop is no speaker of the
// next piece.
func TestN11Hops(t *testing.T) {
	d := run(t, "The count ended at dawn.\n\n“Voters asked for a council that listens,” Anna Brask told the crowd, according to a translation by the Lenmark Post, an English-language daily. “Tonight, we start listening.”")
	q := find(d, "Voters asked")
	if q == nil || len(q.Content) != 2 || q.Speaker.Name != "Anna Brask" || !slices.Equal(q.Chain, []string{"a translation by the Lenmark Post", "Anna Brask"}) {
		t.Errorf("according to: %+v", q)
	}
	d = run(t, "Police cleared the square.\n\nThe interior minister, Gerd Hallan, spoke on Monday. “Students have a right to be heard,” he was quoted as saying. “They have no right to burn the city.”")
	q = find(d, "Students have a right")
	if q == nil || len(q.Content) != 2 || q.Speaker.Name != "Gerd Hallan" {
		t.Errorf("quoted as saying: %+v", q)
	}
}
