package speaker

import "testing"

// TestN85VerbAfter checks the report of a name of unknown sex whose verb
// follows a place, an aside or a party label: the "he" or "she" of the
// next sentence means that name, not one of known sex named before; and
// a party label after a comma names no one.
func TestN85VerbAfter(t *testing.T) {
	wantSpeaker(t, "Castell said a volunteer found Tom Alsop and Mary Alsop.\n\nThe volunteer, Deb Harlan of Pine Orchard, said she heard a whistle. She described what happened next:\n\n\"I blew my whistle back three times, and he answered.\"", "I blew my whistle", "Deb Harlan")
	wantSpeaker(t, "Dale Prentiss spoke first, and his caucus cheered.\n\nState Sen. Rowan Achebe, D-Millford, the chairman of the committee, said the Senate would vote. He argued that the reserve was built for this.", "that the reserve", "State Sen. Rowan Achebe")
	for _, c := range []struct {
		text string
		want string // the text from the offset returned
	}{
		{"Harlan of Pine Orchard, said so", " said so"},
		{"Banks, who finished with nine catches, said so", " said so"},
		{"Achebe, D-Millford, the chairman, said so", " said so"},
		{"Dell, who collected 1,100 signatures, said so", " who collected 1,100 signatures, said so"},
	} {
		e := 0
		for e < len(c.text) && c.text[e] != ' ' && c.text[e] != ',' {
			e++
		}
		p := n85VerbAfter(c.text, e)
		if p < 0 || c.text[p:] != c.want {
			t.Errorf("n85VerbAfter(%q) read to %d, want %q", c.text, p, c.want)
		}
	}
}
