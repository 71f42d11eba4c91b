package speaker

import "testing"

// TestA4Plan checks a plan with its author as the source of what the
// plan would do or what happens under it (a4_plan.go), with exact
// spans, and the plans that name no author.
func TestA4Plan(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ortiz's plan would also cap deductions at 28 percent.", []string{"Ortiz's | plan | cap deductions at 28 percent"}},
		{"Mrs. Ortiz's plan would cap deductions at 28 percent.", []string{"Mrs. Ortiz's | plan | cap deductions at 28 percent"}},
		{"But the mayor's tax plan will not raise fares.", []string{"the mayor's | plan | not raise fares"}},
		{"The governor's proposal would give every county $2 million.", []string{"The governor's | proposal | give every county $2 million"}},
		{"Under Ortiz's plan, riders would pay less at peak hours.", []string{"Ortiz's | plan | riders would pay less at peak hours"}},
		{"Under Sen. Moss's proposal for the pier, ferries would sail twice a day.", []string{"Sen. Moss's | proposal | ferries would sail twice a day"}},
		// A trailing cue keeps the sentence: the analysts are its source.
		{"Ortiz's plan would cost $5 billion, the analysts said.", []string{"the analysts | said | Ortiz's plan would cost $5 billion"}},
		// No author, a guess about effects, or a plan that is not the
		// subject: nothing.
		{"Under the plan, riders would pay less at peak hours.", nil},
		{"The plan would cap deductions at 28 percent.", nil},
		{"Ortiz's plan could cost the city dearly.", nil},
		{"Riders liked Ortiz's plan and would ride more.", nil},
		{"Under Ortiz's leadership, the port would grow.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4TimeParticle checks a phrase of time between a phrasal verb
// and its particle (a4_particle.go): the cue runs over it, and a day
// after "called" is no name the verb gives.
func TestA4TimeParticle(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The governor called Friday for an inquiry into the fire.", []string{"The governor | called Friday for | an inquiry into the fire"}},
		{"The union called on Tuesday for a strike.", []string{"The union | called on Tuesday for | a strike"}},
		{"The mayor pushed last week for a new vote on the levy.", []string{"The mayor | pushed last week for | a new vote on the levy"}},
		{"The mayor pushed earlier this month for a vote.", []string{"The mayor | pushed earlier this month for | a vote"}},
		{"The board called this week on the city to close the pier.", []string{"The board | called this week on | the city to close the pier"}},
		{"The union announced plans on Friday to strike.", []string{"The union | announced | plans on Friday to strike"}},
		{"Steyer announced plans this week to give an additional $15 million.", []string{"Steyer | announced | plans this week to give an additional $15 million"}},
		// A name after "called", or no particle after the day: nothing.
		{"A village called Friday lies beyond the river.", nil},
		{"The mayor called Friday to say hello.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4AgreeWith checks "agree with" and "disagree with" (a4_agree.go):
// a stance on a thing said or decided, or on someone's view with a
// "that" clause, is reported; a person alone is not.
func TestA4AgreeWith(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Moss agreed with the decision to close the pier.", []string{"Moss | agreed with | the decision to close the pier"}},
		{"Most economists agree with the assessment of the budget office.", []string{"Most economists | agree with | the assessment of the budget office"}},
		{"The judge agreed with the city that the fee was legal.", []string{"The judge | agreed with | the city that the fee was legal"}},
		{"Both sides agreed to resume talks next week.", []string{"Both sides | agreed | to resume talks next week"}},
		// Whom one stands by is no content.
		{"Moss largely agreed with Ortiz.", nil},
		{"Moss agreed with Ortiz about the levy.", nil},
		{"The mayor disagrees with her former deputy.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4EvaluatedThat checks a verb of evaluation with a demonstrative
// object that names a stance or a proposal (a4_that.go), and the
// demonstratives that stay unread.
func TestA4EvaluatedThat(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The judge rejected that argument.", []string{"The judge | rejected | that argument"}},
		{"Critics assailed that decision.", []string{"Critics | assailed | that decision"}},
		{"Most economists agree with that assessment.", []string{"Most economists | agree with | that assessment"}},
		// Words said again, or no stance: nothing.
		{"He repeated that phrase on Friday.", nil},
		{"She rejected that car.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4DecidedAgainst checks "decided against" with a gerund, the act
// forgone (reporting.txt, decidedAgainst), and the rulings and passives
// that are no such decision.
func TestA4DecidedAgainst(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The agency decided against recommending charges.", []string{"The agency | decided against | recommending charges"}},
		{"The board decided against renewing the lease.", []string{"The board | decided against | renewing the lease"}},
		{"Ortiz decided against running for a third term.", []string{"Ortiz | decided against | running for a third term"}},
		{"The board decided to renew the lease.", []string{"The board | decided | to renew the lease"}},
		{"The case was decided by the Supreme Court.", []string{"the Supreme Court | decided | The case"}},
		// A ruling against a party, or a pronoun: nothing.
		{"The jury decided against the city.", nil},
		{"The board decided against it.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4AppositiveHolder checks the holder of a stance ("has been a
// critic of …") named with an appositive between commas
// (a4_holder.go): the mention is the name with its appositive.
func TestA4AppositiveHolder(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ortiz, a longtime member of the board, has been a vocal critic of the fares.", []string{"Ortiz, a longtime member of the board, | critic of | the fares"}},
		{"Ann Ortiz, the mayor, is a fierce opponent of the levy.", []string{"Ann Ortiz, the mayor, | opponent of | the levy"}},
		// No name before the appositive: nothing.
		{"The dog, a big one, is a foe of the postman.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4CausedSpeaker checks the object of a verb of causing or
// pressing as the speaker of the verb of reporting in the infinitive
// after it (a4_caused.go).
func TestA4CausedSpeaker(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The senator forced Moss to admit that no one had been fired.", []string{"Moss | admit | that no one had been fired"}},
		{"The senator forced Moss, who was under questioning, to admit that no one had been fired.", []string{"Moss | admit | that no one had been fired"}},
		{"Reporters pressed Ortiz to explain why the pier closed.", []string{"Ortiz | explain | why the pier closed"}},
		{"The scandal led two senators to call for his resignation.", []string{"two senators | call for | his resignation"}},
		{"The threats prompted the board to order a review of the fares.", []string{"the board | order | a review of the fares"}},
		// A verb of request reports the whole; a bare object of a verb
		// of saying, or no verb of reporting: nothing of the object's.
		{"The mayor urged residents to report any damage.", []string{"The mayor | urged | residents to report any damage"}},
		{"The deals force the recipients to answer other inquiries.", nil},
		{"The storm forced the board to close the pier.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4Estimate checks an estimate stated as "put the cost at …"
// (reporting.txt, a4_estimate.go), an amount with its currency sign
// as the content, and a thing put somewhere, which is none.
func TestA4Estimate(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Harbour Institute puts the cost at $1.1 trillion.", []string{"The Harbour Institute | puts the cost at | $1.1 trillion"}},
		{"Officials put the death toll at 40.", []string{"Officials | put the death toll at | 40"}},
		{"Estimates put the number at more than 10,000.", []string{"Estimates | put the number at | more than 10,000"}},
		{"Analysts are putting the odds at one in three.", []string{"Analysts | putting the odds at | one in three"}},
		// A thing put in a place; an amount after another verb.
		{"He put the book at the end of the shelf.", nil},
		{"The levy would raise $40 million a year.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4QuantityOf checks the agreement of a verb with a subject that
// opens with a noun of quantity (quantityOf): the noun after "of"
// gives the number, not "number" nor the last word.
func TestA4QuantityOf(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A number of members of Congress echo her concerns.", []string{"A number of members of Congress | echo | her concerns"}},
		{"A small number of members of the board say the levy is too high.", []string{"A small number of members of the board | say | the levy is too high"}},
		{"A group of residents of the town argue the levy is too high.", []string{"A group of residents of the town | argue | the levy is too high"}},
		// A singular after "of", or no noun of quantity: no agreement.
		{"A number of the board say the levy is too high.", nil},
		{"The head of the agency say the levy is too high.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4Feelings checks the adjectives of feeling with a "that" clause
// (reporting.txt), and "when" after them, which tells a time.
func TestA4Feelings(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Republicans were also incensed that the deals did not require cooperation.", []string{"Republicans | incensed | that the deals did not require cooperation"}},
		{"The mayor was furious that the board had voted.", []string{"The mayor | furious | that the board had voted"}},
		{"Critics were relieved that the pier stayed open.", []string{"Critics | relieved | that the pier stayed open"}},
		// A time, a passive with its agent: nothing.
		{"Many observers were surprised when the plan came out.", nil},
		{"The board was shocked by the news.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestA4BackedOff checks "backed off" a stance or a proposal
// (reporting.txt, agreedObject), and a place backed off, which is none.
func TestA4BackedOff(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ortiz backed off some of her initial proposals.", []string{"Ortiz | backed off | some of her initial proposals"}},
		{"The board backed off from the plan to close the pier.", []string{"The board | backed off from | the plan to close the pier"}},
		{"The truck backed off the ramp.", nil},
		{"Police backed off.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}
