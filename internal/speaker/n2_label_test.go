package speaker

import "testing"

// TestN2PassiveLabel checks that a passive label ("is known as “…”",
// "was described as “…”") gives its subject no voice: the subject is
// what is labelled. The active and the progressive still label.
func TestN2PassiveLabel(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		// "" mention: no quotation with that cue
		{"The scheme is known as “shaving” among dock workers.", "known", ""},
		{"The road was described as “a death trap” in the report.", "described", ""},
		// must still fire
		{"The mayor described the road as “a death trap” on Monday.", "described", "The mayor"},
		{"Ann Ortiz is describing as “reckless” a plan to sell the pier.", "describing", "Ann Ortiz"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}
