package speaker

import "testing"

// TestN42Occasions checks, with exact spans, the subject of a verb of
// speech in an infinitive after an occasion the subject takes, holds
// or misses (n42Occasion), and the shapes it must leave: a second
// object, a possessive, a copula, a preposition, no article.
func TestN42Occasions(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no speaker for the quote
		name        string
		cue         string
	}{
		{"Ann Lee never missed an opportunity to remind the crowd she paid her own way.", "she paid her own way", "Ann Lee", "Ann Lee", "remind"},
		{"The mayor held a news conference to announce that the pier would close.", "that the pier would close", "The mayor", "The mayor", "announce"},
		{"Ed Moss took the rare chance to tell reporters that the fares would rise.", "that the fares would rise", "Ed Moss", "Ed Moss", "tell"},
		// Held: the one given the chance speaks; the chance is hers;
		// no verb before the occasion; a preposition before it; a
		// bare plural.
		{"The council gave the mayor a chance to say that the pier was old.", "that the pier was old", "", "", ""},
		{"Ed Moss ruined her chance to say that the pier was old.", "that the pier was old", "", "", ""},
		{"It was a chance to say that the pier was old.", "that the pier was old", "", "", ""},
		{"Ed Moss spoke at a rally to say that the pier was old.", "that the pier was old", "", "", ""},
		{"Ed Moss used speeches to say that the pier was old.", "that the pier was old", "", "", ""},
		// Held: a verb that does not take or use the occasion (it is
		// missed, wasted, lost, wanted, denied, declined, attended,
		// cancelled or aired), and a second object with no article.
		{"Joe Park missed a chance to remind voters that rents would drop.", "that rents would drop", "", "", ""},
		{"Joe Park wasted an opportunity to explain that rents would drop.", "that rents would drop", "", "", ""},
		{"Joe Park lost the opportunity to argue that the audit was wrong.", "that the audit was wrong", "", "", ""},
		{"Joe Park wants a chance to explain that rents would drop.", "that rents would drop", "", "", ""},
		{"Joe Park did not get a chance to tell the jury that he was framed.", "that he was framed", "", "", ""},
		{"Joe Park was denied the chance to argue that the audit was wrong.", "that the audit was wrong", "", "", ""},
		{"Joe Park declined an opportunity to comment on whether the audit was wrong.", "whether the audit was wrong", "", "", ""},
		{"Students attended a briefing to announce that the school would close.", "that the school would close", "", "", ""},
		{"Joe Park missed the briefing to announce that the school would close.", "that the school would close", "", "", ""},
		{"The mayor cancelled the news conference to announce that the school would close.", "that the school would close", "", "", ""},
		{"The station aired an interview to explain that the dam was cracked.", "that the dam was cracked", "", "", ""},
		{"The senator handed rivals a platform to argue that the bill had failed.", "that the bill had failed", "", "", ""},
		{"The board allowed tenants a moment to explain that the roof leaked.", "that the roof leaked", "", "", ""},
		{"The board gave the opportunity to explain that the roof leaked.", "that the roof leaked", "", "", ""},
		// Read: a verb of using the occasion, an event held or given.
		{"The governor used the podium to insist that the roads were safe.", "that the roads were safe", "The governor", "The governor", "insist"},
		{"Joe Park gave a speech to announce that he would run.", "that he would run", "Joe Park", "Joe Park", "announce"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
	// A second object before the occasion: no reading of "say" (the
	// board's "denied" reads the whole as its object).
	d := run(t, "The board denied the mayor the chance to say that the pier was old.")
	for _, q := range d.Quotes {
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == "say" {
			t.Errorf("a reading of %q with cue \"say\", speaker %q", q.Words(d.Text), q.Speaker.Name)
		}
	}
	s := "The board denied the mayor the chance to say that the pier was old."
	toks := tokenize(s, 0, len(s))
	for k := range toks {
		if toks[k].low == "to" {
			if f := n42Occasion(s, toks, k+1, k, toks[k+1].senses()); f.ok {
				t.Errorf("n42Occasion read %q as the subject of a second object's infinitive", f.name)
			}
		}
	}
}
