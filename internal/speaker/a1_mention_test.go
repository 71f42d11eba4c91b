package speaker

import "testing"

// TestGroupPluralMentions checks that a capitalised adjective opening a
// sentence (or following a dateline's dash), or two that name a region,
// are read as the start of a plural noun phrase for a group, not as a
// name cut there: the mention is the whole phrase, with the plural's
// "of" phrase. Each positive stands next to a negative that shares its
// pattern: a name before a verb, an adjective in the middle of a
// sentence, a phrase run on to a participle.
func TestGroupPluralMentions(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"The square was quiet.\n\nSmall crowds of fans waited outside the arena all night, circling the block while chanting, “We want Ray.”", []string{"Small crowds of fans | chanting"}},
		// A beat (a short narration beside the quotation) names its subject with no cue.
		{"The square was quiet.\n\nAngry groups of farmers blocked the road for hours, shouting, “No more tariffs.”", []string{"Angry groups of farmers | "}},
		{"The square was quiet.\n\nSmall crowds of fans marching past waited outside the arena, chanting, “We want Ray.”", []string{"Small crowds of fans | chanting"}},
		{"The square was quiet.\n\nYoung waited outside the arena, chanting, “We want Ray.”", []string{"Young | chanting"}},
	})
	tests := []struct {
		text string
		want []string
	}{
		{"The plan was new. Foreign trade experts said tariffs raised prices, citing the cost of steel.", []string{
			"Foreign trade experts | said | tariffs raised prices",
			"Foreign trade experts | citing | the cost of steel"}},
		{"The plan was new. Central Asian ministers have backed the pipeline, warning that a delay will raise costs.", []string{
			"Central Asian ministers | backed | the pipeline",
			"Central Asian ministers | warning | that a delay will raise costs"}},
		{"The talks ended.\n\nBERLIN - Western ministers met on Monday to discuss the crisis, offering new aid amid fears that banks would fail.", []string{
			"Western ministers | offering | new aid amid fears that banks would fail"}},
		// A name that looks like an adjective, before a verb.
		{"The plan was new. Young met the board on Monday, warning that a delay will raise costs.", []string{
			"Young | warning | that a delay will raise costs"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestGroupPluralPronoun checks that "they" resolved to capitalised
// adjectives read as a name means the group they open, and that "she"
// passes over it to a person.
func TestGroupPluralPronoun(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The vote is on Monday.\n\nMany Republican lawmakers met the board. They said the bill would fail.", "Many Republican lawmakers"},
		{"The vote is on Monday.\n\nCentral European leaders met the board. They said the tariffs were unfair.", "Central European leaders"},
		{"The vote is on Monday.\n\nSome Democratic senators met Ann Reed on Monday. She said the cost was too high.", "Ann Reed"},
	} {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			got = append(got, q.Speaker.Name)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: got speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReducedRelativeMentions checks that a participle's phrase after a
// sentence's subject stays the subject's modifier: the mention is the
// subject with it, not the preposition's object before the cue. The
// negatives: a finite verb before the preposition ("looked at"), and a
// subject that is a name, read as before.
func TestReducedRelativeMentions(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"The vote is on Monday.\n\nMarchers walking through the square shouted “No more cuts!” and stayed until midnight.", []string{"Marchers walking through the square | shouted"}},
		{"The vote is on Monday.\n\nReed walked to the pier and shouted “It is old.”", []string{"Reed | shouted"}},
	})
	tests := []struct {
		text string
		want []string
	}{
		{"The vote is on Monday. Residents living near the plant said the water was unsafe.", []string{"Residents living near the plant | said | the water was unsafe"}},
		{"The vote is on Monday. Officials briefed on the talks said a deal was close.", []string{"Officials briefed on the talks | said | a deal was close"}},
		{"The vote is on Monday. The checkers looked at Ed Moss’s claim that the pier was safe.", []string{"Ed Moss’s | claim | that the pier was safe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestRunOnMentions checks that a subject read on into its predicate up
// to a conjunction or a preposition ends before its verb.
func TestRunOnMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The vote is on Monday. Baker largely agreed with Moss and seemed to think the plan was flawed.", []string{"Baker | think | the plan was flawed"}},
		{"The vote is on Monday. Ann Reed agreed with Moss and said the plan was flawed.", []string{"Ann Reed | said | the plan was flawed"}},
		{"The vote is on Monday. Residents who stayed behind said the water rose fast.", []string{"Residents who stayed behind | said | the water rose fast"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestGroupPluralBeforeNames checks that a capitalised role and its
// plural before names ("Presidential candidates Ann Reed and Ed Moss")
// are not read as the whole group: the names are the mention's.
func TestGroupPluralBeforeNames(t *testing.T) {
	checkIndirect(t, "The vote is on Monday. Presidential candidates Ann Reed and Ed Moss have said the pier is unsafe.", []string{"Presidential candidates Ann Reed and Ed Moss | said | the pier is unsafe"}, true)
}

// TestRunOnEnd checks runOnEnd on mentions as a rule reading back from a
// later word leaves them: each mention is the text up to its last
// word, and want is where the subject ends ("" for as it is).
func TestRunOnEnd(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Nordic leaders gathered Friday to discuss the flood of", "Nordic leaders"},
		{"Baker largely agreed with Moss and", "Baker"},
		{"The mayor met the board and", "The mayor"},
		{"The authors of", ""},                           // too short to hold a verb
		{"Ann Reed, a lawyer who met the board and", ""}, // an appositive
		{"Leaders of the council and", ""},               // no verb
		{"Residents who stayed behind", ""},              // a particle, not a preposition cut off
		{"Voters who backed the board and", ""},          // the relative clause's verb
	} {
		toks := tokenize(tt.text, 0, len(tt.text))
		got := ""
		if e := runOnEnd(tt.text, toks, 0, len(toks)); e < len(toks) {
			got = tt.text[:toks[e-1].e]
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCoordinatedMentions checks that coordinated noun phrases opening
// the sentence are the mention together, not the last of them; and
// that an opening phrase of time or place before its comma, a verb or
// a pronoun keeps the mention as it was.
func TestCoordinatedMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The vote is on Monday. The family, neighbors and church leaders have been demanding that the police release the video.", []string{"The family, neighbors and church leaders | demanding | that the police release the video"}},
		{"The vote is on Monday. Ann Reed, head of the port authority, and other officials argued that the fees were too high.", []string{"Ann Reed, head of the port authority, and other officials | argued | that the fees were too high"}},
		{"The vote is on Monday. The mayor and the council said the pier was unsafe.", []string{"The mayor and the council | said | the pier was unsafe"}},
		{"The vote is on Monday. Ahead of the meeting, Norway and Sweden said the fees would rise.", []string{"Norway and Sweden | said | the fees would rise"}},
		{"The vote is on Monday. On Monday, the mayor and the council said the pier was unsafe.", []string{"the mayor and the council | said | the pier was unsafe"}},
		{"The vote is on Monday. Reed met Moss and officials said the pier was unsafe.", []string{"officials | said | the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestRoleHeadMentions checks that a role's holder opening the sentence
// is the mention, not the body or place after the preposition that
// tells whom they speak for; a role later in the sentence, an object,
// is left alone.
func TestRoleHeadMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// The participle's clause that says why they go unnamed is the
		// mention's, as "who spoke on condition of anonymity" is
		// (n104AnonParticiple).
		{"The bill passed. Officials at the Pentagon, speaking on condition of anonymity, said the troops would be paid.", []string{"Officials at the Pentagon, speaking on condition of anonymity, | said | the troops would be paid"}},
		{"The bill passed. A spokeswoman for the Treasury Department, Lisa Park, said the department was ready.", []string{"A spokeswoman for the Treasury Department, Lisa Park, | said | the department was ready"}},
		{"The bill passed. Two senior officials in Oslo said the talks had failed.", []string{"Two senior officials in Oslo | said | the talks had failed"}},
		{"The bill passed. On Monday the Pentagon said the troops would be paid.", []string{"the Pentagon | said | the troops would be paid"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestInvertedClause checks that a clause after "said" at a sentence's
// end ("…, said the bill spent too much") is not read as the inverted
// cue's subject, which would make the words before the comma its
// content; an inverted subject with its own modifiers still is.
func TestInvertedClause(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The bill passed. Critics, including several conservative groups, said the bill spent too much.", []string{"Critics, including several conservative groups, | said | the bill spent too much"}},
		{"The bill passed. The pier is old, said the director of the port.", []string{"the director of the port | said | The pier is old"}},
		{"The bill passed. The pier is unsafe, said the mayor, who met the board.", []string{"the mayor, who met the board | said | The pier is unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestParticipleAgentMentions checks that a bare noun, its participle
// and the agent after "by" are the mention where the participle ends in
// -ed right before "by", and where an opening phrase of time and its
// comma come first; the agent alone is not.
func TestParticipleAgentMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The fees rose. Research conducted by the Harbour Institute found that fees doubled.", []string{"Research conducted by the Harbour Institute | found | that fees doubled"}},
		{"The fees rose. In 2013, research conducted by the Harbour Institute found that fees doubled.", []string{"research conducted by the Harbour Institute | found | that fees doubled"}},
		{"The fees rose. Last year, research carried out by the Harbour Board found that fees doubled.", []string{"research carried out by the Harbour Board | found | that fees doubled"}},
		{"The fees rose. On Monday, the crew told the Harbour Board that fees doubled.", []string{"the crew | told | that fees doubled"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestAffiliationAfterCue checks that a phrase of affiliation after an
// inverted cue's subject is the subject's, while a phrase of the
// occasion or of time is not.
func TestAffiliationAfterCue(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"The vote was close.\n\n“The board is in chaos,” said one Republican source on the committee.", []string{"one Republican source on the committee | said"}},
		{"The vote was close.\n\n“The board is in chaos,” said a spokesman for the mayor on Monday.", []string{"a spokesman for the mayor | said"}},
		{"The vote was close.\n\n“The board is in chaos,” said two officials in Oslo.", []string{"two officials in Oslo | said"}},
		{"The vote was close.\n\n“The board is in chaos,” said a spokesman in a statement.", []string{"a spokesman | said"}},
		{"The vote was close.\n\n“The board is in chaos,” said an aide at a news conference.", []string{"an aide | said"}},
		{"The vote was close.\n\n“The board is in chaos,” said a spokesman on Monday.", []string{"a spokesman | said"}},
	})
}

// TestFinalAppositive checks that an appositive closing the sentence
// after "according to" and its source is the source's, and so is a
// clause of "which" or "who" (finalRelative), not one of "whose".
func TestFinalAppositive(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The vote was close. Fees would rise by half, according to an analysis by Ann Reed, a former tax aide now teaching at Yale.", []string{"an analysis by Ann Reed, a former tax aide now teaching at Yale | according to | Fees would rise by half"}},
		{"The vote was close. Fees would rise by half, according to an analysis by Ann Reed, a former tax aide, whose figures the board used.", []string{"an analysis by Ann Reed, a former tax aide, | according to | Fees would rise by half"}},
		{"The vote was close. Fees would rise by half, according to the board, which met on Monday.", []string{"the board, which met on Monday | according to | Fees would rise by half"}},
		{"The vote was close. Fees would rise by half, according to the board, which met on Monday to “review” it.", []string{"the board | according to | Fees would rise by half"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestAffiliationTail checks that an inverted trailing cue whose
// subject ends with a phrase of affiliation is read, the phrase in the
// mention; a clause after "said" is still no subject.
func TestAffiliationTail(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The vote was close. The board is in chaos, said one source on the committee.", []string{"one source on the committee | said | The board is in chaos"}},
		{"The vote was close. The board is in chaos, said the council on Election Day.", nil}, // a day's name, not an affiliation
		{"The vote was close. The board is in chaos, said a source on the committee that met on Monday.", nil},
		// A place of two tokens, the clause's end without its stop.
		{"The vote was close. The board is in chaos, said two officials in Oslo.", []string{"two officials in Oslo | said | The board is in chaos"}},
		{"The vote was close. The board is in chaos, said a source in March.", []string{"a source | said | The board is in chaos"}}, // a month, not a place: the phrase says when (timeTail)
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestFloatingQuantifier checks that a quantifier floated after a
// coordinated subject ("… all said") leaves the subject the mention,
// as "Reed and Moss both said" does; an opening phrase before the
// subject stays out.
func TestFloatingQuantifier(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The talks ended. The mayor, the governor and the president all said the plan was sound.", []string{"The mayor, the governor and the president | said | the plan was sound"}},
		{"The talks ended. Reed and Moss both said the plan was sound.", []string{"Reed and Moss | said | the plan was sound"}},
		{"The talks ended. On Monday, the mayor and the governor both said the plan was sound.", []string{"the mayor and the governor | said | the plan was sound"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestItsRole checks that "its" before a noun of a role opens a
// speaker's description as "his" and "her" do, the name in apposition
// the speaker's name; "its" before a thing is left as it was.
func TestItsRole(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"The group met on Monday.\n\n“It is a blunt tool,” said its president, Jim Cole.", []string{"its president, Jim Cole | said"}},
		{"The group met on Monday.\n\n“It is a blunt tool,” its president said.", []string{"its president | said"}},
	})
	d := run(t, "The group met on Monday.\n\n“It is a blunt tool,” said its president, Jim Cole.")
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != "Jim Cole" {
		t.Errorf("got %+v, want one quotation by Jim Cole", d.Quotes)
	}
}
