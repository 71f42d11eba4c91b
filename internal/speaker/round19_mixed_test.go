package speaker

import (
	"strings"
	"testing"
)

// checkMarked runs each case and compares its quotations in marks (every
// kind but indirect), in order, as "kind | words | mention | cue".
func checkMarked(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == "indirect" || len(q.Content) == 0 {
				continue
			}
			got = append(got, string(q.Kind)+" | "+d.Text[q.Content[0].Start:q.Content[len(q.Content)-1].End]+" | "+d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]+" | "+d.Text[q.Cue.Start:q.Cue.End])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestVoicingVerbs checks words in marks after a subject and a verb of a
// verbal act that reports no clause (voicing.txt): attacking by an
// epithet, rating, urging, writing. They are the subject's, a mixed
// quotation, not a scare quote.
func TestVoicingVerbs(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Senator Ann Reed has been hammering the governor as a “career grifter” this week.", []string{"mixed | career grifter | Senator Ann Reed | hammering"}},
		{"In recent weeks, Ed Ames has gone after Reed as a “walking scandal”.", []string{"mixed | walking scandal | Ed Ames | gone"}},
		{"The agency rated 40% of the claims “false” in its report.", []string{"mixed | false | The agency | rated"}},
		// The subject that voices it, not a noun that reads as a cue
		// later in the clause ("claims").
		{"FactCheck rated 32% of Republican claims as “false” last year.", []string{"mixed | false | FactCheck | rated"}},
		{"Ann Reed exhorted delegates to “vote your gut” on Tuesday.", []string{"mixed | vote your gut | Ann Reed | exhorted"}},
		// "gone" alone voices nothing: the particle must follow.
		{"Ed Ames has gone to a “retreat” in the hills.", []string{"scare | retreat |  | "}},
	})
}

// TestVoicedVerbChain checks a naming or voicing verb that the verb after
// the subject leads to by "to" or "and", or an -ing verb after a verb of
// beginning: the subject still voices the words; not when a clause of
// another subject lies between ("she thought the man was rude to call").
func TestVoicedVerbChain(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Ed Ames took to the radio to accuse the board of being “fooled” on Monday.", []string{"mixed | fooled | Ed Ames | accuse"}},
		{"Ann Reed went on the radio and blasted the levy as a “tax on work”.", []string{"mixed | tax on work | Ann Reed | blasted"}},
		{"Ann Reed then began mocking the levy as a “tax on work”.", []string{"mixed | tax on work | Ann Reed | mocking"}},
		{"Ann Reed thought the man was rude to call the house “a shack” in public.", []string{"scare | a shack |  | "}},
		// After a verb of object control, the object calls it.
		{"Ann Reed asked the mayor to call the pier “a disgrace” in public.", []string{"scare | a disgrace |  | "}},
		// A pronoun with "is" contracted onto it is no name; "it" in
		// the "what" clause of naming is the campaign (n50_what.go).
		{"The campaign met on Friday. It’s denouncing what it calls “the biggest attack in history.”", []string{"mixed | the biggest attack in history. | it | calls"}},
	})
}

// TestAsFrame checks a verb of characterising (voicing.txt, "…as"), its
// object and "as" before the marks: the subject characterises the
// object in its own words. Not without "as", not after a verb of
// another kind ("used the money as a “slush fund”"), and not with no
// object ("served as a “consultant”").
func TestAsFrame(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Ed Ames has cast the levy as a “tax on work” for months.", []string{"mixed | tax on work | Ed Ames | cast"}},
		{"The mayor singled out the pier as a “disgrace” on Monday.", []string{"mixed | disgrace | The mayor | singled"}},
		{"Acme sold the drink as a “superfood” for years.", []string{"mixed | superfood | Acme | sold"}},
		{"Ed Ames cast a “shadow” over the talks.", []string{"scare | shadow |  | "}},
		{"The team used the money as a “slush fund”.", []string{"scare | slush fund |  | "}},
		{"Ed Ames served as a “consultant” for the firm.", []string{"scare | consultant |  | "}},
	})
}

// TestNamingPassive checks that a naming verb after a form of "be" is a
// passive, whose subject is named, not naming: no speaker.
func TestNamingPassive(t *testing.T) {
	checkMarked(t, []mentionCase{
		// The agent after "by" names the words' source (n31_marked.go).
		{"Ed Ames was described as a “fixer” by his aides.", []string{"mixed | fixer | his aides | described"}},
		{"The main building was called “the house” by the staff.", []string{"scare | the house |  | "}},
		{"Ed Ames has described him as a “fixer” before.", []string{"mixed | fixer | Ed Ames | described"}},
	})
}

