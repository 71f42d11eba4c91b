package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN101Readings checks the thirty-ninth session's readings: a body's
// name with a plural possessive inside it, a possessive pronoun before
// a noun of kin opening the sentence, a source's reason to go unnamed
// (or the first name given instead) running to the cue, the names after
// a clause of "who", and two descriptions with their names.
func TestN101Readings(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		// One name over the plural's apostrophe, before a noun of bodies.
		{"The Rail Drivers’ Federation (RDF) said 91 per cent of its members had voted for action.", "91 per cent", "The Rail Drivers’ Federation (RDF)", "Rail Drivers’ Federation"},
		{"The Ferrow Patients’ Forum, a volunteer group that meets each month, said it had received complaints.", "it had received complaints", "The Ferrow Patients’ Forum, a volunteer group that meets each month,", "Ferrow Patients’ Forum"},
		{"The National Farmers' Union said the quota was unfair.", "the quota was unfair", "The National Farmers' Union", "National Farmers' Union"},
		// The kin noun's owner at the sentence's start, an age after the name.
		{"Her brother Jonah, 12, said he had ridden his bike to the shelter.", "he had ridden his bike", "Her brother Jonah, 12,", "Jonah"},
		{"Their son Eli, 10, said it was unfair.", "it was unfair", "Their son Eli, 10,", "Eli"},
		// The reason to go unnamed runs to the cue.
		{"A woman who was pumping gas across the road and did not want to give her name told KVRN News she heard the crash.", "she heard the crash", "A woman who was pumping gas across the road and did not want to give her name", "A woman"},
		{"A man who works at the depot and asked not to be named said the drivers were tired.", "the drivers were tired", "A man who works at the depot and asked not to be named", "A man"},
		{"A man who dropped off two bags of cereal on Sunday and would give only his first name, Declan, said he had relied on the food bank himself.", "he had relied on the food bank", "A man who dropped off two bags of cereal on Sunday and would give only his first name, Declan,", "Declan"},
		{"A clerk who gave her name only as Trish said she found the dog on a pallet.", "she found the dog", "A clerk who gave her name only as Trish", "Trish"},
		// A clause of "who", then the names it describes.
		{"Two undecided voters who watched at a bar, Alma Rusk and Terrence Boyle, said that neither candidate had changed their minds.", "that neither candidate", "Two undecided voters who watched at a bar, Alma Rusk and Terrence Boyle,", "Alma Rusk and Terrence Boyle"},
		{"A voter who watched at a bar, Alma Rusk, said that neither candidate had changed her mind.", "that neither candidate", "A voter who watched at a bar, Alma Rusk,", "Alma Rusk"},
		// Two descriptions, each with its name, joined by ", and".
		{"Mercer’s campaign manager, Rosalind Tey, and her communications director, Ben Arkwright, said that the governor had won.", "that the governor had won", "Mercer’s campaign manager, Rosalind Tey, and her communications director, Ben Arkwright,", "Rosalind Tey and Ben Arkwright"},
		{"The mayor, Ann Lee, and the city manager, Ed Moss, said that the budget was balanced.", "that the budget was balanced", "The mayor, Ann Lee, and the city manager, Ed Moss,", "Ann Lee and Ed Moss"},
		// A clause ending in an abbreviation's full stop or a percent
		// sign before a trailing cue; a percent sign in an appositive.
		{"The strike began at 6 a.m., the union said.", "The strike began at 6 a.m.", "the union", "the union"},
		{"Sales at stores open at least a year fell 4.1%, the company reported last week.", "Sales at stores open", "the company", "the company"},
		{"Felix Carrodus, whose fund owns 4% of Velloran, accused the board of \"empire-building with borrowed money.\"", "empire-building", "Felix Carrodus, whose fund owns 4% of Velloran,", "Felix Carrodus"},
		// A dateline with its month; a clause of "which" before a
		// description is no description's phrase.
		{"QUENWICK CITY, March 11 (Pennard Wire) - The Competition Bureau on Tuesday blocked the purchase, ruling that the combination would leave one company in control.", "that the combination", "The Competition Bureau", "The Competition Bureau"},
		{"In a video message to staff, a copy of which was reviewed by Pennard Wire, the chief executive, Gustav Elmridge, said: \"I understand the frustration.\"", "I understand", "the chief executive, Gustav Elmridge,", "Gustav Elmridge"},
		// "this newspaper" told; "this week" before the content; a
		// reason to go unnamed with "asked that".
		{"Ann Reed told this newspaper on Monday that the illness had been missed.", "that the illness", "Ann Reed", "Ann Reed"},
		{"Ann Reed said this week that the illness had been missed.", "that the illness", "Ann Reed", "Ann Reed"},
		{"Ann Reed spoke first.\n\nAnother woman, Deirbhile, 29, who asked that only her first name be used, told this newspaper that her own illness had been missed.", "that her own illness", "Another woman, Deirbhile, 29, who asked that only her first name be used,", "Another woman"},
		// A second clause after an "according to" aside, with its own
		// trailing cue; an irregular past after a name ends the subject.
		{"Velloran has $11 billion of bonds outstanding, according to data compiled by Pellbright Analytics, and its notes fell about 2.5 cents on Monday, traders said.", "its notes fell", "traders", "traders"},
		{"Sandpiper Ratings cut Velloran Telecom's credit rating to junk on Monday, saying the company had borrowed too heavily.", "the company had borrowed", "Sandpiper Ratings", "Sandpiper Ratings"},
		// A body's name with "and" inside it, before or after its cue.
		{"The strike began at dawn, the Maritime and Harbor Workers Union said.", "The strike began", "the Maritime and Harbor Workers Union", "Maritime and Harbor Workers Union"},
		{"The drug is safe, said the Food and Drug Administration on Monday.", "The drug is safe", "the Food and Drug Administration", "Food and Drug Administration"},
		// A role and a name after ", but"; a classmate's owner.
		{"Analysts believe the Cobras hold the stronger hand, but former Cobras captain Jarrod Quilty predicted the deal would be done on Wednesday.", "the deal would be done", "former Cobras captain Jarrod Quilty", "Jarrod Quilty"},
		{"Ann Lee spoke first.\n\nHer teammate Lily Maddern, 19, said she had been sleeping in her car.", "she had been sleeping", "Her teammate Lily Maddern, 19,", "Lily Maddern"},
		// A place's appositive in an opening phrase is no part of the
		// mention; a party's name over a plural's apostrophe.
		{"In Gorowe, a market town on the plateau's eastern edge, Halima Yusufu, a mother of six, said that she had buried two grandchildren.", "that she had buried", "Halima Yusufu, a mother of six,", "Halima Yusufu"},
		{"In Zelmarin, the government's spokesman, Miklos Harsanyi, told a briefing that the evidence was overwhelming.", "that the evidence", "the government's spokesman, Miklos Harsanyi,", "Miklos Harsanyi"},
		{"The leader of the Citizens' Front, Roberto Salvane, said that his party was ready to govern.", "that his party", "The leader of the Citizens' Front, Roberto Salvane,", "Roberto Salvane"},
		// A role's words before the name after a description.
		{"The leader of the main opposition Citizens' Front, former justice minister Roberto Salvane, told reporters that his party was ready.", "that his party was ready", "The leader of the main opposition Citizens' Front, former justice minister Roberto Salvane,", "Roberto Salvane"},
		{"Its chairwoman, retired judge Margaret Dunkerley, said the panel accepted the remorse was genuine.", "the panel accepted", "Its chairwoman, retired judge Margaret Dunkerley,", "Margaret Dunkerley"},
		// A long subject: a statement of a body with a long name.
		{"A preliminary statement from the observer mission of the Continental Council for Democratic Governance, which deployed 240 monitors, said voting had been orderly.", "voting had been orderly", "A preliminary statement from the observer mission of the Continental Council for Democratic Governance, which deployed 240 monitors,", "A preliminary statement from the observer mission of the Continental Council for Democratic Governance"},
		// "One of them" as a subject.
		{"Two people familiar with the talks spoke to reporters. One of them said the release had been held up twice.", "the release had been held up", "One of them", "One of them"},
		// "its" before a carrier of words.
		{"The company sells capsules online.\n\nIts website, which was still taking orders on Thursday, claims that the capsules work.", "that the capsules work", "Its website, which was still taking orders on Thursday,", "Its website"},
		// A headline's bare noun before its trailing cue.
		{"Diet capsules sold online contain withdrawn drug, regulator warns\n\nThe capsules were sold online.", "Diet capsules sold online", "regulator", "regulator"},
		{"Bressan faces four months out after foot surgery, club doctor says\n\nHe was hurt in May.", "Bressan faces four months", "club doctor", "club doctor"},
		// "for months" between the auxiliary and the verb that names;
		// a pronoun after an opening phrase with no comma.
		{"Felix Carrodus has for months accused the board of \"empire-building with borrowed money.\"", "empire-building", "Felix Carrodus", "Felix Carrodus"},
		{"Lachlan Boyd spoke on the radio.\n\nLater in the interview he accused the Cobras of “holding a young family to ransom”.", "holding a young family", "he", "Lachlan Boyd"},
	})
}

