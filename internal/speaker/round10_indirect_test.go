package speaker

import (
	"strings"
	"testing"
)

// TestRoundTenIndirect checks the tenth round's indirect rules with exact spans, as
// TestRoundNine does: every indirect quotation of each text, in order,
// as "mention | cue | content".
func TestRoundTenIndirect(t *testing.T) {
	long := "Yet over the summer, aides to the mayor say, the mayor has grown tired of the " + strings.Repeat("old ", 40) + "pier."
	tests := []struct {
		text string
		want []string
	}{
		// A bare plural and its phrase as the subject of a trailing
		// cue, and a cue between commas after an opening phrase in a
		// long sentence.
		{"The pier is rotten, officials in the city say.", []string{"officials in the city | say | The pier is rotten"}},
		{"The pier, advisers to the mayor say, is rotten.", []string{"advisers to the mayor | say | The pier … is rotten"}},
		{long, []string{"aides to the mayor | say | Yet over the summer … the mayor has grown tired of the " + strings.Repeat("old ", 40) + "pier"}},
		{"In May, " + strings.Repeat("the old pier and ", 12) + "the ferry were sold, officials said.", []string{"officials | said | In May, " + strings.Repeat("the old pier and ", 12) + "the ferry were sold"}},
		// Verbs of dismissal and of disagreement over a question.
		{"Ed Moss has pooh-poohed the finding that the pier is rotten.", []string{"Ed Moss | pooh-poohed | the finding that the pier is rotten"}},
		{"The two towns still spar over whether the pier belongs to the port.", []string{"The two towns | spar over | whether the pier belongs to the port"}},
		{"The board reaffirmed that the pier will close.", []string{"The board | reaffirmed | that the pier will close"}},
		// "rules" as a verb after a ruling body or a name, before
		// "that" and a subject; a plural noun elsewhere.
		{"The judge rules that the pier must close.", []string{"The judge | rules | that the pier must close"}},
		{"Judge Ortiz rules that it must close.", []string{"Judge Ortiz | rules | that it must close"}},
		{"The new emissions rules that the board wrote are strict.", nil},
		{"The rules that the board wrote are strict.", nil},
		// "together" between a subject and its verb.
		{"The deal came from two towns, which together vowed to close the pier.", []string{"which | vowed | to close the pier"}},
		// A participle of reporting with its agent after a noun
		// phrase, with no "be": the phrase is the content.
		{"The board passed a plan backed by the mayor.", []string{"the mayor | backed | a plan"}},
		{"A plan backed by the mayor passed on Monday.", []string{"the mayor | backed | A plan"}},
		{"The pier is a risk (a view echoed by everyone on the crew).", []string{"everyone | echoed | a view"}},
		{"His hopes seemed confirmed by the vote.", nil},
		// A verb of response with "by" and a gerund: the answer.
		{"Ed Moss responded by using the ferry as an example.", []string{"Ed Moss | responded | by using the ferry as an example"}},
		{"Ed Moss responded by saying that the pier was safe.", []string{"Ed Moss | saying | that the pier was safe"}},
		// "announcement of" as a noun of evaluation with its possessor.
		{"The board was swayed by Ed Moss's announcement of a levy on the pier.", []string{"Ed Moss's | announcement of | a levy on the pier"}},
		// A relative "what" after "be" as the object of a verb of
		// reporting: the pronoun is the content.
		{"That was what Ann Ortiz said before the vote.", []string{"Ann Ortiz | said | what"}},
		{"That is what the board believes.", []string{"the board | believes | what"}},
		{"What Ed Moss has said is that the pier is safe.", nil},
		{"He knows what she said to them.", nil},
		// "as X saw," and "as X has seen," as comment clauses.
		{"As we have seen, the pier is old.", []string{"we | seen | the pier is old"}},
		{"The board, as we saw in 2011, can change its mind.", []string{"we | saw | The board … can change its mind"}},
		{"As he saw the ferry, he waved.", nil},
		// An aside between dashes: the mention starts after the opening
		// dash, the content ends at the closing one.
		{"The pier -- critics say it is a folly -- has cost a lot.", []string{"critics | say | it is a folly"}},
		{"The pier — critics say it is a folly — has cost a lot.", []string{"critics | say | it is a folly"}},
		{"Ed Moss said the pier - which is old - has cost a lot.", []string{"Ed Moss | said | the pier - which is old - has cost a lot"}},
		// "According to" a name and its appositive at the sentence's
		// start: the appositive is the mention's.
		{"According to Ann Ortiz, the mayor, voters want the pier closed.", []string{"Ann Ortiz, the mayor, | According to | voters want the pier closed"}},
		{"According to Ann Ortiz, the pier, the ferry and the port are rotten.", []string{"Ann Ortiz | According to | the pier, the ferry and the port are rotten"}},
		{"According to the data, the pier, which is old, is rotten.", []string{"the data | According to | the pier, which is old, is rotten"}},
		// Competing for a goal and putting a thing down to a cause; a
		// decision on a proposal and esteem are acts, not reports.
		{"The committee approved a bill to close the pier.", nil},
		{"Six towns vied to take over the pier.", []string{"Six towns | vied | to take over the pier"}},
		{"Ed Moss chalks up the losses to bad luck.", []string{"Ed Moss | chalks up | the losses to bad luck"}},
		{"His fellow pilots respect him.", nil},
		// An object relative "that" after its noun, the verb with
		// nothing after it, and "what" after "that’s".
		{"Ed Moss is the kind of leader that Ann Ortiz so admires.", []string{"Ann Ortiz | admires | that"}},
		{"That’s what the board hopes.", []string{"the board | hopes | what"}},
		{"Ed Moss said that Ann Ortiz agrees.", []string{"Ed Moss | said | that Ann Ortiz agrees"}},
		// Decisions that impose or appoint are acts, not reports.
		{"The port paid a large fine imposed by the board.", nil},
		{"Four of the judges were appointed by Republican governors.", nil},
		// "in" a month or a year between the subject and its verb:
		// the verb's after persons or a body (round nineteen,
		// timeKept), the mention's after a thing that carries words.
		{"The pier opened. A review panel in 2009 found the port was at fault.", []string{"A review panel | found | the port was at fault"}},
		{"The pier opened. The board in April said the port was in breach.", []string{"The board | said | the port was in breach"}},
		{"The pier opened. A report in 2009 found the port was at fault.", []string{"A report in 2009 | found | the port was at fault"}},
		// A headline in title case with a verb of evaluation.
		{"Pilots Slam Pier Plan As Costly.", []string{"Pilots | Slam | Pier Plan As Costly"}},
		// A relative "which" after a comma as the object of a verb of
		// speech; not of another verb.
		{"Fees were a key part of the plan, which the port detailed in its report.", []string{"the port | detailed | which"}},
		{"Sales were a key part of the plan, which the bank approved in May.", nil},
		// A passive whose source is a thing that carries content,
		// after "in".
		{"The harm is documented in the film.", []string{"the film | documented | The harm"}},
		{"The plan was outlined in a new report.", []string{"a new report | outlined | The plan"}},
		{"The plan was outlined in a report card.", nil},
		// A causative "have": the noun after it is the participle's
		// subject, as after "with".
		{"The storm had pilots wondering about her plan for the pier.", []string{"pilots | wondering | her plan for the pier"}},
		{"Ann Ortiz spoke. She has been saying that the pier is old.", []string{"She | saying | that the pier is old"}},
		// A modifier before a plural noun as a subject after an
		// opening phrase.
		{"Later, federal prosecutors charged two pilots with fraud.", []string{"federal prosecutors | charged | two pilots with fraud"}},
		{"The scare has skittish pilots contemplating other plans.", []string{"skittish pilots | contemplating | other plans"}},
		// "according to X" between a subject and its verb: the content
		// is the clause around it.
		{"The plan, according to two officials, would cost a lot.", []string{"two officials | according to | The plan … would cost a lot"}},
		{"Among riders, according to a poll, Ann Ortiz leads.", []string{"a poll | according to | Among riders … Ann Ortiz leads"}},
		// A noun of one who holds a stance, after "be".
		{"Ed Moss is a steady and outspoken supporter of the pier.", []string{"Ed Moss | supporter of | the pier"}},
		{"Ann Ortiz, who is a critic of the levy, spoke.", []string{"who | critic of | the levy"}},
		{"Supporters of the plan met on Monday.", nil},
		{"A critic of the plan, Ann Ortiz said it would fail.", []string{"Ann Ortiz | critic of | the plan", "Ann Ortiz | said | it would fail"}},
		{"A critic of the plan, the old pier is gone.", nil},
		// "deliver" reports only before a noun of what is said.
		{"Ann Ortiz delivered a stern warning to the board.", []string{"Ann Ortiz | delivered | a stern warning to the board"}},
		{"The ferry delivered the mail.", nil},
	}
	for _, tt := range tests {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
