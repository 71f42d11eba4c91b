package speaker

import "testing"

// TestRoundNineteenEdges checks the nineteenth round's mention edges on
// indirect attributions with exact spans, "mention | cue | words", each
// rule beside negatives that share its pattern. The sentences are the
// round's own.
func TestRoundNineteenEdges(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A month or a year after "in" between persons or a body and
		// their verb dates the act (timeKept); after a thing that
		// carries words or a participle it dates the thing and stays.
		{"Federal prosecutors in May charged two bakers with fraud.", []string{"Federal prosecutors | charged | two bakers with fraud"}},
		{"An appeals panel in 2003 found that the levy was unlawful.", []string{"An appeals panel | found | that the levy was unlawful"}},
		{"A memorable ad in 2008 questioned whether the mayor was ready.", []string{"A memorable ad in 2008 | questioned | whether the mayor was ready"}},
		{"A report released in May found that the pier was unsafe.", []string{"A report released in May | found | that the pier was unsafe"}},
		{"A poll in June found that the pier was unsafe.", []string{"A poll in June | found | that the pier was unsafe"}},
		// A place after "in" is no time: the mention keeps it.
		{"The board in Ashton found that the levy was unlawful.", []string{"The board in Ashton | found | that the levy was unlawful"}},
		// A sum of money before a plural is a contact clause's object,
		// not the plural's number (moneyBefore); a count of persons
		// stays.
		{"The plan would cost the $20 million experts say the town lacks.", []string{"experts | say | the town lacks"}},
		{"Some 40 pilots say the ferry is unsafe.", []string{"Some 40 pilots | say | the ferry is unsafe"}},
		{"About 80 percent of voters say the levy is too high.", []string{"About 80 percent of voters | say | the levy is too high"}},
		// A body's name read from inside it, or a participle's agent
		// read alone, where the noun phrase opens the sentence
		// (npFromStart).
		{"The union’s complaint to the Harbour Court of Appeals’ Board on Pilot Conduct says Moss broke the rules.", []string{"The union’s complaint to the Harbour Court of Appeals’ Board on Pilot Conduct | says | Moss broke the rules"}},
		{"The complaint to the D.C. Board on Professional Conduct says Moss broke the rules.", []string{"The complaint to the D.C. Board on Professional Conduct | says | Moss broke the rules"}},
		{"Research conducted by the Institute for Harbour and Ferry Affairs found that coverage was negative.", []string{"Research conducted by the Institute for Harbour and Ferry Affairs | found | that coverage was negative"}},
		{"Research carried out by the Harbour Board found that coverage was negative.", []string{"Research carried out by the Harbour Board | found | that coverage was negative"}},
		{"The pilots wrote to the board and the Institute for Harbour Studies said the rules were broken.", []string{"the Institute for Harbour Studies | said | the rules were broken"}},
		// Not past a comma or from a clause after a subordinator: the
		// subject is the name read.
		{"In a letter to the Board on Professional Conduct, Moss said the rules were broken.", []string{"Moss | said | the rules were broken"}},
		{"Asked by the Harbour Board, Ann Reed said the pier was safe.", []string{"Ann Reed | said | the pier was safe"}},
		{"The pier was closed after the Institute for Harbour Studies said it was unsafe.", []string{"the Institute for Harbour Studies | said | it was unsafe"}},
		{"Tired of the delays, members of the Board on Safety say the pier is unsafe.", []string{"members of the Board on Safety | say | the pier is unsafe"}},
		// An opening participle phrase and its comma before a subject
		// whose second verb, after "and", is the cue (openerEnd, by
		// clauseStart); a name ending in -en or -ed is no participle.
		{"Chastened by the polls, Reed revised her plan and said it would change.", []string{"Reed | said | it would change"}},
		{"Shaken by the vote, the mayor closed the pier and said the ferry would stop.", []string{"the mayor | said | the ferry would stop"}},
		{"Allen met the pilots and said the pier was unsafe.", []string{"Allen | said | the pier was unsafe"}},
		{"Hansen at the port, a pilot, met the crew and said the pier was unsafe.", []string{"Hansen | said | the pier was unsafe"}},
		{"Stung by the vote, the mayor closed the pier and said the ferry would stop.", []string{"the mayor | said | the ferry would stop"}},
		// A preposition's phrase and its comma too; a bound before a
		// number opens the subject, and the noun phrase is the
		// mention, not the bound (approxPhrase).
		{"About the pier, the pilots met and said it was unsafe.", []string{"the pilots | said | it was unsafe"}},
		{"About 300 pilots signed the letter and said the ferry was unsafe.", []string{"About 300 pilots | said | the ferry was unsafe"}},
		{"About 10,000 pilots signed the letter and said the ferry was unsafe.", []string{"About 10,000 pilots | said | the ferry was unsafe"}},
		{"Nearly 80 percent of the pilots signed the letter and said the ferry was unsafe.", []string{"Nearly 80 percent of the pilots | said | the ferry was unsafe"}},
		// A second verb after "and" inside a relative clause opened
		// by a comma shares the pronoun (relativeBefore); a comma
		// that closes the clause gives the verb back to the main
		// subject.
		{"The board met Ed Moss, who leads the pilots and says the pier is unsafe.", []string{"who | says | the pier is unsafe"}},
		{"The board met Ed Moss, who leads the pilots, and said the pier was unsafe.", []string{"The board | said | the pier was unsafe"}},
		{"Ed Moss, who leads the pilots, met the board and said the pier was unsafe.", []string{"Ed Moss, who leads the pilots, | said | the pier was unsafe"}},
		// A word of reporting after a determiner inside the main
		// subject's "of," phrase is its noun (detNoun), as "town," is.
		{"The authors of the report combed through the filings and found that most firms paid little.", []string{"The authors of the report | found | that most firms paid little"}},
		{"The mayor of the town met the pilots and said the pier was unsafe.", []string{"The mayor of the town | said | the pier was unsafe"}},
		// A "which" clause after the "of" phrase is the mention's,
		// whether its verb agrees with the plural head (pluralWhich)
		// or with the phrase's noun (relativeSubject).
		{"The authors of the report, which include the Harbour Fund, say most firms paid little.", []string{"The authors of the report, which include the Harbour Fund, | say | most firms paid little"}},
		{"The authors of the report, which runs to 90 pages, say most firms paid little.", []string{"The authors of the report, which runs to 90 pages, | say | most firms paid little"}},
		// A participle in -ed right after a bare plural, inside the
		// subject of a later cue, reads no attribution of its own
		// (participleInSubject); with no later cue it still does.
		{"Pilots worried about the pier say it is unsafe.", []string{"Pilots worried about the pier | say | it is unsafe"}},
		{"Pilots angered by the vote said the pier was unsafe.", []string{"Pilots angered by the vote | said | the pier was unsafe"}},
		{"Pilots worried that the pier was unsafe.", []string{"Pilots | worried | that the pier was unsafe"}},
		// A name given as an example of a plural between commas: the
		// base form agrees with the plural (exampleOf); after a
		// singular it reads nothing, as before.
		{"Critics, including Ed Moss, say the levy is unfair.", []string{"Critics, including Ed Moss, | say | the levy is unfair"}},
		{"Some economists, including Ed Moss of Ashton University, say the levy is unfair.", []string{"Some economists, including Ed Moss of Ashton University, | say | the levy is unfair"}},
		{"Many pilots, including Ed Moss, have said the levy is unfair.", []string{"Many pilots, including Ed Moss, | said | the levy is unfair"}},
		{"The board, including Ed Moss, say the levy is unfair.", nil},
		{"The ferry, like Ed Moss, say the levy is unfair.", nil},
		// After a plural with its phrase too, whatever the verb's
		// number: the name is read between "including" or "like" and
		// the comma, and tidy joins the plural (exampleHead).
		{"Critics of the levy, including Ed Moss, say it is unfair.", []string{"Critics of the levy, including Ed Moss, | say | it is unfair"}},
		{"Some pilots, such as Ed Moss, said it was unfair.", []string{"Some pilots, such as Ed Moss, | said | it was unfair"}},
		// The object of a restrictive "who," clause's verb read as the
		// subject because a "which," clause follows it: the mention is
		// the phrase the clause modifies, with the clause
		// (relativeObject), and "who," reads nothing (dropInSubject).
		{"Central Asian leaders who oppose the pipeline, which runs to the coast, said it would harm farmers.", []string{"Central Asian leaders who oppose the pipeline, which runs to the coast, | said | it would harm farmers"}},
		{"The leaders who oppose the pipeline, which runs to the coast, said it would harm farmers.", []string{"The leaders who oppose the pipeline, which runs to the coast, | said | it would harm farmers"}},
		// No "who" clause before: the body and its "which" clause.
		{"The board, which runs the pier, said it was unsafe.", []string{"The board, which runs the pier, | said | it was unsafe"}},
		// A past before an infinitive of purpose is finite when "and,"
		// opens a second clause whose subject may speak (finiteInside,
		// purposeAfter, mayVoice), and the object of the infinitive is
		// no part of that subject (objectAnd); a thing after "and," is
		// the object's second half, and a participle stays.
		{"Nordic ministers gathered Monday to discuss the treaty and officials said it would pass.", []string{"officials | said | it would pass"}},
		{"The board met Monday to discuss the levy and its chairman said it was too high.", []string{"its chairman | said | it was too high"}},
		{"A panel formed to study the levy found that it was too high.", []string{"A panel formed to study the levy | found | that it was too high"}},
		{"A panel formed to study the levy and the tax found that it was too high.", []string{"A panel formed to study the levy and the tax | found | that it was too high"}},
		{"Reed revised her plan and said it would change.", []string{"Reed | said | it would change"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}

// TestRoundNineteenOpeners checks sentences that must open a paragraph:
// a dateline in capitals before a spaced hyphen or a dash is no
// subject of a cue joined to a first verb by "and" (openerEnd), and a
// headline's word after "One" or a determiner is a noun, not its verb
// (titleCue, capitalModified, midDeterminer).
func TestRoundNineteenOpeners(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"OSLO - Nordic leaders met on Monday and said the treaty would hold.", []string{"Nordic leaders | said | the treaty would hold"}},
		{"OSLO — Nordic leaders met on Monday and said the treaty would hold.", []string{"Nordic leaders | said | the treaty would hold"}},
		{"OSLO - Nordic leaders said on Monday the treaty would hold.", []string{"Nordic leaders | said | the treaty would hold"}},
		// A name in capitals that no dash follows is the subject.
		{"NATO met on Monday and said the treaty would hold.", []string{"NATO | said | the treaty would hold"}},
		// Headlines in title case.
		{"One Letter Sums Up The Odd Double Rule Ames And Reed Face", nil},
		{"A Report Finds The Ferry Is Unsafe", []string{"A Report | Finds | The Ferry Is Unsafe"}},
		{"One Letter Says The Ferry Is Unsafe", []string{"One Letter | Says | The Ferry Is Unsafe"}},
		{"Mayor Says The Ferry Will Sail", []string{"Mayor | Says | The Ferry Will Sail"}},
		{"One of The Pilots Says Ferry Is Unsafe", []string{"One of The Pilots | Says | Ferry Is Unsafe"}},
		// In running text, "one" before a cue's base form.
		{"One report argues that the ferry is unsafe.", []string{"One report | argues | that the ferry is unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew.\n\n"+tt.text+"\n\nThe ferry sailed.", tt.want, true)
	}
}

// TestRoundNineteenDirect checks the round's rules on direct
// quotations, "mention | cue": a noun for an utterance after a
// determiner and a modifier before a colon is no cue, so the clause's
// subject speaks (modifiedBase, speechObject with a phrase after the
// noun, pastVerbEnd); a cue word after a plural subject stays a cue.
func TestRoundNineteenDirect(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nAnn Reed made the following comment: “We will win.”", []string{"Ann Reed | comment"}},
		{"Ann met the crew.\n\nAnn Reed made the following comment to reporters: “We will win.”", []string{"Ann Reed | comment"}},
		{"Ann met the crew.\n\nThe mayor issued this statement: “The ferry is safe.”", []string{"The mayor | statement"}},
		{"Ann met the crew.\n\nThe board released this statement on Monday: “The ferry is safe.”", []string{"The board | statement"}},
		{"Ann met the crew.\n\nThe mayor issued a statement: “The ferry is safe.”", []string{"The mayor | statement"}},
		{"Ann met the crew.\n\nThe mayor of the town issued this statement: “The ferry is safe.”", []string{"The mayor of the town | statement"}},
		{"Ann met the crew.\n\nA spokesman for the port sent this message: “The ferry is safe.”", []string{"A spokesman for the port | message"}},
		{"Ann met the crew.\n\nThe pilots comment: “We will win.”", []string{"The pilots | comment"}},
		{"Ann met the crew.\n\nThe reed cutter sent this message: “The ferry is safe.”", []string{"The reed cutter | message"}},
		// "from" after an inverted cue's noun of a person or of a
		// thing that carries words, up to the sentence's end or an
		// adverbial; not a possessive's place or a phrase of time.
		{"Ann met the crew.\n\n“The pier is unsafe,” said a statement from the port.", []string{"a statement from the port | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a spokesman from Ashton.", []string{"a spokesman from Ashton | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a letter from the pilots to the board.", []string{"a letter from the pilots | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said the mayor from her office on Monday.", []string{"the mayor | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a spokesman from the start.", []string{"a spokesman | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a letter from Monday.", []string{"a letter | said"}},
		// An adjective of nation before its plural after an inverted
		// cue (adjectivePlural); a name ending like one stays a name.
		{"Ann met the crew.\n\n“The treaty is weak,” said Central Asian leaders.", []string{"Central Asian leaders | said"}},
		{"Ann met the crew.\n\n“The treaty is weak,” said European ministers on Monday.", []string{"European ministers | said"}},
		{"Ann met the crew.\n\n“The treaty is weak,” said Brian Kazan.", []string{"Brian Kazan | said"}},
		// A bare plural that ends the sentence after an inverted cue
		// (finalPlural); a phrase after it may be the verb's, and the
		// round fourteen rule decides ("at" reads nothing).
		{"Ann met the crew.\n\n“The treaty is weak,” said senior officials.", []string{"senior officials | said"}},
		{"Ann met the crew.\n\n“The treaty is weak,” said foreign policy analysts.", []string{"foreign policy analysts | said"}},
		{"Ann met the crew.\n\n“The treaty is weak,” said officials at a news conference.", []string{" | "}},
		{"Ann met the crew.\n\n“The treaty is weak,” said others.", []string{" | "}},
		// A clause that says why a source goes unnamed describes the
		// speaker, as any "who" clause does (anonymity); one that
		// reports words ends the mention.
		{"Ann met the crew.\n\nTwo pilots, who asked not to be named, said: “It is unsafe.”", []string{"Two pilots, who asked not to be named, | said"}},
		{"Ann met the crew.\n\n“It is unsafe,” said two pilots, who spoke on condition of anonymity.", []string{"two pilots, who spoke on condition of anonymity | said"}},
		{"Ann met the crew.\n\nTwo pilots, who asked for a raise, said: “It is unsafe.”", []string{"Two pilots | said"}},
		{"Ann met the crew.\n\nCritics of the plan, including Ed Moss, said: “It is a waste.”", []string{"Critics of the plan, including Ed Moss, | said"}},
		// A bound on a number after a quotation opens the mention
		// (boundBefore); "about," before a determiner is a preposition.
		{"Ann met the crew.\n\n“The pier is unsafe,” about 300 pilots said.", []string{"about 300 pilots | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” about the pilots said.", []string{" | "}},
		// A work's title in marks after "of" inside an appositive
		// (titleInMarks); marks after another word end it.
		{"Ann met the crew.\n\n“It is unsafe,” said Ed Moss, author of “The Pier,” a history of the port.", []string{"Ed Moss, author of “The Pier,” a history of the port | said"}},
		{"Ann met the crew.\n\n“It is unsafe,” said Ed Moss, a pilot “who knows the pier.”", []string{"Ed Moss, a pilot | said"}},
	})
}

// TestRelativeBeforeDirectCue checks that a restrictive relative
// clause inside the subject of a direct quotation's cue reads no
// attribution that runs up to that cue (dropInSubject,
// cueBeforeQuote); a relative clause with its own cue still does.
func TestRelativeBeforeDirectCue(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Central Asian leaders who oppose the pipeline said: “It will harm farmers.”", nil},
		{"Pilots who fear the pier said, “It is unsafe.”", nil},
		{"The crew met pilots who said the pier was unsafe.", []string{"who | said | the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}

// TestViewpointTo checks that a fronted "to" and its person before a
// quotation's comma names the speaker (viewpointTo), and that "to"
// after a verb reads nothing there.
func TestViewpointTo(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // mention of the quotation, "" for none
	}{
		{"Ann Reed met the crew.\n\nShe praised the pilots because to her, “the pier matters more than any vote.”", "her"},
		{"Ann Reed met the crew.\n\nBut to Ed Moss, “the pier is a wreck.”", "Ed Moss"},
		// An abbreviation's full stop and "and" between two names
		// stay inside the person.
		{"Ann Reed met the crew.\n\nTo Sen. Reed, “the pier is a wreck.”", "Sen. Reed"},
		{"Ann Reed met the crew.\n\nTo Ann Reed and Ed Moss, “the pier is a wreck.”", "Ann Reed and Ed Moss"},
		// After a verb, "to her" is the verb's: the cue's subject speaks.
		{"Ann Reed met the crew.\n\nThe crew wrote to her, “the pier is a wreck.”", "The crew"},
	} {
		d := run(t, tt.text)
		got := ""
		for _, q := range d.Quotes {
			if q.Kind == "direct" || q.Kind == "mixed" {
				got = d.Slice(q.Speaker.Mention)
			}
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRoundNineteenReviewFixes checks the review of the nineteenth
// round with its own probes, exact spans: a finite verb ends the
// clause before a body's name (npFromStart); a given name in -ed with
// an appositive is no opening participle (openerEnd, appositiveAfter);
// a second dash closes a parenthesis, no dateline; an irregular past
// after "which" agrees with the phrase's noun (pluralWhich); a bound's
// number runs on to its noun.
func TestRoundNineteenReviewFixes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The crew warned the Board on Safety says it was safe.", []string{"the Board on Safety | says | it was safe"}},
		{"The crew warned the Institute for Harbour Studies said it was safe.", []string{"the Institute for Harbour Studies | said | it was safe"}},
		{"Research carried out by the Harbour Board found that coverage was negative.", []string{"Research carried out by the Harbour Board | found | that coverage was negative"}},
		{"Alfred in Oslo, a pilot, met the crew and said the pier was unsafe.", []string{"Alfred | said | the pier was unsafe"}},
		{"Khaled in Cairo, a pilot, met the crew and said the pier was unsafe.", []string{"Khaled | said | the pier was unsafe"}},
		{"Shaken by the vote, the mayor closed the pier and said the ferry would stop.", []string{"the mayor | said | the ferry would stop"}},
		{"NATO - the alliance - met on Monday and said the treaty would hold.", []string{"NATO | said | the treaty would hold"}},
		{"Fans of the team, which lost again, say it is unfair.", []string{"Fans of the team, which lost again, | say | it is unfair"}},
		{"Fans of the team, which include the mayor, say it is unfair.", []string{"Fans of the team, which include the mayor, | say | it is unfair"}},
		// A bound's number read with a word of scale or a
		// capitalised adjective (approxPhrase, numberRead).
		{"About 300 Norwegian pilots signed the letter and said the ferry was unsafe.", []string{"About 300 Norwegian pilots | said | the ferry was unsafe"}},
		{"About three hundred pilots signed the letter and said the ferry was unsafe.", []string{"About three hundred pilots | said | the ferry was unsafe"}},
		// "in" and a month or a year before an infinitive of purpose
		// (purposeAfter).
		{"Nordic ministers gathered in June to discuss the treaty and officials said it would pass.", []string{"officials | said | it would pass"}},
		{"Nordic ministers gathered in 2019 to discuss the treaty and officials said it would pass.", []string{"officials | said | it would pass"}},
		{"A group created in June to fight the levy said it was too high.", []string{"A group created in June to fight the levy | said | it was too high"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
	// A relative clause that says why a source goes unnamed reads no
	// attribution of its own (dropInSubject, anonymityText), and is the
	// mention's, as before a quotation in marks (relativeSubject).
	checkIndirect(t, "Ann met the crew. Two pilots, who asked not to be named, said the pier was unsafe.", []string{"Two pilots, who asked not to be named, | said | the pier was unsafe"}, true)
	checkIndirect(t, "Ann met the crew. Two pilots, who spoke on the condition of anonymity, said the pier was unsafe.", []string{"Two pilots, who spoke on the condition of anonymity, | said | the pier was unsafe"}, true)
	checkIndirect(t, "Ann met the crew. Two pilots, who declined to give their names, said the pier was unsafe.", []string{"Two pilots, who declined to give their names, | said | the pier was unsafe"}, true)
	checkIndirect(t, "Ann met the crew. Two pilots, who asked not to be named, said: “It is unsafe.”", nil, true)
	// A dateline opens a paragraph; a paired dash there is still a
	// parenthesis.
	checkIndirect(t, "Ann met the crew.\n\nNATO - the alliance - met on Monday and said the treaty would hold.", []string{"NATO | said | the treaty would hold"}, true)
}

// TestRoundNineteenReviewDirect checks the review's probes on direct
// quotations, "mention | cue": a title whose comma stands inside its
// marks before a new clause ends the appositive (titleClosesClause); a
// venue after "from" is the verb's place (fromOrigin); a final plural
// of things is no speaker (personPlural); a past that puts out no
// words makes its subject no speaker (issueVerbs).
func TestRoundNineteenReviewDirect(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“It is unsafe,” said Ed Moss, a critic of “The Plan,” and then he left.", []string{"Ed Moss, a critic of “The Plan,” | said"}},
		{"Ann met the crew.\n\n“It is unsafe,” said Ed Moss, author of “The Pier,” a history of the port.", []string{"Ed Moss, author of “The Pier,” a history of the port | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said the mayor from the stage.", []string{"the mayor | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said the mayor from the podium.", []string{"the mayor | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a spokesman from the union.", []string{"a spokesman from the union | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a statement from the stage crew.", []string{"a statement from the stage crew | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said angry protests.", []string{" | "}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said senior ones.", []string{" | "}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said local observers.", []string{"local observers | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said two experts.", []string{"two experts | said"}},
		{"Ann met the crew.\n\nThe vote at the meeting prompted this statement: “The pier is unsafe.”", []string{" | "}},
		{"Ann met the crew.\n\nThe mayor of the town issued this statement: “The ferry is safe.”", []string{"The mayor of the town | statement"}},
		// A noun for an utterance as the clause's subject names the
		// words, not their speaker.
		{"Ann met the crew.\n\nThe following comment was made: “The pier is unsafe.”", []string{" | "}},
		{"Ann met the crew.\n\nAnn Reed made the following comment: “We will win.”", []string{"Ann Reed | comment"}},
		// A bound before the number after an inverted cue
		// (boundBefore, finalPlural).
		{"Ann met the crew.\n\n“The pier is unsafe,” said about 300 pilots.", []string{"about 300 pilots | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said about the pilots.", []string{" | "}},
	})
}

// TestPostModifiedSource checks that a source's noun phrase opening its
// clause with a post-modifier up to the cue is the whole mention, not
// the noun phrase inside the modifier (postModified): a bare plural, a
// collective or a determiner's noun of a person, then a preposition of
// place or affiliation or an adjective of acquaintance
// (acquaintance). A noun phrase that is a verb's object or follows
// an opener's name stays out.
func TestPostModifiedSource(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nOfficials at the port said, “The ferry is late.”", []string{"Officials at the port | said"}},
		{"Ann met the crew.\n\nTwo people familiar with the talks said, “The ferry is late.”", []string{"Two people familiar with the talks | said"}},
		{"Ann met the crew.\n\nIn Oslo, officials at the port said, “The ferry is late.”", []string{"officials at the port | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” officials at the port said.", []string{"officials at the port | said"}},
		// After a quotation a collective and an adjective of
		// acquaintance do as a plural and "at" do (barePlural), and
		// after an inverted cue an adjective of acquaintance as "of"
		// does (pluralOfAfterCue); "at" there may be the verb's.
		{"Ann met the crew.\n\n“The ferry is late,” people close to the mayor said.", []string{"people close to the mayor | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” police at the port said.", []string{"police at the port | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” officials close to him said.", []string{"officials close to him | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” said people close to the mayor.", []string{"people close to the mayor | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” said people at a news conference.", []string{" | "}},
	})
	tests := []struct {
		text string
		want []string
	}{
		{"People close to the mayor said the ferry was late.", []string{"People close to the mayor | said | the ferry was late"}},
		{"Sources close to the board said the ferry was late.", []string{"Sources close to the board | said | the ferry was late"}},
		{"A person briefed on the talks said the ferry was late.", []string{"A person briefed on the talks | said | the ferry was late"}},
		{"Officials familiar with the plans said the ferry was late.", []string{"Officials familiar with the plans | said | the ferry was late"}},
		{"Pilots loyal to the mayor said the ferry was late.", []string{"Pilots loyal to the mayor | said | the ferry was late"}},
		{"People close to him said the ferry was late.", []string{"People close to him | said | the ferry was late"}},
		{"When the ferry left, people at the port said it was late.", []string{"people at the port | said | it was late"}},
		{"Reed met people close to him and said the ferry was late.", []string{"Reed | said | the ferry was late"}},
		{"Officials in May said the ferry was late.", []string{"Officials | said | the ferry was late"}},
		{"Reed met officials at the port and said the ferry was late.", []string{"Reed | said | the ferry was late"}},
		{"Speaking at the port, Reed said the ferry was late.", []string{"Reed | said | the ferry was late"}},
		{"In Oslo, officials said the ferry was late.", []string{"officials | said | the ferry was late"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
	// The speaker is named by the head, not by the phrase's noun nor
	// with the adjective of acquaintance.
	for _, tt := range []struct{ text, name string }{
		{"People close to the mayor said the ferry was late.", "People"},
		{"People close to him said the ferry was late.", "People"},
		{"Two people familiar with the talks said, “The ferry is late.”", "Two people"},
		{"Officials at the port said the ferry was late.", "Officials"},
	} {
		d := run(t, "Ann met the crew. "+tt.text)
		if len(d.Quotes) == 0 || d.Quotes[0].Speaker.Name != tt.name {
			t.Errorf("%q: got %+v, want the name %q", tt.text, d.Quotes, tt.name)
		}
	}
}
