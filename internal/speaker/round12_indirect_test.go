package speaker

import "testing"

// TestRoundTwelveIndirect checks the twelfth round's indirect rules
// with exact spans, as TestRoundElevenIndirect does: every indirect
// quotation of each text that no other encloses, in order, as "mention
// | cue | content". Each rule has cases that share its pattern and
// report nothing, or report otherwise.
func TestRoundTwelveIndirect(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A restrictive relative clause in the subject belongs to the
		// mention: its verb and object are no noun phrase of their own.
		{"The woman who runs the ferry said fares would rise.", []string{"The woman who runs the ferry | said | fares would rise"}},
		{"The head of the agency that runs the ferry said fares would rise.", []string{"The head of the agency that runs the ferry | said | fares would rise"}},
		{"People who ride the ferry every day say it is always late.", []string{"People who ride the ferry every day | say | it is always late"}},
		{"Voters who support the plan believe it will pass.", []string{"Voters who support the plan | believe | it will pass"}},
		{"The report that the board released said fares would rise.", []string{"The report that the board released | said | fares would rise"}},
		{"Those who know him say he is honest.", []string{"Those who know him | say | he is honest"}},
		// "that" that opens a reported clause stays a complementizer.
		{"The mayor argued that officials in the city say the pier is safe.", []string{"The mayor | argued | that officials in the city say the pier is safe"}},
		{"The board said that officials who run the ferry had been warned.", []string{"The board | said | that officials who run the ferry had been warned"}},
		// A singular head does not agree with a base form.
		{"The woman who runs the ferry say fares would rise.", nil},
		// A base form of the lexicon between a quantifier or a clause's
		// start and a plural noun before the verb modifies the noun.
		{"Some state officials praised the plan.", []string{"Some state officials | praised | the plan"}},
		{"On Monday, state officials said the pier would close.", []string{"state officials | said | the pier would close"}},
		{"Many state their views openly.", []string{"Many | state | their views openly"}},
		{"Some claim the plan is too costly.", []string{"Some | claim | the plan is too costly"}},
		// A prepositional phrase, then a clause without "that"; a
		// phrase with "during" is no content.
		{"The mayor said in a statement the pier would close.", []string{"The mayor | said | the pier would close"}},
		{"The mayor said after the meeting she would run again.", []string{"The mayor | said | she would run again"}},
		{"The mayor said during a news conference that the pier would close.", []string{"The mayor | said | that the pier would close"}},
		{"The mayor said during the debate.", nil},
		// A relative clause on the phrase's noun with its object gone
		// reports nothing.
		{"The mayor commented at a hearing the council called.", nil},
		{"The mayor said at the meeting the board held on Monday.", nil},
		{"The mayor wrote in a letter the board received on Monday.", nil},
		// An addressee and a phrase with "in" before "that".
		{"Ed Moss told The Ashton Times in an interview last week that the pier would close.", []string{"Ed Moss | told | that the pier would close"}},
		// A base form of saying or thinking with "that" after "and"
		// is a plural subject's second verb, with its own content,
		// where nothing in the first content could govern it.
		{"Critics say the plan is too costly and argue that it will hurt riders.", []string{"Critics | say | the plan is too costly", "Critics | argue | that it will hurt riders"}},
		{"Critics say the plan would cut taxes and ensure that jobs grow.", []string{"Critics | say | the plan would cut taxes and ensure that jobs grow"}},
		{"The mayor wants to cut taxes and ensure that jobs grow.", []string{"The mayor | wants | to cut taxes and ensure that jobs grow"}},
		// "According to" a source longer than a phrase, up to its comma.
		{"According to a 12-count complaint filed by the board and a second complaint by the city, the developers broke the law.", []string{"a 12-count complaint filed by the board and a second complaint by the city | According to | the developers broke the law"}},
		{"According to what she said, the pier is safe.", nil},
		// A noun of stance with its source after "from".
		{"The vote came after warnings from the mayor that the pier was unsafe.", []string{"the mayor | warnings | that the pier was unsafe"}},
		{"The board got a pledge from the mayor to rebuild the pier.", []string{"the mayor | pledge | to rebuild the pier"}},
		{"The pier got support from the city that it needed.", nil},
		// A word of the lexicon after a preposition is no verb.
		{"The match went ahead despite stern warnings from her coach that the field was flooded.", []string{"her coach | warnings | that the field was flooded"}},
		{"The vote came amid mounting criticism of the plan.", nil},
		// A preposition that opens the sentence has its capital.
		{"Despite repeated warnings the bridge fell.", nil},
		{"Amid growing complaints the ferry kept running.", nil},
		// "to" after the source opens an infinitive only: not an
		// idiom's noun, nor the one the words are passed on to.
		{"The dog took a warning from the cat to heart.", nil},
		{"He ignored warnings from his doctor to the nurses.", nil},
		{"The town won a pledge from the governor to repair the road.", []string{"the governor | pledge | to repair the road"}},
		// A base form after a name that "a" opens, before "that", is
		// the phrase's noun, and the name with its article the source.
		{"The leaflet carries a Harbour Gazette report that the pier is unsafe.", []string{"a Harbour Gazette | report | that the pier is unsafe"}},
		{"The Ashton Times reports that fares rose.", []string{"The Ashton Times | reports | that fares rose"}},
		// A share of a group before "of" belongs to the mention; after
		// the verb it is the content's.
		{"More than 60 percent of voters say the country is on the wrong track.", []string{"More than 60 percent of voters | say | the country is on the wrong track"}},
		{"At least 40 percent of riders say the ferry is too slow.", []string{"At least 40 percent of riders | say | the ferry is too slow"}},
		{"Fares rose at 40 percent of stations.", nil},
		{"Half of the voters said the pier is safe.", []string{"Half of the voters | said | the pier is safe"}},
		{"The mayor said 60 percent of voters want the pier closed.", []string{"The mayor | said | 60 percent of voters want the pier closed"}},
		// A head with its phrase before a relative clause.
		{"A former aide to the mayor who works for the governor said the pier would close.", []string{"A former aide to the mayor who works for the governor | said | the pier would close"}},
		// A noun of saying or stance before a colon: its possessor, or
		// the subject of the verb it is the object of, is the source.
		{"The mayor's view is clear: the pier must close.", []string{"The mayor's | view | the pier must close"}},
		{"The report reached a stark conclusion: the pier is unsafe.", []string{"The report | reached a stark conclusion | the pier is unsafe"}},
		{"The mayor had a warning for the board: the pier must close.", []string{"The mayor | had a warning for the board | the pier must close"}},
		{"The mayor made her position clear: the pier must close.", []string{"The mayor | made her position clear | the pier must close"}},
		{"The plan has one flaw: it costs too much.", nil},
		{"The board had a problem: the pier was old.", nil},
		{"The decision was simple: the pier must close.", nil},
		{"She enjoys a comfortable position: her uncle owns the mill.", nil},
		// After "is" or "was", only an adjective of plain speaking.
		{"The mayor's view is the same: the pier must close.", []string{"The mayor's | view | the pier must close"}},
		// The possessor of the noun of saying must be able to speak.
		{"The film's message is simple: love wins in the end.", nil},
		{"The board's message was clear: the pier must close.", []string{"The board's | message | the pier must close"}},
		// A noun of saying opens no other rule: the sentence gate
		// lets it through (isSpeechNoun in attributionWords).
		{"The mayor's message was simple: the pier must close.", []string{"The mayor's | message | the pier must close"}},
		{"Ed Moss's view was stunning: the mountains rose above the lake.", nil},
		// After "have", only a noun of saying, held by one who can
		// speak.
		{"The crew had a plan for the storm: they would tie down the sails.", nil},
		{"The menu had a promise on the cover: every dish is made fresh.", nil},
		{"The board had a warning for riders: the pier would close.", []string{"The board | had a warning for riders | the pier would close"}},
		// A passive's agent keeps the group its head counts or leads.
		{"The plan was criticized by a number of experts.", []string{"a number of experts | criticized | The plan"}},
		{"The plan was criticized by the head of the agency.", []string{"the head of the agency | criticized | The plan"}},
		// A word in -ing before a plural noun and the cue modifies it.
		{"Leading economists say the plan will fail.", []string{"Leading economists | say | the plan will fail"}},
		{"Cutting fares helps riders.", nil},
		// Two nouns joined by "and", the second with its phrase.
		{"Regulators and advisers to the board argued that the plan was flawed.", []string{"Regulators and advisers to the board | argued | that the plan was flawed"}},
		{"Yesterday inspectors and advisers to the board said the plan was flawed.", []string{"inspectors and advisers to the board | said | the plan was flawed"}},
		// An adjective in -ly that opens the subject stays in it.
		{"Elderly riders and advisers to the board said the plan was flawed.", []string{"Elderly riders and advisers to the board | said | the plan was flawed"}},
		{"The mayor and aides to the governor said the pier would close.", []string{"The mayor and aides to the governor | said | the pier would close"}},
		{"The ferry and the pier to the north said nothing.", nil},
		// "It" after a sentence whose carrier of words has an
		// auxiliary after it.
		{"The study was released on Tuesday. It found that fares had risen.", []string{"It | found | that fares had risen"}},
		// "hint at" with its particle only, before a wh-clause or a
		// noun of saying or stance; a plain noun phrase is what a thing
		// hints at too. "side with" is a stance act, no report.
		{"The mayor hinted at plans to close the pier.", []string{"The mayor | hinted at | plans to close the pier"}},
		{"The mayor hinted at what she would do.", []string{"The mayor | hinted at | what she would do"}},
		{"The clouds hint at rain.", nil},
		{"The ruins hint at an older city.", nil},
		// A thing hints at a clause too: only one who can speak reports.
		{"The clouds hint at what is coming.", nil},
		{"The mayor sided with the riders.", nil},
		{"The boats side with the pier at low tide.", nil},
		{"The mayor's side of the pier was closed.", nil},
		// "later" alone after the verb is no content; before "that"
		// it is passed over.
		{"The mayor spoke on Monday, adding later.", nil},
		{"The mayor said later that the pier would close.", []string{"The mayor | said | that the pier would close"}},
		// A verb after a comma with an infinitive of its own is no
		// trailing cue; "to" and the one spoken to is.
		{"In the face of the crisis, the board has proved to be weak.", nil},
		{"The pier is old, the mayor said to reporters.", []string{"the mayor | said | The pier is old"}},
		{"The pier will close, Ed Moss said to be clear.", []string{"Ed Moss | said | The pier will close"}},
		{"Fares will rise, the mayor said to be fair.", []string{"the mayor | said | Fares will rise"}},
		// A pronoun after words of its own clause is no trailing
		// cue's subject; "that" before a noun in a phrase after the
		// verb is a demonstrative.
		{"If the ferry is late, please check the notes I wrote last year for riders in that position.", nil},
		{"Ann Ortiz spoke. The pier is old, she told reporters.", []string{"she | told | The pier is old"}},
		// "According to" and a single word after its comma reports
		// nothing.
		{"According to the network, basically.", nil},
		{"According to the network, fares rose.", []string{"the network | According to | fares rose"}},
		// A passive with no agent and a stranded "to" reports nothing.
		{"The witness missed the hearing he was called to in May.", nil},
		// A part of the day after the day's name is the phrase of
		// time's, not the content's; "data" agrees with a base form.
		{"The mayor said Tuesday night she would not run.", []string{"The mayor | said | she would not run"}},
		{"Data from the agency suggest fares have risen.", []string{"Data from the agency | suggest | fares have risen"}},
		{"The mayor said the night was cold.", []string{"The mayor | said | the night was cold"}},
		// "In" and a view with its holder opening a sentence.
		{"In the mayor's view, the pier is unsafe.", []string{"the mayor's | view | the pier is unsafe"}},
		{"In the opinion of the board, the pier is unsafe.", []string{"the board | opinion | the pier is unsafe"}},
		{"In the view from the pier, the city is bright.", nil},
		{"In the city view, the pier is old.", nil},
		// "as X sees it," is a comment clause of view.
		{"As the mayor sees it, the pier is a relic.", []string{"the mayor | sees it | the pier is a relic"}},
		{"As the ferry left, the mayor saw it go.", nil},
		// A participle's aside between dashes stands between the
		// subject and its verb.
		{"The record of the hearing — released by the Gazette — shows that the mayor spoke about fares.", []string{"The record of the hearing — released by the Gazette — | shows | that the mayor spoke about fares"}},
		{"The pier — built in 1902 — is old.", nil},
		// "assume" and "presume" with "that" only.
		{"Many people assumed that the mayor had the backing of the board.", []string{"Many people | assumed | that the mayor had the backing of the board"}},
		{"The firm assumed the debts of the pier.", nil},
		{"The mayor assumed office in May.", nil},
		{"The board assumes the pier is safe.", nil},
		{"The court held that the law was valid.", []string{"The court | held | that the law was valid"}},
		{"The board held a meeting on Monday.", nil},
		{"The mayor held that position for years.", nil},
		{"The mayor clarified that the pier would close.", []string{"The mayor | clarified | that the pier would close"}},
		{"The mayor clarified the rules.", nil},
		{"The mayor reassured riders that the pier was safe.", []string{"The mayor | reassured | that the pier was safe"}},
		// "remain" links an adjective of stance as "be" does.
		{"The mayor remains skeptical that the pier can be saved.", []string{"The mayor | skeptical | that the pier can be saved"}},
		{"The mayor remained convinced that the pier was safe.", []string{"The mayor | convinced | that the pier was safe"}},
		{"The pier remained open.", nil},
	}
	for _, tt := range tests {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
