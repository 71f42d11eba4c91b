package speaker

import "testing"

// TestN102Contents checks the fortieth session's content readings: a
// place's preposition after the addressee ("told reporters outside
// parliament that"), a content read before a trailing cue that a
// clause resumes after ("…, he said, and walked off"), and a content
// that ends before a pronoun's cue opening a quotation ("…, he said:
// “…”").
func TestN102Contents(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Roberto Salvane told reporters outside parliament that his party was ready.", "told", "Roberto Salvane", "that his party was ready"},
		{"Ana Ruiz told the broadcaster outside the court that she was innocent.", "told", "Ana Ruiz", "that she was innocent"},
		{"Ed Lo told aides near the border that the road was closed.", "told", "Ed Lo", "that the road was closed"},
		{"Roberto Salvane spoke on Monday. He argued the deal was fair, he said, and walked off.", "argued", "He", "the deal was fair"},
		{"Roberto Salvane spoke on Monday. He argued the deal was fair, he said, and walked off.", "said", "he", "He argued the deal was fair | and walked off"},
		{"Roberto Salvane spoke on Monday. He would consider governing with the party, he said: \"I will talk to anyone.\"", "consider", "He", "governing with the party"},
		// A base form is no trailing cue's verb: "her proudest boast"
		// is a noun phrase, and the content before it runs on.
		// "her" and a noun told, then a clause with its own subject.
		{"Ann Reed told her family she was going.", "told", "Ann Reed", "she was going"},
		{"Ann Reed told her aides were lying.", "told", "Ann Reed", "aides were lying"},
		// A bounded count before a past: the clause's subject.
		{"The press freedom group Open Page said at least 14 journalists remained in prison.", "said", "The press freedom group Open Page", "at least 14 journalists remained in prison"},
		// A dateline with a country's name in capitals and small
		// letters; a plural subject with a verb no list knows.
		{"ZAMIRSK, Orvania (HP) — Orvania's military said Wednesday that its forces had recaptured the town.", "said", "Orvania's military", "that its forces had recaptured the town"},
		{"Orvania says its troops retook Hollek.", "says", "Orvania", "its troops retook Hollek"},
		// An addressee with an adjective in -ing, then a place with a
		// possessive.
		{"Ilona Sardova told cheering supporters outside her campaign headquarters that the vote had been stolen.", "told", "Ilona Sardova", "that the vote had been stolen"},
		// A day with "late" or "early" before the content.
		{"Tomas Hrelic, the mayor, said late Tuesday that the hall was full.", "said", "Tomas Hrelic, the mayor,", "that the hall was full"},
		{"Ann Lee said early Friday that it was over.", "said", "Ann Lee", "that it was over"},
		// A phrase of the medium between the addressee and "that".
		{"Ann Lee told reporters over the phone that it was late.", "told", "Ann Lee", "that it was late"},
		{"Ed Moss told the agency via video link that he was safe.", "told", "Ed Moss", "that he was safe"},
		{"Ed Moss told reporters by telephone that he was safe.", "told", "Ed Moss", "that he was safe"},
		{"I have understood that it was, to the last, her proudest boast, that she had never been on the water in her life.", "understood", "I", "that it was, to the last, her proudest boast, that she had never been on the water in her life"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN102Mentions checks the fortieth session's mentions: a clause of
// "which" after a body's appositive is the mention's, and after a
// person's too since the fifty-third session (the team's news sets
// keep it; PolNeAR reads it as the body's and leaves it out), and a clause of "who" whose verb is a deed, not a saying
// ("who argued the case in June", "who answered a handwritten ad"),
// describes the speaker.
func TestN102Mentions(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The drug’s maker, Verrall Pharma, which paid for the trial, said it would apply for a licence.", "it would apply", "The drug’s maker, Verrall Pharma, which paid for the trial,", "Verrall Pharma"},
		{"The study, known as Lumen-4, which followed 11,400 patients in 14 countries, found that the drug worked.", "that the drug worked", "The study, known as Lumen-4, which followed 11,400 patients in 14 countries,", "The study"},
		{"Rick Danowski, the president of the Police Benevolent Association, which represents about 1,400 officers, said that the cut would hurt.", "that the cut would hurt", "Rick Danowski, the president of the Police Benevolent Association, which represents about 1,400 officers,", "Rick Danowski"},
		{"Noor Halvorsen, the league's lead lawyer, who argued the case in June, said the law was unfair.", "the law was unfair", "Noor Halvorsen, the league's lead lawyer, who argued the case in June,", "Noor Halvorsen"},
		{"The districts’ lead lawyer, Miriam Sayle-Bose, who argued a similar case before the state Supreme Court in 2004, said that the state had known.", "that the state had known", "The districts’ lead lawyer, Miriam Sayle-Bose, who argued a similar case before the state Supreme Court in 2004,", "Miriam Sayle-Bose"},
		{"Tobias Wendt-Okafor, 58, who answered a handwritten ad in the window in 2003, said that the owner had taught him.", "that the owner had taught him", "Tobias Wendt-Okafor, 58, who answered a handwritten ad in the window in 2003,", "Tobias Wendt-Okafor"},
		// A clause of "who" completed by "as" and its phrase.
		{"A man who identified himself as a spokesman for the group told reporters that the engineers had been released.", "that the engineers", "A man who identified himself as a spokesman for the group", "A man"},
		{"A woman who worked as a nurse there said the ward was full.", "the ward was full", "A woman who worked as a nurse there", "A woman"},
		// A reason to go unnamed with the name given in place of the
		// full one.
		{"Renvik’s brother, who asked to be identified only by his first name, Daniel, because he still lives and works in Zerhan, said he had been allowed to see her.", "he had been allowed", "Renvik’s brother, who asked to be identified only by his first name, Daniel, because he still lives and works in Zerhan,", "Renvik’s brother"},
		{"A student, who asked to be identified only as Katya because her parents work for a state company, said she had not told her family she was going.", "she had not told", "A student, who asked to be identified only as Katya because her parents work for a state company,", "A student"},
		// A body's name with a plural's possessive, called a body in
		// its appositive, at the sentence's start.
		{"Reporters’ Shield, a press-freedom group, said the trial was unfair.", "the trial was unfair", "Reporters’ Shield, a press-freedom group,", "Reporters’ Shield"},
		// A phrase that ends in the name its appositive describes.
		{"Observers from the League of Northern States, a regional body that sent 140 monitors, said that voting had been fair.", "that voting", "Observers from the League of Northern States, a regional body that sent 140 monitors,", "Observers from the League of Northern States"},
		{"In a statement to the board, Ed Moss, a lawyer, said it was fair.", "it was fair", "Ed Moss, a lawyer,", "Ed Moss"},
		// A second verb after "and" shares the description with its
		// name that the first verb's subject is.
		{"The leader of the opposition Liberty Party, Leif Aasvik, accused the government of \"rewarding hostage-taking\" and warned that the swap would put every citizen at greater risk.", "that the swap", "The leader of the opposition Liberty Party, Leif Aasvik,", "Leif Aasvik"},
		// A description that ends in a preposition's object pronoun.
		{"A woman stood in line. The man behind him, Julio Sarmant, who sells household appliances, said he had stopped taking orders.", "he had stopped", "The man behind him, Julio Sarmant, who sells household appliances,", "Julio Sarmant"},
		// A participle's phrase of time in the subject.
		{"A joint statement released after the meeting said the two countries had agreed.", "the two countries had agreed", "A joint statement released after the meeting", "A joint statement"},
		{"A statement released on Monday said the two countries had agreed.", "the two countries had agreed", "A statement released on Monday", "A statement"},
		{"Ann Ortiz on Tuesday said the two countries had agreed.", "the two countries had agreed", "Ann Ortiz", "Ann Ortiz"},
		// "Sir" before the name is the mention's.
		{"Writing in the Sunday Beacon, Sir Crispin Wardlaw, a former director, argued that expulsions rarely worked.", "that expulsions", "Sir Crispin Wardlaw, a former director,", "Crispin Wardlaw"},
		// "of the" and a body's name after the name: where the
		// speaker works.
		{"‘If they arrest her, they make her a martyr,’ said Dora Feketeh, of the Central Castrelian University.", "If they arrest", "Dora Feketeh, of the Central Castrelian University", "Dora Feketeh"},
		// "seen by" a paper: a participle's phrase in the subject.
		{"A prosecution filing seen by this newspaper shows that the men are accused.", "that the men", "A prosecution filing seen by this newspaper", "A prosecution filing"},
		// A bare plural with its reason to go unnamed, which ends at
		// the verb of saying.
		{"Officials who spoke on condition of anonymity because they were not authorised to discuss the talks said Vostren wanted two officers.", "Vostren wanted", "Officials who spoke on condition of anonymity because they were not authorised to discuss the talks", "Officials"},
		{"The officials who spoke on condition of anonymity because they were not authorized to discuss the talks said Vostren wanted two officers.", "Vostren wanted", "The officials who spoke on condition of anonymity because they were not authorized to discuss the talks", "The officials"},
		// A participle's agent with its appositive, before the cue.
		{"An assessment published last week by the Hunger Classification Panel, a technical body funded by governments, estimated that 310,000 people were living in catastrophe.", "that 310,000", "An assessment published last week by the Hunger Classification Panel, a technical body funded by governments,", "An assessment"},
		// An age that ends the sentence after the name.
		{"“Everybody has a phone,” said the owner, Stefan Orlei, 52. “Nobody orders food.”", "Everybody", "the owner, Stefan Orlei, 52", "Stefan Orlei"},
		// "its" before those who own or run a body, in a trailing cue;
		// a bare plural told after it.
		{"Intro line here.\n\nA late-stage trial has been stopped early, its maker, Veradyne Therapeutics, said on Monday.", "A late-stage trial", "its maker, Veradyne Therapeutics,", "Veradyne Therapeutics"},
		{"Intro line here.\n\nAlder House will close at the end of April, its owners told families in a letter on Friday.", "Alder House", "its owners", "its owners"},
		// "state" between an article and a body's name.
		{"Intro line here.\n\nThe bridge will close on March 3, the state Department of Transportation said on Friday.", "The bridge", "the state Department of Transportation", "Department of Transportation"},
		// Figures and records that show, after the clause.
		{"Intro line here.\n\nOne man waited 41 hours on a trolley before a bed was found for him, the figures show.", "One man", "the figures", "the figures"},
		{"Intro line here.\n\nOnly 81 percent of kindergartners had received both doses last year, state records show.", "Only 81", "state records", "state records"},
		// A trailing cue after a long description and a name.
		{"Intro line here.\n\nThe treaty passed 91-86, the speaker of the National Assembly, Ansgar Rindahl, announced.", "The treaty", "the speaker of the National Assembly, Ansgar Rindahl,", "Ansgar Rindahl"},
		{"Intro line here.\n\nInflation is cooling too slowly for the bank to cut rates, the Reserve Bank of Valmaren's deputy governor, Annika Threlfall, said.", "Inflation", "the Reserve Bank of Valmaren's deputy governor, Annika Threlfall,", "Annika Threlfall"},
		{"Intro.\n\nCmdr. Aurel Strunk, who directed the search from a cutter for most of the day, said that the numbers were often wrong.", "that the numbers", "Cmdr. Aurel Strunk, who directed the search from a cutter for most of the day,", "Cmdr. Aurel Strunk"},
		// A clause of "who" that reports still ends the mention.
		{"Ed Moss, the lawyer, who argued that the law was void, said the ruling was wrong.", "the ruling was wrong", "Ed Moss, the lawyer,", "Ed Moss"},
	})
}

