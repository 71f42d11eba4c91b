package speaker

import "testing"

// TestN113ProfessionTitles checks the titles of the professions that
// Nigerian papers write short before a name: "Pharm." (a pharmacist),
// "Arc." (an architect) and "Barr." (a barrister) belong to the mention
// and end no sentence.
func TestN113ProfessionTitles(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The chairman of the guild, Pharm. Ada Obi-Eze, lamented that the markets were still open.", "that the markets were still open", "The chairman of the guild, Pharm. Ada Obi-Eze,", "Pharm. Ada Obi-Eze"},
		{"The head of the agency, Arc. Femi Ode, told reporters on Monday that the owner had been warned.", "that the owner had been warned", "The head of the agency, Arc. Femi Ode,", "Arc. Femi Ode"},
		{"“Why was the loss not shown?” asked Barr. Uche Eze, a lawyer who has held shares since 1991.", "Why was the loss not shown?", "Barr. Uche Eze, a lawyer who has held shares since 1991", "Barr. Uche Eze"},
	})
}

// TestN113OccasionAside checks a phrase of the occasion between commas
// after a name's appositive and before the cue: no part of the mention,
// as it is none without the commas.
func TestN113OccasionAside(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The Commissioner for Health, Dr. Ada Okolo, in a statement, urged residents to buy medicines only from pharmacies.", "residents to buy medicines only from pharmacies", "The Commissioner for Health, Dr. Ada Okolo,", "Dr. Ada Okolo"},
		{"The commissioner, Ann Lee, in a statement on Friday, said residents should leave.", "residents should leave", "The commissioner, Ann Lee,", "Ann Lee"},
		{"The union, at a news conference in the capital, said the strike would go on.", "the strike would go on", "The union", "The union"},
		// A phrase of place is no occasion: the mention keeps it.
		{"The head of the clinic, Ann Lee, in the town, said the water was bad.", "the water was bad", "The head of the clinic, Ann Lee, in the town,", "Ann Lee"},
	})
}

// TestN113AdverbAfterPronoun checks a reported clause whose pronoun
// subject has an adverb that is a function word before its verb.
func TestN113AdverbAfterPronoun(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"A teacher, Mrs. Ann Lee, who lives on the edge of the city, said she now spent twice as much on transport.", "she now spent twice as much on transport", "A teacher, Mrs. Ann Lee, who lives on the edge of the city,", "Mrs. Ann Lee"},
		{"Ann Lee said they still want answers.", "they still want answers", "Ann Lee", "Ann Lee"},
	})
	d := run(t, "Ann Lee said she now.")
	if q := find(d, "she now"); q != nil {
		t.Errorf("a pronoun and an adverb with no verb read as a clause: %+v", q)
	}
}

// TestN113StatePolice checks a trailing cue whose subject is a cue word
// as a noun before a plural without -s ("state police").
func TestN113StatePolice(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The truck was found at the trailhead shortly before 10 that night, state police said.", "The truck was found at the trailhead shortly before 10 that night", "state police", "state police"},
		{"The truck was found, the state police said on Friday.", "The truck was found", "the state police", "the state police"},
	})
}

// TestN113QuantifierAlone checks a reported clause whose subject is a
// quantifier alone or with "of" and a pronoun.
func TestN113QuantifierAlone(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Lee insisted that no firm had walked away and said all of them had signed agreements.", "all of them had signed agreements", "Ann Lee", "Ann Lee"},
		{"Ann Lee said most of us would stay.", "most of us would stay", "Ann Lee", "Ann Lee"},
		{"Ann Lee said both were wrong.", "both were wrong", "Ann Lee", "Ann Lee"},
	})
}

// TestN113ThenVerb checks ", then" and a second verb of reporting: the
// first content ends at the comma and the second verb has the first's
// subject.
func TestN113ThenVerb(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Lee said she had not decided, then said she probably would.", "she had not decided", "Ann Lee", "Ann Lee"},
		{"Ann Lee said she had not decided, then said she probably would.", "she probably would", "Ann Lee", "Ann Lee"},
	})
	d := run(t, "Ann Lee said the offer was good, then it fell.")
	if q := find(d, "the offer was good, then it fell"); q == nil {
		t.Errorf("a clause after “, then” with a subject of its own was cut from the content")
	}
}

// TestN113PerfectAfterPlural checks a bare plural before a present
// perfect's cue, trailing and opening; a past perfect in a comparison
// stays no attribution.
func TestN113PerfectAfterPlural(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"He spent the money on a villa over seven years, prosecutors have alleged.", "He spent the money on a villa over seven years", "prosecutors", "prosecutors"},
		{"Officials have said the villa was bought with the money.", "the villa was bought with the money", "Officials", "Officials"},
	})
	d := run(t, "They argued that its cost, about $2 trillion, was far more than party leaders had promised.")
	if q := find(d, "They argued that its cost, about $2 trillion"); q != nil {
		t.Errorf("a comparison with a past perfect read as a trailing cue: %+v", q)
	}
}

