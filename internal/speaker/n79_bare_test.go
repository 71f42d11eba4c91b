package speaker

import "testing"

// TestN79ReporterGoesOn checks that a "he" tagging a quotation after a
// sentence in which one man reports a clause about another means the
// reporter: with no "that" (n79BareReport), with the reporter's name an
// appositive (n79Appositive), when only the other's sex is known
// (n79Speaks), and after a verb of speech beyond "said"
// (n67Said: "denied").
func TestN79ReporterGoesOn(t *testing.T) {
	lead := "The club signed Luca Ferrandi, and his fans were glad.\n\n"
	for _, c := range []struct{ text, quote, name string }{
		{lead + "Ross Kinnaird said Ferrandi had been his first choice since the summer. ‘We looked at a lot of players,’ he said, ‘and Luca was the one.’", "We looked", "Ross Kinnaird"},
		{lead + "City’s manager, Ross Kinnaird, said Ferrandi had been his first choice since the summer. ‘We looked at a lot of players,’ he said, ‘and Luca was the one.’", "We looked", "Ross Kinnaird"},
		{lead + "Ross Kinnaird spoke first.\n\nKinnaird denied that he had been under pressure to spend. ‘Nobody has said anything of the sort to me,’ he added.", "Nobody has said", "Ross Kinnaird"},
	} {
		wantSpeaker(t, c.text, c.quote, c.name)
	}
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"Kinnaird said Ferrandi was", 14, true},
		{"Kinnaird told Ferrandi he", 14, false},
		{"Kinnaird saw Ferrandi go", 13, false},
	} {
		if got := n79BareReport(c.text, c.at) >= 0; got != c.want {
			t.Errorf("n79BareReport(%q, %d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
