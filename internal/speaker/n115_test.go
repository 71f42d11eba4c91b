package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN115NamedCue checks a surname that is a verb's past ("Sang")
// after a capitalised word, with the cue after it, and a body's name
// before the noun that "told" spoke to.
func TestN115NamedCue(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The dams will be ready by June, CS Sang told the Senate team.", "The dams will be ready by June", "CS Sang", "CS Sang"},
		{"The dams will be ready by June, Joseph Sang said.", "The dams will be ready by June", "Joseph Sang", "Joseph Sang"},
		{"The ferry will sail again, Ann Lee told the harbour committee.", "The ferry will sail again", "Ann Lee", "Ann Lee"},
		{"The dams will be ready by June, CS Sang tells Senate team.", "The dams will be ready by June", "CS Sang", "CS Sang"},
		{"Inspectors found rust on the pier, report shows.", "Inspectors found rust on the pier", "report", "report"},
		{"Fares are a tax on commuters, says NPRC member.", "Fares are a tax on commuters", "NPRC member", "NPRC member"},
		{"Fares are a tax on commuters, said Harbour Trust spokeswoman.", "Fares are a tax on commuters", "Harbour Trust spokeswoman", "Harbour Trust spokeswoman"},
		{"The bill is dead, said Sen. Ann Moss, D-Ore.", "The bill is dead", "Sen. Ann Moss, D-Ore.", "Sen. Ann Moss"},
		{"The bill is dead, said Martin Lowe Jr.", "The bill is dead", "Martin Lowe Jr.", "Martin Lowe Jr"},
		{"The ferry is late, said the head of the union, Ann Lee.", "The ferry is late", "the head of the union, Ann Lee", "Ann Lee"},
		{"The state recorded 14 collapses, said the Chairman of the chapter, Engr. Rasheed Afolabi.", "The state recorded 14 collapses", "the Chairman of the chapter, Engr. Rasheed Afolabi", "Engr. Rasheed Afolabi"},
		{"The ferry is late, said operator spokeswoman Ann Lee.", "The ferry is late", "operator spokeswoman Ann Lee", "Ann Lee"},
		{"The ferry is late, one passenger, who asked not to be named, said.", "The ferry is late", "one passenger, who asked not to be named,", "one passenger"},
		{"The ferry is late, said Ann Lee of the local union.", "The ferry is late", "Ann Lee of the local union", "Ann Lee"},
		{"The crash was an accident, the coroner rules.", "The crash was an accident", "the coroner", "the coroner"},
		{"The levy is unlawful, rules High Court.", "The levy is unlawful", "High Court", "High Court"},
	})
}

