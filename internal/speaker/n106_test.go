package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN106LoneOne checks "One" and "Another" alone at a sentence's
// start before a verb that is only a verb: one of a group named before
// speaks. A determiner before a word that can be a noun keeps it a noun.
func TestN106LoneOne(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Fans rallied round the show. One wrote that the cast deserved better.", "wrote", "One", "that the cast deserved better"},
		{"Fans rallied round the show. Another said the show had lost its heart.", "said", "Another", "the show had lost its heart"},
		{"Fans rallied round the show. Another commented that the ending was rushed.", "commented", "Another", "that the ending was rushed"},
		// The last word of a name.
		{"Vista One said the programme would return in May.", "said", "Vista One", "the programme would return in May"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// A noun after "another" is no speaker.
	checkCueMention(t, "The mayor spoke first. Another claim was that the bridge would close.", "claim", "")
}

// TestN106QuantifierVerb checks a quantifier subject before a verb that
// is only a verb and a preposition ("Some said on Monday that …"):
// the verb, not a noun before the preposition.
func TestN106QuantifierVerb(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Residents packed the hall. Some said on social media that the vote was rigged.", "said", "Some", "that the vote was rigged"},
		{"Staff waited outside. Many told reporters in the lobby that they feared for their jobs.", "told", "Many", "that they feared for their jobs"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// A noun before a preposition stays a noun.
	checkCueMention(t, "Some support for the plan was that the bridge would close.", "support", "")
}

// TestN106NamedInterview checks an interview printed with the parties'
// names as labels: each answer is the party's, the label its mention
// and the colon its cue, the name the longest the text gave before;
// the interviewer's turns are no reports.
func TestN106NamedInterview(t *testing.T) {
	text := "Provost Aurelia Dunsmore met the paper on Friday.\n\nThe Courier: Will fees rise?\n\nDunsmore: They will, but not by much.\n\nThe Courier: Did the regents say when?\n\nDunsmore: In May. I told them we would wait."
	checkMentionNames(t, []mentionNameCase{
		{text, "They will, but not by much.", "Dunsmore", "Provost Aurelia Dunsmore"},
		{text, "In May. I told them we would wait.", "Dunsmore", "Provost Aurelia Dunsmore"},
	})
	d := run(t, "The vote was close.\n\n"+text)
	for _, q := range d.Quotes {
		if q.Parent < 0 && q.Kind != doc.QuoteDirect {
			t.Errorf("%q: a %v reading by %q", d.Text[q.Start:q.End], q.Kind, d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
		}
	}
}

// TestN106NounReadings checks shapes where a word of the lexicon is a
// noun or a subject's head: a plural before "of" opening a reported
// clause, a participle after an existential clause's noun, a bare verb
// form after "a" and a noun, "comment" before "period", and an age
// ("the 67-year-old"), which is no count before the verb.
func TestN106NounReadings(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The report says reports of stalking fell from 11 to seven.", "says", "The report", "reports of stalking fell from 11 to seven"},
		{"Ann Lee said reports of fraud in the county fell.", "said", "Ann Lee", "reports of fraud in the county fell"},
		{"Ann Lee said there were no thefts reported on campus.", "said", "Ann Lee", "there were no thefts reported on campus"},
		{"Ann Lee said she had waited three weeks for a police report number.", "said", "Ann Lee", "she had waited three weeks for a police report number"},
		// Still read: a quantifier's verb, and a participle of "with".
		{"A few residents report that the mayor resigned.", "report", "A few residents", "that the mayor resigned"},
		{"The chef won, with a judge ruling that the photos were private.", "ruling", "a judge", "that the photos were private"},
		// An age is no count before the verb; a compound's noun is no cue.
		{"Lyle Dunwiddie coached for years. On Monday, the 67-year-old told his team that this season will be his last.", "told", "the 67-year-old", "that this season will be his last"},
		{"Speaking during the public comment period, Dwight Eberhart told the board that the texts were harmless.", "told", "Dwight Eberhart", "that the texts were harmless"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	for _, tt := range []struct{ text, cue string }{
		{"There were no hate crimes reported on campus for the second year.", "reported"},
		{"There have been 14 incidents reported since May.", "reported"},
		{"She waited three weeks for a police report number.", "report"},
		{"He filed an incident report after the game.", "report"},
		{"Speaking during the public comment period, Dwight Eberhart told the board that the texts were harmless.", "comment"},
	} {
		checkCueMention(t, tt.text, tt.cue, "")
	}
}

// TestN106Headlines checks a headline's attributions: a trailing cue
// with a bare noun after a first clause and a semicolon, and an
// inverted cue with a bare noun and a clause of "who". A sentence that
// ends with a full stop is no headline.
func TestN106Headlines(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Cedarmoor wins sectional; Tidwell's knee not as bad as it looked, coach says\n\nThe team won on Friday.", "says", "coach", "Tidwell's knee not as bad as it looked"},
		{"Old mark was meant to fall, says woman who set it\n\nThe record fell on Friday.", "says", "woman who set it", "Old mark was meant to fall"},
		{"Pier will close, says coach\n\nThe team won on Friday.", "says", "coach", "Pier will close"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// A bare noun alone after the cue; with a name after it ("…, says
	// coach Ann Lee.") the role and the name are read (n115RoleName).
	checkCueMention(t, "The team met.\n\nThe pier will close, says coach.", "says", "")
}

// TestN106OneWho checks "One" with a clause of "who" at a sentence's
// start as the subject, the clause in the mention.
func TestN106OneWho(t *testing.T) {
	checkN2Content(t, "Lawyers were split. One, who asked not to be named, said the ruling would make editors think.", "said", "One, who asked not to be named,", "the ruling would make editors think")
}

// TestN106MixedPastPassive checks a phrase in marks inside a reported
// clause that a passive with no agent encloses too ("said the Duchess
// was expected to become patron ‘within weeks’"): the phrase is the
// speaker's, and the passive's subject starts after the verb of
// speech.
func TestN106MixedPastPassive(t *testing.T) {
	text := "Aides met.\n\nA palace aide said the Duchess was expected to become patron of the trust ‘within weeks’."
	d := run(t, text)
	q := find(d, "within weeks")
	if q == nil || q.Kind != doc.QuoteMixed || q.Speaker.Name != "A palace aide" {
		t.Errorf("%q: %+v", text, q)
	}
	for _, q := range d.Quotes {
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == "expected" && strings.Contains(d.Text[q.Start:q.End], "said") {
			t.Errorf("%q: the passive's words hold the verb of speech: %q", text, d.Text[q.Start:q.End])
		}
	}
}

// TestN106SubordinateSubject checks a participle of speech after a
// passive main clause and a clause of time: the clause's subject
// speaks. After an active main clause the main subject does.
func TestN106SubordinateSubject(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The seat was open. The by-election was called after the Covenant MP, Nigel Ormesher, resigned in September, saying he wanted to spend more time with his grandchildren.", "saying", "the Covenant MP, Nigel Ormesher,", "he wanted to spend more time with his grandchildren"},
		{"The seat was open. Ann Lee left after the vote ended, saying she was tired.", "saying", "Ann Lee", "she was tired"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// "her own recall": a noun after "own".
	checkCueMention(t, "Ann Wakeling lost. Wakeling said she had texted Lucille Brunetti, the trustee who appeared to have survived her own recall, to congratulate her.", "recall", "")
}

// TestN106ParticipleAside checks a participle's aside between a subject
// and its cue: the mention keeps it, but not one that gives the words'
// occasion (an audience after "speaking to", a day).
func TestN106ParticipleAside(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ann Lee won. Ms Falconbridge, wearing a navy trouser suit, said she was relieved.", "said", "Ms Falconbridge, wearing a navy trouser suit,", "she was relieved"},
		{"Ann Lee won. Health officials in the region, speaking privately, acknowledged that the practice would close.", "acknowledged", "Health officials in the region, speaking privately,", "that the practice would close"},
		{"Ann Lee won. Ed Moss, speaking to a veterans group in Ashton, said he would order a review.", "said", "Ed Moss", "he would order a review"},
		{"Ann Lee won. Ed Moss, dedicating the museum on Saturday, said it would tell a story.", "said", "Ed Moss", "it would tell a story"},
		// A participle with a reading of its own stays out.
		{"Ann Lee won. The mayor, citing safety concerns, said the pier would close.", "said", "The mayor", "the pier would close"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN106AccusedOfMarks checks "accused X of" before words in marks:
// the content opens with the marks, and the phrase is the accuser's
// (mixed, the first reading with the cue), whatever the subject's shape; a second clause after ", and"
// with an adverb before its verb keeps its own reading.
func TestN106AccusedOfMarks(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ann Lee spoke. City Council member Consuelo Yarbrough, who represents Whitlatch Heights, accused the utility of \"sitting on\" the information overnight.", "accused", "City Council member Consuelo Yarbrough, who represents Whitlatch Heights,", "sitting on"},
		{"The debate was sharp. Welk accused Mercer of “running from her own record” on crime, and Mercer twice called Welk’s tax plan “a magic trick.”", "accused", "Welk", "running from her own record"},
		{"The debate was sharp. Welk accused Mercer of “running from her own record” on crime, and Mercer twice called Welk’s tax plan “a magic trick.”", "called", "Mercer", "Welk’s tax plan “a magic trick.”"},
		// A phrase of time with no comma before the subject.
		{"Ann Lee spoke. In 2006 the Brindlecombe branch of the Associated Teachers’ Guild accused him of running the school like a parish.", "accused", "the Brindlecombe branch of the Associated Teachers’ Guild", "running the school like a parish"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	d := run(t, "Ann Lee spoke. The trial opened on Monday, with prosecutors accusing her of “knowingly spreading false information” and of taking money.")
	if q := find(d, "knowingly spreading false information"); q == nil || q.Kind != doc.QuoteMixed || q.Speaker.Name != "prosecutors" {
		t.Errorf("accusing her of “…”: %+v", q)
	}
}

// TestN106HeadlineQuotes checks a headline's quotation whose speaker is
// a bare noun phrase after it ("…’, solicitor says", "…’, says heir")
// or before it in its clause ("…; lawyer says case ‘…’"). A sentence of
// the body that ends with a full stop is no headline.
func TestN106HeadlineQuotes(t *testing.T) {
	for _, tt := range []struct{ text, content, mention string }{
		{"Shoplifter ‘had stopped caring about anything’, solicitor says\n\nThe case was heard on Monday.", "had stopped caring about anything", "solicitor"},
		{"Portrait ‘was seized from my grandfather’, says heir\n\nThe gallery declined to comment.", "was seized from my grandfather", "heir"},
		{"‘Do not make us ask twice’, Ardesian president tells MPs\n\nThe visit ended on Monday.", "Do not make us ask twice", "Ardesian president"},
		{"Trial opens in Maruvia; lawyer says case ‘built on nothing’\n\nThe trial opened on Monday.", "built on nothing", "lawyer"},
	} {
		d := run(t, tt.text)
		q := find(d, tt.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", tt.text, tt.content)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != tt.mention {
			t.Errorf("%q: mention %q, want %q", tt.text, d.Text[m.Start:m.End], tt.mention)
		}
	}
	d := run(t, "The trial opened.\n\nThe case was ‘built on nothing’, lawyer says.")
	if q := find(d, "built on nothing"); q != nil && q.Speaker.Mention.End > q.Speaker.Mention.Start {
		t.Errorf("a body sentence read as a headline: %q", d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
	}
}

// TestN106HeadlineClauses checks a headline's attributions to a bare
// noun phrase after the words, before them and as a second verb; and
// that a headline verb with no clause after it reports nothing.
func TestN106HeadlineClauses(t *testing.T) {
	body := "\n\nThe story follows on Monday."
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Zoning rules, not builders, drive up home prices, think tank finds" + body, "finds", "think tank", "Zoning rules, not builders, drive up home prices"},
		{"Bike thefts nearly doubled last year, campus police report says" + body, "says", "campus police report", "Bike thefts nearly doubled last year"},
		{"Drug fails late-stage test, company says; shares sink 61%" + body, "says", "company", "Drug fails late-stage test"},
		{"Judge rules Farewise drivers are employees, not contractors" + body, "rules", "Judge", "Farewise drivers are employees, not contractors"},
		{"Journal retracts study after university finds images were altered" + body, "finds", "university", "images were altered"},
		{"Tribunal upholds election, says petition lacked merit" + body, "says", "Tribunal", "petition lacked merit"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	for _, tt := range []struct{ text, cue string }{
		{"Council votes 5-2 to build dog park at Millrace Park" + body, "votes"},
		{"Veteran calls time on 14-season career" + body, "calls"},
	} {
		checkCueMention(t, tt.text, tt.cue, "")
	}
}

// TestN106NounObjectClause checks a relative clause between commas
// whose verb of speech has a noun phrase for its object: it describes
// the source, and the mention keeps it; one with a clause of its own
// stays out.
func TestN106NounObjectClause(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The budget passed. The Minister of Finance, Dr Hassan Abdikadir, who announced the measure in his budget speech in March, said that the informal economy must pay.", "said", "The Minister of Finance, Dr Hassan Abdikadir, who announced the measure in his budget speech in March,", "that the informal economy must pay"},
		{"The budget passed. Ed Moss, who announced that he would run, said the pier was old.", "said", "Ed Moss", "the pier was old"},
		{"The budget passed. The ferry board, which announced his death on Tuesday, said he was calm.", "said", "The ferry board, which announced his death on Tuesday,", "he was calm"},
		{"The budget passed. Ann Reed, who wrote the law, said it was fine.", "said", "Ann Reed, who wrote the law,", "it was fine"},
		{"The budget passed. Ann Reed, who said the law was bad, told reporters it was fine.", "told", "Ann Reed", "it was fine"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// The clause with a noun for its object reports nothing of its own.
	checkCueMention(t, "The budget passed. The ferry board, which announced his death on Tuesday, said he was calm.", "announced", "")
	checkCueMention(t, "The budget passed. Ann Reed, who wrote the law, said it was fine.", "wrote", "")
	checkN2Content(t, "The budget passed. Ann Reed, who said the law was bad, told reporters it was fine.", "said", "who", "the law was bad")
}

// TestN106ThatThenWhen checks "said that" before a clause of time and
// nothing more: "that" points back at words said before, and nothing
// is reported; with a main clause after the clause of time it opens
// the content.
func TestN106ThatThenWhen(t *testing.T) {
	checkCueMention(t, "The march ended. Lucas Demetriou, a senior studying classics, said that as he rolled up a sleeping bag outside Pembry Hall on Tuesday morning.", "said", "")
	checkN2Content(t, "Ann Lee said that as he left the room the lights went out.", "said", "Ann Lee", "that as he left the room the lights went out")
	checkN2Content(t, "Ann Lee said that as he left, the lights went out.", "said", "Ann Lee", "that as he left, the lights went out")
}

// TestN106Subheadings checks a live blog's entry heading, a line of its
// own with no full stop before its paragraph: read as a headline.
func TestN106Subheadings(t *testing.T) {
	text := "Election live updates\n\nThe polls closed at eight.\n\nTurnout heavy in Brennport, secretary of state says\n\nLines ran around the block all afternoon."
	checkN2Content(t, text, "says", "secretary of state", "Turnout heavy in Brennport")
	// The last paragraph is no heading.
	checkCueMention(t, "The polls closed at eight.\n\nTurnout heavy in Brennport, secretary of state says", "says", "")
}

// TestN106ButAfterSpeech checks a verb of evidence after "but" that
// shares a speaker's subject; after a thing it reports nothing.
func TestN106ButAfterSpeech(t *testing.T) {
	checkN2Content(t, "The vote was close. A spokeswoman declined to say what it would cost but suggested the price would rise.", "suggested", "A spokeswoman", "the price would rise")
	checkN2Content(t, "The vote was close. The mayor said the plan failed but suggested a new one would work.", "suggested", "The mayor", "a new one would work")
	checkCueMention(t, "The vote was close. The fear remained but found other outlets.", "found", "")
}

// TestN106PurposeGoing checks a verb of speech after "to" that gives
// the purpose of "fanned out" or "headed": the subject speaks.
func TestN106PurposeGoing(t *testing.T) {
	checkN2Content(t, "The vote was close. Aides to Senator Adrian Welk fanned out across the filing center to declare that their candidate had won.", "declare", "Aides to Senator Adrian Welk", "that their candidate had won")
	checkN2Content(t, "The vote was close. The mayor headed to the podium to declare that the pier was safe.", "declare", "The mayor", "that the pier was safe")
}

// TestN106Broadcaster checks "television" or "TV" after a word that
// makes a broadcaster of it: it reports, with no article too ("state
// media"); a set does not.
func TestN106Broadcaster(t *testing.T) {
	checkN2Content(t, "The vote was close. National television reported that the police would not allow it.", "reported", "National television", "that the police would not allow it")
	checkN2Content(t, "The vote was close. Iranian TV reported that the talks had failed.", "reported", "Iranian TV", "that the talks had failed")
	checkCueMention(t, "The vote was close. The new television reports the weather every hour.", "reports", "")
	// With no article after an opening phrase.
	checkN2Content(t, "The vote was close. On Monday, state television reported that the police would not allow it.", "reported", "state television", "that the police would not allow it")
	checkN2Content(t, "The vote was close. In a bulletin, state media said the talks had failed.", "said", "state media", "the talks had failed")
}

// TestN106InterviewLinear checks that a long interview printed with the
// parties' names takes time linear in its turns, each a name to read
// (n91Names reads the mentions once).
func TestN106InterviewLinear(t *testing.T) {
	checkLinear(t, "a named interview", func(n int) string {
		var b strings.Builder
		b.WriteString("The Courier met Provost Aurelia Dunsmore and Ed Moss.\n\n")
		for i := range n {
			fmt.Fprintf(&b, "The Courier: Will fees rise in year %d?\n\nDunsmore: They will, Ed Moss said to Ann Lee %d.\n\n", i, i)
		}
		b.WriteString("The board meets in June.")
		return b.String()
	}, 1000)
}
