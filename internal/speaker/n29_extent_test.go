package speaker

import "testing"

// TestN29ContentEnds checks that a content ends before a second
// predicate of the reporting clause's subject and before the writer's
// own comment, and that the second verb of reporting then gets its own
// content with the shared subject.
func TestN29ContentEnds(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		// a second verb of reporting after a closing mark and "but"
		{"The mayor said the new fees were “unfair and badly timed” but insisted the budget was sound.", "said", "The mayor", "the new fees were “unfair and badly timed”"},
		// "has" or "had" with a verb of reporting or "to"
		{"The senator has welcomed the bridge plan but has said she will not vote for its tolls.", "welcomed", "The senator", "the bridge plan"},
		{"The senator has welcomed the bridge plan but has said she will not vote for its tolls.", "said", "The senator", "she will not vote for its tolls"},
		{"Mr. Lowe has opposed waivers that favour builders, and has called for ending the tax break on empty lots.", "opposed", "Mr. Lowe", "waivers that favour builders"},
		{"The auditors praised the clinic's records but also had to extend its deadline by a month.", "praised", "The auditors", "the clinic's records"},
		// ", yet" and a verb
		{"The councillor demands openness from the board, yet refuses to publish his own diary.", "demands", "The councillor", "openness from the board"},
		// a second predicate in -ed after an object
		{"The coach has promoted a string of untested diets and downplayed the risks for young players.", "promoted", "The coach", "a string of untested diets"},
		// ", and" and a past or a verb of the lexicon
		{"The villagers believed the river spirits were angry, and became afraid to fish.", "believed", "The villagers", "the river spirits were angry"},
		{"Some vendors claim that buyers can cancel at any time, and even offer a form to do so.", "claim", "Some vendors", "that buyers can cancel at any time"},
		// the writer's comment
		{"Wired News reports that the two founders resisted the plans of the board, which suggests that the split is far from over.", "reports", "Wired News", "that the two founders resisted the plans of the board"},
		{"A local paper reports that the two owners fought over the lease—although it is not clear who started it.", "reports", "A local paper", "that the two owners fought over the lease"},
		{"The board asked whether the report should be published, even as copies spread across the town.", "asked", "The board", "whether the report should be published"},
		{"The mayor said the new toll would pay for the bridge, even as the county estimated it would fall short.", "said", "The mayor", "the new toll would pay for the bridge"},
		// must not cut: the second verb may be the content's own
		{"Ann Reed said she would stand up to the board, even as her sister did.", "said", "Ann Reed", "she would stand up to the board, even as her sister did"},
		{"The mayor said the bridge was safe—though costly to run.", "said", "The mayor", "the bridge was safe—though costly to run"},
		{"The union demanded better pay and reduced hours for nurses.", "demanded", "The union", "better pay and reduced hours for nurses"},
		{"The mayor said the firm had missed two payments and had to sell its ferries.", "said", "The mayor", "the firm had missed two payments and had to sell its ferries"},
		{"The mayor said the firm broke the rules and misled the tenants.", "said", "The mayor", "the firm broke the rules and misled the tenants"},
		{"Ann Reed says the council spends too much and wasted the grant.", "says", "Ann Reed", "the council spends too much and wasted the grant"},
		{"The mayor said the firm cut jobs and closed two plants in the spring.", "said", "The mayor", "the firm cut jobs and closed two plants in the spring"},
		{"The mayor said the board, which has sold the depot and has bought two buses, met on Friday.", "said", "The mayor", "the board, which has sold the depot and has bought two buses, met on Friday"},
		{"The waiter recommended tea and buttered toast for the children.", "recommended", "The waiter", "tea and buttered toast for the children"},
		{"Ann Reed said she was tired and excited after the race.", "said", "Ann Reed", "she was tired and excited after the race"},
		{"The guide wants us to rest here, and continue at dawn.", "wants", "The guide", "us to rest here, and continue at dawn"},
		{"The owner said he would buy the mill, and promise the workers their jobs.", "said", "The owner", "he would buy the mill, and promise the workers their jobs"},
		{"Residents say they walk the dogs, feed the ducks, and hope for rain.", "say", "Residents", "they walk the dogs, feed the ducks, and hope for rain"},
		{"The survey shows that prices rose, which means more families will struggle.", "shows", "The survey", "that prices rose, which means more families will struggle"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}
