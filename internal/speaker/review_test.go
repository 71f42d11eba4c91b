package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// An indirectCase is a text and the last indirect attribution it must
// give: its words and its speaker's name, or none when content is "".
type indirectCase struct {
	text, content, speaker string
}

// checkLastIndirect runs each case and compares the text's last
// indirect attribution with it.
func checkLastIndirect(t *testing.T, tests []indirectCase) {
	t.Helper()
	for _, tt := range tests {
		d := run(t, tt.text)
		var got *doc.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Kind == doc.QuoteIndirect {
				got = &d.Quotes[i]
			}
		}
		switch {
		case tt.content == "" && got != nil:
			t.Errorf("%q: indirect %q by %q, want none", tt.text, got.Words(d.Text), got.Speaker.Name)
		case tt.content != "" && got == nil:
			t.Errorf("%q: no indirect attribution, want %q", tt.text, tt.content)
		case tt.content != "" && (got.Words(d.Text) != tt.content || got.Speaker.Name != tt.speaker):
			t.Errorf("%q: %q by %q, want %q by %q", tt.text, got.Words(d.Text), got.Speaker.Name, tt.content, tt.speaker)
		}
	}
}

// TestReviewedRules holds the rules a review found too narrow or too
// wide: a label in marks after "as" is ascribed only by a verb of speech
// or judgement; "everybody" is a subject as "everyone" is; a quantifier
// subject reads on past a determiner.
func TestReviewedRules(t *testing.T) {
	tests := []indirectCase{
		{"Ann Ortiz filed the report as a “draft” last week.", "", ""},
		{"Ed Moss wore his hat as a “joke” on Friday.", "", ""},
		{"Ann Ortiz sent out the memo as a “warning” to staff.", "", ""},
		{"Ed Moss branded the plan as a “disaster” for riders.", "the plan as a “disaster” for riders", "Ed Moss"},
		{"Not everybody agrees that the pier is safe.", "that the pier is safe", "Not everybody"},
		{"But many believe the ferry will sail.", "the ferry will sail", "many"},
	}
	checkLastIndirect(t, tests)
}

// TestReviewedIndirect holds the over-wide rules a review of the
// indirect round found: acts of decision and esteem report nothing; a
// reduced passive needs a noun of content and its agent stops at the
// main verb; a stance noun needs a person as its holder; a response
// "by" a gerund reports only a gerund of saying; "which" as an object
// needs a verb with nothing after it; "rules" is a verb after a name,
// not after a determiner; a month needs its capital; causative "have"
// needs a participle of doubt or outcry.
func TestReviewedIndirect(t *testing.T) {
	tests := []indirectCase{
		// 1. Acts, not reports.
		{"The city council approved the budget on Monday.", "", ""},
		{"The court imposed a fine on the ferry firm.", "", ""},
		{"The governor appointed a new judge last week.", "", ""},
		{"The mayor vetoed the bill.", "", ""},
		{"His students respect him.", "", ""},
		{"The fine imposed by the bureau was paid.", "", ""},
		// 2. A reduced passive: a noun of content, the agent up to the verb.
		{"A plan backed by the mayor wins support.", "A plan", "the mayor"},
		{"A bill backed by the council cuts the fare.", "A bill", "the council"},
		{"A loan backed by the bank failed.", "", ""},
		{"A view echoed by the pilots is spreading.", "A view", "the pilots"},
		// 3. A stance holder is a person; "champion" is no stance.
		{"Ed Moss is a champion of the 100 metres.", "", ""},
		{"The dog is a foe of the postman.", "", ""},
		{"Ann Ortiz is a supporter of the local football club.", "", ""},
		{"Ann Ortiz is a supporter of the new levy.", "the new levy", "Ann Ortiz"},
		{"The mayor is a critic of the pier.", "the pier", "The mayor"},
		{"Ann Ortiz, who is a foe of the plan, spoke.", "the plan", "Ann Ortiz"},
		// 4. "responded by" a gerund of saying or showing only.
		{"The immune system responded by producing antibodies.", "", ""},
		{"Ann Ortiz responded by using the pier as an example.", "by using the pier as an example", "Ann Ortiz"},
		// 5. "which" as the object of a verb of speech: the clause ends
		// after the verb, or "in" names a carrier.
		{"The house, which the firm detailed in red and gold, was sold.", "", ""},
		{"Fees were part of the plan, which the port announced.", "which", "the port"},
		{"Fees were part of the plan, which the port detailed in its report.", "which", "the port"},
		// 6. "rules" after a determiner and a capital word is the noun.
		{"The Harbour rules that the board set are strict.", "", ""},
		{"Judge Ortiz rules that the pier is unsafe.", "that the pier is unsafe", "Judge Ortiz"},
		// 7. A month has its capital: "in march" is no time phrase.
		{"The students in march said the pier is old.", "", ""},
		{"The board in April said the pier is old.", "the pier is old", "The board"},
		// 8. Causative "have" with a participle of doubt or outcry only.
		{"The company has workers thinking about lunch.", "", ""},
		{"The storm had pilots wondering whether the pier would hold.", "whether the pier would hold", "pilots"},
		// From the second review: "is that" before a phrase is the
		// pronoun; deals, budgets and laws are no content; acts of
		// response.
		{"The company's view is that of the sea.", "", ""},
		{"A deal backed by the bank collapsed.", "", ""},
		{"The budget backed by the council passed.", "", ""},
		{"The firm responded by sending snowplows.", "", ""},
		// A participle's aside ends at its own comma before any past
		// form of the main verb.
		{"The board, noting the cost, approved the budget.", "the cost", "The board"},
	}
	checkLastIndirect(t, tests)
}
