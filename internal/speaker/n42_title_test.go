package speaker

import "testing"

// TestN42TitleSubjects checks, with exact spans, a subject that ends
// with a title in marks before a verb of evidence or speech
// (n42TitleSubject), and the shapes it must leave: a phrase in marks
// that is no title, a verb before the title, a verb that reports
// nothing.
func TestN42TitleSubjects(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no speaker for the quote
		name        string
		cue         string
	}{
		{"Her film “Harbor” documents how the pier was built.", "how the pier was built", "Her film “Harbor”", "Her film “Harbor”", "documents"},
		{"Ann Lee’s “Harbor” documents how the pier was built.", "how the pier was built", "Ann Lee’s “Harbor”", "Ann Lee’s “Harbor”", "documents"},
		{"The report “Left Behind” finds that the pier is old.", "that the pier is old", "The report “Left Behind”", "The report “Left Behind”", "finds"},
		// Held: no title (lower case in the marks); a verb before
		// the marks.
		{"The ferry “slowly and surely” shows that the pier is old.", "that the pier is old", "", "", ""},
		{"Critics called “Harbor” shows that the pier is old.", "that the pier is old", "", "", ""},
		// Held: the work noun is an object of the clause before (after
		// a verb, after a preposition).
		{"Moss told the paper “Dockside” documents how the dam was built.", "how the dam was built", "", "", ""},
		{"Moss wrote in his essay “Dockside” shows how the dam was built.", "how the dam was built", "", "", ""},
		// Read: a conjunction opens the clause.
		{"Moss is gone, but his film “Dockside” shows how the dam was built.", "how the dam was built", "his film “Dockside”", "his film “Dockside”", "shows"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
