package speaker

import "testing"

// TestN5TheySaid checks n4TheySaid as n5_they.go widens it: a plural of
// people not ending in "s", any verb of speech or belief, an auxiliary
// or adverb before the verb; and that it keeps off a singular in "-men",
// a capitalised subject, a verb in -ing and a singular subject.
func TestN5TheySaid(t *testing.T) {
	for _, c := range []struct{ text, st, want string }{
		{"The Harbor Board met on Friday. Local people say they were never asked about the new pier.", "they were", "Local people"},
		{"The Harbor Board met on Friday. Many fishermen told reporters they had lost half their catch.", "they had", "Many fishermen"},
		{"The Harbor Board met on Friday. Several women said they would leave the town.", "they would", "Several women"},
		{"The new compiler shipped in May. Several users have mentioned that they would like faster builds.", "they would", "Several users"},
		{"The new compiler shipped in May. Some developers also noted that they rarely use a debugger.", "they rarely", "Some developers"},
		{"The new compiler shipped in May. Many residents fear they will lose their homes.", "they will", "Many residents"},
		{"The Harbor Board met on Friday. Hospital staff believe they are underpaid.", "they are", "Hospital staff"},
		// Not: a singular in "-men", a capitalised subject, a singular
		// subject, no verb of speech or belief.
		{"The Harbor Board met on Friday. The specimen said they would decide later.", "they would", ""},
		{"The Harbor Board met on Friday. The Board members' chairman noted they would decide later.", "they would", ""},
		{"The Harbor Board met on Friday. Acme People noted they would decide later.", "they would", ""},
		{"The Harbor Board met on Friday. Many fishermen sold boats after they had lost half their catch.", "they had", ""},
		{"The Harbor Board met on Friday. The mayor believes they are underpaid.", "they are", ""},
		// The group asked: "asked <plural> if/whether they".
		{"The Harbor Board met on Friday. We asked our readers whether they trust the harbor board.", "they trust", "our readers"},
		{"The Harbor Board met on Friday. The mayor asked local fishermen if they had seen the spill.", "they had", "local fishermen"},
		{"The Harbor Board met on Friday. The mayor asked the board if they had seen the spill.", "they had", ""},
		{"The Harbor Board met on Friday. Officials asked if they could see the spill.", "they could", ""},
		// A relative clause without "who" after the group.
		{"The Harbor Board met on Friday. Some of the fishermen we spoke to said they had lost half their catch.", "they had", "Some of the fishermen"},
		{"The Harbor Board met on Friday. The residents I interviewed said they were never asked.", "they were", "The residents"},
		{"The Harbor Board met on Friday. Several of the owners they’d talked to said they would sell.", "they would sell", "Several of the owners"},
		{"The Harbor Board met on Friday. The mayor we spoke to said they would sell.", "they would sell", ""},
		// A passive's subject is the addressee, whom "they" means.
		{"The Harbor Board met on Friday. The boat owners were not told they would pay more.", "they would", "The boat owners"},
		{"The Harbor Board met on Friday. Many fishermen said on Monday that the owners were told they would pay more.", "they would", "the owners"},
		// A verb of speech without a plural subject: read on to "said".
		{"The Harbor Board met on Friday. Several fishermen said they were not warned that the mayor would declare a ban. But they have repeatedly said that the mayor acted in good faith.", "they have", "Several fishermen"},
		{"Several fishermen said the mayor declared they would pay more.", "they would", "Several fishermen"},
	} {
		d := run(t, c.text)
		a := newAttributor(d)
		if got := a.n4TheySaid(indexOf(c.text, c.st)); got != c.want {
			t.Errorf("%q: n4TheySaid = %q, want %q", c.text, got, c.want)
		}
	}
	// Whole: the quotation's speaker is the group.
	checkSpeakerName(t, speakerCase{"The Harbor Board met on Friday. But local people say they are ignored when they tell the board that the bay is dying.", "that the bay is dying", "local people"})
}

// TestN5PluralNoun checks the plural nouns of people not in "-s".
func TestN5PluralNoun(t *testing.T) {
	for w, want := range map[string]bool{"people": true, "police": true, "women": true, "congressmen": true, "men": true, "specimen": false, "regimen": false, "person": false, "People": false, "cars": false} {
		if got := n5PluralNoun(w); got != want {
			t.Errorf("n5PluralNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
