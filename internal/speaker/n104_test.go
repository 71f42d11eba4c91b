package speaker

import "testing"

// TestN104SubjectBeforeRelative checks a subject with a relative clause
// on "which" before a cue that a clause follows: the subject is the
// noun phrase before the clause, not the words before the cue read as
// "<clause>, said X" with the reported clause's subject for X.
func TestN104SubjectBeforeRelative(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The union, which represents nurses, said the police used force.", "said", "The union, which represents nurses,", "the police used force"},
		{"The union, which represents nurses, said police used force.", "said", "The union, which represents nurses,", "police used force"},
		// A clause before the relative is still the reported one.
		{"The vote was lost, which surprised no one, said the mayor.", "said", "the mayor", "The vote was lost, which surprised no one"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104TimeAfterTrailingCue checks a trailing cue with only a phrase
// of time after it, behind a description and a name in apposition: the
// cue's subject is before it, and no inverted subject is read.
func TestN104TimeAfterTrailingCue(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The treaty passed, the minister, Ansgar Rindahl, said on Monday.", "said", "the minister, Ansgar Rindahl,", "The treaty passed"},
		{"The treaty passed, the minister, Ansgar Rindahl, said.", "said", "the minister, Ansgar Rindahl,", "The treaty passed"},
		{"The treaty passed, Ansgar Rindahl, the minister, said last week.", "said", "Ansgar Rindahl, the minister,", "The treaty passed"},
		// A comma after the cue, the clause going on after it.
		{"The reunion started, the drummer, Otis Fairlamb, said, at the funeral in January.", "said", "the drummer, Otis Fairlamb,", "The reunion started | at the funeral in January"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104RelativeThenAnonymity checks a subject with a relative clause
// of its own before the one that says why it goes unnamed: the mention
// runs to the second clause's comma, the name is the head.
func TestN104RelativeThenAnonymity(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Two people who work in the mayor's office, who asked not to be named, said the budget would be cut.", "the budget would be cut", "Two people who work in the mayor's office, who asked not to be named,", "Two people"},
		{"Officials who attended the meeting, who declined to be named, said the plan was dead.", "the plan was dead", "Officials who attended the meeting, who declined to be named,", "Officials"},
		// A part of a group, or a head with its phrase.
		{"One of them, who requested anonymity because the talks were continuing, said the plan was dead.", "the plan was dead", "One of them, who requested anonymity because the talks were continuing,", "One of them"},
		{"A diplomat from one of the countries observing the talks, who asked not to be named, said the plan was dead.", "the plan was dead", "A diplomat from one of the countries observing the talks, who asked not to be named,", "A diplomat"},
	})
}

// TestN104ItsBackers checks "its" before those for or against a thing
// or who make or use it, read as a description like "his aides".
func TestN104ItsBackers(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The bill, its sponsors argue, would save the state $40 million.", "argue", "its sponsors", "The bill | would save the state $40 million"},
		{"The plan would save money, its backers argue.", "argue", "its backers", "The plan would save money"},
		{"Its supporters say the bill would save money.", "say", "Its supporters", "the bill would save money"},
		// Not before other nouns: "its plan would cost".
		{"The council said its plan would cost less.", "said", "The council", "its plan would cost less"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104DescriptionAfterOpener checks a capitalised role with its
// body before a name in apposition, after an opening phrase whose
// participle takes a bare plural ("Briefing journalists"), and a
// body's short form in brackets inside the description.
func TestN104DescriptionAfterOpener(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Briefing journalists at the end of the meeting, the Governor of the Central Bank, Dr Njeri Wambugu, said eight members had voted for the increase.", "eight members had voted for the increase", "the Governor of the Central Bank, Dr Njeri Wambugu,", "Dr Njeri Wambugu"},
		{"Speaking at a news conference, the Managing Director of the Maritime Ports Authority (MPA), Mrs Ibiere Dagogo, said the situation was bad.", "the situation was bad", "the Managing Director of the Maritime Ports Authority (MPA), Mrs Ibiere Dagogo,", "Mrs Ibiere Dagogo"},
		{"Addressing supporters, the candidate, Ann Lee, said she would win.", "she would win", "the candidate, Ann Lee,", "Ann Lee"},
		// A lone participle of a verb of reporting; a name in -ing is none.
		{"Responding, the minister, Ann Lee, said that the budget was padded.", "that the budget was padded", "the minister, Ann Lee,", "Ann Lee"},
		{"Fleming, a pilot, said the plane was late.", "the plane was late", "Fleming, a pilot,", "Fleming"},
		// Titles of African and South Asian papers.
		{"The Majority Leader, Hon. Grace Akinyi, argued that members should amend the estimates.", "that members should amend the estimates", "The Majority Leader, Hon. Grace Akinyi,", "Hon. Grace Akinyi"},
		{"The road was closed, Engr. Musa Bello said.", "The road was closed", "Engr. Musa Bello", "Engr. Musa Bello"},
		// A firm's ampersand inside the description.
		{"His editor at Ember & Quire, Margit Davenhall, said the draft was late.", "the draft was late", "His editor at Ember & Quire, Margit Davenhall,", "Margit Davenhall"},
		{"The draft was late, his editor at Ember & Quire, Margit Davenhall, said.", "The draft was late", "his editor at Ember & Quire, Margit Davenhall,", "Margit Davenhall"},
	})
}

// TestN104PleadedAnonymity checks the West African "pleaded anonymity"
// and "craved anonymity" as clauses that say why a source goes unnamed:
// part of the mention, and no attribution of their own.
func TestN104PleadedAnonymity(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"A senior official at the Ministry of Finance, who pleaded anonymity because he was not authorised to speak, said that no change was planned.", "that no change was planned", "A senior official at the Ministry of Finance, who pleaded anonymity because he was not authorised to speak,", "A senior official at the Ministry of Finance"},
		{"A source at the ministry who pleaded anonymity said the plan was dead.", "the plan was dead", "A source at the ministry who pleaded anonymity", "A source at the ministry"},
	})
	d := run(t, "The vote was close.\n\nA senior official, who pleaded anonymity because he was not authorised to speak, said that no change was planned.")
	if q := find(d, "anonymity because he was not authorised to speak"); q != nil {
		t.Errorf("an attribution of the anonymity clause: %+v", q)
	}
}