// TestN101NoReading checks shapes the readings above must leave alone:
// a plural's possessive before a name that is no body's, a possessive
// pronoun in the object ("told her brother"), a name withheld.
func TestN101NoReading(t *testing.T) {
	for text, want := range map[string]string{
		"the Democrats’ Senate majority": "Democrats",
		"the Teachers’ Union":            "Teachers’ Union",
		"the Smiths’ Lawyer Group said":  "Smiths’ Lawyer Group",
		"the Smiths’ Lawyer said":        "Smiths",
	} {
		toks := tokenize(text, 0, len(text))
		if n, ok := nameAt(text, toks, 1); !ok || n.text != want {
			t.Errorf("nameAt(%q) = %q, want %q", text, n.text, want)
		}
	}
	for _, c := range []struct{ text, not string }{
		{"Ann Lee told her brother Jonah, 12, that the dog was found.", "her brother Jonah"},
		{"A woman who did not want to give her name told reporters she heard the crash.", "her name"},
		{"The plan was tired, he said, and the team was old, doctor says.", "doctor"},
		{"Two foreigners are believed to be held by armed groups in the Dassara.", "armed groups"},
		{"The men had been examined by doctors on arrival, the ministry said in a statement.", "doctors"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if m := q.Speaker.Mention; m.End > m.Start && d.Text[m.Start:m.End] == c.not || q.Speaker.Name == c.not {
				t.Errorf("%q: read %q", c.text, c.not)
			}
		}
	}
}

