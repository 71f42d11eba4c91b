package speaker

import "testing"

// TestN20Caused checks the objects n20Caused reads as the speaker of an
// infinitive after a verb of causing: an object with a phrase of place
// or time before "to". The mention is the object.
func TestN20Caused(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"The threats prompted the harbour board at a meeting on Monday to order a review of the pier.", "a review of the pier", "the harbour board"},
		{"The scandal led the two senators at a hearing in May to demand that the bank close.", "that the bank close", "the two senators"},
	} {
		checkMention(t, c.text, c.quote, c.mention)
	}
}

// TestN20NotCaused checks the objects n20Caused leaves alone: the object
// of a verb that does not make it act (the subject acts, "met the board
// … to order"), and an object with a clause between it and "to".
func TestN20NotCaused(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"The mayor met the board at its May meeting to order a review of the pier.", "a review of the pier", "the board"},
		{"The threats prompted the board that met in May to order a review of the pier.", "a review of the pier", "the board"},
	} {
		d := run(t, c.text)
		if q := find(d, c.quote); q != nil && q.Speaker.Mention.End > q.Speaker.Mention.Start && d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] == c.mention {
			t.Errorf("%q: mention %q", c.text, c.mention)
		}
	}
}
