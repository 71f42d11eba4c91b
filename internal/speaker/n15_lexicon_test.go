package speaker

import "testing"

// TestN15SumUp checks "sum up" (reporting.txt, n15) as a verb of speech:
// after a quotation's speech tag as a participle, and as a finite verb
// with its object; "sum up" with no object reports nothing, and a
// headline in title case keeps "Sums Up" whole as its cue (n13, with
// titleCue leaving it: n15TitleSkip).
func TestN15SumUp(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"“The pier must close,” said harbour master Ann Moss, summing up a long night of talks with the pilots.", "a long night of talks with the pilots", "harbour master Ann Moss"},
		{"The ferry captain summed up the mood on the pier in one short phrase.", "the mood on the pier in one short phrase", "The ferry captain"},
	} {
		checkMention(t, c.text, c.quote, c.mention)
	}
	text := "The pilots met for an hour, and then the chair summed up."
	if d := run(t, text); len(d.Quotes) != 0 {
		t.Errorf("%q: %d quotations, want none", text, len(d.Quotes))
	}
	text = "One Memo Sums Up The Long Fight Over The Pier\n\nThe council met on Tuesday.\n"
	d := run(t, text)
	if q := find(d, "Up"); q != nil {
		t.Errorf("%q: a quotation opens with the particle: %q", text, q.Words(d.Text))
	}
}
