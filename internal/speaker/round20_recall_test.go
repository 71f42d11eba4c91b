package speaker

import "testing"

// TestRoundTwentyRecall checks the reporting constructions that the
// second probe matrix (issue 3) found unread: a cue between commas after
// a lead adverb ("Now, he said, …"), a cue set off by dashes, "it says"
// after the content where a carrier of words was named before, a part
// of a group after an inverted cue ("…, said many of them"), a phrase of
// how after an inverted cue's subject ("in private"), and a verb of
// speech to someone with no addressee in an aside ("…, it warns, …"),
// "according to" between dashes, the one told by name ("…, she told The
// Times, …") and a phrase of time after the cue ("…, officials said on
// Monday, …").
// Each positive stands next to a negative that shares its pattern.
func TestRoundTwentyRecall(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// leadOpener and leadClause: a lead adverb, the cue between
		// commas, then a clause of its own.
		{"Tom Reed spoke on Tuesday. Now, he said, the pier is unsafe.", []string{"he | said | Now … the pier is unsafe"}},
		{"Ann met the crew. Still, officials warned, the plan would fail.", []string{"officials | warned | Still … the plan would fail"}},
		{"Ann met the crew. Today, a spokeswoman for the port said, the ferry was late.", []string{"a spokeswoman for the port | said | Today … the ferry was late"}},
		{"Ann Reed spoke on Tuesday. Then, she said, she left.", []string{"she | said | Then … she left"}},
		{"Ann met the crew. Now, he left.", nil},
		{"Ann met the crew. Well, she said, it was late.", nil},
		{"Ann met the crew. But, I say, being there, I sold the boat.", nil},
		{"Ann met the crew. Now, I say, the pier is old.", nil},
		// dashAt: dashes set the aside off as commas do.
		{"Ann met the crew. The ferry — police said — was late.", []string{"police | said | The ferry … was late"}},
		{"Ann met the crew. Talks — the mayor warned — will resume on Monday.", []string{"the mayor | warned | Talks … will resume on Monday"}},
		{"Ann met the crew. The ferry was late — police said.", []string{"police | said | The ferry was late"}},
		{"Ann met the crew. The ferry — she said nothing — was late.", nil},
		// "it says" after a carrier; with none before it, no source.
		{"The report was released on Monday. The average benefit, it says, would be $300.", []string{"it | says | The average benefit … would be $300"}},
		{"The memo was sent on Monday. The plan, it warns, would fail.", []string{"it | warns | The plan … would fail"}},
		{"The study came out in May. The pier is unsafe, it notes.", []string{"it | notes | The pier is unsafe"}},
		{"The ferry left on Monday. The pier, it says, is unsafe.", nil},
		// A verb of speech to someone with no addressee in the aside.
		{"Ann Reed spoke on Tuesday. The pier, she warns, is unsafe.", []string{"she | warns | The pier … is unsafe"}},
		// A part of a group after an inverted cue, and a phrase of how
		// after the subject.
		{"Thousands marched on Monday. The plan would fail, said many of them.", []string{"many of them | said | The plan would fail"}},
		{"Thousands marched on Monday. The pier is unsafe, added one of them.", []string{"one of them | added | The pier is unsafe"}},
		{"Thousands marched on Monday. The plan would fail, said many of them in private.", []string{"many of them | said | The plan would fail"}},
		{"Thousands marched on Monday. The plan would fail, said officials in a statement.", []string{"officials | said | The plan would fail"}},
		{"Thousands marched on Monday. The plan would fail, said officials in the square.", []string{"officials in the square | said | The plan would fail"}}, // a phrase of place after a person noun (n26_tail.go)
		// conformityNouns: "according to plan" names no source; a
		// determiner's document does.
		{"Ann met the crew. The ferry, according to schedule, was late.", nil},
		{"Ann met the crew. Talks, according to plan, will resume on Monday.", nil},
		{"Ann met the crew. The ferry, according to the mayor, was late.", []string{"the mayor | according to | The ferry … was late"}},
		// The aside "according to" between dashes.
		{"Ann met the crew. The ferry — according to police — was late.", []string{"police | according to | The ferry … was late"}},
		{"Ann met the crew. The ferry — according to schedule — was late.", nil},
		// The one told by name in the aside, and a phrase of time
		// after the cue before the clause resumes.
		{"Ann met the crew. The plan, officials told The Times, would fail.", []string{"officials | told | The plan … would fail"}},
		{"Ann met the crew. Talks, officials said on Monday, will resume.", []string{"officials | said | Talks … will resume"}},
		{"Ann met the crew. No decision, the mayor said last week, has been made.", []string{"the mayor | said | No decision … has been made"}},
		{"Ann met the crew. The plan would fail, officials told The Times.", []string{"officials | told | The plan would fail"}},
		{"Ann met the crew. The plan would fail, officials told The Times, adding that the pier is old.", []string{"officials | told | The plan would fail", "officials | adding | that the pier is old"}},
		{"Ann met the crew. The plan would fail, officials told The Times to print.", []string{"officials | told | to print"}}, // a request, not the trailing cue
		{"Ann met the crew. The plan would fail, officials told the Harbour Gazette.", []string{"officials | told | The plan would fail"}},
		{"Ann met the crew. The pier will close, Ann Reed told the Gazette, adding that the board would meet.", []string{"Ann Reed | told | The pier will close", "Ann Reed | adding | that the board would meet"}},
		{"Ann met the crew. The plan would fail, officials told the Gazette to print.", []string{"officials | told | to print"}},
		// Still silent: a relative clause with no pronoun between
		// commas, and a fear, which the reader does not read as a view.
		{"Ann met the crew. The pier, officials built in 1990, is old.", nil},
		{"Ann met the crew. The plan, she feared, would fail.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestRoundTwentyCarrierName checks that "it says" after the content is
// named by the carrier named before it.
func TestRoundTwentyCarrierName(t *testing.T) {
	d := run(t, "The report was released on Monday. The average benefit, it says, would be $300.")
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != "The report" {
		t.Errorf("got %+v, want one quotation named The report", d.Quotes)
	}
}

// TestRoundTwentyDirect checks direct quotations in news order: an
// appositive then an adverbial, an age, and a relative clause, which
// PolNeAR's gold keeps in the mention more often than not.
func TestRoundTwentyDirect(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"“We will not close the pier,” said Ann Reed, the mayor of Oslo, in a statement.", []string{"Ann Reed, the mayor of Oslo, | said"}},
		{"“We will not close the pier,” Reed, 45, said.", []string{"Reed, 45, | said"}},
		{"“We will not close the pier,” said Ann Reed, who chairs the board.", []string{"Ann Reed, who chairs the board | said"}},
		{"“We will not close the pier,” Ann Reed, who chairs the board, said.", []string{"Ann Reed, who chairs the board, | said"}},
	})
}
