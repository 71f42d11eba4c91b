package speaker

import "testing"

// TestN55InnerVoices checks that a phrase in marks inside a relative
// clause with its own verb of speech is that clause's speaker's, and
// that a clause of belief keeps the outer speaker.
func TestN55InnerVoices(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The council blamed the firm for the spill, which the harbour master said was “entirely avoidable” last week.", "entirely avoidable", "the harbour master", "the harbour master", "said"},
		{"Ann Reed criticized the plan, which the mayor told reporters was “a fresh start” for the port.", "a fresh start", "the mayor", "the mayor", "told"},
		// A clause of belief: the phrase stays the outer speaker's.
		{"Ann Reed said the board believes the pier is “safe”.", "safe", "Ann Reed", "Ann Reed", "said"},
		// A restrictive relative clause describes; the words stay the
		// outer speaker's.
		{"Ann Reed mocked the complaint, saying anybody who complains about the ferry “has never sailed in winter”.", "has never sailed in winter", "Ann Reed", "Ann Reed", "mocked"},
		// The phrase in the reading of the one who speaks it.
		{"Ann Reed said the spill was “entirely avoidable”.", "entirely avoidable", "Ann Reed", "Ann Reed", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