// TestN102ToldSpeakers checks that the one "told" spoke to is not whom
// a later sentence's "he" or "she" means while the teller fits, and
// that in the teller's own sentence the addressee still may be.
func TestN102ToldSpeakers(t *testing.T) {
	for _, tt := range []speakerCase{
		{"Bogdar Sorokane, the ministry's chief spokesman, told Harborline Press by telephone that fighting was continuing. \"The enemy has taken some streets,\" he said.", "The enemy", "Bogdar Sorokane"},
		{"Kasimir Straubel told Harborline that officers had taken her away. \"This is not policing,\" he said.", "This is", "Kasimir Straubel"},
	} {
		checkSpeakerName(t, tt)
	}
}

// TestN102OwnedWords checks that the owner of a claim whose words in
// marks say what the claim is did not say them, and that a possessor
// is passed over for a "she" next to single marks as next to double
// ones.
func TestN102OwnedWords(t *testing.T) {
	for _, tt := range []speakerCase{
		{"Mila Delev said that Kolvenia’s claim to the waters was “a fantasy drawn on a napkin in 1951”.", "a fantasy", "Mila Delev"},
		{"His counterpart, Mila Delev, said in a televised interview that Kolvenia’s claim to the waters was ‘a fantasy drawn on a napkin in 1951’. ‘These are our waters,’ she said.", "These are", "Mila Delev"},
		// The claim "that" … is its owner's words.
		{"Politifact seized on Trump’s claim that there have been “thousands of shootings” in the city.", "thousands", "Trump"},
	} {
		checkSpeakerName(t, tt)
	}
}

