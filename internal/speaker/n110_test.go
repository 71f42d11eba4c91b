package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN110ItFinds checks "it" before a verb of finding, belief or
// intention whose form marks its content ("found that", "wants … to"):
// a body named before it is the speaker; "it" before a verb of
// evidence ("showed") still needs a carrier of words.
func TestN110ItFinds(t *testing.T) {
	checkN2Content(t, "The board was not persuaded. It found that at least two of the firms had matched the records.",
		"found", "It", "that at least two of the firms had matched the records")
	checkCueName(t, "The board was not persuaded. It found that at least two of the firms had matched the records.", "found", "The board")
	checkCueName(t, "Ann Lee said the association was seeking 16 per cent. It also wants the ministry to restore a housing allowance.", "wants", "the association")
	if q := c5Quote(run(t, "The board met in May. It showed that the firms had matched the records."), "showed"); q != nil {
		t.Errorf("“It showed” after a body: a quotation by %q", q.Speaker.Name)
	}
}

// TestN110OwnedCarrier checks a carrier of words after a possessive
// owner ("The budget office’s report"), which is a noun although the
// lexicon has "report" as a verb too, and the carriers added in the
// forty-ninth session ("notification").
func TestN110OwnedCarrier(t *testing.T) {
	checkCueName(t, "The budget office’s report, released last week, was more cautious. The new taxes will cover the bond payments, it found, but the county may fall short.",
		"found", "The budget office’s report")
	checkCueName(t, "The exam board’s notification said 80 per cent had passed. Supplementary examinations will be held from July 8, it said.",
		"said", "The exam board’s notification")
}

// TestN110WhoseClause checks a clause of "whose" between a subject and
// its verb: the mention keeps it though its noun is also a verb of
// reporting ("whose state has …"), after a person's name as after a
// body's.
func TestN110WhoseClause(t *testing.T) {
	checkN2Content(t, "Senator Wyatt Dumfries of North Pelham, whose state has more than 30,000 low-producing wells, said he would introduce a resolution.",
		"said", "Senator Wyatt Dumfries of North Pelham, whose state has more than 30,000 low-producing wells,", "he would introduce a resolution")
	checkN2Content(t, "The council, whose statement was read aloud, said the road would close.",
		"said", "The council, whose statement was read aloud,", "the road would close")
}

// TestN110GerundObject checks a relative clause whose verb, one of
// request in the lexicon, has a noun in -ing as its object: it
// describes the speaker and stays in the mention; a gerund with an
// object of its own is the request's content.
func TestN110GerundObject(t *testing.T) {
	checkN2Content(t, "Gretchen Aalto, who directs polling at Kessel, cautioned that a single survey could overstate the mood.",
		"cautioned", "Gretchen Aalto, who directs polling at Kessel,", "that a single survey could overstate the mood")
	checkN2Content(t, "Ed Moss, who urged saving the pier, said he was glad.", "said", "Ed Moss", "he was glad")
}

// TestN110ListComma checks a list with commas inside a relative clause
// between a subject and its verb: the clause runs to the comma before
// the verb.
func TestN110ListComma(t *testing.T) {
	checkN2Content(t, "The Brackenridge Faculty Alliance, which represents about 640 tenured, tenure-track and full-time instructors, said that 581 of its members had voted.",
		"said", "The Brackenridge Faculty Alliance, which represents about 640 tenured, tenure-track and full-time instructors,", "that 581 of its members had voted")
	checkN2Content(t, "The bloc, which includes Ardenia, Veltria and Osk, said the talks had failed.",
		"said", "The bloc, which includes Ardenia, Veltria and Osk,", "the talks had failed")
}

// TestN110OneWordBody checks a name of one word with a clause of
// "which" before the verb: the mention holds the clause, as after a
// name of several words.
func TestN110OneWordBody(t *testing.T) {
	checkN2Content(t, "Hopwell, which went public in 2023, warned that costs would rise.",
		"warned", "Hopwell, which went public in 2023,", "that costs would rise")
	checkN2Content(t, "Stridemark, which is owned by the outdoor retailer Hobbes & Tully, confirmed that a system had returned data.",
		"confirmed", "Stridemark, which is owned by the outdoor retailer Hobbes & Tully,", "that a system had returned data")
}

