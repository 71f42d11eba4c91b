package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN111GoesOn checks a verb of expectation, wish or belief, or
// "found" with an object, after "and" in a clause a verb of speech
// reports: the clause runs on past it. A verb of speech there, and a
// judge's "found that", stay the speaker's second verb.
func TestN111GoesOn(t *testing.T) {
	checkN2Content(t, "Tom Reed said he had lost about $40,000 in sales and wanted to know who would cover it.",
		"said", "Tom Reed", "he had lost about $40,000 in sales and wanted to know who would cover it")
	checkN2Content(t, "Tobias Wren, 52, said he woke to the sound of his dog barking and found water pouring under the back door.",
		"said", "Tobias Wren, 52,", "he woke to the sound of his dog barking and found water pouring under the back door")
	checkN2Content(t, "A spokeswoman said the company was hiring 180 people and expected sales to double.",
		"said", "A spokeswoman", "the company was hiring 180 people and expected sales to double")
	checkN2Content(t, "Ann Lee said the plant would close and warned that more cuts were coming.",
		"said", "Ann Lee", "the plant would close")
	checkN2Content(t, "Judge Giles Cawthorne said the company had known about her condition since 2019 and found that managers had made no attempt to help.",
		"said", "Judge Giles Cawthorne", "the company had known about her condition since 2019")
}

// TestN111Finder checks "found" with an object: a study's or a poll's
// finding is reported, a crew's or a jury's find is not.
func TestN111Finder(t *testing.T) {
	checkN2Content(t, "A poll released last week by Harmon College found the race essentially tied.",
		"found", "A poll released last week by Harmon College", "the race essentially tied")
	for _, text := range []string{
		"Crews were called at 9:52 p.m. and found heavy smoke rolling out of the roofline.",
		"Troopers found his pickup truck at the Cairnside trailhead shortly before 10 that night.",
		"A Merrow County jury found the former treasurer of Ashby Township guilty of stealing nearly $1.2 million.",
	} {
		if q := c5Quote(run(t, text), "found"); q != nil {
			t.Errorf("%q: a quotation by %q", text, q.Speaker.Name)
		}
	}
}

// TestN111MarkedTails checks a phrase in marks later in a reported
// clause's sentence that the same verb reports: the clause runs on to
// it. After a verb of speech of its own ("accused"), it stays apart.
func TestN111MarkedTails(t *testing.T) {
	checkN2Content(t, "The foreign secretary, Miranda Tallis-Orde, said she had spoken to both ministers and urged ‘restraint on all sides’. A spokesman said the ship would be freed.",
		"said", "The foreign secretary, Miranda Tallis-Orde,", "she had spoken to both ministers and urged ‘restraint on all sides’")
	checkN2Content(t, "Reached on Monday, Lyle said the hut’s roof would need mending first, but that the council was ‘broadly sympathetic’.",
		"said", "Lyle", "the hut’s roof would need mending first, but that the council was ‘broadly sympathetic’")
	checkN2Content(t, "One viewer said the show had lost its heart in recent years and accused producers of ‘driving out every familiar face’.",
		"said", "One viewer", "the show had lost its heart in recent years")
}

// TestN111ColonAfter checks a trailing cue before a colon: the phrase
// before its comma is no report, the quotation after the colon is.
func TestN111ColonAfter(t *testing.T) {
	d := run(t, "Pressed on whether the audit should have been made public sooner, the mayor said:\n\n“I got that audit on a Thursday afternoon. I read it that night.”\n")
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteIndirect {
			t.Errorf("an indirect quotation %q", q.Words(d.Text))
		}
	}
	checkCueName(t, "The audit should have been made public sooner, the mayor said.", "said", "the mayor")
}

