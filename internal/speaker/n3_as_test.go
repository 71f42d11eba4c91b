package speaker

import "testing"

// TestN3AsNaming checks that a comment clause with "as" about a name or
// a title, or a passive of naming, gives no attribution, while one with
// a source stays.
func TestN3AsNaming(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		{"But the company, as its name suggests, sells maps of the coast.", "suggests", ""},
		{"As the title might suggest, the book is a memoir of the war.", "suggest", ""},
		{"As the label implies, the wine is made from a single grape.", "implies", ""},
		{"The Long Road, as the book is called in its English edition, is no ordinary history.", "called", ""},
		// must stay: a source
		{"The pier, as the engineers have pointed out, is too old to repair.", "pointed out", "the engineers"},
		{"As the mayor noted, the budget is tight this year.", "noted", "the mayor"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}

// TestN3PassiveAfterWh checks that the content of a passive with its
// agent starts after a "why" or "how" before its subject.
func TestN3PassiveAfterWh(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"He could not explain why the rule was mentioned by Ann Reed in an interview.", "mentioned", "Ann Reed", "the rule"},
		{"Nobody asked how the plan was criticized by the board members.", "criticized", "the board members", "the plan"},
		// must not move: no wh-word
		{"The plan was criticized by the mayor on Friday.", "criticized", "the mayor", "The plan"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}
