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
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