// TestN111TimeInMention checks a phrase of time between a subject with
// a clause after its noun and the cue: the mention holds it; after a
// bare noun it dates the saying and stays out.
func TestN111TimeInMention(t *testing.T) {
	checkN2Content(t, "Workers leaving the plant’s last shift on Friday said they had stopped planning around overtime.",
		"said", "Workers leaving the plant’s last shift on Friday", "they had stopped planning around overtime")
	checkN2Content(t, "A filing Vantreece made with securities regulators last month warned that further delays could force it to raise money.",
		"warned", "A filing Vantreece made with securities regulators last month", "that further delays could force it to raise money")
	checkN2Content(t, "Officials on Friday said the plant would close.", "said", "Officials", "the plant would close")
}

// TestN111PaperLy checks a paper named by how often it comes out: the
// word in -ly is the subject's noun, not an adverb before the verb.
func TestN111PaperLy(t *testing.T) {
	checkN2Content(t, "A reviewer for a national weekly complained that she had mistaken the part.",
		"complained", "A reviewer for a national weekly", "that she had mistaken the part")
	checkN2Content(t, "Ann Lee quietly complained that the part was wrong.",
		"complained", "Ann Lee", "that the part was wrong")
}

// TestN111ClockEnd checks a clock time between a verb and "that": the
// clause after it is the content.
func TestN111ClockEnd(t *testing.T) {
	checkN2Content(t, "The acting returning officer, Geraldine Sedgemoor, announced at 04:07 that Tegwen Oxenbridge had been elected.",
		"announced", "The acting returning officer, Geraldine Sedgemoor,", "that Tegwen Oxenbridge had been elected")
	checkN2Content(t, "Ann Lee said at 4 p.m. that the plant would close.", "said", "Ann Lee", "that the plant would close")
	checkN2Content(t, "Ann Lee said at noon that the plant would close.", "said", "Ann Lee", "that the plant would close")
	run(t, "Ann Lee said at")
	run(t, "Ann Lee said at 4")
	run(t, "Ann Lee said at 4:")
}

// TestN111CompoundAddressee checks an addressee of two nouns before
// "that": the second noun is the addressee's head, not the content's.
func TestN111CompoundAddressee(t *testing.T) {
	checkN2Content(t, "The survivors told aid workers that the boat had left the port.",
		"told", "The survivors", "that the boat had left the port")
	checkN2Content(t, "Ann Lee told reporters that the plant would close.", "told", "Ann Lee", "that the plant would close")
}

// TestN111WhoseSubject checks a clause of "whose" after a subject's
// noun with no comma, alone or before a clause that says why the
// source goes unnamed: the mention holds both.
func TestN111WhoseSubject(t *testing.T) {
	checkN2Content(t, "A student whose car was damaged said the repair was costly.",
		"said", "A student whose car was damaged", "the repair was costly")
	checkN2Content(t, "Two employees whose jobs were eliminated, who spoke on condition of anonymity because they had signed severance agreements, said staff had learned of the cuts from a calendar invitation.",
		"said", "Two employees whose jobs were eliminated, who spoke on condition of anonymity because they had signed severance agreements,", "staff had learned of the cuts from a calendar invitation")
	run(t, "whose said")
	run(t, "A whose, who said, said it.")
}

// TestN111Ruling checks "ruled" ending a sentence after its subject: a
// court's ruling is read, "rule" as a noun is not.
func TestN111Ruling(t *testing.T) {
	checkN2Content(t, "He was unfairly dismissed, an employment tribunal has ruled.",
		"ruled", "an employment tribunal", "He was unfairly dismissed")
	checkN2Content(t, "The ban was lawful, the judge ruled.", "ruled", "the judge", "The ban was lawful")
	if q := c5Quote(run(t, "The daughter of Aung San, the leader who secured independence from British rule before being killed, she was revered."), "rule"); q != nil {
		t.Errorf("“rule” as a noun read as a cue by %q", q.Speaker.Name)
	}
}

