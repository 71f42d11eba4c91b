package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN27SaidAccording checks that "according to X" right after a
// speech clause makes X a hop of the chain and the clause's subject the
// speaker, with the reported clause alone as the content and the speech
// verb as the cue: trailing ("…, Ann Lee said, according to X."), with
// no comma, fronted ("Ann Lee said, according to X, that …"), with
// "told" and its object, and in marks. And that it leaves alone an
// "according to" that is the only source, one of conformity ("according
// to plan"), one in another clause, one inside marks, and a fronted
// phrase with no comma and no "that" after it.
func TestN27SaidAccording(t *testing.T) {
	for _, c := range []struct {
		text, quote       string // quote: the start of the quotation's words
		kind, name, chain string // chain: joined with " → "
		cue               string
	}{
		// Trailing, with and without the comma; a pronoun resolved.
		{"These boats cost a lot to run, Ann Lee said, according to a transcript.", "These boats cost a lot to run", "indirect", "Ann Lee", "a transcript → Ann Lee", "said"},
		{"Ann Lee runs the yard. Good boats do not come cheap, she said according to a transcript seen by the Gazette.", "Good boats do not come cheap", "indirect", "Ann Lee", "a transcript seen by the Gazette → Ann Lee", "said"},
		{"Ann Lee runs the yard. Boats cost a lot, she said according to a transcript that was leaked.", "Boats cost a lot", "indirect", "Ann Lee", "a transcript → Ann Lee", "said"},
		{"The ferry will stop in May, said Ed Moss, according to the minutes.", "The ferry will stop in May", "indirect", "Ed Moss", "the minutes → Ed Moss", "said"},
		{"Tolls rose last year, Ed Moss wrote in a memo, according to the Gazette.", "Tolls rose last year", "indirect", "Ed Moss", "Gazette → Ed Moss", "wrote"},
		// Fronted, with the commas or with "that".
		{"Ann Lee said, according to court records, that the pier was unsafe.", "the pier was unsafe", "indirect", "Ann Lee", "court records → Ann Lee", "said"},
		{"The mayor said according to court records that the pier was unsafe.", "the pier was unsafe", "indirect", "The mayor", "court records → The mayor", "said"},
		{"Ed Moss told reporters, according to a recording, that the pier must close.", "the pier must close", "indirect", "Ed Moss", "a recording → Ed Moss", "told"},
		{"Ann Lee also said, according to a transcript, the yard was for sale.", "the yard was for sale", "indirect", "Ann Lee", "a transcript → Ann Lee", "said"},
		// In marks: direct, split, mixed.
		{"“These boats cost a lot to run,” Ann Lee said, according to a transcript.", "These boats cost a lot", "direct", "Ann Lee", "a transcript → Ann Lee", "said"},
		{"Ann Lee runs the yard. “We will not sell,” she told jurors, according to a pool report.", "We will not sell", "direct", "Ann Lee", "a pool report → Ann Lee", "told"},
		{"Ann Lee runs the yard. “We will,” she said, according to a transcript, “sell the pier.”", "We will", "direct", "Ann Lee", "a transcript → Ann Lee", "said"},
		{"Ann Lee runs the yard. Boats “cost a lot,” she said according to a transcript.", "cost a lot", "mixed", "Ann Lee", "a transcript → Ann Lee", "said"},
		{"Ann Lee said, according to a transcript, that boats “cost a lot to run.”", "cost a lot to run", "mixed", "Ann Lee", "a transcript → Ann Lee", "said"},
		{"Ann Lee runs the yard. “We will not sell,” she said in court, according to a pool report.", "We will not sell", "direct", "Ann Lee", "a pool report → Ann Lee", "said"},
		// Not: the only source; conformity; another clause; in marks;
		// a fronted phrase that is the reported clause's own.
		{"According to the report, the pier is old.", "the pier is old", "indirect", "the report", "the report", "According to"},
		{"The pier is old, according to the report.", "The pier is old", "indirect", "the report", "the report", "according to"},
		{"Ann Lee said the fare rose, which, according to the board, was needed.", "Ann Lee said the fare rose", "indirect", "the board", "the board", "according to"},
		{"The ferry left at noon, the captain said according to plan.", "according to plan", "indirect", "the captain", "the captain", "said"},
		{"Ann Lee said, “The pier, according to the report, is old.”", "The pier, according to the report", "direct", "Ann Lee", "Ann Lee", "said"},
		{"Ann Lee said according to a transcript that leaked online that boats cost a lot.", "according to a transcript that leaked", "indirect", "Ann Lee", "Ann Lee", "said"},
		{"Ed Moss said according to the rules no one could enter.", "according to the rules", "indirect", "Ed Moss", "Ed Moss", "said"},
		{"The store, the council says, according to a memo, will be sold.", "The store, the council says", "indirect", "a memo", "a memo", "according to"},
		{"“The pier must close,” according to a transcript.", "The pier must close", "direct", "a transcript", "a transcript", "according to"},
		{"Ann Lee runs the yard. “We will not sell,” she said and left, according to a pool report.", "We will not sell", "direct", "Ann Lee", "Ann Lee", "said"},
		// The phrase's appositive is the phrase's; a rule followed and
		// the speaker named again are no hops; "she" with no one to be
		// her leaves the frame's reading.
		{"Ann Lee said, according to Ed Moss, the harbour master, that the pier was unsafe.", "the pier was unsafe", "indirect", "Ann Lee", "Ed Moss → Ann Lee", "said"},
		{"“We will not sell,” Ann Lee said, according to the law.", "We will not sell", "direct", "Ann Lee", "Ann Lee", "said"},
		{"“We will not sell,” Ann Lee said, according to company policy.", "We will not sell", "direct", "Ann Lee", "Ann Lee", "said"},
		{"Ed Moss spoke first. “We will not sell,” Ann Lee said, according to him.", "We will not sell", "direct", "Ann Lee", "Ann Lee", "said"},
		{"The vote was put off, she said, according to aides.", "The vote was put off, she said", "indirect", "aides", "aides", "according to"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		cue := d.Text[q.Cue.Start:q.Cue.End]
		if got := strings.Join(q.Chain, " → "); string(q.Kind) != c.kind || q.Speaker.Name != c.name || got != c.chain || cue != c.cue {
			t.Errorf("%q: %s %q chain %q cue %q, want %s %q chain %q cue %q", c.text, q.Kind, q.Speaker.Name, got, cue, c.kind, c.name, c.chain, c.cue)
		}
		// The content is the reported clause alone.
		if w := q.Words(d.Text); string(q.Kind) == "indirect" && c.chain != c.name && (strings.Contains(w, "according") || strings.Contains(w, " "+c.cue)) {
			t.Errorf("%q: content %q holds the attribution", c.text, w)
		}
	}
}

// TestN27ContinueAfterHop checks that a quotation alone in its paragraph
// after one ending "…,” he said, according to a transcript." continues
// the speaker's words: the phrase is the attribution's, not narration
// after it (n27HopEnd, f1_continue.go).
func TestN27ContinueAfterHop(t *testing.T) {
	text := "Ed Moss spoke at the hearing. “The yard needs time,” he said, according to a transcript reviewed by the Harbour Gazette.\n\n" +
		"“We have built ties with the owners for years, and that is why the deals came to us in the end.”\n"
	d := run(t, text)
	var q *doc.Quote // the continuation: a piece of the quotation before, or one of its own
	for i := range d.Quotes {
		if strings.Contains(d.Quotes[i].Words(d.Text), "We have built ties") {
			q = &d.Quotes[i]
		}
	}
	if q == nil || q.Speaker.Name != "Ed Moss" || strings.Join(q.Chain, " → ") != "a transcript reviewed by the Harbour Gazette → Ed Moss" {
		t.Fatalf("continuation: %+v, want Ed Moss through the transcript", q)
	}
	for _, c := range []struct {
		text     string
		from, to int
		want     int
	}{
		{"he said, according to a transcript. Next.", 7, 41, 34},
		{"he said according to the Gazette; then", 7, 38, 32},
		{"he said. According to nobody.", 7, 29, 7},
		{"he said, as the transcript shows.", 7, 33, 7},
	} {
		if got := n27HopEnd(c.text, c.from, c.to); got != c.want {
			t.Errorf("n27HopEnd(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
