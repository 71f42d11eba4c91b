package speaker

import (
	"strings"
	"testing"
)

// TestN108TextReads checks "“…,” it read" after a text named before it:
// the note reads its words; after a body ("The board met.") "read" is
// no cue.
func TestN108TextReads(t *testing.T) {
	text := "The note said that the last dinner would be served on Friday. “Thank you for every wait,” it read, “and for the ones you did complain about.”"
	checkReading(t, text, "Thank you for every wait", "it", "The note", "read")
	checkReading(t, "The board met on Monday. “Thank you for every wait,” it read.", "Thank you for every wait", "", "", "")
}

// TestN108HearerAside checks an appositive after the noun of a phrase
// or the one told, before the "that" of the content: the clause is the
// verb's, and the words before the subject are no content.
func TestN108HearerAside(t *testing.T) {
	checkN2Content(t, "Last fall, residents complained to the paper, the Sentinel, that the mayor was never in town.",
		"complained", "residents", "that the mayor was never in town")
	checkN2Content(t, "Last fall, a handful of residents complained in a letter to the county paper, the Orland Sentinel-Ledger, that the mayor had stopped posting notices.",
		"complained", "a handful of residents", "that the mayor had stopped posting notices")
}

// TestN108Texted checks "texted" and "emailed" as verbs of telling, and
// their participle and plural as no verbs: "in an emailed statement",
// "…, emails show".
func TestN108Texted(t *testing.T) {
	checkN2Content(t, "Dana Lempke texted me that her father had died.", "texted", "Dana Lempke", "that her father had died")
	checkN2Content(t, "A spokesperson for the Wescana Safety Office said in an emailed statement that the agency was reviewing its rules.",
		"said", "A spokesperson for the Wescana Safety Office", "that the agency was reviewing its rules")
	checkCueMention(t, "The parks chief pushed a contract to his brother's firm, emails show.", "emails", "")
}

// TestN108AskedAside checks "asked to …" or "asked about …" between a
// subject and its cue: the mention keeps it, as it keeps "speaking on
// condition of anonymity".
func TestN108AskedAside(t *testing.T) {
	checkN2Content(t, "Birchfield, asked to pick a winner, said only that the Sirens would win.",
		"said", "Birchfield, asked to pick a winner,", "that the Sirens would win")
	checkN2Content(t, "The minister, asked about the row at an event in Amrakot, said the team would stay.",
		"said", "The minister, asked about the row at an event in Amrakot,", "the team would stay")
}

// TestN108MainVerbObject checks a main verb in -ed right before its
// object, a name or "him": no participle of the subject, so the subject
// of ", saying" ends before it.
func TestN108MainVerbObject(t *testing.T) {
	checkN2Content(t, "The league suspended Ann Lee for three games, saying the hit was avoidable.", "saying", "The league", "the hit was avoidable")
	checkN2Content(t, "The league fined him on Wednesday, saying the hit was avoidable.", "saying", "The league", "the hit was avoidable")
}

