package speaker

import "testing"

// TestRoundFourteenIndirect checks the fourteenth indirect round's
// readings with exact spans, as TestRoundThirteenIndirectFixes does:
// each text's indirect quotations as "mention | cue | content", nested
// ones too where all is set. Each rule has cases that share its pattern
// and report nothing, or report otherwise.
func TestRoundFourteenIndirect(t *testing.T) {
	tests := []struct {
		text string
		all  bool
		want []string
	}{
		// A negated modal, or "hadn't", between the subject and its
		// verb, in either spelling of the apostrophe.
		{"The mayor can't say when the pier will reopen.", false, []string{"The mayor | say | when the pier will reopen"}},
		{"The mayor cannot say when the pier will reopen.", false, []string{"The mayor | say | when the pier will reopen"}},
		{"The mayor couldn't say when the pier would reopen.", false, []string{"The mayor | say | when the pier would reopen"}},
		{"The mayor shouldn’t claim the pier is safe.", false, []string{"The mayor | claim | the pier is safe"}},
		{"The mayor hadn't said whether the pier would reopen.", false, []string{"The mayor | said | whether the pier would reopen"}},
		{"The mayor hadn’t said whether the pier would reopen.", false, []string{"The mayor | said | whether the pier would reopen"}},
		// The same auxiliaries with no verb of reporting after them
		// report nothing.
		{"The mayor can't swim across the bay.", false, nil},
		{"The mayor couldn't open the pier on time.", false, nil},
		{"The mayor hadn't closed the pier by then.", false, nil},
		// A negated modal inside a reported clause makes it a clause,
		// not an object.
		{"Ed Moss said the ferry couldn’t sail.", false, []string{"Ed Moss | said | the ferry couldn’t sail"}},
		// A noun of saying or stance as a light verb's object with a
		// "that" clause: the verb's subject holds it.
		{"The mayor made the argument that the pier should close.", false, []string{"The mayor | made the argument | that the pier should close"}},
		{"The mayor made a strong argument that the pier should close.", false, []string{"The mayor | made a strong argument | that the pier should close"}},
		{"The board took the position that the pier was safe.", false, []string{"The board | took the position | that the pier was safe"}},
		{"Ed Moss holds the view that the ferry is too slow.", false, []string{"Ed Moss | holds the view | that the ferry is too slow"}},
		{"The inspectors reached the conclusion that the pier was unsafe.", false, []string{"The inspectors | reached the conclusion | that the pier was unsafe"}},
		{"Critics have made claims that the fares are too high.", false, []string{"Critics | made claims | that the fares are too high"}},
		// A relative clause after the noun, a verb that is not light,
		// or "have" with a noun of stance or a holder who cannot speak:
		// nothing.
		{"The mayor made the claim that went viral.", false, nil},
		{"The mayor took the position that he had held for years.", false, nil},
		{"The mayor heard the argument that the pier was unsafe.", false, nil},
		{"The board has a plan that the pier will close.", false, nil},
		{"The hotel has a promise that guests will sleep well.", false, nil},
		{"The mayor made that claim in May.", false, nil},
		// A modal frame before "to" and a verb of speech: the
		// subject is the inner verb's.
		{"The mayor has to explain why the pier closed.", false, []string{"The mayor | explain | why the pier closed"}},
		{"Ed Moss will have to tell voters why the fares rose.", false, []string{"Ed Moss | tell | why the fares rose"}},
		{"The board is set to announce that the pier will close.", false, []string{"The board | announce | that the pier will close"}},
		{"The mayor is likely to argue that the pier is safe.", false, []string{"The mayor | argue | that the pier is safe"}},
		// A verb of thought after the frame, a first or second person
		// subject, or "have" after a fronted object: nothing.
		{"The mayor needs to know why the pier closed.", false, nil},
		{"We need to explain why the pier closed.", false, nil},
		{"You have to wonder whether the pier is safe.", false, nil},
		{"Whatever he had to say, the pier closed.", false, nil},
		// "very" or "too" and a word of how much, ending the phrase,
		// is no content; a clause that goes on is.
		{"Ed Moss could not say very much, because the board forbade him.", false, nil},
		{"Ed Moss said too little, and the board was angry.", false, nil},
		{"Ed Moss says too much was spent on it.", false, []string{"Ed Moss | says | too much was spent on it"}},
		// A relative clause after a comma ends before a main verb in
		// an irregular past; one spelled as its base form goes on.
		{"The pilots, who say the pier is unsafe, went on strike.", false, []string{"who | say | the pier is unsafe"}},
		{"The board, which said the pier would fail, began repairs.", false, []string{"which | said | the pier would fail"}},
		{"The pilots, who said the pier was unsafe, left the union.", false, []string{"who | said | the pier was unsafe"}},
		{"Ed Moss, who says the ferry is late, slow and dirty, voted no.", false, []string{"who | says | the ferry is late, slow and dirty"}},
		// A cue word that modifies the plural subject of a trailing
		// cue ("state officials") is no cue of its own.
		{"The pier is unsafe, state officials said.", false, []string{"state officials | said | The pier is unsafe"}},
		{"The pier is unsafe, some state officials say.", false, []string{"some state officials | say | The pier is unsafe"}},
		{"The pier, state officials said, is unsafe.", false, []string{"state officials | said | The pier … is unsafe"}},
		{"It was late, state troopers arrived.", false, nil},
		// "was quoted as saying": the passive's subject is the
		// speaker; "quoted as" a noun or another verb is left to the
		// agentless reading.
		{"Ed Moss was quoted as saying the pier was safe.", false, []string{"Ed Moss | quoted as saying | the pier was safe"}},
		{"Ed Moss was quoted in the Gazette as saying that the pier was safe.", false, []string{"Ed Moss | quoted in the Gazette as saying | that the pier was safe"}},
		{"The passage was quoted as evidence of bias.", false, []string{" | quoted | The passage … evidence of bias"}},
		// "As X put it …,": a longer phrase of place or time, with an
		// initial in a name, and a handle in the subject.
		{"As Ann Ortiz put it in a note to my colleague John Q. Public in July, the pier is a danger.", false, []string{"Ann Ortiz | put it | the pier is a danger"}},
		{"As Ann Ortiz put it in a long letter to the members of the board in July, the pier is a danger.", false, []string{"Ann Ortiz | put it | the pier is a danger"}},
		{"As one user @pierfan pointed out with a chart, the fares are too high.", false, []string{"one user @pierfan | pointed out | the fares are too high"}},
		// A clause of time or manner with "as" reports nothing.
		{"As the pier aged in the storms of May, the fares rose.", false, nil},
		{"As the pier rotted away in the storms of last year and the year before, the fares rose.", false, nil},
		// ", where" and a clause with a source and a verb of its own
		// ends the content before it; a "where" clause with no
		// attribution stays in it.
		{"The firm decided to sue in Dover, where lawyers say the judges are quick.", false, []string{"The firm | decided | to sue in Dover", "lawyers | say | the judges are quick"}},
		{"The firm filed in Dover, where lawyers say the judges are quick.", false, []string{"lawyers | say | the judges are quick"}},
		{"The firm decided to sue in Dover, where the judges are quick.", false, []string{"The firm | decided | to sue in Dover, where the judges are quick"}},
		// "since" between a perfect's auxiliary and the verb is an
		// adverb of time; after the subject it opens a clause.
		{"The mayor has since said the pier is safe.", false, []string{"The mayor | said | the pier is safe"}},
		{"The mayor has since argued that the pier is safe.", false, []string{"The mayor | argued | that the pier is safe"}},
		{"The fares rose since Ed Moss said the pier was safe.", false, []string{"Ed Moss | said | the pier was safe"}},
		// An addressee with an "of" phrase, and one with a reduced
		// relative, before "that": the content is the clause.
		{"Ed Moss told a crowd of supporters in Ohio on Monday that the pier would close.", false, []string{"Ed Moss | told | that the pier would close"}},
		{"Ed Moss told the board of the harbor that the pier would close.", false, []string{"Ed Moss | told | that the pier would close"}},
		{"Ed Moss told the Gazette in an interview published Monday that the pier would close.", false, []string{"Ed Moss | told | that the pier would close"}},
		// "of" and no clause after the addressee: what was told of.
		{"Ed Moss told the board of his plans to close the pier.", false, []string{"Ed Moss | told | his plans to close the pier"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, !tt.all)
	}
}

// TestRoundFourteenReviewFixes checks the fixes of the review of the
// fifteenth round, as TestRoundFourteenIndirect does: each probe of the
// review is a case, negative where it now reports nothing.
func TestRoundFourteenReviewFixes(t *testing.T) {
	tests := []struct {
		text string
		all  bool
		want []string
	}{
		// A light verb with a noun of an act or an intention is no
		// saying; "take" holds only a noun of a held view.
		{"The council made the decision that the pier would close in May.", false, nil},
		{"The council took the decision that the pier would close in May.", false, nil},
		{"The council made the plan that the pier would close in May.", false, nil},
		{"Police took the warning that the pier would be bombed seriously.", false, nil},
		{"Officials took the claim that the pier was unsafe to heart.", false, nil},
		{"Few people took the argument that the pier was unsafe seriously.", false, nil},
		{"The board took the position that the pier was safe.", false, []string{"The board | took the position | that the pier was safe"}},
		// "assurance" is a noun of saying, as "promise" is; one makes a
		// point, but a point reached is a stage, and "at one point" a
		// time.
		{"The mayor gave assurances that the pier was safe.", false, []string{"The mayor | gave assurances | that the pier was safe"}},
		{"The mayor made the point that the pier was unsafe.", false, []string{"The mayor | made the point | that the pier was unsafe"}},
		{"The talks reached the point that neither side would speak.", false, nil},
		{"At one point that night the pier burned.", false, nil},
		// A light verb's noun, or "was quoted as saying", in a relative
		// clause: the content ends before the main verb.
		{"Ed Moss, who made the argument that the pier was unsafe, resigned in May.", false, []string{"who | made the argument | that the pier was unsafe"}},
		{"Ed Moss, who was quoted as saying the pier was safe, resigned.", false, []string{"who | quoted as saying | the pier was safe"}},
		// The one quoted, not the agent of "quoted by", is the speaker.
		{"Ed Moss was quoted by the Gazette as saying the pier was safe.", false, []string{"Ed Moss | quoted by the Gazette as saying | the pier was safe"}},
		{"The mayor was quoted by the Gazette.", false, []string{"the Gazette | quoted | The mayor"}},
		// "of" and a noun with a relative clause on it: the phrase is
		// what was told of; a clause with its own subject after the
		// addressee's "of" phrase is the content.
		{"The mayor warned residents of a storm that could hit on Friday.", false, []string{"The mayor | warned | a storm that could hit on Friday"}},
		{"Ed Moss told the story of a pier that burned.", false, []string{"Ed Moss | told | a pier that burned"}},
		{"Ed Moss informed the board of a decision that stunned everyone.", false, []string{"Ed Moss | informed | a decision that stunned everyone"}},
		{"Ed Moss told the board of a plan that includes a new pier.", false, []string{"Ed Moss | told | a plan that includes a new pier"}},
		{"Ed Moss told the board of a pier that he had built.", false, []string{"Ed Moss | told | a pier that he had built"}},
		{"Ed Moss told a group of union leaders that most riders wanted a new pier.", false, []string{"Ed Moss | told | that most riders wanted a new pier"}},
		{"Ed Moss told a meeting of the board that prices rose.", false, []string{"Ed Moss | told | that prices rose"}},
		// A participle right after the addressee is its reduced
		// relative: the content is the clause after it.
		{"Ed Moss told reporters gathered outside that the pier was safe.", false, []string{"Ed Moss | told | that the pier was safe"}},
		{"Ed Moss told voters worried about the fares that they would fall.", false, []string{"Ed Moss | told | that they would fall"}},
		{"Ed Moss told reporters stranded by the storm.", false, nil},
		// A participle or an adjective with no "be" before "to" is no
		// modal frame.
		{"A report set to tell the story of the strike was delayed.", false, nil},
		{"Voters most likely to say the pier is safe live near it.", false, nil},
		{"The board met on the date set to announce that the pier would close.", false, nil},
		// A frame of schedule or likelihood makes a report only of a
		// clause, not of an act with a noun object.
		{"Apple is due to report earnings on Tuesday.", false, nil},
		{"The board is poised to announce a merger with a rival.", false, nil},
		{"The film is set to tell the story of a pier that burned.", false, nil},
		{"The board is due to say whether the pier will close.", false, []string{"The board | say | whether the pier will close"}},
		{"The mayor is about to announce the pier will close.", false, []string{"The mayor | announce | the pier will close"}},
		// "has to say" in a clause that follows its head with no
		// relative word, or with a preposition after it, has no
		// content of its own.
		{"Everything the mayor has to say about the pier is false.", false, nil},
		{"The first thing the mayor had to say was that the pier is safe.", false, nil},
		{"The things she has to say about the pier are odd.", false, nil},
		{"All the mayor has to say is that the pier is safe.", false, nil},
		{"The mayor has to say the pier is safe.", false, []string{"The mayor | say | the pier is safe"}},
		{"And now the mayor has to explain why the pier closed.", false, []string{"the mayor | explain | why the pier closed"}},
		{"Officials said the mayor has to explain why the pier closed.", true, []string{"Officials | said | the mayor has to explain why the pier closed", "the mayor | explain | why the pier closed"}},
		// The one who must speak can speak: a thing that carries words
		// may, a sign may not.
		{"The sign needs to tell drivers that the road is closed.", false, nil},
		{"The report has to explain why the pier closed.", false, []string{"The report | explain | why the pier closed"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, !tt.all)
	}
}