// TestGivenName checks a name in capitals in marks after a verb that
// gives names: the subject's, a mixed quotation, not a title; after a
// determiner or a noun for a work it stays a title.
func TestGivenName(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Ed Moss called the winner “Miss Perfect” on Monday.", []string{"mixed | Miss Perfect | Ed Moss | called"}},
		{"Ed Moss called the “War on Drugs” a failure.", []string{"title | War on Drugs |  | "}},
		{"Ed Moss called “Iron Road” his best book.", []string{"title | Iron Road |  | "}},
		{"Ed Moss called the film “Ten Days” a triumph.", []string{"title | Ten Days |  | "}},
		{"Ed Moss praised the film “Ten Days” on Sunday.", []string{"title | Ten Days |  | "}},
	})
}

// TestScareStays checks the author's own distance: scare quotes with no
// verbal act of a subject before them, and titles, stay as they are.
func TestScareStays(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"The so-called “reform” failed in the Senate.", []string{"scare | reform |  | "}},
		{"His “plan” has no numbers in it.", []string{"scare | plan |  | "}},
		{"The word “fair” appears 12 times in the bill.", []string{"scare | fair |  | "}},
		{"The bill's “sunset clause” expires next year.", []string{"scare | sunset clause |  | "}},
		{"Ed Ames's book “Iron Road” sold well.", []string{"title | Iron Road |  | "}},
		{"Ed Ames said the “reform” failed.", []string{"scare | reform |  | "}},
		{"Ed Ames mentioned that the “reform” would pass.", []string{"scare | reform |  | "}},
	})
}

// TestVerbatimObject checks words in marks right after a verb of writing
// or voicing (the quote stage's verbatim.txt): the words themselves, a
// direct quotation, spoken by the verb's subject.
func TestVerbatimObject(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"A nurse had written “acute distress” on the chart.", []string{"direct | acute distress | A nurse | written"}},
		{"Then the crowd began chanting “four more years” outside.", []string{"direct | four more years | the crowd | began"}},
		// A determiner before the verb makes a noun phrase; a verb
		// after the marks makes them the subject of a clause.
		{"His written “notes” were lost.", []string{"scare | notes |  | "}},
		{"Ed Ames lost his written “notes” on the train.", []string{"scare | notes |  | "}},
		// With an object between, the marks are not what was written
		// or shouted.
		{"Ed Ames wrote a book about the “gig economy” in 2019.", []string{"scare | gig economy |  | "}},
		{"Police shouted at the “rioters” near the gate.", []string{"scare | rioters |  | "}},
	})
}

// TestAsideBeforeVerb checks a party label and a short phrase in commas
// between the subject and its verb, and an adverb in a progressive: the
// subject still voices the words.
func TestAsideBeforeVerb(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Senate Minority Leader Ann Reed (D-Nev.), in particular, has been steadily pounding the governor as a “con artist” this week.", []string{"mixed | con artist | Senate Minority Leader Ann Reed (D-Nev.) | pounding"}},
		{"Sen. Ed Moss (R-Utah) has mocked the plan as a “tax on work”.", []string{"mixed | tax on work | Sen. Ed Moss (R-Utah) | mocked"}},
		// A description with a determiner in commas belongs to the
		// mention; a relative clause is passed over.
		{"Mayor Ann Reed, a Democrat, dismissed the report as “fake news” on Friday.", []string{"mixed | fake news | Mayor Ann Reed, a Democrat, | dismissed"}},
		{"The union, which represents 4,000 drivers, denounced the deal as a “sellout”.", []string{"mixed | sellout | The union, which represents 4,000 drivers, | denounced"}},
		// A noun after a possessive is no verb of the "as" frame.
		{"Ann Reed's campaign blasted the ad as “a pack of lies”.", []string{"mixed | a pack of lies | Ann Reed's campaign | blasted"}},
		// No verbal act after the aside: the author's own term.
		{"The levy (passed in May), in short, was a “tax on work”.", []string{"scare | tax on work |  | "}},
	})
}

