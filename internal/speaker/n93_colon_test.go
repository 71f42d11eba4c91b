package speaker

import "testing"

// TestN93Readings checks the readings of set M's first round: a colon
// introduction with an appositive, a verb of posting far before its
// colon, a medium and a time before "that", a number before "said", a
// short past in "-ed" after a subject, and a party label of two words.
func TestN93Readings(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Fans were grim. Derek Annan, 71, a season-ticket holder since 1979: ‘I’ve seen us relegated four times.’", "I’ve seen us", "Derek Annan, 71, a season-ticket holder since 1979", "Derek Annan"},
		{"Fans were grim. Sheila Braddock, 58, from Ellerby: ‘They sold the ground.’", "They sold the ground", "Sheila Braddock, 58, from Ellerby", "Sheila Braddock"},
		{"Fans were grim. Delia Marchetti, 15, who weeds her grandmother’s plot on Saturdays: “Nobody asked the kids.”", "Nobody asked", "Delia Marchetti, 15, who weeds her grandmother’s plot on Saturdays", "Delia Marchetti"},
		{"The club’s record goalscorer, Ade Olusanya, wrote on social media on Sunday evening, beneath a photograph of the main stand: ‘Not on my watch.’", "Not on my watch", "The club’s record goalscorer, Ade Olusanya,", "Ade Olusanya"},
		{"Ann Lee wrote on social media during the debate that the plan had failed.", "that the plan had failed", "Ann Lee", "Ann Lee"},
		{"A father of two said the real trouble was the hallway.", "the real trouble was", "A father of two", "A father"},
		{"Sixty tenants of the Larkspur Court apartments in Marlow Forge sued the company Monday, saying that it left them cold.", "that it left them cold", "Sixty tenants of the Larkspur Court apartments in Marlow Forge", "Sixty tenants"},
		{"The committee’s chairman, state Sen. Lyle Haberman, R-Pine Harbor, said he had no interest.", "he had no interest", "The committee’s chairman, state Sen. Lyle Haberman, R-Pine Harbor,", "Sen. Lyle Haberman"},
		// A participle phrase between commas is the mention's.
		{"The club’s most recent accounts, filed in March, show that it lost £640,000 in the year.", "that it lost", "The club’s most recent accounts, filed in March,", "The club’s most recent accounts"},
		{"The study, titled \"Drawdown at Tessel Ridge,\" found that the drop could reach 11 feet.", "that the drop", "The study, titled \"Drawdown at Tessel Ridge,\"", "The study"},
		{"A district survey of 3,100 students, released last month, found that 71 percent opposed a ban.", "that 71 percent", "A district survey of 3,100 students, released last month,", "A district survey of 3,100 students"},
		{"The letter, signed by the managing director of Pennick Care, Gillian Pennick, said the home had lost money.", "the home had lost", "The letter, signed by the managing director of Pennick Care, Gillian Pennick,", "Gillian Pennick"},
		// "A father of two" is a noun phrase; "posted" reports a clause.
		{"A father of two, who gave his name only as Greg, said the real trouble was the hallway.", "the real trouble", "A father of two, who gave his name only as Greg,", "A father of two"},
		{"Its founder, Tomasz Wierzbicki, posted on Saturday that families would hold a vigil.", "that families would", "Its founder, Tomasz Wierzbicki,", "Tomasz Wierzbicki"},
		{"Ann Lee herself posted on X on Saturday evening that she had delivered more.", "that she had delivered", "Ann Lee herself", "Ann Lee herself"},
		// "State" before a title is the name's; a part of a group
		// describes the name after it.
		{"“We will win,” State Auditor Ann Lee said.", "We will win", "State Auditor Ann Lee", "State Auditor Ann Lee"},
		{"One of them, Dariusz Kowalczyk, 58, said he had not had a lunch break.", "he had not had", "One of them, Dariusz Kowalczyk, 58,", "Dariusz Kowalczyk"},
		// A trailing source's name or participle phrase to the end.
		{"The quake struck at dawn, according to the seismological institute in the capital, Irvesk.", "The quake struck", "the seismological institute in the capital, Irvesk", "the seismological institute in the capital"},
		{"Several members had questioned the rise, according to minutes of the board’s meeting, released last month.", "Several members had", "minutes of the board’s meeting, released last month", "minutes of the board’s meeting"},
		// A participle between the article and a body's name.
		{"A divided High Court of Review on Thursday struck down a law, ruling that the requirement violated donors' rights.", "that the requirement", "A divided High Court of Review", "High Court of Review"},
		// A second relative clause, a work written, a possessive
		// pronoun before a participle phrase.
		{"A Keystrand executive who attended the hearing, and who asked not to be named because the company has not decided, said the proposal was unworkable.", "the proposal was", "A Keystrand executive who attended the hearing, and who asked not to be named because the company has not decided,", "A Keystrand executive"},
		{"Councilwoman Ann Lee, who represents the 3rd Ward and wrote the amendment, said that the department had overspent.", "that the department", "Councilwoman Ann Lee, who represents the 3rd Ward and wrote the amendment,", "Councilwoman Ann Lee"},
		{"Its complaint, filed in Ossian County Superior Court, says that the formula has not been updated.", "that the formula", "Its complaint, filed in Ossian County Superior Court,", "Its complaint"},
		// A phrase in marks ends the first verb's content; "but" joins
		// the second verb to the same subject.
		{"A spokeswoman, Ann Lee, acknowledged that some units “continue to feel the strain” but said the trend was “clearly in the right direction.”", "the trend was", "A spokeswoman, Ann Lee,", "Ann Lee"},
		// A reduced relative before a participle phrase in commas.
		{"A 2019 report commissioned by the Department of Education, titled “Costing Out Adequacy,” concluded that the figure should be higher.", "that the figure", "A 2019 report commissioned by the Department of Education, titled “Costing Out Adequacy,”", "A 2019 report commissioned by the Department of Education"},
		// A headline's label of a person before its colon.
		{"Care home owner: “We ran out of road”\n\nThe home will close.", "We ran out", "Care home owner", "Care home owner"},
		// A restrictive clause and a second one after ", and who".
		{"A strategist who works for no one, and who asked not to be named because he advises clients, said the voters were angry.", "the voters were", "A strategist who works for no one, and who asked not to be named because he advises clients,", "A strategist"},
		// A restrictive clause saying why the source goes unnamed, its
		// reason after "because" running to the cue.
		{"An emergency department nurse who has worked at St. Aldric’s for 11 years and asked not to be named because she feared for her job said patients had waited in hallway beds.", "patients had waited", "An emergency department nurse who has worked at St. Aldric’s for 11 years and asked not to be named because she feared for her job", "An emergency department nurse"},
		// A surname in -ly after a given name.
		{"At the ceremony, Mayor Oona Farrelly told the crowd that the city would fix a plaque.", "that the city would", "Mayor Oona Farrelly", "Mayor Oona Farrelly"},
		// A relative clause before the cue: no inverted reading.
		{"Ed Moss, who called it “reckless,” said the plan failed.", "the plan failed", "Ed Moss", "Ed Moss"},
	})
	// A medium is no topic: "wrote on social media" reports nothing
	// where no "that" follows; "posts" after a noun is a noun, and
	// "Post" after a capital a newspaper's name.
	d := run(t, "The vote was close.\n\nAnn Lee wrote on social media on Sunday about the vote. Against the wall stood a dish, while, between the veranda posts, could be seen a fig.\n\nWashington Post Hit Piece Exploits Voter")
	d2 := run(t, "The vote was close.\n\nHalloran painted the portrait in 1871. Public comment ran past 10 p.m. The report was late. A woman who lives next door and asked not to be identified because she fears retaliation said she heard shouting.")
	for _, w := range []string{"the portrait", "ran past", "was late", "retaliation said"} {
		if q := find(d2, w); q != nil {
			t.Errorf("%q read as words: %+v", w, q)
		}
	}
	for _, w := range []string{"social media", "Against the wall", "Hit Piece"} {
		if q := find(d, w); q != nil {
			t.Errorf("%q read as words: %+v", w, q)
		}
	}
}