// TestN101HeadlineColon checks a headline that opens the text with a
// quotation and gives its speaker after a colon: the speaker is the
// name, the colon the cue; a question word after the colon is no name.
func TestN101HeadlineColon(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"‘This one’s for the ones who never got here’: Marrinan after Currawongs end 31-year wait\n\nSYDNEY — Dean Marrinan had barely sat down when someone asked him what the win meant.", "Marrinan"},
		{"'We will not be moved': Union vows to fight closure\n\nThe union met on Monday.", "Union"},
		{"'We will not be moved': Why the town fought back\n\nThe union met on Monday.", ""},
		// A short quotation the quote stage types scare, and "to" after
		// the name (n101HeadlineColon, the forty-fifth session).
		{"'It's time': Dunwiddie to retire after 34 seasons\n\nThe coach told his team on Monday.", "Dunwiddie"},
		// A group's noun after its name is the mention's (the fifty-fourth session).
		{"‘Picked on merit, not on noise’: VCA selectors defend dropping Dhurandhar\n\nThe panel met on Monday.", "VCA selectors"},
	} {
		d := run(t, c.text)
		if len(d.Quotes) == 0 || d.Quotes[0].Kind != doc.QuoteDirect {
			t.Errorf("%q: no direct quotation first", c.text)
			continue
		}
		q := d.Quotes[0]
		if m := q.Speaker.Mention; q.Speaker.Name != c.name || c.name != "" && d.Text[m.Start:m.End] != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}

// TestN101GivenNames checks given.txt's names from many languages, the
// sex each tells, and that names given to both sexes, or that are also
// common words, tell none; and that a surname that is a given name too
// takes the sex of the full name it shortens ("Ambrose" after "Colette
// Ambrose").
func TestN101GivenNames(t *testing.T) {
	for w, want := range map[string]byte{"siobhán": 'f', "declan": 'm', "priyanka": 'f', "efua": 'f', "gustav": 'm', "oscar": 'm', "naomi": 'f', "colette": 'f', "sasha": 0, "jordan": 0, "mark": 'm', "will": 0, "may": 0} {
		if got := nameGender[lexOf(w)&lexMask]; got != want {
			t.Errorf("nameGender(%q) = %q, want %q", w, got, want)
		}
	}
	d := run(t, "Colette Ambrose chairs the council.\n\nNaomi Kell-Barros said the family was moved. Ambrose, asked about the levy, paused. “I expect it to pass,” she said.")
	if q := find(d, "I expect it to pass"); q == nil || q.Speaker.Name != "Colette Ambrose" && q.Speaker.Name != "Ambrose" {
		t.Errorf("“I expect it to pass”: speaker %v, want Colette Ambrose", q)
	}
}