// TestN104SecondSourceWithRelative checks that a content ends before
// ", and" and a second source whose subject has a relative clause on
// "who" before its own verb of reporting.
func TestN104SecondSourceWithRelative(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Advocates argued that the bill went too far, and several Democrats who backed it said privately that they had misgivings.", "argued", "Advocates", "that the bill went too far"},
		// A relative clause with no verb of reporting after it is the
		// content's own.
		{"Advocates argued that the bill went too far, and that members who backed it had been misled.", "argued", "Advocates", "that the bill went too far, and that members who backed it had been misled"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104MannerVerbs checks verbs of a manner of speaking that report
// a clause ("gushed that …") and nothing after an object ("snapped a
// photo").
func TestN104MannerVerbs(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ann Lee gushed that the actor had found new jokes.", "gushed", "Ann Lee", "that the actor had found new jokes"},
		{"The coach fumed that the referee had missed the foul.", "fumed", "The coach", "that the referee had missed the foul"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	d := run(t, "The vote was close.\n\nAnn Lee snapped a photo of the crowd.")
	if q := find(d, "a photo of the crowd"); q != nil {
		t.Errorf("an object read as a content: %+v", q)
	}
}

// TestN104DemonstrativeSubject checks "those" and "these" before a
// plural subject, before and after the clause.
func TestN104DemonstrativeSubject(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Those people said the plan was bad.", "said", "Those people", "the plan was bad"},
		{"The plan was bad, those officials said.", "said", "those officials", "The plan was bad"},
		{"The plan was bad, these people said.", "said", "these people", "The plan was bad"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104ParticipleAside checks a description with a participle's
// phrase between commas, a date or a court's name in it, before a verb
// that names a phrase in marks.
func TestN104ParticipleAside(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The lawsuit, filed Monday in Corriemoor County Superior Court by Lucian Abernathy-Sole, accuses Sablecrest Records of “systematically shaving” his share.", "systematically shaving", "The lawsuit, filed Monday in Corriemoor County Superior Court by Lucian Abernathy-Sole,", "The lawsuit"},
		{"The lawsuit, filed in May, accuses the firm of “systematically shaving” his share.", "systematically shaving", "The lawsuit, filed in May,", "The lawsuit"},
	})
}

// TestN104OwnReporter checks "told our correspondent", by which papers
// in Nigeria, India and Britain name their own reporter, before the
// content and after it.
func TestN104OwnReporter(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Two witnesses told our correspondent that they heard gunshots.", "told", "Two witnesses", "that they heard gunshots"},
		{"Mr Idris Lawan, 41, told our correspondent he had not had a bath in four days.", "told", "Mr Idris Lawan, 41,", "he had not had a bath in four days"},
		{"The plan would fail, Ann Lee told our correspondent.", "told", "Ann Lee", "The plan would fail"},
		{"The plan would fail, Ann Lee told our correspondent on Friday.", "told", "Ann Lee", "The plan would fail"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104VoicedDescribedName checks a verb that names a phrase in
// marks ("accused … of “…”", "called … “…”") after a description and a
// name in apposition: after "But", after an opening phrase, with a long
// phrase of "of" or a body's short form in brackets, and with the
// description's article kept before a capitalised role.
func TestN104VoicedDescribedName(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"But the chairman, Sani Danbaba, accused the authority of “passing the buck”.", "passing the buck", "the chairman, Sani Danbaba,", "Sani Danbaba"},
		{"But the Chairman of the Association of Haulage Truck Owners, Alhaji Sani Danbaba, accused the authority of “passing the buck”.", "passing the buck", "the Chairman of the Association of Haulage Truck Owners, Alhaji Sani Danbaba,", "Alhaji Sani Danbaba"},
		{"Addressing the crowd, the President of the Congress of Allied Workers (CAW), Comrade Bitrus Yakwal, accused the government of “balancing its books on the backs of the poor”.", "balancing its books on the backs of the poor", "the President of the Congress of Allied Workers (CAW), Comrade Bitrus Yakwal,", "Comrade Bitrus Yakwal"},
		{"The Minority Leader, Peter Lokwang, called the warning “blackmail”.", "blackmail", "The Minority Leader, Peter Lokwang,", "Peter Lokwang"},
	})
}

// TestN104InvertedWho checks a relative clause on "who" after an
// inverted cue's description, kept in a direct quotation's mention as
// in a reported clause's, and left out where it reports words of its
// own.
func TestN104InvertedWho(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“I saw it with my own eyes,” said a vulcaniser who gave his name only as Tanko.", "I saw it with my own eyes,", "a vulcaniser who gave his name only as Tanko", "a vulcaniser"},
		{"“It was bad,” said a man who runs the shop, adding that sales were down.", "It was bad,", "a man who runs the shop", "a man"},
		{"“It was bad,” said a lawyer who argued that the case was weak.", "It was bad,", "a lawyer", "a lawyer"},
	})
}

