package speaker

import "testing"

// TestG1UnitedStates checks that "States" after "United" is no verb of
// reporting, before words in marks and in a title-case reference, and
// that the verb "states" is still read.
func TestG1UnitedStates(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		// "" mention: no quotation with that cue
		{"Ann Lee told the council that she believes we must heal divides in the United States, saying that “money still decides too much” in politics.", "States", ""},
		{"Harbour Reports on Ferry Safety for 2019. United States Department of Transport. Retrieved 4 May 2020.", "States", ""},
		// must not fire
		{"The report states that the pier is unsafe.", "states", "The report"},
		{"The agency in the United States states that the pier is unsafe.", "states", "The agency in the United States"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
	// The words in marks keep a speaker: the one who told.
	d := run(t, "Ann Lee told the council that she believes we must heal divides in the United States, saying that “money still decides too much” in politics.")
	for _, q := range d.Quotes {
		if q.Speaker.Mention.End > q.Speaker.Mention.Start && d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] == "United" {
			t.Errorf("a quotation given to %q", "United")
		}
	}
}
