package speaker

import "testing"

// TestN42Asides checks, with exact spans, a verb of speech to someone
// whose addressee has an aside between commas before the content
// (n42AddresseeAside), and an "as" comment clause whose subject has one
// (n42AsCue); and the shapes they must leave as they were.
func TestN42Asides(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no speaker for the quote
		name        string
		cue         string
	}{
		// n42AddresseeAside: a relative clause, an appositive, a name.
		{"The mayor told Ann Lee, who runs the port, that the bridge was old.", "that the bridge was old", "The mayor", "The mayor", "told"},
		{"The mayor told Ann Lee, the port chief, that the bridge was old.", "that the bridge was old", "The mayor", "The mayor", "told"},
		{"Ann Lee accused the board, which was born and raised in secrecy, of hiding the losses.", "hiding the losses", "Ann Lee", "Ann Lee", "accused"},
		{"Ann Lee warned the pilots, including Ed Moss, about the storm.", "the storm", "Ann Lee", "Ann Lee", "warned"},
		// Held: no content word after the aside; a clause between
		// the commas ("officials said"); "and" joining clauses.
		{"The mayor told Ann Lee, the port chief, a story about the bridge.", "a story about the bridge", "", "", ""},
		{"The mayor told Ann Lee, officials said, that the bridge was old.", "that the bridge was old", "", "", ""},
		// n42AsCue: an example list, an appositive, a relative clause,
		// fronted or between commas.
		{"As many economists, including Ann Lee, have pointed out, the city is free to borrow.", "the city is free to borrow", "many economists", "many economists", "pointed out"},
		{"As Ann Lee, the port chief, has said, the bridge is old.", "the bridge is old", "Ann Lee", "Ann Lee", "said"},
		{"The bridge, as Ann Lee, who runs the port, has noted, is old.", "The bridge", "Ann Lee", "Ann Lee", "noted"},
		{"The bridge is old, as Ann Lee, the port chief, has said.", "The bridge is old", "Ann Lee", "Ann Lee", "said"},
		// Held: a clause of time, whose verb is no verb of speech.
		{"As the storm, which hit on Friday, passed, the bridge reopened.", "the bridge reopened", "", "", ""},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN42AsideBounds checks that n42Aside reads no further than
// n42AsideMax tokens for its closing comma.
func TestN42AsideBounds(t *testing.T) {
	short := "Ann told Ed, who ran the fund, that it was late."
	if q := n42Aside(short, tokenize(short, 0, len(short)), 3); q != 8 {
		t.Errorf("n42Aside short = %d, want 8", q)
	}
	long := "Ann told Ed, who ran the fund and the bank and the pier and the port and the mill and the shop, that it was late."
	if q := n42Aside(long, tokenize(long, 0, len(long)), 3); q != -1 {
		t.Errorf("n42Aside long = %d, want -1", q)
	}
}