// TestN115Headlines checks the three shapes of a headline n115Headlines
// reads, with the words each gives its speaker, and the lines it must
// leave: a speaker after the verb of saying, a clause after a semicolon
// that a comma's "says" does not reach, a topic's label, a question.
func TestN115Headlines(t *testing.T) {
	const body = "\n\nHARBOUR TOWN — The story went on in the body, where Ann Lee answered the council. “We played for them,” Marlow said."
	for _, c := range []struct {
		head, words, mention string
		kind                 doc.QuoteKind
	}{
		{"Marlow signs five-year deal with Rovers, says he ‘never wanted to leave’", "he ‘never wanted to leave’", "Marlow", doc.QuoteIndirect},
		{"Marlow signs five-year deal with Rovers, says he ‘never wanted to leave’", "never wanted to leave", "Marlow", doc.QuoteMixed},
		{"Ferry fares: Tidewater Lines cuts prices, says demand fell all winter", "demand fell all winter", "Tidewater Lines", doc.QuoteIndirect},
		{"Twelve fishing crews sue council, saying harbour fees broke the law", "harbour fees broke the law", "Twelve fishing crews", doc.QuoteIndirect},
		{"A Baker Shuts Her Shop, and Says the Rent Was Too High", "the Rent Was Too High", "A Baker", doc.QuoteIndirect},
		{"Ferry halted after engine fire; regulator says no one was hurt", "no one was hurt", "regulator", doc.QuoteIndirect},
		{"Rovers cancel the derby, and its organiser calls the move ‘a betrayal’", "the move ‘a betrayal’", "its organiser", doc.QuoteIndirect},
		{"Rovers cancel the derby, and its organiser calls the move ‘a betrayal’", "a betrayal", "its organiser", doc.QuoteMixed},
		{"Rovers cancel the derby, and its creator calls the move ‘a betrayal’", "the move ‘a betrayal’", "its creator", doc.QuoteIndirect},
		{"‘I saw the fire start,’ witness tells Harbour Town inquest", "I saw the fire start,", "witness", doc.QuoteDirect},
		{"Harbour officials: Engine fire likely caused by a fuel leak", "Engine fire likely caused by a fuel leak", "Harbour officials", doc.QuoteIndirect},
		{"Leaked memo shows board weighed closing two piers", "board weighed closing two piers", "Leaked memo", doc.QuoteIndirect},
		{"Rovers win the derby; Marlow: ‘This one is for the fans’", "This one is for the fans", "Marlow", doc.QuoteDirect},
		// Left alone: the speaker after the verb, a clause before a
		// semicolon, a topic's label, a question after the label.
		{"Rovers break old record; old mark ‘was bound to fall,’ says man who set it", "man who set it", "", ""},
		{"Fare rise: Engine fire likely caused by a fuel leak", "Engine fire likely caused by a fuel leak", "", ""},
		{"Council votes 5-2 to build ferry shelter at the pier", "5-2 to build ferry shelter at the pier", "", ""},
		{"Harbour officials: Why did the ferry burn?", "Why did the ferry burn", "", ""},
	} {
		d := run(t, c.head+body)
		q := find(d, c.words)
		if c.mention == "" {
			if q != nil && q.Speaker.Mention.End > q.Speaker.Mention.Start {
				t.Errorf("%q: %q has speaker %q, want none", c.head, c.words, q.Speaker.Name)
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no quotation %q", c.head, c.words)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention || q.Kind != c.kind {
			t.Errorf("%q: %q is %s by %q, want %s by %q", c.head, c.words, q.Kind, d.Text[m.Start:m.End], c.kind, c.mention)
		}
	}
}

// TestN115PassiveTold checks a headline that ends in ", jury told": the
// words before the comma are one reading with no speaker, the cue
// "told", and a phrase in marks inside them its child.
func TestN115PassiveTold(t *testing.T) {
	for _, c := range []struct{ head, words, inner string }{
		{"Harbour chief ‘treated the fund as his own’, jury told", "Harbour chief ‘treated the fund as his own’", "treated the fund as his own"},
		{"Council knew the causeway was unsafe for years, inquest told", "Council knew the causeway was unsafe for years", ""},
	} {
		d := run(t, c.head+"\n\nHARBOUR TOWN — The hearing went on in the body, where Ann Lee answered.")
		q := find(d, c.words)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.head, c.words)
			continue
		}
		if q.Kind != doc.QuoteIndirect || q.Speaker.Name != "" || d.Text[q.Cue.Start:q.Cue.End] != "told" {
			t.Errorf("%q: %s by %q, cue %q; want indirect by none, cue told", c.head, q.Kind, q.Speaker.Name, d.Text[q.Cue.Start:q.Cue.End])
		}
		for i := range d.Quotes {
			if r := &d.Quotes[i]; r != q && r.Start < q.End && r.Speaker.Name != "" {
				t.Errorf("%q: %q has speaker %q, want none", c.head, r.Words(d.Text), r.Speaker.Name)
			}
		}
		if c.inner != "" {
			if k := find(d, c.inner); k == nil || k.Parent < 0 || &d.Quotes[k.Parent] != q {
				t.Errorf("%q: %q is not the reading's child", c.head, c.inner)
			}
		}
	}
}

// TestN115ClauseEnds checks where a trailing cue's clause ends: a
// phrase in straight marks before the comma is the clause's last words
// (as one in curly marks is, n114PhraseInMarks), and a clause of "as"
// after the cue is the writer's narration, not words resumed.
func TestN115ClauseEnds(t *testing.T) {
	for _, c := range []struct{ text, words string }{
		{"The closure is 'temporary', the district said.", "The closure is 'temporary'"},
		{`The closure is "temporary", the district said.`, `The closure is "temporary"`},
		{"The closure is temporary, the district said, as mothers faced a long drive.", "The closure is temporary"},
		{"The closure, the district said, is temporary.", "The closure … is temporary"},
	} {
		d := run(t, "Title of the piece\n\n"+c.text)
		var got []string
		for i := range d.Quotes {
			if q := &d.Quotes[i]; q.Kind == doc.QuoteIndirect {
				got = append(got, q.Words(d.Text))
			}
		}
		if len(got) != 1 || got[0] != c.words {
			t.Errorf("%q: indirect words %q, want [%q]", c.text, got, c.words)
		}
	}
}

// TestN115SameSpeakerGoesOn checks that "she said" in the paragraph
// after a woman's quotation is hers again when the only other name
// that fits is a place of no known sex met in the narration, and that
// a woman named on the scene still takes the turn.
func TestN115SameSpeakerGoesOn(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Water story\n\nBut residents of Mount Pleasance, in western Kent, said they had heard nothing.\n\n“Since Monday we buy water,” said Mary Dawkins.\n\n“They always say it is only three days,” she said.", "Mary Dawkins"},
		{"Water story\n\nAnn Lee looked at her sister Ruth.\n\n“Since Monday we buy water,” said Ann Lee.\n\n“They always say it is only three days,” she said.", "Ruth"},
	} {
		d := run(t, c.text)
		if q := find(d, "They always say it is only three days,"); q == nil || q.Speaker.Name != c.want {
			t.Errorf("%q: speaker %v, want %q", c.text, q, c.want)
		}
	}
}

