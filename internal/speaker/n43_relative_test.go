package speaker

import "testing"

// TestN43Relatives checks the reading added for a relative clause set
// off by a comma whose subject reports or names what its pronoun
// stands for, with the pronoun opening the words, and that the outer
// reading's words end at the comma; and that a clause whose subject is
// a pronoun, an adverb or a verb is not read so.
func TestN43Relatives(t *testing.T) {
	for _, tt := range []struct{ text, mention, words string }{
		{"The council called an emergency meeting to discuss the test, which state news media claimed now allows the navy to build smaller ships.",
			"state news media", "which … now allows the navy to build smaller ships"},
		{"Ann Lee had once denounced the plan in a long speech, which the party pointed to as an example of its openness.",
			"the party", "which … as an example of its openness"},
		{"Ed Moss backed the levy, which critics have called a tax on the poor.",
			"critics", "which … a tax on the poor"},
	} {
		d := run(t, tt.text)
		q := find(d, "which")
		if q == nil {
			t.Errorf("%q: no reading of the relative clause", tt.text)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != tt.mention || q.Words(d.Text) != tt.words || q.Parent != -1 {
			t.Errorf("%q: mention %q, words %q, parent %d; want %q, %q, none", tt.text, d.Text[m.Start:m.End], q.Words(d.Text), q.Parent, tt.mention, tt.words)
		}
	}
	// Must not fire, each inside an indirect reading, where the rule
	// reads: an adverb, a verb, a time phrase for a subject, "called"
	// with a particle (another verb), a verb that is no cue.
	for _, text := range []string{
		"Officials said the board sold the pier, which allegedly claimed the lives of two divers.",
		"Officials said Ed Moss backed the levy, which is what critics called a tax on the poor.",
		"Officials said the town rebuilt the pier, which the old harbor master watched with pride.",
		"Officials said the ferry would run again, which last winter claimed the lives of three crew.",
		"Officials said the pool would shut, which the board called for in June.",
		"Officials said the fair would go ahead, which the town had called off twice.",
		"Officials said the ferry would run, which this week the union called a scandal.",
	} {
		if q := find(run(t, text), "which"); q != nil {
			t.Errorf("%q: a reading %q", text, q.Words(text))
		}
	}
}

// TestN43RelativeOnce checks that a relative clause inside nested
// indirect readings ("the mayor thinks …" inside "Ed said …") is read
// once, and that the readings stay in order of start.
func TestN43RelativeOnce(t *testing.T) {
	for _, text := range []string{
		"Ed Moss said the mayor thinks the ferry fare will rise, which the union called a swindle.",
		"Ed Moss said the mayor thinks the fare, which the union called a swindle, will rise, which the board called a relief.",
	} {
		d := run(t, text)
		seen := map[int]bool{}
		for i := range d.Quotes {
			q := &d.Quotes[i]
			if i > 0 && q.Start < d.Quotes[i-1].Start {
				t.Errorf("%q: quotation %d starts at %d, before %d", text, i, q.Start, d.Quotes[i-1].Start)
			}
			if c := q.Cue; c.End > c.Start {
				if seen[c.Start] {
					t.Errorf("%q: two readings of the cue %q at %d", text, text[c.Start:c.End], c.Start)
				}
				seen[c.Start] = true
			}
		}
	}
}

// TestN43RelativeWords checks the words after a relative clause's
// verb: to the sentence's end for a verb of saying, to the next mark
// for one of naming, none across a line break.
func TestN43RelativeWords(t *testing.T) {
	for _, tt := range []struct {
		text   string
		naming bool
		want   string
	}{
		{" now allows the navy to build ships. It sailed.", false, "now allows the navy to build ships"},
		{" a tax on the poor, and the vote failed.", true, "a tax on the poor"},
		{" the pier\nis safe.", false, ""},
		// a comma may close the clause amid the outer words: none
		{" he will sign, would pass.", false, ""},
	} {
		got := ""
		if s, ok := n43RelativeWords(tt.text, 0, tt.naming); ok {
			got = tt.text[s.Start:s.End]
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
