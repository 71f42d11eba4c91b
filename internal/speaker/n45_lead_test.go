package speaker

import "testing"

// TestN45LeadWords checks that a mention that opens with a verb or a
// conjunction loses that word when a noun phrase follows it, and the
// speaker when none does; and that mentions that open with a modifier
// that is an adjective ("proposed", "accused", "delighted",
// "acclaimed", "retired", "elected"), or with "not", stay whole.
func TestN45LeadWords(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		// The past of a verb of thinking or perceiving before a clause's subject.
		{"Ann hoped the tide would turn, and she thought Ben Ortiz would praise the gesture of the crew.", "the gesture of the crew", "Ben Ortiz", "Ben Ortiz", "praise"},
		{"Hardly had she spoken, when she found her brother was offering a seat in his boat to the guests.", "a seat in his boat", "her brother", "her brother", "offering"},
		{"She had been very small when she heard one aunt say of her, “What a plain little thing she is.”", "What a plain little thing", "one aunt", "one aunt", "say"},
		// A conjunction that opens a clause.
		{"They walked along the pier for an hour, till Maria began to doubt the wisdom of the whole plan.", "the wisdom of the whole plan", "Maria", "Maria", "doubt"},
		// No noun phrase after the word: no speaker.
		{"Rather than argue about whether it is fair to pay the toll -- which seems to be a rather divisive question these days -- let us look at the numbers.", "these days", "", "", ""},
		// Not: a modifier that is no verb, "not" before a quantifier.
		{"The ferry was late again, retired captain Ann Ortiz said on Monday.", "The ferry was late again", "retired captain Ann Ortiz", "Ann Ortiz", "said"},
		{"But elected officials from both towns say the bridge is safe.", "the bridge is safe", "elected officials from both towns", "elected officials", "say"},
		{"Meanwhile, leaked documents from the board show the fares rose twice.", "the fares rose twice", "leaked documents from the board", "leaked documents", "show"},
		{"Yet not everyone agrees that the fares are fair.", "that the fares are fair", "not everyone", "not everyone", "agrees"},
		// Not: a participle that is an adjective of the speaker's own
		// phrase, with no noun phrase right after it; the reading is
		// left as it was.
		{"“The ferry runs at noon,” said proposed harbor chief Nell Ortiz.", "The ferry runs at noon", "proposed harbor chief Nell Ortiz", "Nell Ortiz", "said"},
		{"“We did not sink it,” accused smuggler Tom Reyes told the court.", "We did not sink it", "accused smuggler Tom Reyes", "Tom Reyes", "told"},
		{"“We sold every ticket,” said delighted organizers of the regatta.", "We sold every ticket", "delighted organizers of the regatta", "delighted organizers", "said"},
		{"“The tide was early,” said acclaimed sailor Ines Vatn.", "The tide was early", "acclaimed sailor Ines Vatn", "Ines Vatn", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN45Lead checks the word test on its own: words of n45Clears and
// n45Pasts are taken, participles that are mostly adjectives and the
// broken forms an "-ed" made from reporting.txt's adjectives would give
// are not.
func TestN45Lead(t *testing.T) {
	for w, want := range map[string]bool{
		"were": true, "seems": true, "till": true, "thought": true, "heard": true, "believed": true, "realized": true,
		"not": false, "never": false, "retired": false, "elected": false, "who": false, "that": false, "claims": false,
		"alleged": false, "accused": false, "worried": false, "concerned": false, "acclaimed": false, "delighted": false,
		"determined": false, "informed": false, "proposed": false, "expected": false, "afraided": false, "concernedded": false,
	} {
		if got := n45Lead(w); got != want {
			t.Errorf("n45Lead(%q) = %v, want %v", w, got, want)
		}
	}
	for s, want := range map[string]bool{"Ben Ortiz": true, "her brother": true, "one aunt": true, "the obvious": true, "to be a rather": false, "certain Ortiz": false, "": false} {
		if got := n45Phrase(s); got != want {
			t.Errorf("n45Phrase(%q) = %v, want %v", s, got, want)
		}
	}
}
