package quote

import "testing"

// TestA2Names checks that Title Case words in marks which name a show, a
// project, a slogan or a piece of writing are titles, and that speech
// next to the same cues stays speech.
func TestA2Names(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		// An owner's possessive before the marks: a show, not words.
		{"show after a cue and a possessive", `[1"]⟨1The pier is safe,⟩[1"] the mayor said on KBXT's [2“]⟨2Harbor Hour.⟩[2”]`, "direct, title"},
		{"curly possessive", `The mayor said so on KBXT’s [1“]⟨1Harbor Hour.⟩[1”]`, "title"},
		{"plural possessive", `The ferrymen' [1"]⟨1Fair Fares Pledge⟩[1"] won few votes.`, "title"},
		{"contraction is no possessive", `She told him it's [1“]⟨1Over and Done.⟩[1”]`, "direct"},
		// "on" gives the programme or the topic.
		{"said on a show", `The senator said on [1“]⟨1Sunday Morning Live.⟩[1”]`, "title"},
		{"project on", `She sat for an interview for the paper's project on [1"]⟨1Women at the Helm,⟩[1"] answering questions about her work.`, "title"},
		{"said in a magazine", `The mayor said in [1“]⟨1The Harbor Review.⟩[1”]`, "title"},
		{"interview with a show", `She said in an interview with [1“]⟨1Sixty Minutes.⟩[1”]`, "title"},
		// "told" takes the listener as its object.
		{"told a show", `Pence told [1“]⟨1Fox News Sunday.⟩[1”]`, "title"},
		{"told a show that", `He told [1“]⟨1Meet the Press⟩[1”] that the pier is safe.`, "title"},
		{"told a listener, then words", `He told reporters [1“]⟨1We Will Rebuild.⟩[1”]`, "direct"},
		{"told, a colon, then words", `He told them: [1“]⟨1We Will Rebuild.⟩[1”]`, "direct"},
		// A noun for a named thing and "of" or a naming participle.
		{"goal of", `In his speech, the mayor proclaimed a goal of [1"]⟨1Safe Piers for All.⟩[1"] He told the crowd he would fund it.`, "title"},
		{"campaign called", `They ran a campaign called [1“]⟨1Every Ferry Counts⟩[1”] last spring.`, "title"},
		// Apposition to a work, closed by the noun's verb.
		{"commentary in apposition", `Ann Reed's commentary, [1"]⟨1Mayor, show us the budget,⟩[1"] is very thoughtful.`, "title"},
		{"column in apposition, comma outside", `His column, [1“]⟨1we were wrong about the pier⟩[1”], was read widely.`, "title"},
		// A slogan's words after the noun, whatever cue follows.
		{"slogan, then a cue", `The federation, which ran ads under the slogan [1"]⟨1Fair Fares First,⟩[1"] said in a statement that it would appeal.`, "title"},
		{"motto after a comma", `The class marched behind a banner with its motto, [1“]⟨1Still Here, Still Us.⟩[1”]`, "title"},
		// "titled" names, whatever noun is before it.
		{"titled after a clause", `A report commissioned by the Department of Transport, titled [1“]⟨1Ferries for Tomorrow,⟩[1”] found the fares too high.`, "title"},
		// After an article, a name, whatever follows.
		{"name after the, a sentence after", `She praised a probe sold as the [1“]⟨1HarvestEye 4.⟩[1”] She said it sold well.`, "title"},
		{"name after the, a cue after", `Jon Ekker, who owns the trawler, the [1"]⟨1Sea Lark II,⟩[1"] said he had spoken to its skipper.`, "title"},
		{"name after an article and a noun", `Harrow Games, the studio behind the space western [1“]⟨1Ember Reach,⟩[1”] said it would cut jobs.`, "title"},
		{"a song after a verb", `The band played [1“]⟨1Pomp and Circumstance,⟩[1”] and the class filed in.`, "title"},
		{"a chant stays words", `The crowd chanted [1“]⟨1Lock Him Up⟩[1”] as he spoke.`, "direct"},
		// A name in apposition, closed by a comma inside the marks.
		{"app in apposition", `The app, [1“]⟨1Bay Crossing,⟩[1”] predicts how full each ferry will be.`, "title"},
		{"pet in apposition", `Firefighters carried the family’s terrier, [1“]⟨1Biscuit,⟩[1”] down a ladder.`, "title"},
		{"book in apposition, far determiner", `In 2014 she published a small book of harbour recipes, [1“]⟨1Salt and Smoke,⟩[1”] which still sells.`, "title"},
		{"a verb before the comma stays speech", `He shrugged, [1“]⟨1Maybe Later,⟩[1”] and walked off.`, "direct"},
		{"an object, then words and what came next", `She picked up the phone, [1“]⟨1Hello There,⟩[1”] then hung up.`, "direct"},
		{"apposition with a cue after", `The skipper, [1“]⟨1Not Again,⟩[1”] he said, and hung up.`, "direct"},
		// Speech stays speech.
		{"vocative with a cue", `[1"]⟨1You know, I love Larry,⟩[1"] he said.`, "direct"},
		{"column, then a cue", `In his column, [1“]⟨1We were wrong about the pier,⟩[1”] Ed Moss wrote.`, "direct"},
		{"exclamation after on", `The crowd went on [1“]⟨1Hold The Line!⟩[1”]`, "direct"},
		{"sentence after a cue", `The mayor said, [1“]⟨1We Will Rebuild.⟩[1”]`, "direct"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}