// TestN110ReportsTo checks "who reports to" a named superior, a line of
// command that stays in the mention, and "who reported to the police
// that …", words reported.
func TestN110ReportsTo(t *testing.T) {
	checkN2Content(t, "Provost Ifeoma Nwachukwu, who reports to Strathdee-Moss, denied that the cuts were planned.",
		"denied", "Provost Ifeoma Nwachukwu, who reports to Strathdee-Moss,", "that the cuts were planned")
	checkN2Content(t, "Ed Moss, who reported to the police that the van was stolen, said he was glad.", "said", "Ed Moss", "he was glad")
}

// TestN110AgentPreps checks a phrase of time after a participle's
// phrase on "to" or "with": it dates the thing and stays in the
// mention, as after "by"; after a person's participle of speech it
// dates the words and is the verb's.
func TestN110AgentPreps(t *testing.T) {
	checkN2Content(t, "A staff report presented to trustees on Tuesday said the deficit would grow.",
		"said", "A staff report presented to trustees on Tuesday", "the deficit would grow")
	checkN2Content(t, "Ann Lee, speaking to reporters on Monday, said she would run.", "said", "Ann Lee", "she would run")
}

// TestN110OfficeBefore checks a mention that opens with an office in
// title case, "of the" and a body, then its holder: the holder's
// surname written again later ("Mr Akhtar") does not cut the mention
// to the surname, as it cuts a phrase glued to a name.
func TestN110OfficeBefore(t *testing.T) {
	checkN2Content(t, "Leader of the Opposition Rana Tufail Akhtar described the budget as a fraud.\n\n“They will blame Qaisarabad,” Mr Akhtar said.",
		"described", "Leader of the Opposition Rana Tufail Akhtar", "the budget as a fraud")
}

// TestN110CallNoun checks "call" after "earnings" or "conference", a
// noun, and a possessive in the phrase of occasion between "told" and
// its addressee's "that".
func TestN110CallNoun(t *testing.T) {
	checkN2Content(t, "Orlith’s chief financial officer, Gideon Thurloe-Ames, told analysts on the company’s earnings call in July that he did not expect the case to matter.",
		"told", "Orlith’s chief financial officer, Gideon Thurloe-Ames,", "that he did not expect the case to matter")
	checkN2Content(t, "Gideon Thurloe-Ames told analysts on its call that he did not expect the case to matter.",
		"told", "Gideon Thurloe-Ames", "that he did not expect the case to matter")
}

// TestN110PlaceOpener checks a sentence that opens with a phrase of
// place whose name the subject reader took, then a person and her
// age: the person is the subject and the mention.
func TestN110PlaceOpener(t *testing.T) {
	checkN2Content(t, "At the Ogbaruka Main Market, Mrs Chinyere Onwuka-Lawal, 52, who sells provisions, said she was not surprised by the outcome.",
		"said", "Mrs Chinyere Onwuka-Lawal, 52, who sells provisions,", "she was not surprised by the outcome")
	checkN2Content(t, "In Dhaniyal, the chief minister said the budget was fair.", "said", "the chief minister", "the budget was fair")
}

// TestN110PostNominal checks a rank's letters after a name between
// commas ("SAN", "QC"): they stay in the mention, as an age does.
func TestN110PostNominal(t *testing.T) {
	checkN2Content(t, "The petitioner’s lead counsel, Dr Kelechi Anyaegbu, SAN, said his client would study the judgment.",
		"said", "The petitioner’s lead counsel, Dr Kelechi Anyaegbu, SAN,", "his client would study the judgment")
	checkN2Content(t, "Dr Kelechi Anyaegbu, SAN, said his client would appeal.", "said", "Dr Kelechi Anyaegbu, SAN,", "his client would appeal")
}

// TestN110MaTitle checks "Ma." for Maria inside a Philippine name after
// a title, and "Ma" alone as a speaker's name.
func TestN110MaTitle(t *testing.T) {
	checkN2Content(t, "Sen. Ma. Lourdes Ocampo-Trinidad said the bill was flawed.", "said", "Sen. Ma. Lourdes Ocampo-Trinidad", "the bill was flawed")
	checkCueName(t, "“Come in,” Ma said.", "said", "Ma")
}

