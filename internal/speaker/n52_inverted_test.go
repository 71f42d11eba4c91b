package speaker

import "testing"

// TestN52InvertedHead checks the subject after an inverted trailing
// cue: a name as a modifier before a plural of people, and a cue word as
// a noun before a plural; and that a name before a noun of no people,
// and a cue word before the cue, are read as they were.
func TestN52InvertedHead(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The ferry will sail at noon, said White House officials.", "The ferry will sail at noon", "White House officials", "White House officials", "said"},
		{"The ferry will sail at noon, said Harbour Board aides.", "The ferry will sail at noon", "Harbour Board aides", "Harbour Board aides", "said"},
		{"The ferry will sail at noon, said White House officials in a statement.", "The ferry will sail at noon", "White House officials", "White House officials", "said"},
		{"The ferry will sail at noon, said state officials.", "The ferry will sail at noon", "state officials", "state officials", "said"},
		{"The ferry will sail at noon, said state health officials.", "The ferry will sail at noon", "state health officials", "state health officials", "said"},
		// Not: a noun of no people after the name; a cue word before the cue.
		{"The ferry will sail at noon, said White House lawns.", "The ferry will sail at noon", "", "", ""},
		{"The ferry will sail at noon, state officials said.", "The ferry will sail at noon", "state officials", "state officials", "said"},
		{"The ferry will sail at noon, said Ann Lee.", "The ferry will sail at noon", "Ann Lee", "Ann Lee", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52PlaceMention checks that a bare plural of people after an
// inverted cue takes the phrase of place that ends the sentence, and
// that a language, a holiday or a month after "in" or "at" is no
// place's: the mention ends before it.
func TestN52PlaceMention(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The ferry will sail at noon, said state officials in Ohio.", "The ferry will sail at noon", "state officials in Ohio", "state officials in Ohio", "said"},
		{"The ferry will sail at noon, said officials in New Mexico.", "The ferry will sail at noon", "officials in New Mexico", "officials in New Mexico", "said"},
		{"The ferry will sail at noon, said aides at Harbour Hall.", "The ferry will sail at noon", "aides at Harbour Hall", "aides at Harbour Hall", "said"},
		// A language, a holiday, a month: no place.
		{"The ferry will sail at noon, said officials in Spanish.", "The ferry will sail at noon", "officials", "officials", "said"},
		{"The ferry will sail at noon, said aides at Christmas.", "The ferry will sail at noon", "aides", "aides", "said"},
		{"The ferry will sail at noon, said officials in March.", "The ferry will sail at noon", "officials", "officials", "said"},
		{"The ferry will sail at noon, said an aide in Spanish.", "The ferry will sail at noon", "an aide", "an aide", "said"},
		// Not: a phrase that does not end the sentence, a noun of no people.
		{"The ferry will sail at noon, said officials in Oslo Harbour Town Hall.", "The ferry will sail at noon", "officials in Oslo Harbour Town Hall", "officials in Oslo Harbour Town Hall", "said"},
		{"The ferry will sail at noon, said officials in Oslo Harbour Town Hall Annex.", "The ferry will sail at noon", "officials", "officials", "said"},
		{"The ferry will sail at noon, said officials in the room.", "The ferry will sail at noon", "officials in the room", "officials in the room", "said"},
		{"The ferry will sail at noon, said police in Ohio.", "The ferry will sail at noon", "police", "police", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52PlaceMentionInverted checks that only a subject after a
// trailing cue is read: a source after "In" before its words keeps its
// phrase of time.
func TestN52PlaceMentionInverted(t *testing.T) {
	checkReading(t, "In a survey of ferry riders, conducted in May, most riders wanted a later ferry.", "most riders wanted a later ferry", "a survey of ferry riders, conducted in May,", "a survey", "In")
}

// TestN52PresentGap checks that a carrier or a person with an object
// relative whose verb is in the present is the mention, and that a
// reported clause after "that" (a plural subject, a head that is a
// verb, a noun in -ws) is read as it was.
func TestN52PresentGap(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The plan that the mayor backs says the pier will close.", "the pier will close", "The plan that the mayor backs", "The plan", "says"},
		{"The letter that the harbour master sends says the ferry is late.", "the ferry is late", "The letter that the harbour master sends", "The letter", "says"},
		// Not: a reported clause after "that".
		{"The board argued that the city councils say the pier will close.", "the pier will close", "the city councils", "the city councils", "say"},
		{"The board argued that the evening news says the pier will close.", "the pier will close", "the evening news", "the evening news", "says"},
		{"The board argued that the evening pilots says the pier will close.", "the pier will close", "the evening pilots", "the evening pilots", "says"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"backs", true}, {"sends", true}, {"news", false}, {"press", false}, {"census", false}, {"says", true}, {"Backs", false}, {"has", false}} {
		if got := n52PresentS(c.s); got != c.want {
			t.Errorf("n52PresentS(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestN52AddresseeList checks that a list of addressees after "told"
// leaves the "that" clause the content, that a pronoun subject is read
// as any is (never as an addressee), and that a list with no "that"
// after it, a pronoun or a relative clause in it is read as it was.
func TestN52AddresseeList(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The mayor told Ann Lee, Ed Moss and the board that the pier would close.", "that the pier would close", "The mayor", "The mayor", "told"},
		{"The mayor told Ann Lee, Ed Moss, and the harbour board that the ferry was late.", "that the ferry was late", "The mayor", "The mayor", "told"},
		{"The mayor told Ann Lee and Ed Moss that the pier would close.", "that the pier would close", "The mayor", "The mayor", "told"},
		{"Ann Reed spoke on Monday. She told Ann Lee, Ed Moss and the board that the pier would close.", "that the pier would close", "She", "Ann Reed", "told"},
		{"The mayor told Ed Moss, who chairs the board, that the pier would close.", "that the pier would close", "The mayor", "The mayor", "told"},
		// Not: no "that" after the list; a pronoun in it.
		{"The mayor told Ann Lee, Ed Moss and the board the pier would close.", "the pier would close", "", "", ""},
		{"The mayor told Ann Lee, Ed Moss and them that the pier would close.", "that the pier would close", "", "", ""},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52Lists checks lists as subjects that the stage reads already and
// n52's rules must leave: "and others", and a list with "I" in it, which
// is no author's reading.
func TestN52Lists(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Reed, Ames and others said the pier would close.", "the pier would close", "Reed, Ames and others", "Reed, Ames and others", "said"},
		{"Tom, Jane and I said the pier would close.", "the pier would close", "Tom, Jane and I", "Tom, Jane and I", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
