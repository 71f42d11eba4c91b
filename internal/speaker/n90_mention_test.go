package speaker

import "testing"

// TestN90Mentions checks the whole noun phrase of a mention, the
// thirty-sixth session's calls: a relative clause of "which" or
// "whose" and one that says why the source goes unnamed are the
// mention's, as a "who" clause is; a number's comma does not end it.
func TestN90Mentions(t *testing.T) {
	for _, c := range []struct{ text, content, mention string }{
		{"Kelderby District Council, which ran the count, said that ballot boxes had been delayed by fog.", "that ballot boxes", "Kelderby District Council, which ran the count,"},
		{"Joss Hartigan, whose two sons caught measles at the camp, said she had put off their vaccinations.", "she had put off", "Joss Hartigan, whose two sons caught measles at the camp,"},
		{"Two officials in Dorvan, who spoke on the condition of anonymity because they were not authorized to brief reporters, said the brigade was under pressure.", "the brigade was", "Two officials in Dorvan, who spoke on the condition of anonymity because they were not authorized to brief reporters,"},
		{"“We are not asking for a palace,” said Marcus Dell, who collected more than 1,100 signatures on a petition for the park, “just a fence.”", "We are not asking", "Marcus Dell, who collected more than 1,100 signatures on a petition for the park,"},
		// A clause that reports on its own stays out.
		{"The report, which found that fares rose, said the pier would fail.", "the pier would fail", "The report"},
	} {
		d := run(t, "The vote was close.\n\n"+c.text)
		q := find(d, c.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.content)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
	}
}

// TestN90SharedSubject: an agentless passive that is the second
// predicate of a reported clause ("… said Alsop was in fair condition
// and was expected to go home") has the first predicate's subject, not
// the clause from the verb of speech on, and lies inside the reported
// clause.
func TestN90SharedSubject(t *testing.T) {
	d := run(t, "The hiker was found.\n\nA spokeswoman for the medical center, Lina Farouk, said Alsop was in fair condition Monday and was expected to go home Tuesday.")
	q := find(d, "Alsop was in fair condition")
	if q == nil || q.Speaker.Name != "Lina Farouk" {
		t.Fatalf("the reported clause: %+v", q)
	}
	for _, p := range d.Quotes {
		if p.Kind != "indirect" || p.Speaker.Name != "" {
			continue
		}
		if c := p.Content[0]; d.Text[c.Start:c.End] != "Alsop" || p.Parent < 0 {
			t.Errorf("the passive: %q, parent %d", d.Text[p.Start:p.End], p.Parent)
		}
	}
}

// TestWordsOf: "in the words of X" before a quotation makes X its
// speaker.
func TestWordsOf(t *testing.T) {
	d := run(t, "The ferry captain died.\n\nHe worked the ferry for 41 years and was, in the words of one islander, “the hinge the whole place swung on,” a man who knew every tide.")
	q := find(d, "the hinge")
	if q == nil || q.Speaker.Name != "one islander" || d.Text[q.Cue.Start:q.Cue.End] != "in the words of" {
		t.Errorf("in the words of: %+v", q)
	}
}

// TestReadIntroAside: a document that "read:" its words after an aside
// between commas speaks them, the aside in its mention.
func TestReadIntroAside(t *testing.T) {
	d := run(t, "Drasia protested.\n\nThe statement, issued in Drasian and English, read: \"The Republic of Drasia will not accept unilateral actions.\"")
	q := find(d, "The Republic of Drasia")
	if q == nil || q.Speaker.Name != "The statement" || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "The statement, issued in Drasian and English," {
		t.Errorf("read: %+v", q)
	}
}