// TestN110TrailingTitles checks a trailing cue's subject that is a
// title with "and" in lower case before the name ("…, co-founder and
// chief executive Ann Lee said"): the whole is the mention; "including"
// before a possessive is no title; "unless it wants to" no attribution.
func TestN110TrailingTitles(t *testing.T) {
	checkN2Content(t, "The firm will hire 200 people, co-founder and chief executive Ann Lee said.",
		"said", "co-founder and chief executive Ann Lee", "The firm will hire 200 people")
	if q := c5Quote(run(t, "Trump has responded with attacks on Machado, including Friday’s tweets."), "tweets"); q != nil {
		t.Errorf("“including Friday’s tweets”: a quotation by %q", q.Speaker.Name)
	}
	if q := c5Quote(run(t, "The agency met on Monday. The bureau should stay out of this unless it wants to release its files."), "wants"); q != nil {
		t.Errorf("“unless it wants to”: a quotation by %q", q.Speaker.Name)
	}
}

// TestN110Submitted checks "submitted that", a barrister's argument in
// court, as a cue; "submitted its report" reports nothing.
func TestN110Submitted(t *testing.T) {
	checkN2Content(t, "Appearing for Mr Mundhra, senior advocate Pradyumna Bhardwaj submitted that the chargesheet had been filed late.",
		"submitted", "senior advocate Pradyumna Bhardwaj", "that the chargesheet had been filed late")
	if q := c5Quote(run(t, "The firm submitted its report to the board on Monday."), "submitted"); q != nil {
		t.Errorf("“submitted its report”: a quotation by %q", q.Speaker.Name)
	}
}

// TestN110AccordingLabelTime checks a source after "according to" whose
// agent's name has a label in brackets and a phrase of time after it,
// and one with "and" inside the body's name: the whole phrase is the
// mention.
func TestN110AccordingLabelTime(t *testing.T) {
	checkN2Content(t, "Arrivals rose 8 per cent, according to figures released by the Housing and Township Board (HTB) on Wednesday night.",
		"according to", "figures released by the Housing and Township Board (HTB) on Wednesday night", "Arrivals rose 8 per cent")
}

// TestN110DemonstrativeCarrier checks a demonstrative and a carrier of
// words that open the clause before the verb ("That filing said"), and
// a possessive's carrier with an "of" phrase and a participle between
// commas ("Its statement of defence, filed last month, claims").
func TestN110DemonstrativeCarrier(t *testing.T) {
	checkN2Content(t, "The firm applied in January for a rate increase. That filing said the firm would need $9.6 billion over five years.",
		"said", "That filing", "the firm would need $9.6 billion over five years")
	checkN2Content(t, "Its statement of defence, filed last month, claims that the title was extinguished in 1990.",
		"claims", "Its statement of defence, filed last month,", "that the title was extinguished in 1990")
	if q := c5Quote(run(t, "He said that report was wrong."), "said"); q != nil && q.Speaker.Name == "that report" {
		t.Errorf("“said that report was wrong”: spoken by %q", q.Speaker.Name)
	}
}

// TestN110AndClauses checks that a reported clause ends before ", and"
// where a second source's attribution opens, and not where a trailing
// cue reports both clauses.
func TestN110AndClauses(t *testing.T) {
	checkN2Content(t, "Prentiss said the offer had been received, and aides in both chambers said no meeting had been scheduled.",
		"said", "Prentiss", "the offer had been received")
	checkN2Content(t, "New signs are planned for the junction, and the district expects them to be up by July, Ann Lee said.",
		"said", "Ann Lee", "New signs are planned for the junction, and the district expects them to be up by July")
}

// TestN110ParticipleAfterName checks a participle's aside after a
// description and a name ("His father, Wayne Mertle, reached by phone
// Wednesday, said"): the mention keeps it, with the day of a contact.
func TestN110ParticipleAfterName(t *testing.T) {
	checkN2Content(t, "His father, Wayne Mertle, reached by phone Wednesday, said the boy was safe.",
		"said", "His father, Wayne Mertle, reached by phone Wednesday,", "the boy was safe")
	checkN2Content(t, "The minister, Rui Vasconte, speaking through an interpreter, said the talks had failed.",
		"said", "The minister, Rui Vasconte, speaking through an interpreter,", "the talks had failed")
}

