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
