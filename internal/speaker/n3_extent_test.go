package speaker

import "testing"

// TestN3ContentEnds checks that an infinitive content ends at a comma
// before a clause with its own source, and that a content that is an
// object ends before "after", "when", "since", "before" or "because"
// and a clause with its own source, which is then read on its own;
// and that a content that is a clause keeps such a clause.
func TestN3ContentEnds(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Though the senator has vowed to tax the rich, as proof of her resolve, economists say the change would be small.", "vowed", "the senator", "to tax the rich, as proof of her resolve"},
		{"Though the senator has vowed to tax the rich, as proof of her resolve, economists say the change would be small.", "say", "economists", "the change would be small"},
		{"The governor described the senator as a “fraud” after she criticized the state police.", "described", "The governor", "the senator as a “fraud”"},
		{"The governor described the senator as a “fraud” after she criticized the state police.", "criticized", "she", "the state police"},
		{"Critics cite the 1998 vote, when the county wrongly stated that hundreds of ballots were void.", "stated", "the county", "that hundreds of ballots were void"},
		// must not cut: the content is a clause
		{"The engineer said that the pier closed after inspectors found cracks in it.", "said", "The engineer", "that the pier closed after inspectors found cracks in it"},
		{"Ann Reed said the mayor was right when he criticized the budget.", "said", "Ann Reed", "the mayor was right when he criticized the budget"},
		{"The board said it would reopen the pier when inspectors approve the repairs.", "said", "The board", "it would reopen the pier when inspectors approve the repairs"},
		{"The council vowed to finish the road, if funds allow, before winter.", "vowed", "The council", "to finish the road, if funds allow, before winter"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN3PluralSingular checks that a content goes on over "and" before a
// bare plural whose verb in -s does not agree with it, and still ends
// before a second source whose verb agrees.
func TestN3PluralSingular(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The mayor said the wave of layoffs and closures demands that the council act at once.", "said", "The mayor", "the wave of layoffs and closures demands that the council act at once"},
		// must still cut: a second source that agrees with its verb
		{"The mayor said the pier is safe and engineers say it will stand for decades.", "said", "The mayor", "the pier is safe"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN3WithSource checks that a content ends at a comma before an
// absolute phrase with "with" whose participle reports, and goes on over
// one whose participle does not.
func TestN3WithSource(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Polls show the mayor with a narrow lead, with one survey showing her ahead by two points.", "show", "Polls", "the mayor with a narrow lead"},
		{"Polls show the mayor with a narrow lead, with one survey showing her ahead by two points.", "showing", "one survey", "her ahead by two points"},
		// must not cut: no participle of reporting
		{"The mayor said the pier would reopen in May, with crews working through the winter.", "said", "The mayor", "the pier would reopen in May, with crews working through the winter"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN3ParenSource checks that a content ends before a parenthesis that
// opens a clause with its own source, and goes on over one that does
// not.
func TestN3ParenSource(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Democrats want policies that raise more revenue, and Republicans want policies that raise less revenue in the short run (they want lower tax rates).", "want", "Republicans", "policies that raise less revenue in the short run"},
		// must not cut: no clause of its own in the parenthesis
		{"The senator said the bill (a rewrite of the 2010 law) would pass.", "said", "The senator", "the bill (a rewrite of the 2010 law) would pass"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}
