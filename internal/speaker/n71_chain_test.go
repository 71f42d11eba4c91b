package speaker

import "testing"

// TestN71ChainedPronoun checks that a "he" or "she" goes on with the
// pronoun that opens the sentence of narration before it, past the
// names that sentence's report holds and the sentences of the
// quotation the pronoun tags (n71ChainedPronoun), and that a name after
// "&" is a firm's, no one "he" means ("an analyst at Pell & Rowe").
func TestN71ChainedPronoun(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"Shares fell. Gideon Achterberg, an analyst at Pell & Rowe, was less enthusiastic. He suggested that Halyard was walking away from its brand. “Buyers knew Tessel. Nobody has heard of Lattice,” he said.", "Buyers knew", "Gideon Achterberg"},
		{"Shares fell. Gideon Achterberg, an analyst at Pell & Rowe, was less enthusiastic. He suggested that Halyard was walking away from its brand.", "that Halyard was walking", "Gideon Achterberg"},
		{"The vote was close. Mara Quill spoke last. She said that Lerwick had broken its word. “We will not forget it,” she said.", "We will not forget", "Mara Quill"},
	} {
		wantSpeaker(t, c.text, c.quote, c.name)
	}
}
