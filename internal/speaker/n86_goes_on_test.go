package speaker

import "testing"

// TestN86GoesOn checks a tag whose verb says the speaker goes on ("he
// added", "she went on"): it means the speaker of the quotation just
// before, whose tag names him with a pronoun or a name of no other sex,
// over a name of known sex further back; and an inverted report before
// a pronoun ("…, noted NBC’s Dante Chinni. “…,” he wrote.").
func TestN86GoesOn(t *testing.T) {
	lead := "Teodoro Arvelo signed with the Dunmore Riverhawks, whose fans love Tom Reyes and his bat.\n\n"
	wantSpeaker(t, lead+"“My legs were shaking in the bullpen, I will not lie to you,” Arvelo told reporters after the game.\n\n“After the first pitch, though, it was just baseball again,” he added.", "After the first pitch", "Arvelo")
	text := "Fellow Republicans urge Donald Trump to do better, and he may.\n\nHowever debates are not likely to alter the campaign, noted NBC’s Dante Chinni.\n\n“Considering the high stakes, one might expect them to matter more to the bottom line,” he wrote.\n\n“By the time those candidates hit the stage most voters have seen them,” he added."
	wantSpeaker(t, text, "Considering the high stakes", "Dante Chinni")
	wantSpeaker(t, text, "By the time", "Dante Chinni")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"he added.", true}, {"he went on, turning", true}, {"he adds", true},
		{"he said.", false}, {"he addressed them", false},
	} {
		if got := n86GoesOn(c.text, 2); got != c.want {
			t.Errorf("n86GoesOn(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
