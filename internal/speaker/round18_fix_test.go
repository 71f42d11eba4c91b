package speaker

import "testing"

// TestRound18Review pins the review of the second direct-speakers
// round: a cue word before a title is still the verb after a noun
// ("officials state Gov. Reed lied"), and "first" after a determiner is
// an ordinal, not an adverb before the cue ("the first said").
func TestRound18Review(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"“We will win,” officials state Gov. Reed lied.\n", "officials"},
		{"“We will win,” officials claim Gov. Reed said.\n", "officials"},
		{"“We will win,” the first said.\n", "the first"},
		{"“It is done,” Ed Moss first said.\n", "Ed Moss"},
		{"“We lost,” state Sen. Ann Reed said.\n", "state Sen. Ann Reed"},
	} {
		d := run(t, tc.text)
		if len(d.Quotes) == 0 {
			t.Errorf("%q: no quotation", tc.text)
			continue
		}
		q := d.Quotes[0]
		got := tc.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		if got != tc.want {
			t.Errorf("%q: mention %q, want %q", tc.text, got, tc.want)
		}
	}
}