// TestDatelinesAndSubjects: a dateline is no part of the first
// sentence's words; "aides to X" is a subject before a relative clause;
// "No. 14" ends no sentence inside a relative clause.
func TestDatelinesAndSubjects(t *testing.T) {
	for _, c := range []struct{ text, content, mention string }{
		{"BRANNOCK FALLS — Kestrel Home Appliances said Wednesday that it was recalling 410,000 heaters.", "that it was recalling", "Kestrel Home Appliances"},
		{"BELLCASTER — According to records filed with the State Ethics Board, the campaign raised $2.7 million.", "the campaign raised", "records filed with the State Ethics Board"},
		{"Two aides to the governor, who spoke on the condition of anonymity, said the campaign had set a goal.", "the campaign had set", "Two aides to the governor, who spoke on the condition of anonymity,"},
		{"Dariusz Kowalczyk, 58, who has driven the No. 14 route for 19 years, said he had not had a break.", "he had not had", "Dariusz Kowalczyk, 58, who has driven the No. 14 route for 19 years,"},
	} {
		d := run(t, "Kestrel recalls heaters\n\n"+c.text)
		q := find(d, c.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.content)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention || q.Content[0].Start < len("Kestrel recalls heaters\n\n")+15 {
			t.Errorf("%q: mention %q, content %q", c.text, d.Text[m.Start:m.End], d.Text[q.Start:q.End])
		}
	}
	// A capitalised word and a dash before a lower-case word is no
	// dateline: "NATO - the alliance - met".
	if got := datelineSkip("NATO - the alliance - met.", 0, 26); got != 0 {
		t.Errorf("NATO: skipped to %d", got)
	}
	if got := datelineSkip("OSLO (Reuters) - Ministers met.", 0, 31); got != 17 {
		t.Errorf("OSLO: skipped to %d", got)
	}
}

// TestPhraseThenThat: a prepositional phrase after a cue runs on to a
// "that" clause only while no verb of its own stands between: "gifts
// gathered from a single firm were legal but cautioned that …" gives
// "gathered" nothing.
func TestPhraseThenThat(t *testing.T) {
	d := run(t, "The campaign raised money.\n\nGideon Farrant, who teaches election law, said that gifts gathered from a single firm were entirely legal but cautioned that the pattern deserved scrutiny.")
	for _, q := range d.Quotes {
		if c := d.Text[q.Cue.Start:q.Cue.End]; c == "gathered" {
			t.Errorf("gathered read: %q", d.Text[q.Start:q.End])
		}
	}
	d = run(t, "The inquiry ended.\n\nThe FBI decided after a lengthy investigation not to recommend charges.")
	if q := find(d, "not to recommend"); q == nil {
		t.Errorf("decided after … not to: %+v", d.Quotes)
	}
}

// TestPartitiveTrailing: a trailing cue's subject that names part of a
// group: "…, one of the aides said", "…, one of them said".
func TestPartitiveTrailing(t *testing.T) {
	for _, c := range []struct{ text, mention string }{
		{"The campaign will begin advertising in September, one of the aides said.", "one of the aides"},
		{"The campaign will begin advertising in September, two of the drivers said.", "two of the drivers"},
		{"The campaign will begin advertising in September, one of them said.", "one of them"},
	} {
		d := run(t, "The race began.\n\n"+c.text)
		q := find(d, "The campaign will begin")
		if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != c.mention {
			t.Errorf("%q: %+v", c.text, q)
		}
	}
}

// TestAccusedOf: a subject with a reduced relative of "of" ("A man
// accused of arson said …") is read, and a participle's phrase runs
// on to no "that" past the main verb ("A man charged with arson told a
// jury that …" reads no "charged … that").
func TestAccusedOf(t *testing.T) {
	d := run(t, "The trial opened.\n\nA scaffolder accused of setting fire to a bowling alley told a jury that he had been at home.")
	q := find(d, "that he had been")
	if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "A scaffolder accused of setting fire to a bowling alley" {
		t.Errorf("accused of: %+v", q)
	}
	d = run(t, "The trial opened.\n\nA man charged with arson told a jury that he had been at home.")
	for _, q := range d.Quotes {
		if d.Text[q.Cue.Start:q.Cue.End] == "charged" {
			t.Errorf("charged read: %q", d.Text[q.Start:q.End])
		}
	}
}

// TestOfThat: "that" after "of" is a determiner in a subject: "The
// authors of that study concluded that …".
func TestOfThat(t *testing.T) {
	d := run(t, "The trial stopped.\n\nWriting in a journal in 2024, the authors of that study concluded that the drug appeared well tolerated.")
	q := find(d, "that the drug appeared")
	if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "the authors of that study" {
		t.Errorf("of that: %+v", q)
	}
}

// TestOwnerDescription: a description by its owner before a name
// between commas is one mention with it, and a second verb shares the
// whole subject: "Corvane’s vice president, Lars Holmqvist, said … and
// warned …".
func TestOwnerDescription(t *testing.T) {
	d := run(t, "The viaduct closed.\n\nOfficials at the regional transport authority, Marle Connect, said the repairs would take a year.")
	if q := find(d, "the repairs would"); q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "Officials at the regional transport authority, Marle Connect," {
		t.Errorf("a plural's description: %+v", q)
	}
	d = run(t, "The strike began.\n\nCorvane’s vice president for operations, Lars Holmqvist, said the company had bargained in good faith and warned that the union’s proposal would add costs.")
	for _, content := range []string{"the company had bargained", "that the union’s proposal"} {
		q := find(d, content)
		if q == nil || q.Speaker.Name != "Lars Holmqvist" || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "Corvane’s vice president for operations, Lars Holmqvist," {
			t.Errorf("%q: %+v", content, q)
		}
	}
}

