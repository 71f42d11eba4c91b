package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestRoundSeven checks the seventh round's rules with exact spans:
// every indirect quotation of each text, in order, as "mention | cue |
// content", and each quotation in marks as "marks: mention".
func TestRoundSeven(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A clause after ", and" has a subject of its own, whose head
		// may be a cue word used as a noun.
		{"The fleet is big, and the report says the company has many ships.", []string{"the report | says | the company has many ships"}},
		{"It rained, and a new report says the pier is lost.", []string{"a new report | says | the pier is lost"}},
		// Punctuation inside words in marks is the quoted speaker's: the
		// reported clause runs on past the closing mark, and the words
		// in marks are its child, with its speaker.
		{"The fleet is big, and the report says the firm ''has ninety offices, according to its website.''", []string{"the report | says | the firm ''has ninety offices, according to its website.''", "marks: the report"}},
		{"Ann Ortiz, of Ashton, said she had worked at the pier ''for the town's sake, knowing that nobody else would.''", []string{"Ann Ortiz, of Ashton, | said | she had worked at the pier ''for the town's sake, knowing that nobody else would.''", "marks: Ann Ortiz, of Ashton,"}},
		{"Ed Moss said the museum would keep the stories of sailors -- ''the captain but also the cook.''", []string{"Ed Moss | said | the museum would keep the stories of sailors -- ''the captain but also the cook.''", "marks: Ed Moss"}},
		// A short label in parentheses ends the source of "according
		// to" as a comma would, and is part of its mention.
		{"More than 100 people took part in a walk-in at the pier, according to the organizer Friends of the Pier (FOP).", []string{"the organizer Friends of the Pier (FOP) | according to | More than 100 people took part in a walk-in at the pier"}},
		// A gerund after a verb of aspect or avoidance has its subject.
		{"The crew could not resist pointing out that the pier was old.", []string{"The crew | pointing out | that the pier was old"}},
		{"Ed Moss avoids criticizing the harbour board.", []string{"Ed Moss | criticizing | the harbour board"}},
		{"Ann Ortiz spoke. She kept saying that the pier was safe.", []string{"She | saying | that the pier was safe"}},
		{"After a fresh start, saying nothing helped.", nil},
		// The narration after a quotation of several sentences, in the
		// sentence its last words end: a participle there is its
		// speaker's.
		{"“The pier is old. The crew is older,” said Ed Moss, speaking of the harbour’s decline.", []string{"Ed Moss | speaking of | the harbour’s decline"}},
		{"“The pier is old. The crew is older,” Ann Ortiz said, adding that the board had no plan.", []string{"Ann Ortiz | adding | that the board had no plan"}},
		// An infinitive after "go on to", "yet to" or a passive of
		// compulsion has the frame's subject.
		{"Ed Moss went on to discuss the poll numbers.", []string{"Ed Moss | discuss | the poll numbers"}},
		{"The board has yet to explain why the pier closed.", []string{"The board | explain | why the pier closed"}},
		{"The chief was forced to admit that the pier had failed.", []string{"The chief | admit | that the pier had failed"}},
		// A predeterminer belongs to the mention, also before a
		// relative clause without "that".
		{"All the sailors said the pier was safe.", []string{"All the sailors | said | the pier was safe"}},
		{"All the experts I interviewed said the pier was safe.", []string{"All the experts I interviewed | said | the pier was safe"}},
		{"The mayor said all the sailors were safe.", []string{"The mayor | said | all the sailors were safe"}},
		// A bare clause whose subject a quantifier heads.
		{"The mayor said most of the sailors would stay.", []string{"The mayor | said | most of the sailors would stay"}},
		{"The mayor said all the right things.", nil},
		// A floating quantifier after a list of names or a plural.
		{"Ann Ortiz (D-Ore.), Ed Moss (D-Ohio) and Jo Lee (D-N.J.) all suggested that the pier was unsafe.", []string{"Ann Ortiz (D-Ore.), Ed Moss (D-Ohio) and Jo Lee (D-N.J.) all | suggested | that the pier was unsafe"}},
		{"The sailors all said that the pier was unsafe.", []string{"The sailors all | said | that the pier was unsafe"}},
		// A trailing cue after words in marks whose comma is inside
		// the marks; not when the clause opens with its own cue.
		{"The plans offer a stark choice and send a message that the priority “is keeping the pier open,” Mr. Moss said.", []string{"Mr. Moss | said | The plans offer a stark choice and send a message that the priority “is keeping the pier open,”", "marks: Mr. Moss"}},
		{"Ann Ortiz said she felt the pier was worth saving because “most people don’t know about it,” she said.", []string{"Ann Ortiz | said | she felt the pier was worth saving because “most people don’t know about it,” she said", "marks: she"}},
		// "so" for a clause said or thought before.
		{"Ann Ortiz said so on Friday.", []string{"Ann Ortiz | said | so"}},
		{"Ann Ortiz said so many times.", nil},
		// "yes" and "no" said as an answer.
		{"The board said no.", []string{"The board | said | no"}},
		// The narration between two parts of a split quotation.
		{"“The pier is old. The crew is older,” said Ed Moss, speaking of the harbour’s decline. “It worries them.”", []string{"Ed Moss | speaking of | the harbour’s decline"}},
		// A fronted clause after an adverb ends at its comma.
		{"Back when he wrote his book, Ed Moss said that he considered debt a last resort.", []string{"Ed Moss | said | that he considered debt a last resort"}},
		// A relative clause between dashes: "which" speaks for the noun
		// before the dash, and the content ends at the closing dash.
		{"Instead, the study -- which notes that ten firms would owe more if they were taxed -- should be a call to voters.", []string{"which | notes | that ten firms would owe more if they were taxed"}},
		{"Instead, the study — which notes that ten firms would owe more — should be a call to voters.", []string{"which | notes | that ten firms would owe more"}},
		// A clause of its own after a trailing cue.
		{"The pier is lost, the sailors said on Friday, as the mayor bristled at the new fees.", []string{"the sailors | said | The pier is lost", "the mayor | bristled at | the new fees"}},
		// The subject of a participle in an absolute phrase with "with".
		{"The board met on Friday, with experts offering their assessments.", []string{"experts | offering | their assessments"}},
		{"Ed Moss was charged with misleading the board.", nil},
		{"“You can’t sail if you don’t know the sea,” Ed Moss said, emphasizing why the old charts matter. “We forget them.”", []string{"Ed Moss | emphasizing | why the old charts matter"}},
		{"“The pier is old,” Ann Ortiz said, adding, “It worries them.”", nil},
		// A description as a subject ends before an auxiliary.
		{"The mayor’s aides were pleased, recognizing that the pier was safe.", []string{"The mayor’s aides | recognizing | that the pier was safe"}},
		{"After the vote, the mayor’s aides were also pleased, perhaps recognizing that the pier was safe.", []string{"the mayor’s aides | recognizing | that the pier was safe"}},
		// A noun of evaluation with its possessor and its object.
		{"Meanwhile Ed Moss continues his adulation of the old pier.", []string{"Ed Moss | adulation of | the old pier"}},
		{"The support for the levy is waning.", nil},
		// Outside marks the cuts stay.
		{"Ed Moss said the pier was safe, according to the board.", []string{"the board | according to | Ed Moss said the pier was safe"}},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		testutil.CheckSpans(t, d)
		var got []string
		for _, q := range d.Quotes {
			switch {
			case q.Kind == doc.QuoteIndirect && q.Parent < 0:
				got = append(got, fmt.Sprintf("%s | %s | %s", d.Slice(q.Speaker.Mention), d.Slice(q.Cue), q.Words(d.Text)))
			case q.Kind == doc.QuoteMixed:
				got = append(got, "marks: "+d.Slice(q.Speaker.Mention))
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestParticipleBeforeQuotation checks that a participle of speech that
// a comma opens gives the quotation after it the clause's subject, with
// a comma, a colon or nothing between them.
func TestParticipleBeforeQuotation(t *testing.T) {
	for _, text := range []string{
		"Ed Moss criticized the plan, saying “It will fail.”",
		"Ed Moss criticized the plan, saying: “It will fail.”",
		"Ed Moss criticized the plan, saying, “It will fail.”",
	} {
		d := run(t, text)
		testutil.CheckSpans(t, d)
		got := ""
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteDirect {
				got = d.Slice(q.Speaker.Mention)
			}
		}
		if got != "Ed Moss" {
			t.Errorf("%q: speaker %q, want %q", text, got, "Ed Moss")
		}
	}
}
