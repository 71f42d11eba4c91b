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
// the name is the speaker's (and "she" after it means her:
// TestN116Pronouns).
func TestN116Reverend(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The Bishop of Leeds, the Rt Rev Ann Lee, said the church would help.", "the church would help", "The Bishop of Leeds, the Rt Rev Ann Lee,", "Ann Lee"},
	})
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

// TestN116NearPlace checks a place placed by a nearer one after a
// relative clause of place: the phrase is the clause's.
func TestN116NearPlace(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“We’ve lost the lot,” said Tom Raisbeck, who farms 600 acres at Carr End, near Fallowby.", "We’ve lost the lot,", "Tom Raisbeck, who farms 600 acres at Carr End, near Fallowby", "Tom Raisbeck"},
		{"Tom Raisbeck, who farms at Carr End, near Fallowby, said the crop was lost.", "the crop was lost", "Tom Raisbeck, who farms at Carr End, near Fallowby,", "Tom Raisbeck"},
	})
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

// TestN116Pronouns checks whom "he" or "she" tagging a quotation means,
// where a name of known sex further back or inside the report had won
// it: a clergy's style before the name ("the Very Rev"); a title of two
// words before a given name; a name of no known sex that reports just
// before, in the present tense or at length (an age and a relative
// clause, a place in it, "her Pipi Street house"); a report in the
// paragraph before a colon's "she said:".
func TestN116Pronouns(t *testing.T) {
	for _, c := range []struct{ text, words, want string }{
		{"The Dean of Thorncaster, the Very Rev Clare Mountjoy, said the cathedral could not pay.\n\n“This building has stood for years,” she said.", "This building has stood for years,", "Clare Mountjoy"},
		{"Sentencing, Judge Harriet Strawson told him: “You are a plausible and charming man.”\n\nThe judge said the fraud was persistent, and that she could give him only limited credit.\n\nOutside court, Detective Constable Amy Rushworth said officers had found six more victims.\n\n“If this man has done work on your house, please ring us,” she added.", "If this man has done work on your house, please ring us,", "Amy Rushworth"},
		{"Imogen Reed plays the sister. Kit Pendlebury wrote the play.\n\nPendlebury concedes that the second act has lost ten minutes since previews.\n\n“People tell me it drags,” she says.", "People tell me it drags,", "Pendlebury"},
		{"Professor Leanne Abercrombie says the wall will fail.\n\nNerida Papadakis, 68, who bought her Pipi Street house with her late husband in 1987, says two insurers have told her they will no longer cover it for storm damage.\n\n“Where am I supposed to go? I can’t sell it. Who’s going to buy a house the council has decided to let fall into the sea?” she asks.", "Where am I supposed to go?", "Nerida Papadakis"},
		{"Judge Margaret Ellershaw said on Friday Haddrick had exploited the trust placed in her by the company’s founders, Des and Glenys Prentice.\n\nIn sentencing, she said: “This was not a single lapse of judgment.”", "This was not a single lapse of judgment.", "Margaret Ellershaw"},
	} {
		d := run(t, "A story of the day\n\n"+c.text)
		if q := find(d, c.words); q == nil || !strings.HasSuffix(q.Speaker.Name, c.want) {
			t.Errorf("%q: %v, want %s's", c.words, q, c.want)
		}
	}
}

// TestN116HeadlinePassive checks a headline's quotation in the first
// person before a colon and a name with a passive's participle: the
// name said it.
func TestN116HeadlinePassive(t *testing.T) {
	d := run(t, "‘I’d never try to hurt anyone’: Kinross banned for four weeks\n\nStingrays forward Brodie Kinross will miss four matches.")
	q := find(d, "I’d never try to hurt anyone")
	if q == nil || q.Speaker.Name != "Kinross" {
		t.Errorf("headline: %v, want Kinross's", q)
	}
}

// TestN116SaysIsNoNoun checks "says" before a base verb's noun: "says"
// is no plural noun, whatever follows it ("help" is also a verb).
func TestN116SaysIsNoNoun(t *testing.T) {
	checkN2Content(t, "The mayor says help is coming.", "says", "The mayor", "help is coming")
	checkCueMention(t, "His links get overlooked.", "get", "")
}
