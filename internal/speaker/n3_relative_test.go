package speaker

import "testing"

// TestN3ByRelative checks that a participle after "by" inside a relative
// clause with ", which" or ", who" is the relative pronoun's, named by
// the noun phrase before it, and that one in the main clause stays the
// main subject's.
func TestN3ByRelative(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, name string }{
		{"The first reply came with a warning about the Harbor Party, which tried to rally support by saying that rural voters were restless.", "saying", "which", "the Harbor Party"},
		{"The mayor praised the union leader, who won the vote by arguing that the pay offer was too low.", "arguing", "who", "the union leader"},
		// must stay: the main clause's own participle
		{"The council closed the pier by saying that it was unsafe.", "saying", "The council", "The council"},
	} {
		q := c5Quote(run(t, tt.text), tt.cue)
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", tt.text, tt.cue)
			continue
		}
		if m := tt.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m != tt.mention || q.Speaker.Name != tt.name {
			t.Errorf("%q: mention %q name %q, want %q %q", tt.text, m, q.Speaker.Name, tt.mention, tt.name)
		}
	}
}