// TestN110AccordingAppositive checks an opening "According to" whose
// source ends with a name and has an appositive after its comma: the
// appositive is the mention's, the clause after it the content.
func TestN110AccordingAppositive(t *testing.T) {
	checkN2Content(t, "According to a memo obtained by The Brackenridge Lantern, the student newspaper, the cuts were approved in May.",
		"According to", "a memo obtained by The Brackenridge Lantern, the student newspaper,", "the cuts were approved in May")
	checkN2Content(t, "According to a report by the Harbour Board, the pier is unsafe.", "According to", "a report by the Harbour Board", "the pier is unsafe")
}

// TestN110HomeAfterAge checks a home place after an age ("62, from the
// village of Tesh Darra"), and an irregular past after an inverted
// cue's subject ("…, said the boat sank."), which makes the words after
// the cue the content, not the subject.
func TestN110HomeAfterAge(t *testing.T) {
	checkN2Content(t, "Farida Oskuyi, 62, from the village of Tesh Darra, said the boat sank.",
		"said", "Farida Oskuyi, 62, from the village of Tesh Darra,", "the boat sank")
	checkN2Content(t, "Farida Oskuyi, of Tesh Darra, said the boat sank.", "said", "Farida Oskuyi, of Tesh Darra,", "the boat sank")
}

// TestN110IngTitle checks an appositive that opens with a title in -ing
// ("managing director", "acting chairman") and a second appositive
// after it; a participle of speech still opens no appositive.
func TestN110IngTitle(t *testing.T) {
	checkN2Content(t, "Bernadette Tuckwell, managing director of Tuckwell Saddler Haulage, a 90-truck firm based in Hawksmere, told the paper that fuel costs had doubled.",
		"told", "Bernadette Tuckwell, managing director of Tuckwell Saddler Haulage, a 90-truck firm based in Hawksmere,", "that fuel costs had doubled")
	checkN2Content(t, "Ann Lee, speaking to reporters, said the pier was old.", "said", "Ann Lee", "the pier was old")
}

// TestN110WhereClause checks a clause of "where" after an appositive
// that names a place or a school: it stays in the mention.
func TestN110WhereClause(t *testing.T) {
	checkN2Content(t, "Duncan Normington, headteacher of Gallowfield Academy, where Kian is in the sixth form, said the boy was bright.",
		"said", "Duncan Normington, headteacher of Gallowfield Academy, where Kian is in the sixth form,", "the boy was bright")
}

// TestN110TimeThenIn checks a phrase of time with no comma before a
// subject whose noun phrase ends with "in" and a place: the mention
// starts after the phrase of time, not at the place.
func TestN110TimeThenIn(t *testing.T) {
	checkCueName(t, "The books were admired. In 1984 a group of councillors in Farnholme called for the book to be taken out of libraries, claiming that it was too much.",
		"claiming", "a group of councillors in Farnholme")
}

// TestN110CallingItself checks a subject whose noun phrase ends with
// "calling itself" and a name: the mention is the whole phrase, not the
// reflexive and the name.
func TestN110CallingItself(t *testing.T) {
	checkN2Content(t, "Earlier this month a group of season-ticket holders calling itself Ironclad Nation accused Brumfield of running a dull offense.",
		"accused", "a group of season-ticket holders calling itself Ironclad Nation", "running a dull offense")
}

// TestN110BareNaming checks a headline's clause after a semicolon whose
// subject is a bare noun before a naming verb: the phrase in marks is
// that noun's, a mixed quotation.
func TestN110BareNaming(t *testing.T) {
	text := "Arlenne passes right-to-repair bill; sponsor calls it ‘overdue’\n\nLawmakers on Thursday gave final approval to the bill."
	d := run(t, text)
	q := find(d, "overdue")
	if q == nil || q.Speaker.Name != "sponsor" || q.Kind != doc.QuoteMixed {
		t.Errorf("%q: got %+v, want a mixed quotation by “sponsor”", text, q)
	}
}
