package speaker

import "testing"

// TestN15TitleSkip checks that a title-case headline whose verb
// takes "back" as its particle gives no source made of the words before
// "Back" (the verb before it may still be read: "Senator Hits Back At"), and that "Back" after a noun is still read as the verb.
func TestN15TitleSkip(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Senator Hits Back At Critics Over Harbour Plan\n\nThe council met on Tuesday to talk about the pier.\n", "Senator"},
		{"Governor Fires Back At Rivals On School Funding\n\nThe council met on Tuesday to talk about the pier.\n", "Governor"},
		{"Pier Owner Strikes Back At Ferry Union Leaders\n\nThe council met on Tuesday to talk about the pier.\n", ""},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if m := q.Speaker.Mention; m.End > m.Start && d.Text[m.Start:m.End] != c.want {
				t.Errorf("%q: speaker %q, want %q", c.text, d.Text[m.Start:m.End], c.want)
			}
		}
	}
	text := "Dock Workers Back Plan To Reopen The Old Pier\n\nThe council met on Tuesday to talk about the pier.\n"
	d := run(t, text)
	ok := false
	for _, q := range d.Quotes {
		if m := q.Speaker.Mention; m.End > m.Start && d.Text[m.Start:m.End] == "Dock Workers" {
			ok = true
		}
	}
	if !ok {
		t.Errorf("%q: no quotation by %q", text, "Dock Workers")
	}
}

// TestN15Imperative checks that a list of imperatives, one a line with
// no stop between them, gives no speaker to a participle's content
// (", adding …"), and that a line that opens with a name keeps it.
func TestN15Imperative(t *testing.T) {
	text := "Ferry Tips\n\nThe guide suggested these tasks for new pilots:\n\nSell the harbour plan (what it would do and how)\nBe the pilot who stays calm in a storm\nGet those checks done early, adding a margin.\n\nThe ferry sailed at noon.\n"
	d := run(t, text)
	for _, q := range d.Quotes {
		if m := q.Speaker.Mention; m.End > m.Start && (d.Text[m.Start:m.End] == "Sell" || d.Text[m.Start:m.End] == "Get") {
			t.Errorf("%q: speaker %q for %q", text, d.Text[m.Start:m.End], q.Words(d.Text))
		}
	}
	for _, c := range []struct{ text, quote, mention string }{
		{"Ferry Tips\n\nMoss told the crew the pier was closed, adding that the ferry would sail from the bay.\n", "that the ferry would sail", "Moss"},
		{"Ferry Tips\n\nPilots warned the board on Monday, adding that the pier was unsafe.\n", "that the pier was unsafe", "Pilots"},
	} {
		checkMention(t, c.text, c.quote, c.mention)
	}
}
