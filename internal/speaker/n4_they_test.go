package speaker

import "testing"

// TestN4TheySaid checks that "they" after "<plural noun> said", in its
// clause or in the next sentence, means that group, and that the rule
// keeps off a singular subject and a pronoun subject.
func TestN4TheySaid(t *testing.T) {
	tests := []speakerCase{
		{"The ministry of Ruritania issued a statement on Monday. Several city council members said they were not warned before the vote. But they have repeatedly said that the mayor acted in good faith.", "that the mayor acted in good faith", "Several city council members"},
		{"The Harbor Board met on Friday. But local boat owners say they are ignored when they tell the board that the bay is dying.", "that the bay is dying", "local boat owners"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
	// Not: the subject of "said" is no plural noun.
	for _, c := range []struct{ text, st string }{
		{"The Harbor Board met on Friday. The chairman said they would decide later.", "they would"},
		{"The Harbor Board met on Friday. Many of them said they would decide later.", "they would"},
		{"Acme Corp. said they would decide later.", "they would"},
	} {
		d := run(t, c.text)
		a := newAttributor(d)
		if got := a.n4TheySaid(indexOf(c.text, c.st)); got != "" {
			t.Errorf("%q: n4TheySaid = %q, want \"\"", c.text, got)
		}
	}
}
