package speaker

import "testing"

// TestN45LeadWords checks that a mention that opens with a verb or a
// conjunction loses that word when a noun phrase follows it, and the
// speaker when none does; and that mentions that open with a modifier
// in "-ed" that is no verb of reporting, or with "not", stay whole.
func TestN45LeadWords(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		// The past of a verb of thinking or perceiving before a clause's subject.
		{"Ann hoped the tide would turn, and she thought Ben Ortiz would appreciate the gesture of the crew.", "the gesture of the crew", "Ben Ortiz", "Ben Ortiz", "appreciate"},
		{"Hardly had she spoken, when she found her brother was offering a seat in his boat to the guests.", "a seat in his boat", "her brother", "her brother", "offering"},
		{"She had been very small when she heard one aunt say of her, “What a plain little thing she is.”", "What a plain little thing", "one aunt", "one aunt", "say"},
		// A conjunction that opens a clause.
		{"They walked along the pier for an hour, till Maria began to doubt the wisdom of the whole plan.", "the wisdom of the whole plan", "Maria", "Maria", "doubt"},
		// No noun phrase after the word: no speaker.
		{"Rather than argue about whether it is fair to pay the toll -- which seems to be a rather divisive question these days -- let us look at the numbers.", "these days", "", "", ""},
		{"In the coves where they were certain Ortiz would find them, the smugglers hid their goods.", "them, the smugglers", "", "", ""},
		// Not: a modifier that is no verb, "not" before a quantifier.
		{"The ferry was late again, retired captain Ann Ortiz said on Monday.", "The ferry was late again", "retired captain Ann Ortiz", "Ann Ortiz", "said"},
		{"But elected officials from both towns say the bridge is safe.", "the bridge is safe", "elected officials from both towns", "elected officials", "say"},
		{"Meanwhile, leaked documents from the board show the fares rose twice.", "the fares rose twice", "leaked documents from the board", "leaked documents", "show"},
		{"Yet not everyone agrees that the fares are fair.", "that the fares are fair", "not everyone", "not everyone", "agrees"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN45Lead checks the word test on its own.
func TestN45Lead(t *testing.T) {
	for w, want := range map[string]bool{
		"were": true, "seems": true, "till": true, "thought": true, "heard": true, "expected": true,
		"not": false, "never": false, "retired": false, "elected": false, "who": false, "that": false, "claims": false,
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
