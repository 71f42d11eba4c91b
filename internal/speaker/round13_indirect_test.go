package speaker

import "testing"

// TestRoundThirteenIndirectFixes checks the thirteenth round's fixes to the
// indirect rules with exact spans, as TestRoundTwelveIndirect does:
// each text's indirect quotations as "mention | cue | content", nested
// ones too where all is set. Each fix has cases that share its pattern
// and report nothing, or report otherwise.
func TestRoundThirteenIndirectFixes(t *testing.T) {
	tests := []struct {
		text string
		all  bool
		want []string
	}{
		// A relative clause with no pronoun before the cue, in the
		// subject of a reported clause without "that".
		{"Everyone I met said the pier was unsafe.", false, []string{"Everyone I met | said | the pier was unsafe"}},
		{"Everyone I met at the market said the ferry was late.", false, []string{"Everyone I met at the market | said | the ferry was late"}},
		// "at least" or "at most" before a share of a group is the
		// content's; before how often, it is an adjunct.
		{"Ed Moss said at least half of the riders want change.", false, []string{"Ed Moss | said | at least half of the riders want change"}},
		{"Ed Moss said at most a third of the boats would sail.", false, []string{"Ed Moss | said | at most a third of the boats would sail"}},
		{"Ed Moss said at least 40 percent of the riders want change.", false, []string{"Ed Moss | said | at least 40 percent of the riders want change"}},
		{"Ed Moss said at least one of the boats would sail.", false, []string{"Ed Moss | said | at least one of the boats would sail"}},
		{"Ed Moss said at least twice that the pier was old.", false, []string{"Ed Moss | said | that the pier was old"}},
		{"Ed Moss said at least four times that the pier was old.", false, []string{"Ed Moss | said | that the pier was old"}},
		{"Ed Moss said at least once the pier was old.", false, []string{"Ed Moss | said | the pier was old"}},
		// A form in -s right after "at" is a noun, no verb with the
		// words before it as its subject.
		{"The board hinted at plans to close the pier.", true, []string{"The board | hinted at | plans to close the pier"}},
		{"The board hinted at a plan to close the pier.", true, []string{"The board | hinted at | a plan to close the pier"}},
		{"The board plans to close the pier.", true, []string{"The board | plans | to close the pier"}},
		// A verb of doing before a bare object after a source with
		// "from"; not a noun before a noun, nor an addressee or an idiom.
		{"The town won a pledge from the governor to cut taxes.", false, []string{"the governor | pledge | to cut taxes"}},
		{"The town won a pledge from the governor to fix roads.", false, []string{"the governor | pledge | to fix roads"}},
		{"He ignored warnings from his doctor to staff members.", false, nil},
		{"He ignored warnings from his doctor to the nurses.", false, nil},
		{"The dog took a warning from the cat to heart.", false, nil},
		// A comma inside the marks of a quoted word ends a relative
		// clause before the main verb, whose subject is the name
		// before the clause.
		{"Ed Moss, who called the plan “reckless,” said the pier would fail.", false, []string{"who | called | the plan “reckless,”", "Ed Moss | said | the pier would fail"}},
		{"Ed Moss, who called the plan “reckless”, said the pier would fail.", false, []string{"who | called | the plan “reckless”", "Ed Moss | said | the pier would fail"}},
		{"Ed Moss, who called the plan reckless, said the pier would fail.", false, []string{"who | called | the plan reckless", "Ed Moss | said | the pier would fail"}},
		// A clause with "which" after a comma ends before the main
		// verb as one with "who" does.
		{"The board, which called the plan “reckless,” said the pier would fail.", false, []string{"which | called | the plan “reckless,”", "The board | said | the pier would fail"}},
		{"The report, which found that fares rose, said the pier would fail.", false, []string{"which | found | that fares rose", "The report | said | the pier would fail"}},
		{"The board, which said the pier would fail, closed it.", false, []string{"which | said | the pier would fail"}},
		{"The board said the pier, which is old, would fail.", false, []string{"The board | said | the pier, which is old, would fail"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, !tt.all)
	}
}
