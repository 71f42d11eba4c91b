package sources

import "testing"

// TestLeadingAdverb pins that an adverb of time opening a sentence is
// not read as a name's first word ("Later Ed Moss" was a person), and
// that the same word ending a name is kept.
func TestLeadingAdverb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The ferry stayed in port.\n\nLater Ed Moss said the crossing would reopen.\n", "Ed Moss"},
		{"Yesterday Ann Lee told the council that the pier was unsafe.\n", "Ann Lee"},
		{"Meanwhile Tom Hart said the strike was over.\n", "Tom Hart"},
		{"Later the Harbour Department said it would appeal.\n", "Harbour Department"},
		{"Harbour Today reported that the crossing would reopen.\n", "Harbour Today"},
		{"Democracy Now said the crossing would reopen.\n", "Democracy Now"},
	} {
		d := build(t, "", []byte(c.text))
		var all []string
		found := false
		for _, s := range d.Sources {
			for _, m := range s.Mentions {
				got := c.text[m.Start:m.End]
				all = append(all, got)
				found = found || got == c.want
			}
		}
		if !found {
			t.Errorf("%q: no mention %q; mentions %q", c.text, c.want, all)
		}
	}
}