// TestN111OwnedVerb checks a bare clause whose subject opens with a
// possessive and whose verb in -s has a determiner or a number after
// it; an object with a word of time after it stays an object.
func TestN111OwnedVerb(t *testing.T) {
	checkN2Content(t, "The company claims its software matches 96 percent of documents.",
		"claims", "The company", "its software matches 96 percent of documents")
	checkN2Content(t, "The company says its system beats the rivals.", "says", "The company", "its system beats the rivals")
}

// TestN111MarkThenVerb checks a reported clause whose pronoun subject
// is followed by its predicate in marks.
func TestN111MarkThenVerb(t *testing.T) {
	checkN2Content(t, "Hoskett said they “bought people a couple of minutes.”", "said", "Hoskett", "they “bought people a couple of minutes.”")
	checkN2Content(t, "The council met on Monday.\n\nAnn Ortiz apologized for the delays, saying they “came from the rush” to reopen the pier but “caused trouble for everyone.”",
		"saying", "Ann Ortiz", "they “came from the rush” to reopen the pier but “caused trouble for everyone.”")
	checkN2Content(t, "Paramedics arrived within minutes, and a visibly shaking Shannon told them she ‘couldn’t feel her legs’.",
		"told", "a visibly shaking Shannon", "she ‘couldn’t feel her legs’")
}

// TestN111AsideAdverb checks a connective between commas between a
// subject and its verb: the subject is read before it; a participle
// after it keeps the main clause's subject.
func TestN111AsideAdverb(t *testing.T) {
	checkN2Content(t, "Data from the tracking service Seaplot, however, show the ship’s transponder transmitting until minutes before the boarding.",
		"show", "Data from the tracking service Seaplot", "the ship’s transponder transmitting until minutes before the boarding")
	checkN2Content(t, "Ann Lee met the board on Monday. She disputed the figure, however, arguing that most of the loans had been approved under emergency rules.",
		"arguing", "She", "that most of the loans had been approved under emergency rules")
}

// TestN111PossessiveOpener checks a description opened by a possessive
// before a name, the subject of a clause whose participle reports: the
// mention holds the description, and the verb phrase after the name
// stays out.
func TestN111PossessiveOpener(t *testing.T) {
	checkN2Content(t, "Its chairman, Leonard Fitzkee, ended the hearing, saying that the decision would set the template.",
		"saying", "Its chairman, Leonard Fitzkee,", "that the decision would set the template")
	checkN2Content(t, "Its chairman, Leonard Fitzkee, closed Tuesday’s hearing by predicting that the decision would set the template.",
		"predicting", "Its chairman, Leonard Fitzkee,", "that the decision would set the template")
}

// TestN111ParticipleHead checks a head noun and a participle before a
// description and a name: the mention opens at the head.
func TestN111ParticipleHead(t *testing.T) {
	checkN2Content(t, "Counsel assisting the coroner, Michael Otieno, told the inquest on Monday that the council had received engineering reports.",
		"told", "Counsel assisting the coroner, Michael Otieno,", "that the council had received engineering reports")
	checkN2Content(t, "The mayor met the board. The chief, Ann Lee, said the pier would close.", "said", "The chief, Ann Lee,", "the pier would close")
}

// TestN111AllegeCue checks "allege" and "contend" in their present
// forms after a bare plural at a sentence's end, as "claim" is read.
func TestN111AllegeCue(t *testing.T) {
	checkN2Content(t, "He stole the money from the charity, prosecutors allege.", "allege", "prosecutors", "He stole the money from the charity")
	checkN2Content(t, "The ban is lawful, lawyers for the state contend.", "contend", "lawyers for the state", "The ban is lawful")
}

// TestN111TrailingBase checks a base form of a verb of speech after a
// bare plural at a sentence's end: the plural is the speaker.
func TestN111TrailingBase(t *testing.T) {
	checkN2Content(t, "The plan will cost twice as much, analysts estimate.", "estimate", "analysts", "The plan will cost twice as much")
	checkN2Content(t, "The plan favours donors, critics charge.", "charge", "critics", "The plan favours donors")
}
