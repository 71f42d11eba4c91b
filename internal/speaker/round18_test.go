package speaker

import "testing"

// TestAdverbBeforeTrailingCue checks an adverb between the subject and a
// cue after a quotation ("Ed Moss first said"), and "my" or "our" with a
// noun of kin or role as that subject ("my aunt often said"); only there
// and only before a cue, so that "my grandson learned" names no one.
func TestAdverbBeforeTrailingCue(t *testing.T) {
	checkDirectNames(t, []mentionCase{
		{"The crew met.\n\n“We live in hard times,” my aunt often said.", []string{"my aunt | my aunt | said"}},
		{"The crew met.\n\n“Hold the line,” our coach said.", []string{"our coach | our coach | said"}},
		{"The crew met.\n\n“It is done,” Ed Moss first said.", []string{"Ed Moss | Ed Moss | said"}},
		{"The crew met.\n\n“It is done,” Ed Moss later added.", []string{"Ed Moss | Ed Moss | added"}},
		{"The crew met.\n\n“It is done,” my grandson learned.", []string{" |  | "}},
		{"The crew met.\n\n“It is done,” my Aunt said.", []string{" |  | "}},
	})
}

// TestNicknameInName checks a nickname in marks between a given name and
// a surname: the name runs over it, and its marks open no quotation that
// ends the narration after a quotation.
func TestNicknameInName(t *testing.T) {
	checkDirectNames(t, []mentionCase{
		{"The crew met.\n\n“We will win,” Ann “Annie” Reed said.", []string{"Ann “Annie” Reed | Ann “Annie” Reed | said"}},
		{"The crew met.\n\n\"We will win,\" said Ed \"The Hammer\" Moss.", []string{"Ed \"The Hammer\" Moss | Ed \"The Hammer\" Moss | said"}},
		{"The crew met.\n\n\"We will win!\" Sen. Ann \"Annie\" Reed (D-Harbour) shouted to the crowd.", []string{"Sen. Ann \"Annie\" Reed | Sen. Ann \"Annie\" Reed (D-Harbour) | shouted"}},
		// A quoted word after a lower-case one is no nickname.
		{"The crew met.\n\n“We will win,” the so-called “Annie” rule said.", []string{" |  | "}},
	})
}

// TestNicknameAppositive checks an appositive after a description that
// holds a title with "state" before it and a name with a nickname:
// the mention runs over both, to the party label.
func TestNicknameAppositive(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"The crew met.\n\n\"We will win!\" the mayor's niece, state Del. Ann \"Annie\" Reed (D-Harbour), shouted to the crowd.", []string{"the mayor's niece, state Del. Ann \"Annie\" Reed (D-Harbour), | shouted"}},
		{"The crew met.\n\n\"We will win!\" the mayor's niece, Del. Ann \"Annie\" Reed, shouted to the crowd.", []string{"the mayor's niece, Del. Ann \"Annie\" Reed, | shouted"}},
		{"The crew met.\n\n\"We will win!\" the mayor's niece, state Sen. Ann Reed, said.", []string{"the mayor's niece, state Sen. Ann Reed, | said"}},
	})
}

// TestModifierBeforeTitle checks a cue word that also modifies nouns
// ("state") right before a title after a quotation: it opens the
// mention and is no cue; a cue proper before a title stays the cue.
func TestModifierBeforeTitle(t *testing.T) {
	checkDirectNames(t, []mentionCase{
		{"The crew met.\n\n\"We will win!\" state Sen. Ann Reed (D-Harbour) shouted to the crowd.", []string{"Sen. Ann Reed | state Sen. Ann Reed (D-Harbour) | shouted"}},
		{"The crew met.\n\n\"We will win,\" said Sen. Ann Reed.", []string{"Sen. Ann Reed | Sen. Ann Reed | said"}},
		{"The crew met.\n\n\"We will win,\" stated Sen. Ann Reed.", []string{"Sen. Ann Reed | Sen. Ann Reed | stated"}},
		{"The crew met.\n\n\"We will win,\" said state Sen. Ann Reed.", []string{"Sen. Ann Reed | state Sen. Ann Reed | said"}},
	})
}
