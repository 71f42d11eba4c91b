package speaker

import (
	"strings"
	"testing"
)

// TestN21WhoName checks that a relative "who" after a surname that
// opens its sentence, which the name index does not hold alone, is the
// mention of its clause's verb of reporting, named by the surname; and
// that a connective, a name inside the sentence or a question gives no
// such name.
func TestN21WhoName(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // speaker name, mention and words of the quotations whose mention is "who", one a line
	}{
		{"Christie, who has campaigned for the ferry levy since May, left the harbour early.",
			"Christie|who|the ferry levy since May"},
		{"The board met on Monday.\n\nChristie, who argued that the pier was unsafe, left early.",
			"Christie|who|that the pier was unsafe"},
		{"The board met on Monday. Christie Dunne, who argued that the pier was unsafe, left early.",
			"Christie Dunne|who|that the pier was unsafe"},
		// Must not name: a connective, a question.
		{"Meanwhile, who argued that the pier was unsafe?", ""},
		{"Christie, who argued that the pier was unsafe?", ""},
	} {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if m := q.Speaker.Mention; m.End > m.Start && d.Text[m.Start:m.End] == "who" {
				got = append(got, q.Speaker.Name+"|who|"+q.Words(d.Text))
			}
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestN21SentenceOpens checks the test of a sentence's start.
func TestN21SentenceOpens(t *testing.T) {
	for _, tt := range []struct {
		text string
		at   int
		want bool
	}{
		{"Lee left.", 0, true},
		{"He left. Lee stayed.", 9, true},
		{"He left.\nLee stayed.", 9, true},
		{"“He left.” Lee stayed.", len("“He left.” "), true},
		{"\"He left.\" Lee stayed.", len("\"He left.\" "), true},
		{"In Ohio, Lee stayed.", 3, false},
		{"“He left,” Lee said.", len("“He left,” "), false},
	} {
		if got := n21SentenceOpens(tt.text, tt.at); got != tt.want {
			t.Errorf("%q at %d: got %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
