package speaker

import "testing"

// TestN83QuotedLast checks a "he" after a quotation over paragraphs
// whose speaker's name is of unknown sex, with a man named before it: the
// "he" of a sentence after a fronted clause ("Asked whether …, he
// smiled", n82FrontedPronoun) goes on to the next tag, and both mean the
// one just quoted (n83QuotedLast), not the man the quotation spoke of.
func TestN83QuotedLast(t *testing.T) {
	text := "City signed Luca Ferrandi on Thursday, and his fans cheered.\n\n" +
		"At his weekly press conference, Kinnaird said: ‘He’s got pace, he’s brave and he finishes with both feet.\n\n" +
		"‘I’m not going to put pressure on him by talking about numbers.’\n\n" +
		"Asked whether the fee was a club record, he smiled. ‘You’ll have to ask the chairman,’ he said."
	wantSpeaker(t, text, "You’ll have to ask", "Kinnaird")
	for _, c := range []struct {
		s, pron string
		want    bool
	}{
		{"Asked whether the fee was a record, he smiled.", "he", true},
		{"When the vote came, she left.", "she", true},
		{"The fee was a record, he said.", "he", false},
		{"Asked whether the fee was a record, Ed smiled.", "he", false},
	} {
		if _, ok := n82FrontedPronoun(c.s, c.pron, 0, len(c.s)); ok != c.want {
			t.Errorf("n82FrontedPronoun(%q) = %v, want %v", c.s, ok, c.want)
		}
	}
}
