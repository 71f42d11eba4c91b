package quote

import "testing"

// TestA2Headline checks that one capitalised word in marks inside a Title
// Case headline is no title, and that capitals keep their meaning in
// longer titles, in a sentence-case headline and below the headline.
func TestA2Headline(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"word in a headline", "Harbour Chief Was [1‘]⟨1Mocking⟩[1’] Ferry Crews, Union Says.\n\nThe union spoke on Monday.", "scare"},
		{"word with a stop in a headline", "Pilots Say the Storms Are [1‘]⟨1Terrifying.⟩[1’]\n\nThe pilots spoke on Monday.", "mixed"},
		{"two-word title in a headline", "Critics Slam [1‘]⟨1Ten Days⟩[1’] as Boring.\n\nThe board met.", "title"},
		{"word in a sentence-case headline", "Voters back [1‘]⟨1Brexit⟩[1’] in a close poll.\n\nThe count ended late.", "title"},
		{"word below a headline", "Mayor Opens New Pier After Long Delay.\n\nThe [1‘]⟨1Marigold⟩[1’] sailed at noon.", "title"},
		{"one paragraph is no headline", "Harbour Chief Was [1‘]⟨1Mocking⟩[1’] Ferry Crews", "title"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}
