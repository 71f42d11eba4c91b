package speaker

import "testing"

// TestN42LongDescriptions checks, with exact spans, a long description
// with a possessor before the cue, after a quotation and ending a
// reported clause (n42LongDescription), and the phrases it must not
// read as one: a relative clause, no possessor, a phrase after "with".
func TestN42LongDescriptions(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no speaker for the quote
		name        string
		cue         string
	}{
		{"“The pier is old,” the city’s former deputy harbor master said.", "The pier is old", "the city’s former deputy harbor master", "the city’s former deputy harbor master", "said"},
		{"“The pier is old,” Ann Lee's longtime chief of staff said.", "The pier is old", "Ann Lee's longtime chief of staff", "Ann Lee's longtime chief of staff", "said"},
		{"The pier is old, the Labour mayoral candidate’s former campaign manager maintains.", "The pier is old", "the Labour mayoral candidate’s former campaign manager", "the Labour mayoral candidate’s former campaign manager", "maintains"},
		// Held: a relative clause; no possessor; a phrase after "with"
		// (read by the readers before, as it was).
		{"“The pier is old,” the crew that the city’s harbor master hired said.", "The pier is old", "", "", ""},
		{"“The pier is old,” a former senior deputy harbor master said.", "The pier is old", "", "", ""},
		{"“The pier is old,” the old man with the city's cane said.", "The pier is old", "the old man with the city's cane", "the old man", "said"},
		// Held: a day's name is a time, not the first word of the
		// description.
		{"The dam is cracked, Friday Moss’s aide said.", "The dam is cracked", "", "", ""},
		{"The roof leaks, Monday Ann Park’s lawyer said.", "The roof leaks", "", "", ""},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
	s := "the city’s former senior acting deputy chief harbor master general counsel said"
	toks := tokenize(s, 0, len(s))
	if f := n42LongDescription(s, toks, 0, len(toks)-1); f.ok {
		t.Errorf("n42LongDescription read %q past its reach", f.name)
	}
}
