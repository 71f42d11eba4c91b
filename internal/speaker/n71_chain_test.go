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

// TestN3LooseSurname checks that a surname opening a sentence before a
// verb of reporting stands for the full name before it even where the
// list of given names lacks its first name ("Nadia Ferris", "Sheriff
// Dale Romero" after "according to"), so that a pronoun after it finds
// it (n3Surnames.of); and that neither a name in a place's position
// ("in Port Fenwick") nor a surname with no verb of reporting after it
// is read so.
func TestN3LooseSurname(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"Floods hit the valley. Gov. Elaine Whitford declared an emergency.\n\nCrews carried out rescues, said Nadia Ferris, the director of the agency.\n\nFerris said the agency had issued a warning, but she acknowledged that many residents never received the alert.", "that many residents", "Nadia Ferris"},
		{"Floods hit the valley. Gov. Elaine Whitford declared an emergency.\n\nA man drowned, according to Sheriff Dale Romero.\n\nRomero said the names would not be released. “Turn around, don’t drown,” he said.", "Turn around", "Sheriff Dale Romero"},
	} {
		wantSpeaker(t, c.text, c.quote, c.name)
	}
	var sn n3Surnames
	sn.note("Port Fenwick", 4, 0, true)  // "in Port Fenwick": a place's position
	sn.note("Sasha Ferris", 5, 0, false) // a given name of no known sex: a loose surname
	for _, c := range []struct{ text, word, want string }{
		{"Ferris said it was late.", "Ferris", "Sasha Ferris"},
		{"Ferris is tall.", "Ferris", ""}, // no verb of reporting after it
		{"Fenwick said it was late.", "Fenwick", ""},
	} {
		if got := sn.of(c.text, c.word, len(c.word)); got != c.want {
			t.Errorf("%q: %q stands for %q, want %q", c.text, c.word, got, c.want)
		}
	}
}
