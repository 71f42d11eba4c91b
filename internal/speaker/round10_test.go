package speaker

import (
	"strings"
	"testing"
)

// A mentionCase is a text and its top-level direct quotations, in
// order, as "mention | cue" (" | " for none).
type mentionCase struct {
	text string
	want []string
}

// checkDirectMentions runs each case and compares the mentions and cues
// of its top-level direct quotations.
func checkDirectMentions(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Parent >= 0 || q.Kind != "direct" {
				continue
			}
			got = append(got, d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]+" | "+d.Text[q.Cue.Start:q.Cue.End])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestRoundTen checks the tenth round's rules for direct quotations
// with exact spans: each top-level direct quotation of the text, in
// order, as "mention | cue" ("" for none).
func TestRoundTen(t *testing.T) {
	tests := []mentionCase{
		// A name's possessive opens the subject: the noun after it
		// speaks, not the name.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” Moss’s lawyer said.", []string{"Moss’s lawyer | said"}},
		{"Ann Ortiz met the crew.\n\n\"The pier is old,\" Moss's lawyer said Tuesday.", []string{"Moss's lawyer | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” Moss’s lawyer has said.", []string{"Moss’s lawyer | said"}},
		{"Ann Ortiz met the crew.\n\nArcher’s confusion was greater than hers. “I was just going.”", []string{" | "}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” Ann Ortiz’s spokesman, Ed Moss, said.", []string{"Ann Ortiz’s spokesman, Ed Moss, | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ann Ortiz’s spokesman, Ed Moss.", []string{"Ann Ortiz’s spokesman, Ed Moss | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” Jones’ lawyer said.", []string{"Jones’ lawyer | said"}},
		{"Ann Ortiz met the crew.\n\nOrtiz’s campaign said, “The pier is old.”", []string{"Ortiz’s campaign | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” Ann Ortiz’s campaign manager Ed Moss said.", []string{"Ann Ortiz’s campaign manager Ed Moss | said"}},
		// An abbreviation before a comma ends no sentence, and a
		// state's abbreviation may end the appositive and the sentence.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” Ed Moss, of Ashton, Md., said.", []string{"Ed Moss, of Ashton, Md., | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss, 62, of Ashton, Md.", []string{"Ed Moss, 62, of Ashton, Md | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss, a lawyer. The board met.", []string{"Ed Moss, a lawyer | said"}},
		// A relative clause in an appositive goes on past a comma
		// with a second verb after "and", and with a phrase before it.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss, who ran the board from 2003 to 2006, during the strike, and has backed Ann Ortiz since her first bid. “We need a new one.”", []string{"Ed Moss, who ran the board from 2003 to 2006, during the strike, and has backed Ann Ortiz since her first bid | said"}},
		{"Ann Ortiz met the crew.\n\nEd Moss, who ran the board in 1995, and later served as mayor, said: “The pier is old.”", []string{"Ed Moss, who ran the board in 1995, and later served as mayor, | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss, who runs the ferry, in a statement.", []string{"Ed Moss, who runs the ferry, | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss, who ran the board, and Ann Ortiz, who heads it.", []string{"Ed Moss, who ran the board | said"}},
		// "Jr." and "Sr." end a name with their full stop, which
		// ends no sentence before a lower-case word.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” Ed Moss Jr. said.", []string{"Ed Moss Jr. | said"}},
		{"Ann Ortiz met the crew.\n\nEd Moss Jr. told the board, “The pier is old.”", []string{"Ed Moss Jr. | told"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss Jr. He left.", []string{"Ed Moss Jr. | said"}},
		// Two names that share the cue are one mention.
		{"Ann met the crew.\n\n“The pier is old,” Ann Ortiz and Ed Moss said.", []string{"Ann Ortiz and Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ann Ortiz and Ed Moss.", []string{"Ann Ortiz and Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss and his wife.", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss, and Ann Ortiz agreed.", []string{"Ed Moss | said"}},
		// A description with its phrase before a name between commas
		// is one mention with it; after the cue, its "for" or "of"
		// phrase is the description's.
		{"Ann met the crew.\n\n“The pier is old,” a spokeswoman for Ann Ortiz, Jane Hicks, said.", []string{"a spokeswoman for Ann Ortiz, Jane Hicks, | said"}},
		{"Ann met the crew.\n\nA spokeswoman for Ann Ortiz, Jane Hicks, said: “The pier is old.”", []string{"A spokeswoman for Ann Ortiz, Jane Hicks, | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said a spokeswoman for Ann Ortiz, Jane Hicks.", []string{"a spokeswoman for Ann Ortiz, Jane Hicks | said"}},
		{"Ann met the crew.\n\nIn a statement to the board, Ed Moss said: “The pier is old.”", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\nA defender of the plan, Ed Moss said: “The pier is old.”", []string{"Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said a pilot in an interview.", []string{"a pilot | said"}},
		// Two adjectives joined by a comma in an appositive.
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss, a conservative, pro-growth economist.", []string{"Ed Moss, a conservative, pro-growth economist | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss, the head of the Forum, a conservative, pro-growth group.", []string{"Ed Moss, the head of the Forum, a conservative, pro-growth group | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss, a lawyer, and Ann Ortiz.", []string{"Ed Moss, a lawyer | said"}},
		// An appositive between dashes, or after a dash to the end of
		// the sentence after the cue.
		{"Ann met the crew.\n\n“The pier is old,” Ed Moss — the board’s chairman — said.", []string{"Ed Moss — the board’s chairman — | said"}},
		{"Ann met the crew.\n\n''The pier is old,'' Ed Moss -- the board's chairman -- said.", []string{"Ed Moss -- the board's chairman -- | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss — the board’s chairman.", []string{"Ed Moss — the board’s chairman | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss — and he meant it.", []string{"Ed Moss | said"}},
		// "read" after a quotation: a text's verb when it ends its
		// clause or comes first before its subject, not a reader's.
		{"Ann met the crew.\n\n“The pier is old,” the statement read.", []string{"the statement | read"}},
		{"Ann met the crew.\n\n“The pier is old,” the statement read in part.", []string{"the statement | read"}},
		{"Ann met the crew.\n\n“The pier is old,” read one sign.", []string{"one sign | read"}},
		{"Ann met the crew.\n\n“The pier is old,” the crew read from the plaque.", []string{" | "}},
		// The paragraphs of quotation after a colon's introduction.
		{"Ann met the crew.\n\nEd Moss said in a statement:\n\n“The pier is old.”\n\n“We will need a new one.”\n\nThe board voted.\n\n“It is late.”", []string{"Ed Moss | said", "Ed Moss | ", " | "}},
		// A passive with its agent after the quotation.
		{"Ann met the crew.\n\n“The Pier Is Old and Grey” was written by Ed Moss after the storm.", []string{"Ed Moss | written"}},
		{"Ann met the crew.\n\n“The pier is old,” was said by Ed Moss.", []string{"Ed Moss | said"}},
		// A credit line after a hyphen or two typed for a dash, or
		// with a handle after the name.
		{"Ann met the crew.\n\n“The pier is old.” - Ed Moss", []string{"Ed Moss | -"}},
		{"Ann met the crew.\n\n“The pier is old.” -- Ed Moss", []string{"Ed Moss | --"}},
		{"Ann met the crew.\n\n“The pier is old.” — Ed Moss (@edmoss) May 3, 2016", []string{"Ed Moss | —"}},
		// A cue word before a cue verb is the description's head noun.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” the report said.", []string{"the report | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” a report concludes.", []string{"a report | concludes"}},
		{"Ann Ortiz met the crew.\n\nThe report said: “The pier is old.”", []string{"The report | said"}},
		// From the review: an appositive after a dash that follows
		// the cue stops at a clause of its own; a "for" or "of" phrase
		// after the cue joins the mention only when it names whose
		// ("for Ann Ortiz"), not an adverbial ("for years"); a text one
		// reads is no speaker; a question and its answer after a
		// colon's introduction are two speakers; "Sr." before a name is
		// a title.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss — Ann Ortiz disagreed.", []string{"Ed Moss | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said a pilot for years.", []string{"a pilot | said"}},
		{"Ann Ortiz met the crew.\n\n“The Pier,” the book I read.", []string{" | "}},
		{"Ann Ortiz met the crew.\n\nAnn Ortiz asked:\n\n“Is the pier old?”\n\n“Yes.”", []string{"Ann Ortiz | asked", " | "}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Sr. Maria Lopez.", []string{"Sr. Maria Lopez | said"}},
		// A subject right before the cue: the name after it is the
		// one asked, not an inverted speaker.
		{"Ann Ortiz met the crew.\n\nAnn Ortiz asked Ed Moss: “Is the pier old?”", []string{"Ann Ortiz | asked"}},
		{"Ann Ortiz met the crew.\n\nThen said Ed Moss: “The pier is old.”", []string{"Ed Moss | said"}},
		// A time word is no title before a name: "yesterday Ed Moss"
		// is no mention.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said yesterday Ed Moss.", []string{" | "}},
		// "and" and a group after the name: of people only.
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss and two aides.", []string{"Ed Moss and two aides | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss and two weeks.", []string{"Ed Moss | said"}},
		{"Ann Ortiz met the crew.\n\n“The pier is old,” said Ed Moss and other things.", []string{"Ed Moss | said"}},
	}
	checkDirectMentions(t, tests)
}
