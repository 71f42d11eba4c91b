package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN114WhoseVerb checks a clause of "whose" with an appositive
// between its noun and its verb: the comma before the verb ends no
// mention. A clause that has its verb before the comma ends there.
func TestN114WhoseVerb(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“We were told the money would come,” said Meera Toppo, whose husband, a tailor, was travelling in the coach.", "We were told the money would come,", "Meera Toppo, whose husband, a tailor, was travelling in the coach", "Meera Toppo"},
		{"Meera Toppo, whose son, a driver, had been hurt, said the money was late.", "the money was late", "Meera Toppo, whose son, a driver, had been hurt,", "Meera Toppo"},
		{"Meera Toppo, whose husband was a tailor, said the money was late.", "the money was late", "Meera Toppo, whose husband was a tailor,", "Meera Toppo"},
	})
}

// TestN114Retort checks a retort's verb before "back" after a
// quotation, inside a split one and after a whole one.
func TestN114Retort(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“I audited the city because somebody had to,” Vanessa Tremblay-Ochoa shot back. “And your office signed the contracts.”", "I audited the city because somebody had to,", "Vanessa Tremblay-Ochoa", "Vanessa Tremblay-Ochoa"},
		{"“That is not true,” the mayor fired back.", "That is not true,", "the mayor", "the mayor"},
	})
}

// TestN114ClauseTail checks a quotation after a colon or comma that ends
// a reported clause's sentence: the clause runs through it and the
// words in marks are its phrase, mixed. A cue with no clause of its own
// before the colon or comma keeps a direct quotation.
func TestN114ClauseTail(t *testing.T) {
	for _, tc := range []struct {
		text, words, kind, content string
	}{
		{`Ann Lee said she had only one goal for Thursday: "Don't be tourists."`, `Don't be tourists.`, "mixed", `she had only one goal for Thursday: "Don't be tourists."`},
		{"Ed Moss texted me that his father had died, “with the dog across his feet.”", "with the dog across his feet.", "mixed", "that his father had died, “with the dog across his feet.”"},
		{"Ann Lee told reporters on Monday: “We will rebuild the pier.”", "We will rebuild the pier.", "direct", ""},
		{"When Ann Lee noted that the pier was old, Ed Moss boasted, “That makes me smart.”", "That makes me smart.", "direct", ""},
		{"He remembered the words of an old man to whom he had once been rude, “Never mind, boy.”", "Never mind, boy.", "direct", ""},
	} {
		d := run(t, tc.text)
		q := find(d, tc.words)
		if q == nil {
			t.Errorf("%q: no quotation %q", tc.text, tc.words)
			continue
		}
		if string(q.Kind) != tc.kind {
			t.Errorf("%q: %q is %s, want %s", tc.text, tc.words, q.Kind, tc.kind)
		}
		if tc.content == "" {
			continue
		}
		if q.Parent < 0 || d.Quotes[q.Parent].Words(d.Text) != tc.content {
			got := ""
			if q.Parent >= 0 {
				got = d.Quotes[q.Parent].Words(d.Text)
			}
			t.Errorf("%q: parent's words %q, want %q", tc.text, got, tc.content)
		}
	}
}

// TestN114SurnameLikeFunctionWord checks a surname that is a function
// word ("Oh") after a given name: the name is a person's, whom a later
// "she" means, while a heading's tail ("CHAPTER II It") still is not.
func TestN114SurnameLikeFunctionWord(t *testing.T) {
	wantSpeaker(t, "Charlene Oh told the court that Kwek was paid for each account.\n\n“Without people like him, the syndicate has no way to move its money,” she said.", "Without people like him", "Charlene Oh")
	if !headingName("II It") || !headingName("ARRIVAL The") || headingName("Charlene Oh") {
		t.Errorf("headingName: II It %v, ARRIVAL The %v, Charlene Oh %v", headingName("II It"), headingName("ARRIVAL The"), headingName("Charlene Oh"))
	}
}