// TestN102DescribedSpeakers checks that a description stays whom "she"
// means across a name of no known sex in its own phrase, and that a
// description a pronoun means gives the name it stands for.
func TestN102DescribedSpeakers(t *testing.T) {
	for _, tt := range []speakerCase{
		{"‘Every document they asked for, we gave them,’ said Annelise Korvacs. A spokeswoman for Vostren’s customs service said the convoy had been stopped. She insisted that inspectors had found ‘irregularities’ in the manifests.", "irregularities", "A spokeswoman"},
		{"Mayor Ruth Halvorsen-Pike told the crowd that the city would keep the volumes. The mayor has sparred with the editor for years, and she looked across the room. “She has cost me more sleep than my children did,” she joked.", "She has cost", "Ruth Halvorsen-Pike"},
	} {
		checkSpeakerName(t, tt)
	}
}

// TestN102ChainedAcrossParagraph checks that a "she" tagging the
// quotation that opens a paragraph goes on with the "She" that opens
// the last sentence of the paragraph before.
func TestN102ChainedAcrossParagraph(t *testing.T) {
	checkSpeakerName(t, speakerCase{"‘Every document they asked for, we gave them,’ said Annelise Korvacs.\n\nA spokeswoman for the customs service said the convoy had been stopped. She insisted that inspectors had found errors in the manifests.\n\n‘We are not a warehouse,’ she said. ‘We are a border.’", "We are not", "A spokeswoman"})
}

