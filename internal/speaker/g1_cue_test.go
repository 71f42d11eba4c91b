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

// TestG1DateComma checks that a colon's introduction after a fronted
// date with its year ("On July 6, 2015,") gives its subject the words
// in marks, and that one with no date still does.
func TestG1DateComma(t *testing.T) {
	for _, tt := range []struct{ text, speaker string }{
		{"On March 3, 2019, Ann Lee made the following comment: \"We will strike on Monday.\"", "Ann Lee"},
		{"On Sept. 4, 2016, the union issued a statement: \"We will strike on Monday.\"", "the union"},
		{"On Monday, Ann Lee made the following comment: \"We will strike on Monday.\"", "Ann Lee"},
	} {
		d := run(t, tt.text)
		if len(d.Quotes) == 0 {
			t.Errorf("%q: no quotation", tt.text)
			continue
		}
		q := d.Quotes[len(d.Quotes)-1]
		if m := q.Speaker.Mention; m.End <= m.Start || tt.text[m.Start:m.End] != tt.speaker {
			t.Errorf("%q: speaker mention %v, want %q", tt.text, m, tt.speaker)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"July 6 , 2015", true},
		{"July 6 , 20", false},
		{"sales 100 , 2015", false},
		{"July 6 2015", false},
	} {
		toks := tokenize(tt.text, 0, len(tt.text))
		got := false
		for j := range toks {
			got = got || g1DateComma(tt.text, toks, j)
		}
		if got != tt.want {
			t.Errorf("%q: a date's comma %v, want %v", tt.text, got, tt.want)
		}
	}
}