// TestN104ReadColon checks "read in part:" and "read simply:" before a
// quotation that a text hands on.
func TestN104ReadColon(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The statement read in part: “The President is aware of the pains of this transition.”", "The President is aware of the pains of this transition.", "The statement", "The statement"},
		{"One post on the official forum, which had drawn more than 3,000 replies, read simply: “Pay the people who make the thing.”", "Pay the people who make the thing.", "One post on the official forum, which had drawn more than 3,000 replies,", "One post on the official forum"},
	})
}

// TestN104MadamAndAge checks "Madam", a woman's title in Singapore and
// Malaysian papers, and a description, a name and an age in apposition
// with a "who" clause after them: the name is the person's.
func TestN104MadamAndAge(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Madam Lim Siew Ching, 67, who takes two buses to work, said she would walk.", "she would walk", "Madam Lim Siew Ching, 67, who takes two buses to work,", "Lim Siew Ching"},
		{"Her neighbour, Madam Chan Lai Kuen, 63, said she was not so sure.", "she was not so sure", "Her neighbour, Madam Chan Lai Kuen, 63,", "Chan Lai Kuen"},
		{"Her daughter, Ann Lee, 42, who took over the bakery in 2018, said the shop employs 19 people.", "the shop employs 19 people", "Her daughter, Ann Lee, 42, who took over the bakery in 2018,", "Ann Lee"},
	})
}

