package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN116NameAfterSource checks a name in apposition after the
// description an opening "According to" gives, and that a list after a
// body's name is no appositive.
func TestN116NameAfterSource(t *testing.T) {
	checkN2Content(t, "According to the head of the agency, Ann Lee, the outbreak had been contained.", "According to", "the head of the agency, Ann Lee,", "the outbreak had been contained")
	checkN2Content(t, "According to the agency's head, Prof. Ann Lee, the outbreak had been contained.", "According to", "the agency's head, Prof. Ann Lee,", "the outbreak had been contained")
	checkN2Content(t, "According to the league, Arsenal, Chelsea and Spurs were fined.", "According to", "the league", "Arsenal, Chelsea and Spurs were fined")
}

// TestN116QuotedAs checks a direct quotation an agency "quoted" someone
// "as saying", after the quotation and before it after a colon: the one
// quoted speaks, through the agency.
func TestN116QuotedAs(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“We are ready for talks,” Interfax quoted the minister as saying.", "We are ready for talks,", "the minister", "the minister"},
		{"The agency quoted Ann Lee, the deputy minister, as saying: “We are ready.”", "We are ready.", "Ann Lee, the deputy minister,", "Ann Lee"},
	})
	d := run(t, "A story of the day\n\nThe agency quoted Ann Lee, the deputy minister, as saying: “We are ready.”")
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteIndirect {
			t.Errorf("read %q as the agency's words", d.Text[q.Start:q.End])
		}
	}
}

// TestN116BodyOfName checks a body in lower case after a person's name
// and "of the", at the end of an inverted cue's sentence.
func TestN116BodyOfName(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“It is strong,” said Ann Lee of the weather bureau.", "It is strong,", "Ann Lee of the weather bureau", "Ann Lee"},
		{"“It is strong,” said Ann Lee of the people.", "It is strong,", "Ann Lee", "Ann Lee"},
	})
}

// TestN116ContinuesOverParagraphs checks a quotation that goes on in the
// next paragraphs after its cue: over two paragraphs itself, and after a
// present-tense cue with a participle's scene after it. Each is one
// quotation in pieces; after a past-tense novel's beat it is not.
func TestN116ContinuesOverParagraphs(t *testing.T) {
	for _, c := range []struct {
		text   string
		pieces int
	}{
		{"“Nobody came here for a fight. We have had nine months of fighting,” he said.\n\n“But I will tell you what people ask me every day. Where is the money?\n\n“Because it has not been here.”", 3},
		{"“We have had engineers out here and a design,” Wardell says, standing on what is left of the dune in front of his house.\n\n“All we need is a piece of paper from the council saying yes.”", 2},
		{"“We have had engineers out here and a design,” Wardell said, leaning forward.\n\n“All we need is a piece of paper from the council saying yes.”", 1},
	} {
		d := run(t, "A story of the day\n\nTom Wardell chairs the group.\n\n"+c.text)
		if len(d.Quotes) == 0 || len(d.Quotes[0].Content) != c.pieces {
			t.Errorf("%q: %d quotations, the first in %v pieces, want %d", c.text, len(d.Quotes), d.Quotes, c.pieces)
		}
	}
}

// TestN116Reverend checks a clergy's style after "the" in an appositive:
// the name is the speaker's, and "she" after it means her.
func TestN116Reverend(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The Bishop of Leeds, the Rt Rev Ann Lee, said the church would help.", "the church would help", "The Bishop of Leeds, the Rt Rev Ann Lee,", "Ann Lee"},
	})
	d := run(t, "A story of the day\n\nThe Dean of Thorncaster, the Very Rev Clare Mountjoy, said the cathedral could not pay.\n\n“This building has stood for years,” she said.")
	q := find(d, "This building has stood for years,")
	if q == nil || !strings.HasSuffix(q.Speaker.Name, "Clare Mountjoy") {
		t.Errorf("“This building …”: %v, want Clare Mountjoy's", q)
	}
}

// TestN116LongTitle checks a title of two words before a given name
// ("Detective Constable Amy Rushworth"): the name's sex is the given
// name's, so "she" after her attribution means her, not a woman quoted
// before.
func TestN116LongTitle(t *testing.T) {
	d := run(t, "A story of the day\n\nSentencing, Judge Harriet Strawson told him: “You are a plausible and charming man.”\n\nThe judge said the fraud was persistent, and that she could give him only limited credit.\n\nOutside court, Detective Constable Amy Rushworth said officers had found six more victims.\n\n“If this man has done work on your house, please ring us,” she added.")
	q := find(d, "If this man has done work on your house, please ring us,")
	if q == nil || !strings.HasSuffix(q.Speaker.Name, "Amy Rushworth") {
		t.Errorf("“If this man …”: %v, want Amy Rushworth's", q)
	}
}

// TestN116Family checks "family", a noun in -ly, after a possessive or
// a surname: the whole phrase speaks, before a colon and after the
// quotation; a manner adverb in -ly still ends a description.
func TestN116Family(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Lee’s family said: “The verdict was fair.”", "The verdict was fair.", "Ann Lee’s family", "Ann Lee’s family"},
		{"“The verdict was fair,” the Lee family said.", "The verdict was fair,", "the Lee family", "the Lee family"},
		{"The Caterpillar sternly said: “Who are you?”", "Who are you?", "The Caterpillar", "Caterpillar"},
	})
}

