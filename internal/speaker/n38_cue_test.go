package speaker

import "testing"

// TestN38CueModifier checks that a subject opening with a cue word that
// modifies the plural after it ("state officials", "claim adjusters")
// is read whole, and that the readings where the cue word is the
// subject's head, a verb, or a noun after a determiner hold as they
// were. TestN38Collective checks that the nouns of a group of people
// name one who can want or hold a view.
func TestN38CueModifier(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no speaker for the quote
		name        string // the speaker's name: the mention was often widened to the whole phrase before, the name not
		cue         string
	}{
		// Mended: the modifier was dropped ("officials", "adjusters").
		{"But state officials said that the bridge was closed.", "that the bridge was closed", "state officials", "state officials", "said"},
		{"Two state officials said that the bridge was closed.", "that the bridge was closed", "Two state officials", "state officials", "said"},
		{"“The bridge is closed,” state officials said.", "The bridge is closed,", "state officials", "state officials", "said"}, // was "officials", with "state" its cue
		{"But report authors said that the data were thin.", "that the data were thin", "report authors", "report authors", "said"},
		{"“The bridge is closed,” senior state officials said.", "The bridge is closed,", "senior state officials", "state officials", "said"},
		// Held before, unchanged.
		// A capital cue word opening the sentence: the mention was
		// whole before, and n41CueLead mends the name ("adjusters").
		{"Claim adjusters said that the losses were large.", "that the losses were large", "Claim adjusters", "Claim adjusters", "said"},
		{"State officials said that the bridge was closed.", "that the bridge was closed", "State officials", "State officials", "said"},
		{"Some state officials said that the bridge was closed.", "that the bridge was closed", "Some state officials", "Some state officials", "said"},
		{"Reports said that the bridge was closed.", "that the bridge was closed", "Reports", "Reports", "said"},
		{"State said that the bridge was closed.", "that the bridge was closed", "State", "State", "said"},
		{"The claim said that the bridge was closed.", "that the bridge was closed", "The claim", "The claim", "said"},
		{"As officials state, the bridge was closed.", "the bridge was closed", "officials", "officials", "state"},
		// The cue word is a verb: its subject is before it, and the
		// plural is the subject of the clause it reports.
		{"The inspectors report workers said that the bridge was closed.", "workers said that the bridge was closed", "The inspectors", "The inspectors", "report"},
		{"The inspectors report workers said that the bridge was closed.", "that the bridge was closed", "workers", "workers", "said"},
		{"They claim workers said that the bridge was closed.", "that the bridge was closed", "workers", "workers", "said"},
		{"Ann Ortiz and Ed Moss claim workers said that the bridge was closed.", "that the bridge was closed", "workers", "workers", "said"},
		{"Officials state residents said that the bridge was closed.", "that the bridge was closed", "residents", "residents", "said"},
		{"The mayor would report staff said that the bridge was closed.", "that the bridge was closed", "staff", "staff", "said"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN38Collective checks the readings that n12Speaks gives a noun
// of a group of people: the relative "that" of a want stands for the
// teams and crews, and "These teams believe" has its source; a noun of
// no such group is still turned away.
func TestN38Collective(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		name        string // "": no speaker
	}{
		{"There are two dozen engineering teams that would want to use it for their own work.", "to use it for their own work", "two dozen engineering teams"},
		{"There are two dozen crews that would want to use the pier.", "to use the pier", "two dozen crews"},
		{"These teams believe the pier is unsafe.", "the pier is unsafe", "These teams"},
		{"These juries believe the pier is unsafe.", "the pier is unsafe", "These juries"},
		// Held before, unchanged.
		{"There are two dozen firms that would want to use it for their own work.", "to use it for their own work", "two dozen firms"},
		{"There are two dozen rocks that would want to use the pier.", "to use the pier", ""},
		{"These rocks believe the pier is unsafe.", "the pier is unsafe", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		got := ""
		if q != nil {
			got = q.Speaker.Name
		}
		if got != c.name {
			t.Errorf("%q: speaker %q of %q, want %q", c.text, got, c.quote, c.name)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"team", true}, {"teams", true}, {"juries", true}, {"caucuses", true}, {"crews", true}, {"rocks", false}, {"caucus", true}, {"steams", false}} {
		if got := n38Collective(c.w); got != c.want {
			t.Errorf("n38Collective(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// checkReading checks the reading of the quotation whose content holds
// quote in text: its mention, name and cue exactly; mention "" asks
// that it have no speaker.
func checkReading(t *testing.T, text, quote, mention, name, cue string) {
	t.Helper()
	d := run(t, text)
	q := find(d, quote)
	if mention == "" {
		if q != nil && q.Speaker.Mention.End > 0 {
			t.Errorf("%q: reading %q, speaker %q; want none", text, quote, q.Speaker.Name)
		}
		return
	}
	if q == nil || q.Cue.End == 0 {
		t.Errorf("%q: no quotation %q with a cue", text, quote)
		return
	}
	m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
	if c := d.Text[q.Cue.Start:q.Cue.End]; m != mention || q.Speaker.Name != name || c != cue {
		t.Errorf("%q: mention %q name %q cue %q, want %q, %q, %q", text, m, q.Speaker.Name, c, mention, name, cue)
	}
}
