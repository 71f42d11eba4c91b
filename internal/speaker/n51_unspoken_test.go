package speaker

import "testing"

// TestN51Wishes checks that a quotation whose cue clause is hoped,
// wished or prayed for, or asked for by an imperative "Let", loses its
// speaker, and that a past "let", a past cue, a gerund after a
// preposition and a clause that is not the wish's keep theirs.
func TestN51Wishes(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		// A wish of the writer's: the words are the writer's, who wishes
		// them said; the town has said nothing.
		{"I hope in 2027 the town says, “Thank you for the ferry.”", "Thank you for the ferry.", "I", "the author", "hope"},
		{"We hope next year the town says “Welcome back.”", "Welcome back.", "We", "the author", "hope"},
		{"Still, we hope in May the town says “Welcome back.”", "Welcome back.", "we", "the author", "hope"},
		{"I hope that most residents who met the mayor say “Hello.”", "Hello.", "I", "the author", "hope"},
		{"We pray the harbour master says “The storm has passed.”", "The storm has passed.", "We", "the author", "pray"},
		{"I wish the mayor would say “Sorry.”", "Sorry.", "I", "the author", "wish"},
		// Another wisher: no one the stage names has said it.
		{"Let’s hope the council says “The bridge is open.”", "The bridge is open.", "", "", ""},
		{"The crew hope next year the town says “Welcome back.”", "Welcome back.", "", "", ""},
		{"Ann Lee said, “I hope the town says ‘Welcome back.’”", "Welcome back.", "", "", ""},
		{"The council, which hopes the mayor says “Yes,” meets today.", "Yes,", "", "", ""},
		// An imperative "Let" at its clause's start.
		{"Let the council say “We were wrong about the pier.”", "We were wrong about the pier.", "", "", ""},
		{"The skipper shouted; let the crew say “Aye.”", "Aye.", "", "", ""},
		// Not: "let" in the past, not at a clause's start.
		{"The board let the mayor say “The pier is closed.”", "The pier is closed.", "the mayor", "the mayor", "say"},
		// Not: a gerund after a preposition, a comma, a past cue.
		{"After months of hoping, the council said “The pier is closed.”", "The pier is closed.", "the council", "the council", "said"},
		// Not: a past cue, a hope about what happened.
		{"I hope the mayor said “Thank you” to the crew, as the minutes record.", "Thank you", "the mayor", "the mayor", "said"},
		// Not: an indirect reading: the writer's reading of the wish
		// holds it ("I hope …"), and it is nested there.
		{"I hope the council says the pier will reopen.", "the pier will reopen", "the council", "the council", "says"},
		// Not: the word next to the verb of wishing opens no adverbial;
		// the saying is a fact the visitors are hoped to remember.
		{"We hope visitors remember the mayor says “Welcome” each morning.", "Welcome", "the mayor", "the mayor", "says"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN51Questions checks that an indirect reading in a question the
// writer asks loses its speaker when the question opens with an
// auxiliary, or a question word and an auxiliary, before the speaker;
// and that a reading in a quotation, a question of another shape, a
// statement and a direct quotation keep theirs.
func TestN51Questions(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"Did officials say the pier would reopen?", "the pier would reopen", "", "", ""},
		{"When did officials say the pier would reopen?", "the pier would reopen", "", "", ""},
		{"Has the mayor claimed the ferry is safe?", "the ferry is safe", "", "", ""},
		{"“We sail at dawn,” the captain said. Did officials say the pier would reopen?", "the pier would reopen", "", "", ""},
		// Not: a reading inside a quotation is its speaker's.
		{"“The ferry is late. Do I think the pier will reopen? Probably not,” Ann said.", "the pier will reopen", "I", "Ann", "think"},
		// Not: no auxiliary before the speaker.
		{"So officials say the pier will reopen?", "the pier will reopen", "officials", "officials", "say"},
		// Not: an auxiliary that does not open the sentence, a question
		// word that does not open it.
		{"The harbour master is calm, but did officials say the pier would reopen?", "the pier would reopen", "officials", "officials", "say"},
		{"So when did officials say the pier would reopen?", "the pier would reopen", "officials", "officials", "say"},
		// Not: a word that asks nothing before the auxiliary (a negative
		// inversion is another rule's matter).
		{"Nor did officials say the pier would reopen, and who can blame them?", "the pier would reopen", "officials", "officials", "say"},
		// Not: no question mark (an inversion of condition).
		{"Had the mayor claimed the ferry was safe, the board would have acted.", "the ferry was safe, the board would have acted", "the mayor", "the mayor", "claimed"},
		// Not: a direct quotation.
		{"Did the mayor say, “The pier is closed”?", "The pier is closed", "the mayor", "the mayor", "say"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN51Words checks the byte readers on their own, edge cases
// included: no word, a word too long, a cue that is a mark.
func TestN51Words(t *testing.T) {
	var buf [16]byte
	if s, w, ok := n51PrevWord("I hope  the", 7, &buf); !ok || string(w) != "hope" || s != 2 {
		t.Errorf("n51PrevWord: %d %q %v", s, w, ok)
	}
	for _, c := range []struct {
		text string
		e    int
	}{{"", 0}, {"x, ", 3}, {"Extraordinarilylong the", 19}} {
		if _, _, ok := n51PrevWord(c.text, c.e, &buf); ok {
			t.Errorf("n51PrevWord(%q, %d): a word", c.text, c.e)
		}
	}
	for cue, want := range map[string]bool{"says": true, "say": true, "announce": true, "said": false, "announced": false, "saying": false, "told": false, ":": false, "": false, "so": false, "Wrongheadedlysaying": false} {
		if got := n51PresentCue(cue); got != want {
			t.Errorf("n51PresentCue(%q) = %v, want %v", cue, got, want)
		}
	}
	for s, want := range map[string]bool{"": true, "Yes. ": true, "“Go.” ": true, "\"Go.\" ": true, "Ann, ": false, "x": false} {
		if got := n51ClauseStart(s, len(s)); got != want {
			t.Errorf("n51ClauseStart(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{" reopen? Yes.": true, " reopen. Yes?": false, " reopen": false, "": false} {
		if got := n51EndsQuestion(s, 0); got != want {
			t.Errorf("n51EndsQuestion(%q) = %v, want %v", s, got, want)
		}
	}
}