// TestWhoClauseHead: a subject whose plural head is also a verb of the
// lexicon, before a "who" clause, is read: "Advocates for bus riders,
// who …, said", "Consumer advocates, who …, said".
func TestWhoClauseHead(t *testing.T) {
	for _, c := range []struct{ text, content, mention string }{
		{"Advocates for bus riders, who filled the back rows, said that the delay was hurting riders.", "that the delay", "Advocates for bus riders, who filled the back rows,"},
		{"Consumer advocates, who have pressed the office for years, said the fine was far too small.", "the fine was", "Consumer advocates, who have pressed the office for years,"},
	} {
		d := run(t, "The hearing ran long.\n\n"+c.text)
		q := find(d, c.content)
		if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != c.mention {
			t.Errorf("%q: %+v", c.text, q)
		}
	}
}

// TestColonReach: after a colon, the verb of speech may stand further
// back, its object and a phrase between: "Delacorte shouted one more
// instruction over the noise: “…”".
func TestColonReach(t *testing.T) {
	d := run(t, "The final ended.\n\nAs his players doused him with ice water, Delacorte shouted one more instruction over the noise: \"Bus leaves at 9 tomorrow. Nobody's late.\"")
	if q := find(d, "Bus leaves"); q == nil || q.Speaker.Name != "Delacorte" {
		t.Errorf("colon reach: %+v", q)
	}
}

// TestWhoClauseNoReport: a "who" clause whose verb is in the lexicon
// only with a particle ("came", for "came out against") or only with a
// clause ("voted") and has neither here describes the speaker and is
// part of the mention; one with a verb of speech stays out.
func TestWhoClauseNoReport(t *testing.T) {
	for _, c := range []struct{ text, mention string }{
		{"Sandra Kettleby, who came on as a recruit in 1999, said he taught her well.", "Sandra Kettleby, who came on as a recruit in 1999,"},
		{"Carolyn Mabry, who voted with the majority, said he taught her well.", "Carolyn Mabry, who voted with the majority,"},
		{"Ed Moss, who stressed that the pier was old, said he taught her well.", "Ed Moss"},
	} {
		d := run(t, "The chief retired.\n\n"+c.text)
		q := find(d, "he taught her")
		if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != c.mention {
			t.Errorf("%q: %+v", c.text, q)
		}
	}
}

// TestReadsOut: one who reads out a text before a colon speaks its
// words; a text that "read:" is readIntro's.
func TestReadsOut(t *testing.T) {
	d := run(t, "The hearing began.\n\nThe chief read a prepared statement: “We grieve with the family.”\n\nThe sign read: “Closed.”")
	if q := find(d, "We grieve"); q == nil || q.Speaker.Name != "The chief" || d.Text[q.Cue.Start:q.Cue.End] != "read" {
		t.Errorf("read a statement: %+v", q)
	}
	if q := find(d, "Closed"); q == nil || q.Speaker.Name != "The sign" {
		t.Errorf("the sign read: %+v", q)
	}
}

// TestBoundedCount: "said at least 90 people were …": a bounded count
// opens the reported clause, as a bounded share does.
func TestBoundedCount(t *testing.T) {
	d := run(t, "The hearing ran late.\n\nAn official who asked not to be named said at least 90 people were sleeping outside.")
	if q := find(d, "at least 90 people"); q == nil || q.Speaker.Name == "" {
		t.Errorf("at least 90: %+v", d.Quotes)
	}
}

// TestRatioSubject: a ratio of a group speaks: "About one voter in ten
// said …", "One in five residents say …".
func TestRatioSubject(t *testing.T) {
	for _, c := range []struct{ text, content, mention string }{
		{"About one voter in ten said they had not decided.", "they had not decided", "About one voter in ten"},
		{"One in five residents say the pier is unsafe.", "the pier is unsafe", "One in five residents"},
	} {
		d := run(t, "The poll was out.\n\n"+c.text)
		q := find(d, c.content)
		if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != c.mention {
			t.Errorf("%q: %+v", c.text, q)
		}
	}
}
