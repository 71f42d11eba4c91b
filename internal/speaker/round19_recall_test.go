package speaker

import "testing"

// TestRoundNineteenRecall checks the core reporting constructions that a
// matrix of plain one-sentence probes (subjects × verbs × contents ×
// forms) found unread: bare group nouns and plurals after the content
// or after an inverted cue, a long description with a modifier or a
// relative clause, a clause whose subject "no" or "none of" opens, a
// verb of speech to someone with no addressee, an estimate after the
// content, a comment clause with "as" that ends the sentence, and a
// subject that ends with a pronoun after a preposition. Each positive
// stands next to a negative that shares its pattern.
func TestRoundNineteenRecall(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// groupNouns: a group noun without -s stands bare before the
		// cue after the content, as plurals in -s do.
		{"Ann met the crew. The ferry was late, police said.", []string{"police | said | The ferry was late"}},
		{"Ann met the crew. The guard was not armed, staff said.", []string{"staff | said | The guard was not armed"}},
		{"Ann met the crew. The ferry was late, people say.", []string{"people | say | The ferry was late"}},
		{"Ann met the crew. Staff say the guard was not armed.", []string{"Staff | say | the guard was not armed"}},
		{"Ann met the crew. The ferry was late, police arrived.", nil},
		{"Ann met the crew. The ferry was late, staff left early.", nil},
		{"Ann met the crew. People said to be close to the mayor attended the dinner.", nil},
		{"Ann met the crew. The officers police the streets at night.", nil},
		// invertedPlural and postModified: a bare plural after an
		// inverted cue, and a description with its modifier up to the
		// sentence's end.
		{"Ann met the crew. The ferry was late, said police.", []string{"police | said | The ferry was late"}},
		{"Ann met the crew. Talks will resume on Monday, said officials.", []string{"officials | said | Talks will resume on Monday"}},
		{"Ann met the crew. The ferry was late, noted local residents.", []string{"local residents | noted | The ferry was late"}},
		{"Ann met the crew. Talks will resume on Monday, confirmed two people familiar with the talks.", []string{"two people familiar with the talks | confirmed | Talks will resume on Monday"}},
		{"Ann met the crew. Talks will resume on Monday, said a senior official who asked not to be named.", []string{"a senior official who asked not to be named | said | Talks will resume on Monday"}},
		{"Ann met the crew. The ferry was late, said police were investigating.", nil},
		{"Ann met the crew. He paused, demanded a glass of water.", nil},
		{"Ann met the crew. The ferry was late, told reporters.", nil},
		{"Ann met the crew. The ferry was late, warned him.", nil},
		// An object cue other than "tell" may stand inverted.
		{"Ann met the crew. The pier is unsafe, warned the engineer.", []string{"the engineer | warned | The pier is unsafe"}},
		// whoSubject: a relative clause on "who" between the subject
		// and the cue after the content.
		{"Ann met the crew. The ferry was late, a senior official who asked not to be named said.", []string{"a senior official who asked not to be named | said | The ferry was late"}},
		// noSubject: "no" opens the subject of a clause.
		{"Ann met the crew. David Schulz said no decision had been made.", []string{"David Schulz | said | no decision had been made"}},
		{"Ann met the crew. Officials insisted no decision had been made.", []string{"Officials | insisted | no decision had been made"}},
		{"Ann met the crew. Reed told reporters no one was hurt.", []string{"Reed | told | no one was hurt"}},
		{"Ann met the crew. She said no to the plan.", nil},
		{"Ann met the crew. She said no more about it.", nil},
		{"Ann met the crew. She showed no little dismay over the scene that had unfolded.", nil},
		// addresseeless: a verb of speech to someone with a clause and
		// no addressee.
		{"Ann met the crew. Reed warned the ferry was late.", []string{"Reed | warned | the ferry was late"}},
		{"Ann met the crew. Reed warned none of the money was left.", []string{"Reed | warned | none of the money was left"}},
		{"Ann met the crew. Reed warned talks would fail.", []string{"Reed | warned | talks would fail"}},
		{"Ann met the crew. Reed warned residents to stay home.", []string{"Reed | warned | to stay home"}},
		{"Ann met the crew. The chief told his staff never to speak of it.", []string{"The chief | told | to speak of it"}},
		// statedPast and "estimate" of class s: an estimate after the
		// content; a participle with words after it stays a modifier.
		{"Ann met the crew. The repairs would cost $40 million, analysts estimated.", []string{"analysts | estimated | The repairs would cost $40 million"}},
		{"Ann met the crew. The repairs would cost $40 million, estimated Reed.", []string{"Reed | estimated | The repairs would cost $40 million"}},
		// asCue: a comment clause with "as" that ends the sentence.
		{"Ann met the crew. The ferry was late, as police have said.", []string{"police | said | The ferry was late"}},
		{"Ann met the crew. The pier is old, as Jo would say.", []string{"Jo | say | The pier is old"}},
		{"Ann met the crew. The ferry was late, as police have done before.", nil},
		{"Ann met the crew. The ferry was late, as the staff said goodbye.", nil},
		{"Ann met the crew. He looked up, as if startled by the sound of a human voice.", nil},
		// pronounPhrase: a subject that ends with a pronoun after a
		// preposition.
		{"Ann met the crew. Thousands marched, many of whom say the plan is unfair.", []string{"many of whom | say | the plan is unfair"}},
		{"Ann met the crew. Many of them say the plan is unfair.", []string{"Many of them | say | the plan is unfair"}},
		{"Ann met the crew. Those close to him say that, in addition to the pier, he would sell the ferry.", []string{"Those close to him | say | that, in addition to the pier, he would sell the ferry"}},
		{"Ann met the crew. She gave the leaflets to many of them.", nil},
		// whoSubject and nearSubject after the content, where the
		// cue's nearest noun is the relative's or the phrase's.
		{"Ann met the crew. The ferry was late, an aide who was at the meeting said.", []string{"an aide who was at the meeting | said | The ferry was late"}},
		{"Ann met the crew. The ferry was late, people close to the mayor said.", []string{"people close to the mayor | said | The ferry was late"}},
		// pluralOpener: one plural noun before a cue between commas,
		// the subject of the verb after it; not an interjection.
		{"Ann met the crew. Talks, officials said, will resume on Monday.", []string{"officials | said | Talks … will resume on Monday"}},
		{"Ann met the crew. Thanks, she said, it was late.", nil},
		{"Ann met the crew. Well, she said, it was late.", nil},
		// A participle's phrase after an inverted cue.
		{"Ann met the crew. The ferry was late, said two officials briefed on the plan.", []string{"two officials briefed on the plan | said | The ferry was late"}},
		// phraseSubject: an "as" clause whose subject has a phrase or a
		// relative clause; nearSubject after an inverted cue.
		{"Ann met the crew. The ferry was late, as those close to him have said.", []string{"those close to him | said | The ferry was late"}},
		{"Ann met the crew. The ferry was late, as an aide who was at the meeting has said.", []string{"an aide who was at the meeting | said | The ferry was late"}},
		{"Ann met the crew. The ferry was late, as two officials briefed on the plan have said.", []string{"two officials briefed on the plan | said | The ferry was late"}},
		{"Ann met the crew. The ferry was late, as many of them have said.", []string{"many of them | said | The ferry was late"}},
		{"Ann met the crew. The ferry was late, said those close to him.", []string{"those close to him | said | The ferry was late"}},
		{"Ann met the crew. The ferry was late, as many of them arrived.", nil},
		// presentStance: a present view after the content; not the
		// past of fiction's narration nor a first person's hedge.
		{"Ann met the crew. The fire was set on purpose, police believe.", []string{"police | believe | The fire was set on purpose"}},
		{"Ann met the crew. The fire was set on purpose, experts think.", []string{"experts | think | The fire was set on purpose"}},
		{"Ann met the crew. The fire was set on purpose, she thought.", nil},
		{"Ann met the crew. The fire was set on purpose, I think.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