// TestN113CountedSubjects checks reported clauses whose subject counts:
// "only" and an amount, "no" and a noun with "between", "all but" and a
// number, and "All but one" as a cue's subject.
func TestN113CountedSubjects(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The agencies called for money, saying only 23 per cent of the $640 million sought had arrived.", "only 23 per cent of the $640 million sought had arrived", "The agencies", "The agencies"},
		{"Ann Lee said no meeting between the two leaders had been scheduled.", "no meeting between the two leaders had been scheduled", "Ann Lee", "Ann Lee"},
		{"Ann Lee said all but two of the nurses had left.", "all but two of the nurses had left", "Ann Lee", "Ann Lee"},
		{"The paper spoke to nine nurses. All but one said their units had run below the targets.", "their units had run below the targets", "All but one", "All but one"},
	})
}

// TestN113MarkedSubject checks a subject whose appositive or relative
// clause ends with a title in marks, the comma inside or after them.
func TestN113MarkedSubject(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Kettlebrook Games, the studio behind the space western “Ashfall Reach,” said on Tuesday that it was laying off 140 people.", "that it was laying off 140 people", "Kettlebrook Games, the studio behind the space western “Ashfall Reach,”", "Kettlebrook Games"},
		{"Jonas Ekker, who owns the trawler, the \"Marit II,\" said he had spoken to its skipper.", "he had spoken to its skipper", "Jonas Ekker, who owns the trawler, the \"Marit II,\"", "Jonas Ekker"},
	})
}

// TestN113MostAfterAnd checks "most" alone as the subject of a second
// clause after ", and", as "Most" is at a sentence's start.
func TestN113MostAfterAnd(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Lee said the offer was good, and most said they liked it.", "they liked it", "most", "most"},
	})
}

// TestN113FindingAside checks a verb of finding out in an aside in the
// middle of a clause; at a sentence's end it stays no report.
func TestN113FindingAside(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Most units had been upright. The problem, the engineers found, was in the cord, not the switch.", "The problem … was in the cord, not the switch", "the engineers", "the engineers"},
	})
	d := run(t, "The body was in the car, the police found.")
	if q := find(d, "The body was in the car"); q != nil {
		t.Errorf("a finding at a sentence's end read as a report: %+v", q)
	}
}

// TestN113HeadlineTells checks a headline's trailing "tells" with a
// bare subject and an addressee; body prose stays as it was read.
func TestN113HeadlineTells(t *testing.T) {
	d := run(t, "Mill profits fell in the second half, chairman tells shareholders\n\nBy Ada Craig\n\nThe chairman of the company spoke on Monday.")
	q := find(d, "Mill profits fell in the second half")
	if q == nil || q.Speaker.Mention.End <= q.Speaker.Mention.Start || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "chairman" {
		t.Fatalf("headline “…, chairman tells shareholders”: %+v", q)
	}
}

// TestN113PlaceAfterPlace checks a relative clause in a subject that
// names a place with its larger place between commas.
func TestN113PlaceAfterPlace(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Lee, who lives in Leeds, England, said the plan failed.", "the plan failed", "Ann Lee, who lives in Leeds, England,", "Ann Lee"},
		{"The Commissioner for Health, Dr. Hauwa Sambo, who spoke at the Government House, Tunburi, said two areas accounted for most cases.", "two areas accounted for most cases", "The Commissioner for Health, Dr. Hauwa Sambo, who spoke at the Government House, Tunburi,", "Dr. Hauwa Sambo"},
	})
}

// TestN113TitledSurname checks a surname that is also a cue word ("Sang")
// after a title: the name, not the verb.
func TestN113TitledSurname(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Mr Sang spoke at the launch. “The people were left with a hole in the ground,” Mr Sang said.", "The people were left with a hole in the ground,", "Mr Sang", "Mr Sang"},
	})
}

// TestN113OwnerAppositive checks an appositive with a possessive after
// a person's age; without the age a possessive phrase is left out.
func TestN113OwnerAppositive(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“She bit the judge,” said Harper, 9, her owner.", "She bit the judge,", "Harper, 9, her owner", "Harper"},
	})
}

// TestN113HeadlineGroup checks a headline that opens with a quotation
// and gives a bare plural as its speaker after the colon.
func TestN113HeadlineGroup(t *testing.T) {
	d := run(t, "‘We will not sell at a loss’: growers block highway over wheat price\n\nThousands of wheat growers blocked the road on Monday.")
	q := find(d, "We will not sell at a loss")
	if q == nil || q.Speaker.Mention.End <= q.Speaker.Mention.Start || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "growers" {
		t.Fatalf("headline “‘…’: growers block …”: %+v", q)
	}
}

// TestN113AnonymousRelative checks a quotation's speaker whose relative
// clause says why the source goes unnamed: the clause's verb is no cue.
func TestN113AnonymousRelative(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“We just want to feel safe,” a taxi operator who asked not to be named told reporters.", "We just want to feel safe,", "a taxi operator who asked not to be named", "a taxi operator"},
		{"“We just want to feel safe,” a nurse who spoke on condition of anonymity said.", "We just want to feel safe,", "a nurse who spoke on condition of anonymity", "a nurse"},
	})
}

// TestN113RelativeThenConnective checks a subject with a relative
// clause and a connective between commas before the verb.
func TestN113RelativeThenConnective(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The owner of the warehouse, who gave his name as Mr. Ude Okafor, however, denied that he knew the drugs were fake.", "that he knew the drugs were fake", "The owner of the warehouse, who gave his name as Mr. Ude Okafor,", "The owner of the warehouse"},
		{"Data from the tracking service, however, show that prices rose.", "that prices rose", "Data from the tracking service", "Data"},
	})
}
