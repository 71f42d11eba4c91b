package sources

import "testing"

// TestPossessiveMentionEnd pins where a possessive source mention ends:
// before the apostrophe, whether it is straight (two bytes with the s)
// or curly (four). The straight one used to lose the name's last letter
// too ("Harbour Gazett").
func TestPossessiveMentionEnd(t *testing.T) {
	for _, text := range []string{
		"Ed Moss wrote in the Harbour Gazette's weekend edition that the ferry would run.\n",
		"Ed Moss wrote in the Harbour Gazette’s weekend edition that the ferry would run.\n",
	} {
		d := build(t, "", []byte(text))
		found := false
		for _, s := range d.Sources {
			for _, m := range s.Mentions {
				got := text[m.Start:m.End]
				if got == "Harbour Gazette" {
					found = true
				} else if got == "Harbour Gazett" || got == "Harbour Gazette'" {
					t.Errorf("%q: mention %q", text, got)
				}
			}
		}
		if !found {
			var all []string
			for _, s := range d.Sources {
				for _, m := range s.Mentions {
					all = append(all, text[m.Start:m.End])
				}
			}
			t.Errorf("%q: no mention \"Harbour Gazette\"; mentions %q", text, all)
		}
	}
}