// TestN104LongOccasion checks a phrase of occasion with a place in it
// between the one told and "that", and a crowd told something with a
// long phrase after it; "accused … of" keeps its content.
func TestN104LongOccasion(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ann Lee told reporters on the sidelines of a community event in Changkat Lumba on Thursday that the figures were high.", "told", "Ann Lee", "that the figures were high"},
		{"Ann Lee told reporters during a visit to the area on Sunday that the agency would study it.", "told", "Ann Lee", "that the agency would study it"},
		{"Ann Lee told a crowd of several thousand outside the city hall on Saturday night that she would not sign.", "told", "Ann Lee", "that she would not sign"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	checkMentionNames(t, []mentionNameCase{
		{"Sen. Marcus Thibodeaux accused the utility of hiding the size of the increase in a filing “that runs to 1,400 pages and says almost nothing in plain English.”", "that runs to 1,400 pages and says almost nothing in plain English.", "Sen. Marcus Thibodeaux", "Sen. Marcus Thibodeaux"},
	})
}

// TestN104AccordingToLabel checks a source after "according to" that
// ends with a body's name and its short form in brackets.
func TestN104AccordingToLabel(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Prices rose sharply, according to data from the Ministry of Health (MOH).", "Prices rose sharply", "data from the Ministry of Health (MOH)", "data from the Ministry of Health (MOH)"},
		{"Prices rose sharply, according to data from the Ministry of Health.", "Prices rose sharply", "data from the Ministry of Health", "data from the Ministry of Health"},
	})
}

// TestN104BaseFormNotInverted checks that a verb's base form before a
// singular noun phrase at a clause's end is no inverted cue, and that
// before a plural it is.
func TestN104BaseFormNotInverted(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The agency said the approval would become a full one only if two-year results, due in 2028, confirm the benefit.", "said", "The agency", "the approval would become a full one only if two-year results, due in 2028, confirm the benefit"},
		{"The plan will fail, say the analysts.", "say", "the analysts", "The plan will fail"},
		{"The plan will fail, say experts.", "say", "experts", "The plan will fail"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104ThatAfterAside checks "that" after the one told, a phrase of
// time and an aside between commas.
func TestN104ThatAfterAside(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Kelmont’s chief executive, Patrick Lemaistre, told analysts last month, before the report was released, that the company had hired an outside firm.", "told", "Kelmont’s chief executive, Patrick Lemaistre,", "that the company had hired an outside firm"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104AnonParticiple checks a participle's clause that says why a
// source goes unnamed, kept in the mention as a relative clause is; a
// participle of another kind is not.
func TestN104AnonParticiple(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"A shareholder, speaking on condition of anonymity, said the price was high.", "the price was high", "A shareholder, speaking on condition of anonymity,", "A shareholder"},
		{"“It was high,” said a shareholder, speaking on condition of anonymity.", "It was high,", "a shareholder, speaking on condition of anonymity", "a shareholder"},
		{"Ann Lee, speaking to reporters, said the price was high.", "the price was high", "Ann Lee", "Ann Lee"},
	})
}

// TestN104OneOfGroup checks "one" and "another" after an inverted cue,
// alone or with an appositive, as the source's mention.
func TestN104OneOfGroup(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“It was dead,” said one, a senior scientist in the company’s viral vector group.", "It was dead,", "one, a senior scientist in the company’s viral vector group", "one"},
		{"Several scientists were fired. “It was dead,” said another.", "It was dead,", "another", "another"},
	})
}

// TestN104ParticiplePhraseSubject checks a document's subject with a
// participle of a verb of reporting and a month after it, and with its
// agent before the participle.
func TestN104ParticiplePhraseSubject(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"A survey published in March said that hospitals would face shortages.", "that hospitals would face shortages", "A survey published in March", "A survey"},
		{"A review by the Healthcare Quality Council published in March had warned that hospitals would face shortages.", "that hospitals would face shortages", "A review by the Healthcare Quality Council published in March", "A review by the Healthcare Quality Council"},
		{"The pilots in April walked out and said that they were tired.", "that they were tired", "The pilots", "The pilots"},
	})
}

