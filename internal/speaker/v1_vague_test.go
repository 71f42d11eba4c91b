package speaker

import "testing"

// TestV1VagueSpeaker checks which speaker mentions name no one.
func TestV1VagueSpeaker(t *testing.T) {
	for _, tt := range []struct {
		mention string
		vague   bool
	}{
		{"Some", true},
		{"some", true},
		{"Many", true},
		{"Others", true},
		{"Critics", true},
		{"experts", true},
		{"some experts", true},
		{"Some experts", true},
		{"Some state officials", true},
		{"most experts", true},
		// must not fire: a group the text names, a party or body, a
		// person, a description with a determiner
		{"Some of the workers", false},
		{"some of them", false},
		{"Many Democrats", false},
		{"Other", false},
		{"others in the union", false},
		{"Ann Lee", false},
		{"the critics", false},
		{"a critic", false},
		{"The board", false},
		{"Democrats", false},
		{"Some boss", false},
		{"Many fans", false},
		{"Many reports", false},
		{"Several cast members", false},
		{"Several", true},
		{"", false},
	} {
		if got := v1VagueSpeaker(tt.mention); got != tt.vague {
			t.Errorf("v1VagueSpeaker(%q) = %v, want %v", tt.mention, got, tt.vague)
		}
	}
}

// TestV1VagueSpeakerText checks the class on sentences: the speaker
// mention that attribution reads for each is vague or not.
func TestV1VagueSpeakerText(t *testing.T) {
	for _, tt := range []struct {
		text, cue, mention string
		vague              bool
	}{
		{"Some say the strike was hushed up by the company.", "say", "Some", true},
		{"Many believe the vote was rigged.", "believe", "Many", true},
		{"Critics say the plan has failed.", "say", "Critics", true},
		{"Some experts say the bridge is unsafe.", "say", "Some experts", true},
		{"Some of the workers said the pay was late.", "said", "Some of the workers", false},
		{"The harbour board said the pier would reopen.", "said", "The harbour board", false},
		{"Ann Lee said the pier would reopen.", "said", "Ann Lee", false},
	} {
		d := run(t, tt.text)
		q := v1Quote(d, tt.cue)
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", tt.text, tt.cue)
			continue
		}
		m := q.Speaker.Mention
		if got := d.Text[m.Start:m.End]; got != tt.mention {
			t.Errorf("%q: mention %q, want %q", tt.text, got, tt.mention)
			continue
		}
		if got := v1VagueSpeaker(d.Text[m.Start:m.End]); got != tt.vague {
			t.Errorf("%q: vague %v, want %v", tt.text, got, tt.vague)
		}
	}
}