// TestN102SubjectBefore checks that a name of no known sex that is the
// subject of the sentence right before a quotation is whom its "he"
// means, before a man named further back.
func TestN102SubjectBefore(t *testing.T) {
	checkSpeakerName(t, speakerCase{"Tomas Hrelic, the mayor, said late Tuesday that the hall was full.\n\nAsked whether he would ever try the crossing again, Yusef looked out at the water for a long moment. “I have nothing to go back to,” he said.", "I have nothing", "Yusef"})
}

// TestN102Reporter checks that the subject who reports a sentence is
// whom the next quotation's "she" means, not a woman named in the
// words reported.
func TestN102Reporter(t *testing.T) {
	for _, tt := range []speakerCase{
		{"The head of the mission, Gunnhild Sarrow, told reporters it was too early.\n\nSarrow said she had met separately with Donescu and Sardova on Monday and had urged both to take their dispute to the courts. “I told her what I told him,” she said.", "I told her", "Gunnhild Sarrow"},
		{"Prime Minister Marisela Amaro-Vey said in a statement that she had canceled a visit abroad and would chair an emergency Cabinet meeting on Tuesday. \"Listen to the officials, not to rumors,\" she wrote.", "Listen to", "Prime Minister Marisela Amaro-Vey"},
	} {
		checkSpeakerName(t, tt)
	}
}