// TestN115IntroVerbs checks verbs of speech that introduce a quotation
// after a comma, or after an appositive and a colon (cues.txt).
func TestN115IntroVerbs(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Lena Fischer cautioned, “It is too early to tell.”", "It is too early to tell.", "Lena Fischer", "Lena Fischer"},
		{"Dr. Lena Fischer, an epidemiologist, cautioned: “It is too early to tell.”", "It is too early to tell.", "Dr. Lena Fischer, an epidemiologist,", "Dr. Lena Fischer"},
		{"Lena Fischer reiterated, “It is too early to tell.”", "It is too early to tell.", "Lena Fischer", "Lena Fischer"},
		{"‘The danger is not the big row,’ said Dr Ann Lee, a psychotherapist and the author of ‘Two Diaries, One Bed’.", "The danger is not the big row,", "Dr Ann Lee, a psychotherapist and the author of ‘Two Diaries, One Bed’", "Dr Ann Lee"},
		{"“The danger is not the big row,” said Ann Lee, host of the podcast “Two Diaries.”", "The danger is not the big row,", "Ann Lee, host of the podcast “Two Diaries.”", "Ann Lee"},
		{"Lena Fischer studies the virus. Or, as Fischer puts it, “It is too early to tell.”", "It is too early to tell.", "Fischer", "Fischer"},
	})
}

// TestN115Sources checks a long source phrase after "according to"
// whose maker follows "by" and ends it with a name, and a document's
// logs after "citing" as the source of the clause.
func TestN115Sources(t *testing.T) {
	checkN115Mentions(t, []n115MentionCase{
		{"The ship was travelling at 14 knots, according to tracking data compiled by the maritime analytics firm Harrowgate Marine Data.", "The ship was travelling at 14 knots", "tracking data compiled by the maritime analytics firm Harrowgate Marine Data"},
		{"Kestrel had received 140 complaints before May, the agency said, citing the company's own complaint logs.", "Kestrel had received 140 complaints before May", "the company's own complaint logs"},
	})
}

// TestN115ParticipleSubjects checks a subject with a participle phrase
// before its verb: an irregular past before "by" is a participle, not
// the clause's verb, and a participle's time may end in "ago".
func TestN115ParticipleSubjects(t *testing.T) {
	checkN115Mentions(t, []n115MentionCase{
		{"A tally kept by the staffing firm Copperline Talent shows that at least 148 firms cut jobs.", "that at least 148 firms cut jobs", "A tally kept by the staffing firm Copperline Talent"},
		{"A poll released two days ago showed the measure ahead.", "the measure ahead", "A poll released two days ago"},
		{"A poll released a week ago showed the measure ahead.", "the measure ahead", "A poll released a week ago"},
	})
}

// n115MentionCase is a text, the words of one of its quotations, and
// that quotation's speaker mention.
type n115MentionCase struct{ text, words, mention string }

// checkN115Mentions runs each case's text after a paragraph of its own
// and checks the mention of the quotation that holds the words (the
// names are checkMentionNames's).
func checkN115Mentions(t *testing.T, cases []n115MentionCase) {
	t.Helper()
	for _, c := range cases {
		d := run(t, "The count went on.\n\n"+c.text)
		q := find(d, c.words)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.words)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
	}
}

// TestN115ItNames checks that "it" after a body's attribution names
// that body, and that a person before it is no antecedent.
func TestN115ItNames(t *testing.T) {
	for _, c := range []struct{ text, words, want string }{
		{"The ministry said the rules would change. It estimated that about 2,600 companies would pay more.", "that about 2,600 companies would pay more", "The ministry"},
		{"Kestrel Ltd announced a recall on Monday. It said that 140 heaters had melted.", "that 140 heaters had melted", "Kestrel Ltd"},
	} {
		d := run(t, "A story of the day\n\n"+c.text)
		q := find(d, c.words)
		if q == nil || q.Speaker.Name != c.want {
			t.Errorf("%q: speaker %v, want %q", c.text, q, c.want)
		}
	}
}

// TestN115PhraseTakesSource checks that a phrase in marks inside the
// words after "According to X," takes X, not a mention that runs into
// the words.
func TestN115PhraseTakesSource(t *testing.T) {
	d := run(t, "A story of the day\n\nAccording to the mayor, the plan is “a disaster.”")
	q := find(d, "a disaster.")
	if q == nil || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "the mayor" {
		t.Errorf("“a disaster.”: %v, want the mayor's", q)
	}
}

// TestN115PerOpening checks "Per X," opening a sentence, news shorthand
// for "According to X,", and that a rule or a deal's terms after "per"
// is no source.
func TestN115PerOpening(t *testing.T) {
	checkN2Content(t, "Per a memo obtained by the site, the campaign plans to spend $40 million in the fall.", "Per", "a memo obtained by the site", "the campaign plans to spend $40 million in the fall")
	checkN2Content(t, "Per two sources familiar with the matter, the deal is off.", "Per", "two sources familiar with the matter", "the deal is off")
	checkCueMention(t, "Per the terms of the deal, the club keeps the player.", "Per", "")
	checkCueMention(t, "Per the contract, the club keeps the player.", "Per", "")
}