// TestN114ParticipleAfterReport checks a participle of speech at the
// end of a clause whose verb reports: it shares the clause's subject,
// a body's too.
func TestN114ParticipleAfterReport(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The agency warned that the river was unsafe, adding: “Towns must act before the floods.”", "Towns must act before the floods.", "The agency", "The agency"},
	})
}

// TestN114DistanceAside checks a distance after a relative clause of
// place: the clause's, so the mention runs past its comma.
func TestN114DistanceAside(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“It wasn’t music,” said Ann Lee, 67, who lives on Cressley Road, about a mile and a half from the main stage.", "It wasn’t music,", "Ann Lee, 67, who lives on Cressley Road, about a mile and a half from the main stage", "Ann Lee"},
		{"Halim Sarouk, 58, who grows wheat near the town of Dera Mun, about 200 miles below the border, said the river had run lower.", "the river had run lower", "Halim Sarouk, 58, who grows wheat near the town of Dera Mun, about 200 miles below the border,", "Halim Sarouk"},
		{"Ann Lee, who lives on Cressley Road, about to retire, said the noise was bad.", "the noise was bad", "Ann Lee, who lives on Cressley Road,", "Ann Lee"},
	})
}

// TestN114NamedPerson checks a name after a noun of persons that ends a
// relative clause: the clause's, so the mention goes on past it.
func TestN114NamedPerson(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The pair, who share a four-year-old daughter, Isla-Mae, said they had made the decision with love.", "they had made the decision with love", "The pair, who share a four-year-old daughter, Isla-Mae,", "The pair"},
		{"Tess Arkwright, who farms 900 hectares near Bindara with her husband, Rob, said the decision was hard.", "the decision was hard", "Tess Arkwright, who farms 900 hectares near Bindara with her husband, Rob,", "Tess Arkwright"},
		{"Bello, who spoke through his media aide, Mr. Tunde Okafor, said the allegation was baseless.", "the allegation was baseless", "Bello, who spoke through his media aide, Mr. Tunde Okafor,", "Bello"},
		{"Bello, whose lawyer, Mr. Tunde Okafor, was present, said the allegation was baseless.", "the allegation was baseless", "Bello, whose lawyer, Mr. Tunde Okafor, was present,", "Bello"},
	})
}

// TestN114OneOf checks a leading "One of …" before a named speaker:
// the mention is the whole phrase, whichever path read the name.
func TestN114OneOf(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"One of the signers, Ann Lee, a public defender, told the board in December: “I grew up in a house where nobody argued.”", "I grew up in a house where nobody argued.", "One of the signers, Ann Lee, a public defender,", "Ann Lee"},
		{"One of the four drivers who brought the case, Esteban Marchetti, 58, said the ruling was fair.", "the ruling was fair", "One of the four drivers who brought the case, Esteban Marchetti, 58,", "Esteban Marchetti"},
		// Not a partitive inside the sentence before.
		{"He met one of the signers in May, and Ann Lee said the ruling was fair.", "the ruling was fair", "Ann Lee", "Ann Lee"},
	})
}

// TestN114PhraseInMarks checks a trailing cue after a clause whose last
// words are a phrase in marks with the comma outside them: the cue
// reports the clause, the phrase is its mixed quotation. A title in
// capitals there is no such phrase.
func TestN114PhraseInMarks(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The budget is ‘dead’, the police said.", "The budget is ‘dead’", "the police", "the police"},
		{"Result in PKM-17 by-poll was ‘engineered’, alleges QJM\n\nThe party spoke.", "Result in PKM-17 by-poll was ‘engineered’", "QJM", "QJM"},
	})
	d := run(t, "Among the items taken was “The Ferryman’s Daughter”, a portrait painted in the 1790s.")
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteIndirect {
			t.Errorf("a title before its description read as a reported clause: %q", q.Words(d.Text))
		}
	}
}