// TestHeadlineVoiced checks a headline in title case: a phrase in marks
// after a subject and a capitalised verb of naming, voicing or saying is
// the subject's (the quote stage took it for a title, as every word is
// capitalised); a work's title with no such verb before it stays one.
func TestHeadlineVoiced(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Mayor Slams ‘Reckless’ Pier Plan After Storm.\n\nThe board met.", []string{"mixed | Reckless | Mayor | Slams"}},
		{"Ann Reed Calls Levy ‘A Tax on Work’ in Harbour Speech.\n\nThe board met.", []string{"mixed | A Tax on Work | Ann Reed | Calls"}},
		{"Ava Ruiz’s ‘Ten Days’ Opens Friday Across the Country.\n\nThe board met.", []string{"title | Ten Days |  | "}},
		// Not in a sentence of the body, which is not in title case.
		{"The board met. Ann Reed calls the levy ‘Work Tax’ often.", []string{"mixed | Work Tax | Ann Reed | calls"}},
	})
}

// TestVoicedObjectScare checks the review's probes of a voicing verb's
// object with a determiner or possessive right before the marks: the
// thing acted on, in the author's marks, not the subject's words.
func TestVoicedObjectScare(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"The council rated the “improvements” poorly.", []string{"scare | improvements |  | "}},
		{"Ann Reed defended her “record” on crime.", []string{"scare | record |  | "}},
		{"The agency defended its “strategic” pause.", []string{"scare | strategic |  | "}},
		{"Ann Reed encouraged students to join the “club” early.", []string{"scare | club |  | "}},
		{"Ann Reed invoked the “nuclear option” in the debate.", []string{"scare | nuclear option |  | "}},
		{"He mentioned the “Ferguson effect” twice.", []string{"scare | Ferguson effect |  | "}},
	})
}

// TestHeadlineTitle checks a work's title in marks after a verb in a
// headline: a noun for a work after the marks, or a title of two or more
// capitalised words right after the verb, stays a title.
func TestHeadlineTitle(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Critics Slam ‘Ten Days’ as Boring.\n\nThe board met.", []string{"title | Ten Days |  | "}},
		{"Reviewers Praise ‘Iron Road’ Sequel.\n\nThe board met.", []string{"title | Iron Road |  | "}},
		{"Netflix Defends ‘Ten Days’ Ending.\n\nThe board met.", []string{"title | Ten Days |  | "}},
		{"Ava Ruiz Cites ‘Moby Dick’ as Influence.\n\nThe board met.", []string{"title | Moby Dick |  | "}},
		{"Mayor Sees ‘Ten Days’ at Cinema.\n\nThe board met.", []string{"title | Ten Days |  | "}},
		// With "as", a verb of characterising voices the marks.
		{"Mayor Casts Levy as ‘Tax on Work’ in Speech.\n\nThe board met.", []string{"mixed | Tax on Work | Mayor | Casts"}},
	})
}

// TestVerbatimGerund checks an -ing form before the marks that is no
// verb of the clause (a gerund or a modifier): the base reading stays.
func TestVerbatimGerund(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Good writing “matters” to every editor.", []string{"scare | matters |  | "}},
		{"The report found chanting “mobs” at the gate.", []string{"scare | mobs |  | "}},
		{"Ann Reed spent the night scribbling “notes” in the margin.", []string{"scare | notes |  | "}},
	})
	d := run(t, "Stop texting “friends” at dinner, Ann Reed said.")
	ok := false
	for _, q := range d.Quotes {
		if q.Kind == "indirect" && d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] == "Ann Reed" {
			ok = true
		}
	}
	if !ok {
		t.Errorf("Stop texting: no indirect quotation of Ann Reed: %+v", d.Quotes)
	}
}

// TestAsFrameLiteral checks the "as" frame in a literal sense: a
// lower-case content word right after the closing mark makes the marks
// a modifier of a noun, a role, not the subject's characterising words.
func TestAsFrameLiteral(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Ann Reed treated the patient as a “priority” case.", []string{"scare | priority |  | "}},
		{"Ed Moss presented the award as a “surprise” guest.", []string{"scare | surprise |  | "}},
		// A function word after the marks tells nothing: "framed the
		// photo as a “gift” for Ed" and "sold 40 units as a “test” in
		// May" read as "sold the drink as a “superfood” for years"
		// (TestAsFrame), a known gap.
	})
}

// TestCoordinatedVoicer checks two names joined by "and" as the subject
// of a voicing verb: the pair voices the words; not a possessive pair.
func TestCoordinatedVoicer(t *testing.T) {
	checkMarked(t, []mentionCase{
		{"Ed Moss and Ann Reed hammered the mayor as a “fraud” on Monday.", []string{"mixed | fraud | Ed Moss and Ann Reed | hammered"}},
		{"Ed Moss hammered the mayor as a “fraud” on Monday.", []string{"mixed | fraud | Ed Moss | hammered"}},
		{"Ed Moss and Ann Reed’s campaign met the “fraud” squad.", []string{"scare | fraud |  | "}},
	})
}