// TestN108AmountModifier checks a comma between a modifier and an
// amount before one noun inside a relative clause of the mention.
func TestN108AmountModifier(t *testing.T) {
	checkMention(t, "“He is good,” said Ed Szymczak, who signed a one-year, $1.3 million deal in March.", "He is good",
		"Ed Szymczak, who signed a one-year, $1.3 million deal in March")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"a one-year, $1.3 million deal", true},
		{"a new, $40 fee", true},
		{"the plan, $40 more", false},
		{"a one-year, big deal", false},
	} {
		toks := refTokenize(tt.text, 0, len(tt.text))
		j := 0
		for j < len(toks) && toks[j].str(tt.text) != "," {
			j++
		}
		if got := amountAfterModifier(tt.text, toks, j); got != tt.want {
			t.Errorf("amountAfterModifier(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestN108SourceAside checks a relative clause or a participle's phrase
// on the source of an opening "According to": the mention keeps it,
// the content is the clause after it.
func TestN108SourceAside(t *testing.T) {
	checkN2Content(t, "According to the association’s selection policy, adopted in 2022, any player left out must be told why.",
		"According to", "the association’s selection policy, adopted in 2022,", "any player left out must be told why")
	checkN2Content(t, "According to the museum’s report, which was posted on its website on Tuesday, the family gave the figure away in 1933.",
		"According to", "the museum’s report, which was posted on its website on Tuesday,", "the family gave the figure away in 1933")
	// A time's full stops are inside the aside; the article stays with
	// the mention.
	checkN2Content(t, "According to the first batch of results, posted at 9:14 p.m., Ann Lee led by 400 votes.",
		"According to", "the first batch of results, posted at 9:14 p.m.,", "Ann Lee led by 400 votes")
	checkN2Content(t, "According to the Valdane Elections Office, which counts the ballots, turnout was 61 percent.",
		"According to", "the Valdane Elections Office, which counts the ballots,", "turnout was 61 percent")
}

// TestN108PhraseThenMarkedClause checks a clause without "that" after a
// phrase whose verb opens a quotation: "said in a statement the
// government had “invested …”" reports the clause; the noun's clause
// with its object gone stays none.
func TestN108PhraseThenMarkedClause(t *testing.T) {
	checkN2Content(t, "A spokeswoman for the minister said in a statement the government had “invested record amounts” and was working.",
		"said", "A spokeswoman for the minister", "the government had “invested record amounts” and was working")
}

// TestN108PlaceAndAuthor checks phrases that place a person or name a
// text's author, set off by commas: "from the University of …", a
// trailing "of Bellamy Partners", "The report, by engineering firm …";
// not "by contrast".
func TestN108PlaceAndAuthor(t *testing.T) {
	checkN2Content(t, "Agricultural economist Stuart Kilby, from the University of the Western Plains, said the industry had survived.",
		"said", "Agricultural economist Stuart Kilby, from the University of the Western Plains,", "the industry had survived")
	checkN2Content(t, "Three more mines could close this year, according to commodities analyst Rhiannon Leckie, of Bellamy Partners.",
		"according to", "commodities analyst Rhiannon Leckie, of Bellamy Partners", "Three more mines could close this year")
	checkN2Content(t, "The 2019 report, by engineering firm Calder Pryce, said a death there was likely.",
		"said", "The 2019 report, by engineering firm Calder Pryce,", "a death there was likely")
	checkN2Content(t, "The report, by contrast, said fares rose.", "said", "The report", "fares rose")
}

// TestN108ParagraphBound checks that a mention is not read past its
// paragraph: "NPRC member" is no title before the next paragraph's
// first words.
func TestN108ParagraphBound(t *testing.T) {
	d := run(t, "Regulator meets\n\n“Losses are a tax on honest consumers,” says NPRC member\n\nThe Council on Thursday reserved its decision.")
	for _, q := range d.Quotes {
		if m := q.Speaker.Mention; strings.Contains(d.Text[m.Start:m.End], "\n") {
			t.Errorf("mention %q crosses a paragraph", d.Text[m.Start:m.End])
		}
	}
}

// TestN108OfficeName checks an office with its "of" phrase before the
// name after an inverted cue.
func TestN108OfficeName(t *testing.T) {
	checkMention(t, "“You don’t get many chances like this,” said Herons president of basketball operations Gerrit Brinkhorst.",
		"You don’t get many chances", "Herons president of basketball operations Gerrit Brinkhorst")
}

// TestN108PhraseBeforeCue checks "in a statement" between a subject and
// its cue: the subject is before it; "involved in the study" is the
// subject's own phrase.
func TestN108PhraseBeforeCue(t *testing.T) {
	checkN2Content(t, "The police chief, Rana Javed Iqbal Noon, in a statement said that the case had been solved.",
		"said", "The police chief, Rana Javed Iqbal Noon,", "that the case had been solved")
	checkN2Content(t, "Economists who were not involved in the study said its central finding was sound.",
		"said", "Economists who were not involved in the study", "its central finding was sound")
}

// TestN108EveryModified checks "every" with a modifier before its noun
// as a bare clause's subject.
func TestN108EveryModified(t *testing.T) {
	checkN2Content(t, "A conference spokesman, Terrence Bolduc, said every officiating crew is graded after every game.",
		"said", "A conference spokesman, Terrence Bolduc,", "every officiating crew is graded after every game")
}

// TestN108PluralApostrophe checks a plural's apostrophe inside a
// trailing source's relative clause: no closing mark.
func TestN108PluralApostrophe(t *testing.T) {
	checkN2Content(t, "He did not practice Wednesday, according to a person who spoke on condition of anonymity because the team does not discuss players’ medical information.",
		"according to", "a person who spoke on condition of anonymity because the team does not discuss players’ medical information", "He did not practice Wednesday")
	for _, tt := range []struct {
		w    string
		want bool
	}{{" who does not discuss players’ health", false}, {" who said it’ was", true}, {" who spoke", false}} {
		if got := closingQuoteIn(tt.w); got != tt.want {
			t.Errorf("closingQuoteIn(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
