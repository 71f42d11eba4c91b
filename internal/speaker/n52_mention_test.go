package speaker

import "testing"

// TestN52TimeLead checks that a phrase of time before the subject is
// left out of the mention, and that a possessive, a lone noun after it
// and a phrase that is no time keep theirs.
func TestN52TimeLead(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Yesterday harbour officials said the ferry would sail.", "the ferry would sail", "harbour officials", "harbour officials", "said"},
		{"Today the mayor said the ferry would sail.", "the ferry would sail", "the mayor", "the mayor", "said"},
		{"Tonight Mayor Ann Lee said the ferry would sail.", "the ferry would sail", "Mayor Ann Lee", "Mayor Ann Lee", "said"},
		{"Last week officials said the ferry would sail.", "the ferry would sail", "officials", "officials", "said"},
		{"This morning the council said the ferry would sail.", "the ferry would sail", "the council", "the council", "said"},
		{"Friday pilots said the ferry would sail.", "the ferry would sail", "pilots", "pilots", "said"},
		// Not: a noun after "last" that tells no time, a possessive.
		{"Last minute buyers said the ferry would sail.", "the ferry would sail", "Last minute buyers", "minute buyers", "said"},
		{"Today's pilots said the ferry would sail.", "the ferry would sail", "Today's pilots", "Today's pilots", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52TimeLeadWord checks n52TimeLead on the mention's words alone:
// a lone noun after the time word is a name's ("Today host").
func TestN52TimeLeadWord(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Yesterday officials", 10},
		{"Last week the mayor", 10},
		{"On Monday the board", 10},
		{"Today host Ann Lee", 0},
		{"Last minute buyers", 0},
		{"Yesterday", 0},
		{"Yesterday’s crew", 0},
		{"On Mondays", 0},
		{"Monday the board", 7},
	} {
		if got := n52TimeLead(c.s); got != c.want {
			t.Errorf("n52TimeLead(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestN52LyLead checks that an adverb of manner or sequence in -ly
// before a quantifier, a determiner or a plural is left out of the
// mention, and that a word of degree, a name in -ly and an adjective
// before a noun keep theirs.
func TestN52LyLead(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Finally all said they would vote for the ferry.", "they would vote for the ferry", "all", "all", "said"},
		{"Finally the pilots said the ferry would sail.", "the ferry would sail", "the pilots", "the pilots", "said"},
		// A word of degree belongs to its quantifier.
		{"Almost every member said the ferry would sail.", "the ferry would sail", "Almost every member", "every member", "said"},
		{"Nearly all said they would vote for the ferry.", "they would vote for the ferry", "Nearly all", "Nearly", "said"},
		// A name and an adjective in -ly.
		{"Beverly officials said the ferry would sail.", "the ferry would sail", "Beverly officials", "Beverly officials", "said"},
		{"Elderly residents said the ferry would sail.", "the ferry would sail", "Elderly residents", "Elderly residents", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52InnerCue checks that a mention that ran back over the cue of an
// attribution whose words hold it starts after that cue, and that a
// relative clause's verb of saying stays in its mention.
func TestN52InnerCue(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The mayor said local officials said the pier would close.", "the pier would close", "local officials", "local officials", "said"},
		{"The board said county health officials say the pier would close.", "the pier would close", "county health officials", "health officials", "say"},
		{"The mayor said local officials said the pier would close.", "local officials said the pier would close", "The mayor", "The mayor", "said"},
		// Not: the first verb is a relative clause's.
		{"Residents who said they saw the fire said the pier burned.", "the pier burned", "Residents who said they saw the fire", "Residents", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52AsWellAs checks that "X as well as Y" before the cue is the
// mention, and that an X with a verb, a preposition or a clause before
// it is not read.
func TestN52AsWellAs(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Mr. Reed as well as Ms. Ames said the plan failed.", "the plan failed", "Mr. Reed as well as Ms. Ames", "Mr. Reed as well as Ms. Ames", "said"},
		{"The mayor as well as the harbour board said the plan failed.", "the plan failed", "The mayor as well as the harbour board", "The mayor as well as the harbour board", "said"},
		{"On Monday, the pilots as well as the crew said the plan failed.", "the plan failed", "the pilots as well as the crew", "the pilots as well as the crew", "said"},
		// Not: X holds a preposition, or a verb: "as well as" joins no subjects.
		{"The ferry to the island as well as the crew said the plan failed.", "the plan failed", "the crew", "the crew", "said"},
		{"The pilots sailed home as well as the crew said the plan failed.", "the plan failed", "the crew", "the crew", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52QuestionModifiers checks that the modifiers an opening
// auxiliary cut off a question's subject are the subject's, so that the
// question is read whole (n51Questions), and that a statement, a line
// that breaks a sentence and a capital modifier keep their readings.
func TestN52QuestionModifiers(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Did state health officials say the pier would close?", "the pier would close", "", "", ""},
		{"Why did county officials say the pier would close?", "the pier would close", "", "", ""},
		// Not: no question mark, no auxiliary opening the sentence.
		{"Did state health officials say the pier would close.", "the pier would close", "health officials", "health officials", "say"},
		// Not: a line's start inside a sentence opens no question (the
		// mention is left as the finder read it).
		{"Pilots asked why\nwould state health officials say the pier would close?", "the pier would close", "health officials", "health officials", "say"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN52LyLeadWord checks n52LyLead on a mention's words alone: a noun
// in -ly and a name in -ly open their phrases.
func TestN52LyLeadWord(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Finally all", 8},
		{"Quietly some", 8},
		{"Nearly all", 0},
		{"Monopoly the board", 0},
		{"Kimberly the pilot", 0},
		{"Finally", 0},
	} {
		if got := n52LyLead(c.s); got != c.want {
			t.Errorf("n52LyLead(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
