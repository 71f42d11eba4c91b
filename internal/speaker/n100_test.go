package speaker

import "testing"

// TestN100Readings checks the thirty-eighth session's readings: a list
// of names after "according to", a sentence's opening adverb and its
// comma before a subject with appositives, and a description with the
// name after it before a cue whose content opens with a noun, an
// inverted cue read on into its verb, a second appositive, and set
// Q's readings (a role after "its", reading aloud, a colon's
// appositive with "who", "and concluded:" after a phrase in marks).
func TestN100Readings(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		// The list is the source's, not the reported clause's.
		{"The plan will cost $4 million, according to Ann Reed, Ed Moss and Tom Lee.", "The plan will cost", "Ann Reed, Ed Moss and Tom Lee", "Ann Reed"},
		{"According to Ann Reed, Ed Moss, and Tom J. Lee, the plan will cost $4 million.", "the plan will cost", "Ann Reed, Ed Moss, and Tom J. Lee,", "Ann Reed"},
		{"The plan, according to Ann Reed, Ed Moss and Tom Lee, will cost $4 million.", "The plan", "Ann Reed, Ed Moss and Tom Lee,", "Ann Reed"},
		{"The plan will cost $4 million, according to Ann Reed, the treasurer.", "The plan will cost", "Ann Reed, the treasurer", "Ann Reed"},
		// An opener is no name, and the subject starts after it.
		{"However, Ann Lee, the principal, said the school would reopen.", "the school would reopen", "Ann Lee, the principal,", "Ann Lee"},
		{"Meanwhile, the principal, Dana Whitcombe, wrote that the school would reopen.", "that the school would reopen", "the principal, Dana Whitcombe,", "Dana Whitcombe"},
		{"Separately, the school's principal, Dana Whitcombe, wrote that the school would reopen.", "that the school would reopen", "the school's principal, Dana Whitcombe,", "Dana Whitcombe"},
		{"However, the principal, who was hired in May, said the school would reopen.", "the school would reopen", "the principal, who was hired in May,", "the principal"},
		{"Back in Colverton, the school's principal, Dana Whitcombe, wrote to parents that the school would reopen.", "that the school would reopen", "the school's principal, Dana Whitcombe,", "Dana Whitcombe"},
		{"Back in Colverton, the school's principal, Dana Whitcombe, wrote to parents on Friday: \"We will reopen on Monday.\"", "We will reopen", "the school's principal, Dana Whitcombe,", "Dana Whitcombe"},
		{"Yesterday, the principal, Dana Whitcombe, wrote that the school would reopen.", "that the school would reopen", "the principal, Dana Whitcombe,", "Dana Whitcombe"},
		{"Here in Colverton, the mayor, Ann Lee, said the plan failed.", "the plan failed", "the mayor, Ann Lee,", "Ann Lee"},
		// A given name in -ly is a name.
		{"Kelly, the principal, said the school would reopen.", "the school would reopen", "Kelly, the principal,", "Kelly"},
		// "said the plan failed" after a description and its name:
		// the content, not an inverted subject.
		{"The mayor, Ann Lee, said the plan failed.", "the plan failed", "The mayor, Ann Lee,", "Ann Lee"},
		// A phrase in marks in a relative clause, a comma inside its
		// closing mark: the cue after it has its subject before it.
		{"Mayor Ann Lee, who called it \"reckless,\" said the plan failed.", "reckless", "Mayor Ann Lee", "Mayor Ann Lee"},
		// A second appositive after a description and its name; a
		// title after "the".
		{"The board’s chairman, the Rev. Paul Okafor, pastor of St. Jude’s, said the vote was fair.", "the vote was fair", "The board’s chairman, the Rev. Paul Okafor, pastor of St. Jude’s,", "Rev. Paul Okafor"},
		{"The board’s chairman, Paul Okafor, a retired teacher, said the vote was fair.", "the vote was fair", "The board’s chairman, Paul Okafor, a retired teacher,", "Paul Okafor"},
		{"The city manager, Dennis Hall, declined to comment, citing the possibility of litigation.", "the possibility of litigation", "The city manager, Dennis Hall,", "Dennis Hall"},
		// A clause of "who" after a description and its name.
		{"The committee’s chairman, Ann Lee, who voted against the plan, said it would fail.", "it would fail", "The committee’s chairman, Ann Lee, who voted against the plan,", "Ann Lee"},
		// "its" before a role of persons.txt; "continues" reports.
		{"“We have never printed anything,” said its co-founder, Alasdair Reyes.", "We have never printed", "its co-founder, Alasdair Reyes", "Alasdair Reyes"},
		{"The citation continues: ‘Ann Lee writes about water and stone.’", "Ann Lee writes", "The citation", "The citation"},
		{"“Digital by default is fine,” its chair, Douglas Barr, said.", "Digital by default", "its chair, Douglas Barr,", "Douglas Barr"},
		// Reading aloud after a first verb, a participle with "to"
		// opening the sentence.
		{"Ines Marrok spoke first. Asked to read a favorite passage, she opened the book near the middle and read aloud, slowly: “The ledger did not lie.”", "The ledger did not lie", "she", "Ines Marrok"},
		// A colon introduction whose appositive holds a clause of "who".
		{"Ada Kwiatek, 41, a night-shift nurse who lives on Cressley Road: “I sleep in the daytime.”", "I sleep in the daytime", "Ada Kwiatek, 41, a night-shift nurse who lives on Cressley Road", "Ada Kwiatek"},
		// A participle's phrase opening the sentence is no part of the
		// subject; a person's own report speaks as "it".
		{"Reviewing the premiere, the Dispatch’s dance critic at the time, Leonard Fenn, wrote that the piece was “either a masterpiece or a dare.”", "that the piece was", "the Dispatch’s dance critic at the time, Leonard Fenn,", "Leonard Fenn"},
		{"The consultant presented his own report to the board. It found that the new layout would cut noise.", "that the new layout", "It", "his own report"},
		// A relative clause keeps its own time before the cue.
		{"A man who fled the city in 1938 said that it had been taken from him.", "that it had been taken", "A man who fled the city in 1938", "A man"},
		// "she" means a person, not a body named after a noun of bodies
		// nor a name of no known sex after a councilwoman.
		{"Dana Prest, who runs the passenger-rights group Tarmac Watch, said travellers were owed a refund.\n\n“The rules are clear,” she said.", "The rules are clear", "she", "Dana Prest"},
		{"Councilwoman Marisol Grant said the scooters were a nuisance and that Zipwell had ignored warnings.\n\n\"I have nothing against the technology,\" she told her colleagues.", "I have nothing", "she", "Councilwoman Marisol Grant"},
		// A name's possessive and its noun name a phrase in marks; an
		// adverb of frequency is the verb's; "afterward" opens no content.
		{"Vandermeer’s campaign accused Pruett of “lying about cops.”", "lying about cops", "Vandermeer’s campaign", "Vandermeer’s campaign"},
		{"Mercer twice called the plan “a magic trick.”", "a magic trick", "Mercer", "Mercer"},
		{"The 30-second spot accuses former Attorney General Naomi Vandermeer of having “let dealers walk.”", "let dealers walk", "The 30-second spot", "The 30-second spot"},
		{"Mercer, whose state ships more soybeans to Veskaria than any other, accused the administration of “starting a fire.”", "starting a fire", "Mercer, whose state ships more soybeans to Veskaria than any other,", "Mercer"},
		{"Scott's family has called on police to release the videos \"as a matter of transparency\" and more.", "as a matter of", "Scott's family", "Scott's family"},
		{"Two voters said afterward that neither candidate had talked.", "that neither candidate", "Two voters", "Two voters"},
		{"Sixty-two percent said they trusted Mercer, and nearly half said the plan would help the rich.", "they trusted Mercer", "Sixty-two percent", "Sixty-two percent"},
		// A channel in a preposition's phrase reports nothing of its
		// own; a digit before a full stop is no initial.
		{"Jane Doe wrote in a Facebook post that the diner would reopen Wednesday.", "that the diner", "Jane Doe", "Jane Doe"},
		{"‘We won,’ said Isla, 8. ‘Oliver fell over.’", "We won", "Isla, 8", "Isla"},
		// "In X's telling," opens a clause X reports; a participle's
		// phrase in commas after a person is no inverted cue's clause.
		{"In Welk’s telling, the plan is less a tax cut than a correction.", "the plan is less", "Welk’s", "Welk"},
		{"Ann Lee, speaking to reporters, said the plan failed.", "the plan failed", "Ann Lee", "Ann Lee"},
		{"The mayor, speaking at a news conference on Monday, said the plan failed.", "the plan failed", "The mayor", "The mayor"},
		{"The ferry sank, killing two, said the coast guard.", "The ferry sank", "the coast guard", "the coast guard"},
		{"Ann Lee, after a long pause, said the plan failed.", "the plan failed", "Ann Lee", "Ann Lee"},
		{"The plan will fail, said a man arrested Monday.", "The plan will fail", "a man arrested", "a man"},
		{"Prices will rise, a think tank said.", "Prices will rise", "a think tank", "a think tank"},
		// "and concluded:" after a phrase in marks shares the subject.
		{"The critic called it “a warm bath” and said its final half-hour “mistakes sentiment for feeling.”", "mistakes sentiment", "The critic", "The critic"},
		{"The review in Projector Quarterly, by contrast, said Ann Roth directed her cast with “unshowy patience,” and concluded: “This is a small film.”", "This is a small film", "The review in Projector Quarterly", "The review in Projector Quarterly"},
	})
}

// TestN100NoReading checks texts where no attribution may be read: a
// noun before its head is no inverted cue ("…, think tank finds" named
// "tank finds").
func TestN100NoReading(t *testing.T) {
	for _, text := range []string{
		"Zoning rules, not builders, drive up home prices, think tank finds",
	} {
		d := run(t, "The vote was close.\n\n"+text)
		for _, q := range d.Quotes {
			if m := q.Speaker.Mention; m.End > m.Start && d.Text[m.Start:m.End] == "tank finds" {
				t.Errorf("%q: read %q", text, d.Text[m.Start:m.End])
			}
		}
	}
}
