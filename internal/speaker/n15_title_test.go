package speaker

import "testing"

// TestN15BackParticle checks that a title-case headline whose verb
// takes "back" as its particle gives no source made of the words before
// "Back" (the verb before it may still be read: "Senator Hits Back At"), and that "Back" after a noun is still read as the verb.
func TestN15BackParticle(t *testing.T) {
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
