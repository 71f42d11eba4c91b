package speaker

import (
	"strings"
	"testing"
)

// TestN74FrontedObject checks the object content of a verb in a fronted
// clause ("before officials weighed in with an account, …"): it ends at
// the comma that closes the fronted clause when the main clause's
// subject has an appositive (n74AppositiveVerb) and when a phrase and
// "but" lead the fronted clause (n74LeadPhrase); before, it ran on over
// the main clause to the sentence's end. The main clause's own
// attribution is read either way.
func TestN74FrontedObject(t *testing.T) {
	for _, c := range []struct {
		text, object, main, speaker string
		read                        bool // the object is read as a content
	}{
		{"Before city officials weighed in with a statement, the governor, Ann Pell, said that a bomb had gone off.", "a statement", "that a bomb had gone off", "Ann Pell", true},
		{"Following initial reports of the blast, but before city officials had weighed in with any account, the governor Ann Pell said at an event that a bomb had gone off.", "any account", "that a bomb had gone off", "Ann Pell", true},
		// A possessive object is not read; the main clause is.
		{"After the vote, but even before the board weighed in with its view, Ann Pell said the plan would fail.", "its view", "the plan would fail", "Ann Pell", false},
	} {
		d := run(t, c.text)
		found := false
		for _, q := range d.Quotes {
			if strings.HasPrefix(d.Text[q.Start:], c.object) && q.Kind == "indirect" {
				found = true
				if got := d.Text[q.Start:q.End]; got != c.object {
					t.Errorf("%q: object content %q, want %q", c.text, got, c.object)
				}
			}
		}
		if !found && c.read {
			t.Errorf("%q: no indirect quotation %q", c.text, c.object)
		}
		wantSpeaker(t, c.text, c.main, c.speaker)
	}
}

// TestN74RelativeAppositive checks a relative clause whose source has an
// appositive ("which the bank's chief executive, Tom Reyes, called …"):
// n43RelativeClause read a plain noun phrase only, and the words went to
// the outer clause's source.
func TestN74RelativeAppositive(t *testing.T) {
	wantSpeaker(t, "The fine was large, given the union's efforts to collect, which the bank's chief executive, Tom Reyes, called \"total nonsense,\" and it was paid.", "which", "Tom Reyes")
	wantSpeaker(t, "Ed Moss said the plan came from the union, which the port’s director, Ann Pell, says will fail.", "which", "Ann Pell")
}