// TestN102NoNameReading checks that a name given in place of the full
// one reports nothing: "asked to be identified only as Katya" is no
// passive of reporting nor an attribution of "asked".
func TestN102NoNameReading(t *testing.T) {
	d := run(t, "A student, who asked to be identified only as Katya because her parents work for a state company, said she was going.")
	for _, q := range d.Quotes {
		if c := d.Text[q.Cue.Start:q.Cue.End]; c != "said" {
			t.Errorf("reading with the cue %q: %q", c, q.Words(d.Text))
		}
	}
}

// TestN102SemicolonClause checks that a phrase in marks after a
// semicolon is the clause's own subject's, not the sentence's first.
func TestN102SemicolonClause(t *testing.T) {
	checkSpeakerName(t, speakerCase{"Intro.\n\nOrvania says its troops retook Hollek; Talmessa calls claim 'a fantasy'\n\nBody text here.", "a fantasy", "Talmessa"})
}

// TestN102ItBetweenPieces checks that "it says" between the pieces of
// a split quotation names the text before it, as after a quotation.
func TestN102ItBetweenPieces(t *testing.T) {
	checkSpeakerName(t, speakerCase{"The report ends with a warning. ‘By the time famine is declared,’ it says, ‘people have already been dying of it for weeks.’", "By the time", "The report"})
}

// TestN102TitleInMention checks that a work's title in single marks
// after "of" or a noun of a work is the mention's, and that the
// speaker's next quotation goes on past it.
func TestN102TitleInMention(t *testing.T) {
	d := run(t, "Intro line.\n\n‘The question is a moral one’, said Anil Bhatnagar-Rowe, who wrote the 2019 study ‘Light on the Mill Floor’. ‘The council could probably sell it.’")
	q := find(d, "The question")
	if q == nil {
		t.Fatal("no quotation")
	}
	if m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m != "Anil Bhatnagar-Rowe, who wrote the 2019 study ‘Light on the Mill Floor’" {
		t.Errorf("mention %q", m)
	}
	if len(q.Content) != 2 {
		t.Errorf("%d pieces, want 2: the quotation after the title goes on", len(q.Content))
	}
}

// TestN102ParticipleBeforeNoun checks that a participle before its noun
// in an opening phrase ("In a brief written statement, she …") is not
// the sentence's main verb, whose subject a second verb shares.
func TestN102ParticipleBeforeNoun(t *testing.T) {
	checkSpeakerName(t, speakerCase{"Intro.\n\nPresident Ana Lee was more cautious than her generals. In a brief written statement, she thanked the troops for their courage but said the offensive \"is not finished.\"", "is not finished", "President Ana Lee"})
}

// TestN102ColonTexts checks a text that reads out or goes on before a
// colon: its words are the text's.
func TestN102ColonTexts(t *testing.T) {
	for _, tt := range []speakerCase{
		{"Intro.\n\nThe letter, which the family has shared with this newspaper, goes on: ‘My grandfather kept a photograph of this painting on his desk.’", "My grandfather", "The letter"},
		{"Intro.\n\nThe sign on the door read: “Closed until further notice.”", "Closed until", "The sign"},
	} {
		checkSpeakerName(t, tt)
	}
}