// TestN116PresentReporter checks a name of no known sex that reports in
// the present tense right before a quotation's "she says": she is the
// one who spoke, not a woman named further back.
func TestN116PresentReporter(t *testing.T) {
	d := run(t, "A story of the day\n\nImogen Reed plays the sister. Kit Pendlebury wrote the play.\n\nPendlebury concedes that the second act has lost ten minutes since previews.\n\n“People tell me it drags,” she says.")
	q := find(d, "People tell me it drags,")
	if q == nil || !strings.HasSuffix(q.Speaker.Name, "Pendlebury") {
		t.Errorf("“People tell me …”: %v, want Pendlebury's", q)
	}
}

// TestN116NearPlace checks a place placed by a nearer one after a
// relative clause of place: the phrase is the clause's.
func TestN116NearPlace(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“We’ve lost the lot,” said Tom Raisbeck, who farms 600 acres at Carr End, near Fallowby.", "We’ve lost the lot,", "Tom Raisbeck, who farms 600 acres at Carr End, near Fallowby", "Tom Raisbeck"},
		{"Tom Raisbeck, who farms at Carr End, near Fallowby, said the crop was lost.", "the crop was lost", "Tom Raisbeck, who farms at Carr End, near Fallowby,", "Tom Raisbeck"},
	})
}

// TestN116LongReport checks "she" after a quotation that follows a long
// present-tense report by a name of no known sex (an age and a relative
// clause before the verb, a quotation of several sentences): she is the
// one who reported, not a woman named before, nor a place in the
// relative clause ("her Pipi Street house").
func TestN116LongReport(t *testing.T) {
	d := run(t, "A story of the day\n\nProfessor Leanne Abercrombie says the wall will fail.\n\nNerida Papadakis, 68, who bought her Pipi Street house with her late husband in 1987, says two insurers have told her they will no longer cover it for storm damage.\n\n“Where am I supposed to go? I can’t sell it. Who’s going to buy a house the council has decided to let fall into the sea?” she asks.")
	q := find(d, "Where am I supposed to go?")
	if q == nil || q.Speaker.Name != "Nerida Papadakis" {
		t.Errorf("“Where am I …”: %v, want Nerida Papadakis's", q)
	}
}

// TestN116ColonRole checks two colon introductions whose verb is no verb
// of speaking: a role before the name at the sentence's start, and "a
// message for" those addressed.
func TestN116ColonRole(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Beef farmer Alison Trezise, 44, has a different view: “Half of us whinge about the shire every time we hit a pothole.”", "Half of us whinge", "Beef farmer Alison Trezise, 44,", "Alison Trezise"},
		{"Colin Treweek chairs the shire.\n\nHe had a message for those who signed the petition: “I have read every one of those signatures.”", "I have read every one", "He", "Colin Treweek"},
	})
}

// TestN116ReporterOverParagraph checks "she said: “…”" opening the
// paragraph after a judge's report that names two other women: she is
// the judge.
func TestN116ReporterOverParagraph(t *testing.T) {
	d := run(t, "A story of the day\n\nJudge Margaret Ellershaw said on Friday Haddrick had exploited the trust placed in her by the company’s founders, Des and Glenys Prentice.\n\nIn sentencing, she said: “This was not a single lapse of judgment.”")
	q := find(d, "This was not a single lapse of judgment.")
	if q == nil || !strings.HasSuffix(q.Speaker.Name, "Margaret Ellershaw") {
		t.Errorf("“This was not …”: %v, want Margaret Ellershaw's", q)
	}
}

// TestN116RelativeThenVerb checks a colon introduction whose subject has
// a relative clause and then the sentence's own verb: the mention ends
// with the clause's comma.
func TestN116RelativeThenVerb(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ros Kinchela, who reopened the store in April, was more hopeful: “Six months ago you could not have got 200 people into one room.”", "Six months ago", "Ros Kinchela, who reopened the store in April,", "Ros Kinchela"},
	})
}

// TestN116NamedAddressee checks a clause without "that" after a named
// addressee whose subject is a share of a group or a bare plural.
func TestN116NamedAddressee(t *testing.T) {
	checkN2Content(t, "Ann Lee told The Bulletin most of his regulars signed the petition.", "told", "Ann Lee", "most of his regulars signed the petition")
	checkN2Content(t, "Ann Lee tells The Bulletin crews spent 2,300 hours waiting.", "tells", "Ann Lee", "crews spent 2,300 hours waiting")
	checkN2Content(t, "Ann Lee told The Bulletin staff meeting that it was over.", "told", "Ann Lee", "that it was over")
}

// TestN116ShareThenPast checks a reported clause whose subject is a
// share of a group and whose verb is a simple past ("much of the delay
// lay"), after a second verb that shares the subject.
func TestN116ShareThenPast(t *testing.T) {
	checkN2Content(t, "Ann Lee acknowledged the pace had been slow but said much of the delay lay with insurers.", "said", "Ann Lee", "much of the delay lay with insurers")
	checkN2Content(t, "Ann Lee said most of the staff left early.", "said", "Ann Lee", "most of the staff left early")
	checkCueMention(t, "Ann Lee said much of that.", "said", "")
}

// TestN116PluralPossessiveRole checks a capitalised plural's possessive
// ("the Greens’") and a role and a name after a possessive: the whole
// phrase is the mention, the person named the speaker.
func TestN116PluralPossessiveRole(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“They have failed,” the Greens’ co-leader Ann Lee told Bild.", "They have failed,", "the Greens’ co-leader Ann Lee", "Ann Lee"},
	})
	checkN2Content(t, "The Democrats’ leader said the bill was dead.", "said", "The Democrats’ leader", "the bill was dead")
	checkN2Content(t, "Ann Lee’s lawyer Ed Moss said the claim was false.", "said", "Ann Lee’s lawyer Ed Moss", "the claim was false")
}
