package speaker

import "testing"

// TestN41Subjects checks, with exact spans, the subjects that a cue
// word set before a noun ("state", "claim", "report") opens, before
// the cue (n41CueLead) and after an inverted one (n41FinalPlural), and
// the subject after an opening "But", "And" or "So" before an
// appositive and a phrase between dashes (n41Opener); and that the
// readings around them hold as they were.
func TestN41Subjects(t *testing.T) {
	const crew = "Ann met the crew.\n\n“The pier is old,” "
	for _, c := range []struct {
		text, quote string
		mention     string // "": no speaker for the quote
		name        string
		cue         string
	}{
		// n41CueLead, mended: "state" was lost from the mention and the
		// name ("health officials"), "Claim" from the name.
		{"But state health officials said that the bridge was closed.", "that the bridge was closed", "state health officials", "state health officials", "said"},
		{"In the end, state election officials said that the bridge was closed.", "that the bridge was closed", "state election officials", "state election officials", "said"},
		{"Ohio state health officials said that the bridge was closed.", "that the bridge was closed", "Ohio state health officials", "state health officials", "said"},
		{"Claim adjusters said that the losses were large.", "that the losses were large", "Claim adjusters", "Claim adjusters", "said"},
		// After a quotation, through titledModifier: "state" was its
		// inverted cue ("“…,” states the report"), "health officials"
		// its subject.
		{"“The bridge is closed,” state health officials said.", "The bridge is closed,", "state health officials", "state health officials", "said"},
		{"“The bridge is closed,” states the report.", "The bridge is closed,", "the report", "the report", "states"},
		{"“The bridge is closed,” claim farm workers.", "The bridge is closed,", "farm workers", "farm workers", "claim"},
		// Held: a determiner or a capital opens the phrase; the cue word
		// is a verb after a plural or a pronoun ("Officials state",
		// "They claim"); a name after the capital.
		{"The state health officials said that the bridge was closed.", "that the bridge was closed", "The state health officials", "The state health officials", "said"},
		{"State health officials said that the bridge was closed.", "that the bridge was closed", "State health officials", "State health officials", "said"},
		{"State officials said that the bridge was closed.", "that the bridge was closed", "State officials", "State officials", "said"},
		{"Report authors say that the data are thin.", "that the data are thin", "Report authors", "Report authors", "say"},
		{"They claim farm workers said that the bridge was closed.", "that the bridge was closed", "farm workers", "farm workers", "said"},
		{"The inspectors report farm workers said that the bridge was closed.", "that the bridge was closed", "farm workers", "farm workers", "said"},
		{"Officials state health workers were paid.", "health workers were paid", "Officials", "Officials", "state"},
		// Held (review): after a noun or a name the cue word is the
		// verb of the subject before it.
		{"Ann Ortiz and Ed Moss claim farm workers said that the bridge was closed.", "that the bridge was closed", "farm workers", "farm workers", "said"},
		{"But senior state health officials said that the bridge was closed.", "that the bridge was closed", "senior state health officials", "state health officials", "said"},
		// n41FinalPlural, mended: no speaker before.
		{crew + "said state officials.", "The pier is old,", "state officials", "state officials", "said"},
		{crew + "said state health officials.", "The pier is old,", "state health officials", "state health officials", "said"},
		{crew + "said report authors.", "The pier is old,", "report authors", "report authors", "said"},
		// Held: a title after the modifier, a determiner, no
		// sentence's end after the plural.
		{crew + "said state Sen. Ed Moss.", "The pier is old,", "state Sen. Ed Moss", "Sen. Ed Moss", "said"},
		{crew + "said the state.", "The pier is old,", "the state", "the state", "said"},
		{crew + "said state officials in Ohio.", "The pier is old,", "", "", ""},
		// n41Opener, mended: "But" and "So" were read as a
		// subordinator that opens a phrase, so the subject before the
		// appositive was taken for one.
		{"But Ann Ortiz, the head of Gull Lines -- a small firm -- said the ferry was late.", "the ferry was late", "Ann Ortiz, the head of Gull Lines -- a small firm --", "Ann Ortiz", "said"},
		{"So Ed Moss, a lawyer -- and a good one -- said the ferry was late.", "the ferry was late", "Ed Moss, a lawyer -- and a good one --", "Ed Moss", "said"},
		{"But the mayor, a former pilot -- and a good one -- said the ferry was late.", "the ferry was late", "the mayor, a former pilot -- and a good one --", "the mayor", "said"},
		// Held: an opening phrase after the conjunction, or "So far".
		{"And Ann Ortiz, the head of Gull Lines -- a small firm -- said the ferry was late.", "the ferry was late", "Ann Ortiz, the head of Gull Lines -- a small firm --", "Ann Ortiz", "said"},
		{"But in Oslo, officials at the port said the ferry was late.", "the ferry was late", "officials at the port", "officials", "said"},
		{"So far, officials at the port said the ferry was late.", "the ferry was late", "officials at the port", "officials", "said"},
		{"But despite the rain, fans -- soaked through -- said the ferry was late.", "the ferry was late", "", "", ""},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}

// TestN41Bounds checks that n41CueLead reads only starts one or two
// tokens before the plural, and n41Opener only the word after a
// sentence's first conjunction.
func TestN41Bounds(t *testing.T) {
	s := "But state health officials said it."
	toks := tokenize(s, 0, len(s))
	for st := 0; st <= 3; st++ {
		f := n41CueLead(s, toks, st, 3)
		if want := st == 1; f.ok != want {
			t.Errorf("n41CueLead(%d, 3) = %v, want %v", st, f.ok, want)
		}
	}
	if f := n41CueLead(s, toks, 1, 3); f.ok && s[f.subj.Start:f.subj.End] != "state health officials" {
		t.Errorf("n41CueLead span %q", s[f.subj.Start:f.subj.End])
	}
	o := "But, Ann Ortiz, a pilot, said it."
	ot := tokenize(o, 0, len(o))
	if j := n41Opener(o, ot, 0, 5); j != 0 {
		t.Errorf("n41Opener before a comma = %d, want 0", j)
	}
}
