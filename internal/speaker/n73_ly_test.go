package speaker

import "testing"

// TestN73LyNameAndOccasion checks two subjects and addressees the
// indirect reader had missed: a surname in -ly that opens the clause
// before its verb is the subject, not an adverb (lyName: "Tully says
// …"), while an adverb in -ly after a comma or a subject stays one; and
// a noun of speech after a determiner in the occasion after "told X"
// is no verb ("told analysts on a conference call that …").
func TestN73LyNameAndOccasion(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"Mara Tully runs the bakery.\n\nTully says the petition has gathered more than 2,300 signatures.", "the petition has", "Tully"},
		{"Ed Connolly runs the port.\n\nConnolly told reporters that the pier was unsafe.", "that the pier", "Connolly"},
		{"The vote was close.\n\nClearly, officials said the pier was unsafe.", "the pier was", "officials"},
		{"The vote was close.\n\nEd Moss quietly said the pier was unsafe.", "the pier was", "Ed Moss"},
		{"Halyard cut jobs.\n\nDeclan Moyo told analysts on a conference call that revenue had grown.", "that revenue had", "Declan Moyo"},
		{"Halyard cut jobs.\n\nDeclan Moyo told reporters in a statement that revenue had grown.", "that revenue had", "Declan Moyo"},
	} {
		wantSpeaker(t, c.text, c.quote, c.name)
	}
}

// TestN73AppositiveNotInverted checks that a subject with an appositive
// before "said" and a clause whose verb ends in -s ("needs", "helps")
// is read as the subject's report, not as an inverted attribution whose
// words are the subject and whose speaker is the clause
// (appositiveClause): "Hugh Hill, a doctor, said rest helps" gave "rest
// helps" the words "Hugh Hill, a doctor".
func TestN73AppositiveNotInverted(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"The clinic met.\n\nHugh Hill, a doctor, said rest helps.", "rest helps", "Hugh Hill"},
		{"The inquiry met.\n\nEd Moss, a historian at the university, said the building needs protection.", "the building needs", "Ed Moss"},
		{"The inquiry met.\n\nThe mayor, 52, said the building needs protection.", "the building needs", "The mayor"},
		{"The inquiry met.\n\nWendell Oyelaran, a historian who catalogued the records, believes the building deserves protection.", "the building deserves", "Wendell Oyelaran"},
		{"The vote was close.\n\nSen. Ann Ortiz, a Democrat, said the plan needs work.", "the plan needs", "Sen. Ann Ortiz"},
		{"The vote was close.\n\nRep. Jim Clyburn (D-S.C.), the assistant leader, said the plan needs work.", "the plan needs", "Rep. Jim Clyburn"},
		// Inverted, as before: a clause before the comma.
		{"The inquiry met.\n\nThe building needs protection, said Ed Moss, a historian.", "The building needs", "Ed Moss"},
	} {
		wantSpeaker(t, c.text, c.quote, c.name)
	}
}

// TestN73ItsPlural checks that "its" before the plural of a noun of a
// role opens the mention as before the singular (itsRole): "Its
// inspectors wrote that …" was named "inspectors".
func TestN73ItsPlural(t *testing.T) {
	d := run(t, "The board met.\n\nIts inspectors wrote that the bearings had seized.")
	q := find(d, "that the bearings")
	if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "Its inspectors" {
		t.Errorf("no quotation, or a mention other than %q: %+v", "Its inspectors", q)
	}
}

// TestN73ItConcludes checks that "it" after a carrier of words (a report,
// a study) is the subject of a verb of conclusion or belief as of one of
// speech ("The report came out on Tuesday. It concluded that …"), and
// that "it" with such a verb and no carrier before names no one.
func TestN73ItConcludes(t *testing.T) {
	wantSpeaker(t, "The inquiry met on Monday.\n\nThe report was published on Tuesday. It concluded that the closure had been avoidable.", "that the closure", "The report")
	d := run(t, "The inquiry met on Monday.\n\nThe pier was closed on Tuesday. It concluded that the closure had been avoidable.")
	if q := find(d, "that the closure"); q != nil && q.Speaker.Name != "" {
		t.Errorf("no carrier before \"It\": spoken by %q", q.Speaker.Name)
	}
}

// TestN73PartOfThem checks a part of a group named by a pronoun as the
// speaker after an inverted cue or before one (partitiveSubject): "said
// one of them, a designer", "some of us said"; and that the phrase is
// no subject when a verb of its own clause follows ("said some of them
// would stay").
func TestN73PartOfThem(t *testing.T) {
	wantSpeaker(t, "Staff met.\n\n“We found out from an invite,” said one of them, a designer.", "We found out", "one of them")
	wantSpeaker(t, "Staff met.\n\nSome of us said the plan would fail.", "the plan would", "Some of us")
	wantSpeaker(t, "Staff met.\n\nThe chief said some of them would stay.", "some of them would", "The chief")
}

// TestN73ParticipleAside checks a subject with a phrase of place and a
// participle aside before its cue ("Two diplomats in the capital,
// speaking on condition of anonymity, said …"): the head before the
// preposition speaks (headOfPhrase, asideParticiple), where only the
// reported clause's own attribution was read.
func TestN73ParticipleAside(t *testing.T) {
	wantSpeaker(t, "The talks began.\n\nTwo diplomats in the capital, speaking on condition of anonymity, said the mediators had proposed a schedule.", "the mediators had", "Two diplomats")
	wantSpeaker(t, "The talks began.\n\nOfficials in Sorvan, citing security, said the border would close.", "the border would", "Officials")
}