// TestN104OneOfPeople checks an appositive "one of" a plural of persons
// after a name's age and place, kept in the mention; "one of the
// states …" after a place describes the place.
func TestN104OneOfPeople(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"\"It was bad,\" said Ann Lee, 55, of Bramhall, one of 40 people who spoke.", "It was bad,", "Ann Lee, 55, of Bramhall, one of 40 people who spoke", "Ann Lee"},
		{"\"It was bad,\" said Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency.", "It was bad,", "Scott Pruitt, the attorney general of Oklahoma,", "Scott Pruitt"},
	})
}

// TestN104PhraseThenIt checks a clause with "it" for its subject after
// a phrase of occasion and a day, with no "that".
func TestN104PhraseThenIt(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The company said in a filing Tuesday it would cut 300 jobs.", "said", "The company", "it would cut 300 jobs"},
		{"The company said in a statement it would cut 300 jobs.", "said", "The company", "it would cut 300 jobs"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	d := run(t, "The vote was close.\n\nThe company said in a statement it issued on Monday.")
	if q := find(d, "it issued on Monday"); q != nil {
		t.Errorf("a relative clause read as the content: %+v", q)
	}
}

// TestN104AccordingToWho checks a leading "according to" with a name
// and a clause of "who" after it: the clause is the mention's, the
// clause after it the content.
func TestN104AccordingToWho(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"According to Ann Lee, who chairs the finance committee, the budget is balanced.", "According to", "Ann Lee, who chairs the finance committee,", "the budget is balanced"},
		{"According to Ann Lee, the mayor, the budget is balanced.", "According to", "Ann Lee, the mayor,", "the budget is balanced"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104OccasionInAside checks a cue between commas with a phrase of
// the occasion after it: the clause resumes after the aside.
func TestN104OccasionInAside(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The officers, Ruiz said in an interview, had acted lawfully.", "said", "Ruiz", "The officers | had acted lawfully"},
		{"The officers, Ruiz said at a news conference, had acted lawfully.", "said", "Ruiz", "The officers | had acted lawfully"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104AcronymNotHeShe checks that "she" does not stand for a body's
// short form in capitals that spoke last, but for the person before it.
func TestN104AcronymNotHeShe(t *testing.T) {
	d := run(t, "The vote was close.\n\nHealth Minister Lee Mei Yoong said the waits were long. The Ministry of Health (MOH) would open 180 beds, according to MOH.\n\n“We know the waits are hard,” she wrote.")
	q := find(d, "We know the waits are hard,")
	if q == nil || q.Speaker.Name != "Health Minister Lee Mei Yoong" {
		t.Errorf("speaker of “We know the waits are hard”: %+v, want Health Minister Lee Mei Yoong", q)
	}
	for _, tt := range []struct {
		name string
		want bool
	}{{"MOH", true}, {"the HTB", true}, {"NATO", true}, {"Ann", false}, {"McDONALD", false}, {"A", false}} {
		if got := n104Acronym(tt.name); got != tt.want {
			t.Errorf("n104Acronym(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestN104RoleOpens checks a capitalised role and its phrase with no
// article before a name in apposition, and the second verb that shares
// the mention.
func TestN104RoleOpens(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Counsel to the company, Mr Tunde Ajibola, argued that the residents were trespassers, and urged the court to discharge the order.", "argued", "Counsel to the company, Mr Tunde Ajibola,", "that the residents were trespassers"},
		{"Counsel to the company, Mr Tunde Ajibola, argued that the residents were trespassers, and urged the court to discharge the order.", "urged", "Counsel to the company, Mr Tunde Ajibola,", "the court to discharge the order"},
		{"Chairman of the board, Ann Lee, said the plan failed.", "said", "Chairman of the board, Ann Lee,", "the plan failed"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN104AgentThenTime checks a participle's agent and a phrase of
// time after it, both the subject's.
func TestN104AgentThenTime(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"A statement released by the ministry on Monday said the plan failed.", "the plan failed", "A statement released by the ministry on Monday", "A statement"},
		{"Ann Ortiz on Tuesday said the plan failed.", "the plan failed", "Ann Ortiz", "Ann Ortiz"},
	})
}
