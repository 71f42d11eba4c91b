package speaker

import "testing"

// TestN57KinBefore checks that a first- or second-person possessive and
// a noun of kin or role opening the clause before a quotation, right
// before its cue, is the quotation's speaker, at the top level and
// inside another speaker's words; and that such a description with no
// cue before the marks, or not opening its clause, is not.
func TestN57KinBefore(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"My father said, “The boats are out.”", "The boats are out.", "My father", "My father", "said"},
		{"Our coach often said: “Keep the ball low.”", "Keep the ball low.", "Our coach", "Our coach", "said"},
		{"And my aunt said, “The boats are out.”", "The boats are out.", "my aunt", "my aunt", "said"},
		{"“My gran used to say, ‘The boats are out.’ She was right,” said Ann Reed.", "The boats are out.", "My gran", "My gran", "say"},
		{"“My dad said, ‘The boats are out.’ He was right,” said Ann Reed.", "The boats are out.", "My dad", "My dad", "said"},
		// A shared subject: the description, then a first verb and "and".
		{"Your great-grandfather stood on the quay and shouted, “The water stands still!”", "The water stands still!", "Your great-grandfather", "Your great-grandfather", "shouted"},
		{"“My uncle came in and said, ‘The boats are out.’ He was right,” said Ann Reed.", "The boats are out.", "My uncle", "My uncle", "said"},
		// "used to" before the cue, inside another's words too.
		{"“I met Ann Ortiz. She used to say, ‘The boats are out.’ I believe her,” said Ann Reed.", "The boats are out.", "She", "Ann Ortiz", "say"},
		{"“My gran always said the strike was real. She used to say, ‘The boats are out.’ I believe her,” said Ann Reed.", "The boats are out.", "She", "My gran", "say"},
		// After a word of time.
		{"Yesterday my father said, “The boats are out.”", "The boats are out.", "my father", "my father", "said"},
		{"Later, my aunt said: “The boats are out.”", "The boats are out.", "my aunt", "my aunt", "said"},
		// Not: no cue right before the marks; the description not
		// opening its clause; a possessive of the third person goes
		// the general way and keeps its reading.
		{"My father walked to the pier, “The boats are out.”", "The boats are out.", "", "", ""},
		{"On the quay my father said, “The boats are out.”", "The boats are out.", "", "", ""},
		{"Her father said, “The boats are out.”", "The boats are out.", "Her father", "Her father", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN57Chain checks that the words a relative says inside a
// speaker's quotation pass through that speaker's hands.
func TestN57Chain(t *testing.T) {
	d := run(t, "“My father said, ‘The boats are out.’ He was right,” said Ann Reed.")
	q := find(d, "The boats are out.")
	if q == nil {
		t.Fatal("no inner quotation")
	}
	names := q.Chain
	if len(names) < 2 || names[len(names)-2] != "Ann Reed" || names[len(names)-1] != "My father" {
		t.Errorf("chain %q, want it to end with Ann Reed, My father", names)
	}
}

// TestN59ParagraphMark checks that a quotation mark opening a paragraph
// opens a sentence for the names after it, after a paragraph that ends
// with a colon too: the description "My gran" is then a mention, and
// "She" inside the same words means her.
func TestN59ParagraphMark(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"A forum carried a post by a user who signs herself Wren:\n\n“My gran always said the strike was real.  She used to say, ‘Your father stood on the quay.’ I have no way to check it.”", "Your father stood on the quay.", "She", "My gran", "say"},
		{"A forum carried a post by a user.\n\n“My gran always said the strike was real.  She used to say, ‘Your father stood on the quay.’ I have no way to check it,” wrote Wren.", "Your father stood on the quay.", "She", "My gran", "say"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
