package speaker

import "testing"

// TestColonFromAndOnTopic checks two colon introductions: a noun for
// words handed on, "from" and their giver ("A lesson from Ann Reed:"),
// and the caption form "Ann Reed on the strike:", also as a title line;
// one capitalised word before "on" names no one.
func TestColonFromAndOnTopic(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nA lesson from Ann Reed: “Keep the ferries running.”", []string{"Ann Reed | :"}},
		{"Ann met the crew.\n\nA message from the mayor: “Keep the ferries running.”", []string{"the mayor | :"}},
		{"Ann Reed on the strike: “We will not back down.”\n\nThe strike began on Monday.", []string{"Ann Reed | "}},
		{"A lesson from Ann Reed: “Keep the ferries running.”\n\nThe strike began on Monday.", []string{"Ann Reed | :"}},
		{"Focus on the strike: “Keep the ferries running.”\n\nThe strike began on Monday.", []string{" | "}},
	})
}

// TestColonBeforeNextSentence checks that a quotation ending its
// sentence after a colon introduction stays the introducer's when the
// next sentence has a cue word of its own ("began"), while a cue after
// a comma inside the marks still speaks; and that an irregular past
// ends a description before a colon ("The mayor spoke:").
func TestColonBeforeNextSentence(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\nAnn Reed said this: “We will not back down.” The strike began on Monday.", []string{"Ann Reed | said"}},
		{"Ann met the crew.\n\nAnn Reed on the strike: “We will not back down.” The strike began on Monday.", []string{"Ann Reed | "}},
		{"Ann met the crew.\n\nAnn Reed said: “We will not back down,” Ed Moss added.", []string{"Ed Moss | added"}},
		{"Ann met the crew.\n\nThe mayor spoke: “We will win.”\n\nThe crew left.", []string{"The mayor | "}},
	})
}
