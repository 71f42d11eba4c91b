package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN107ColonDateline checks a dateline with a colon that opens the
// story: no speaker and no name, and the sentence's subject is the one
// after it; a transcript whose turns carry such labels has none.
func TestN107ColonDateline(t *testing.T) {
	text := "Court frees banker on bail\n\nHARBURY: The High Court on Friday granted bail to the former chairman, saying the trial was unlikely to end soon.\n\nThe judge said the order was final."
	checkN2Content(t, text, "saying", "The High Court", "the trial was unlikely to end soon")
	text = "Minister attacks rivals\n\nKESWAL (NORTH DISTRICT): Chief Minister Ravi Anand on Sunday told a packed rally here that the opposition would sell the state."
	checkN2Content(t, text, "told", "Chief Minister Ravi Anand", "that the opposition would sell the state")
	d := run(t, "Debate night\n\nMOSS: The pier is safe. We will fix it.\n\nREED: It is not safe, and the board said so.")
	if dl := colonDateline(d); dl != (doc.Span{}) {
		t.Errorf("a transcript's labels read as a dateline: %v", dl)
	}
	for _, tt := range []struct {
		text string
		want int
	}{
		{"AMRAKOT: The court sat.", 9},
		{"NEW DELHI: The court sat.", 11},
		{"BARKHERA (CHANDRASILA): The court sat.", 24},
		{"AMRAKOT: “We won,” she said.", 9},
		{"Q: Why?", -1},            // an interview's label
		{"AMRAKOT: the court", -1}, // no sentence opens after it
		{"Amrakot: The court sat.", -1},
		{"AMRAKOT The court sat.", -1},
	} {
		if got := colonLabelEnd(tt.text, 0, len(tt.text)); got != tt.want {
			t.Errorf("colonLabelEnd(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestN107Addressee checks an addressee whose noun the phrase reading
// left out, and "here" after it.
func TestN107Addressee(t *testing.T) {
	for _, text := range []string{
		"The minister told reporters here that the party would win.",
		"The minister told a large rally that the party would win.",
		"The minister told a packed rally here that the party would win.",
	} {
		checkN2Content(t, text, "told", "The minister", "that the party would win")
	}
}

// TestN107IndianStyle checks readings of Indian English copy: "did not
// wish to be named" says why a source goes unnamed and reports
// nothing; "quotes X as saying" gives X's words; "Mohd." opens a name
// without ending the sentence.
func TestN107IndianStyle(t *testing.T) {
	text := "A senior official in Harbury, who did not wish to be named, said the minister had 48 hours."
	checkN2Content(t, text, "said", "A senior official in Harbury, who did not wish to be named,", "the minister had 48 hours")
	checkCueMention(t, text, "wish", "")
	checkN2Content(t, "The report also quotes the guard of the goods train, Shri Rafiq Anwar, as saying that he saw the lights too late.", "as saying", "the guard of the goods train, Shri Rafiq Anwar,", "that he saw the lights too late")
	checkN2Content(t, "The Leader of the Opposition, Shri Mohd. Iqbal Rana, said the increase was unfair.", "said", "The Leader of the Opposition, Shri Mohd. Iqbal Rana,", "the increase was unfair")
}

// TestN107AppositiveInContent checks a reported clause whose subject
// has an appositive: its verb after the appositive makes the words
// after "said" the content, not an inverted cue's subject.
func TestN107AppositiveInContent(t *testing.T) {
	checkN2Content(t, "Harlow Auction & Realty, which ran the sale, said the price, a little under $8,900 an acre, was a record.", "said", "Harlow Auction & Realty, which ran the sale,", "the price, a little under $8,900 an acre, was a record")
	checkN2Content(t, "The plan failed, said the mayor, a Democrat.", "said", "the mayor, a Democrat", "The plan failed")
}

// TestN107AccordingAfterOpener checks an "according to" aside between
// an opening phrase and its clause: the clause is the content.
func TestN107AccordingAfterOpener(t *testing.T) {
	for _, tt := range []struct{ text, mention, content string }{
		{"In that time, according to the league, his teams have won eleven titles.", "the league", "his teams have won eleven titles"},
		{"Last year, according to police, crime fell.", "police", "crime fell"},
		{"On Monday, according to the minister, 40 people were arrested.", "the minister", "40 people were arrested"},
	} {
		checkN2Content(t, tt.text, "according to", tt.mention, tt.content)
	}
	// Between a subject and its verb, the clause around the aside.
	checkN2Content(t, "His teams, according to the league, have won eleven titles.", "according to", "the league", "His teams | have won eleven titles")
}

// TestN107AccordingContactClause checks a source after "according to"
// with a clause on its noun that has no relative pronoun.
func TestN107AccordingContactClause(t *testing.T) {
	checkN2Content(t, "According to a lease renewal she showed me, the monthly rent would have doubled.", "According to", "a lease renewal she showed me", "the monthly rent would have doubled")
	checkN2Content(t, "The rent rose, according to a letter she wrote.", "according to", "a letter she wrote", "The rent rose")
}

// TestN107CurrencySigns checks an amount in rupees or naira opening a
// reported clause, as one in dollars does.
func TestN107CurrencySigns(t *testing.T) {
	checkN2Content(t, "The administrator told the agency that ₹141 crore had been recovered.", "told", "The administrator", "that ₹141 crore had been recovered")
	checkN2Content(t, "The minister said ₦4 billion had been spent.", "said", "The minister", "₦4 billion had been spent")
}

// TestN107LabelInPhrase checks a body's initials in brackets inside
// the subject's noun phrase; before the cue they are read as before.
func TestN107LabelInPhrase(t *testing.T) {
	checkN2Content(t, "The Lok Vikas Dal (LVD) leader promised that the State would fill posts.", "promised", "The Lok Vikas Dal (LVD) leader", "that the State would fill posts")
	checkN2Content(t, "The Harbour Cricket Association’s (HCA) senior selection committee said the team needed balance.", "said", "The Harbour Cricket Association’s (HCA) senior selection committee", "the team needed balance")
	checkN2Content(t, "The Ministry of Health (MOH) said the outbreak was over.", "said", "The Ministry of Health (MOH)", "the outbreak was over")
}

// TestN107TitleBeforeTrailing checks a title in lower case before a
// trailing cue's name, a verb's form among its words.
func TestN107TitleBeforeTrailing(t *testing.T) {
	checkN2Content(t, "The firm works with 9,200 agents, chief operating officer Nivedita Lal said.", "said", "chief operating officer Nivedita Lal", "The firm works with 9,200 agents")
	checkN2Content(t, "The firm works with 9,200 agents, senior advocate Ann Lee said.", "said", "senior advocate Ann Lee", "The firm works with 9,200 agents")
}

// TestN107Acronyms checks initials that lower-cased would be a pronoun
// or a function word: they name a body.
func TestN107Acronyms(t *testing.T) {
	checkN2Content(t, "The WHO said the outbreak was over.", "said", "The WHO", "the outbreak was over")
	checkN2Content(t, "US officials said the site had crashed.", "said", "US officials", "the site had crashed")
	checkN2Content(t, "An official of the board’s IT cell said the site had crashed.", "said", "An official of the board’s IT cell", "the site had crashed")
}

// TestN107ThoseParticiple checks "those" and a past participle in a
// subject: the people it tells of, not a pronoun and a verb.
func TestN107ThoseParticiple(t *testing.T) {
	for _, tt := range []struct{ text, mention string }{
		{"Relatives of those killed said the money never came.", "Relatives of those killed"},
		{"Several families of those killed said the money never came.", "Several families of those killed"},
		{"Those affected said the money never came.", "Those affected"},
	} {
		checkN2Content(t, tt.text, "said", tt.mention, "the money never came")
	}
}

// TestN107BoundedCountPhrase checks a bounded count with a phrase after
// its noun opening the reported clause.
func TestN107BoundedCountPhrase(t *testing.T) {
	checkN2Content(t, "The person, who spoke on condition of anonymity, said at least six members from dairy districts had threatened to sink the bill.", "said", "The person, who spoke on condition of anonymity,", "at least six members from dairy districts had threatened to sink the bill")
}

// TestN107Per checks "per" after a clause: the source of a bulletin or a
// notice, and none for a rule a thing goes by.
func TestN107Per(t *testing.T) {
	checkN2Content(t, "Well-milled rice sold for as much as P64 in some markets, per the agency’s bulletin.", "per", "the agency’s bulletin", "Well-milled rice sold for as much as P64 in some markets")
	checkN2Content(t, "Requests for rechecking will not be entertained, per a notice posted on the admissions portal.", "per", "a notice posted on the admissions portal", "Requests for rechecking will not be entertained")
	checkCueMention(t, "A quarter of that, per the savings plan, is $40,000.", "per", "")
	checkCueMention(t, "Prices rose 3 per cent, per day.", "per", "")
}

// TestN107Undersecretary checks "Usec." before a name, as Philippine
// papers write it: a title, no sentence's end.
func TestN107Undersecretary(t *testing.T) {
	checkN2Content(t, "Agriculture Usec. Bernardo Lagman, who appeared in place of the secretary, said that the department had no power.", "said", "Agriculture Usec. Bernardo Lagman, who appeared in place of the secretary,", "that the department had no power")
}

// TestN107HeadlineDash checks a headline that gives its speaker after a
// dash at the line's end.
func TestN107HeadlineDash(t *testing.T) {
	d := run(t, "‘We are not going away’ — transport group\n\nDrivers stayed off the roads on Monday.")
	if len(d.Quotes) == 0 || d.Quotes[0].Kind != doc.QuoteDirect || d.Text[d.Quotes[0].Speaker.Mention.Start:d.Quotes[0].Speaker.Mention.End] != "transport group" {
		t.Errorf("the quotation before the dash: %+v", d.Quotes)
	}
	checkN2Content(t, "Queues will disappear in 72 hours — FPMC\n\nDrivers queued on Monday.", "—", "FPMC", "Queues will disappear in 72 hours")
	checkN2Content(t, "Prices will fall - police\n\nDrivers queued on Monday.", "-", "police", "Prices will fall")
	checkCueMention(t, "Rain, rain and more rain - the week ahead\n\nIt rained on Monday.", "-", "")
}

// TestN107ThatAdverbVerb checks "that" and a noun before an adverb and
// a verb in -ed: the reported clause's subject, not words pointed at.
func TestN107ThatAdverbVerb(t *testing.T) {
	checkN2Content(t, "Ann Lee said that assessment now looked optimistic.", "said", "Ann Lee", "that assessment now looked optimistic")
	checkCueMention(t, "Ann Lee repeated that phrase today.", "repeated", "")
}

// TestN107ThenAppositive checks an appositive that says what the
// speaker was then: the mention keeps it.
func TestN107ThenAppositive(t *testing.T) {
	checkN2Content(t, "Anselm Lidd, then the restaurant critic of the Evening Dispatch, wrote that its roast chicken was the best.", "wrote", "Anselm Lidd, then the restaurant critic of the Evening Dispatch,", "that its roast chicken was the best")
}

// TestN107ReducedThenWhich checks a subject with a participle's phrase
// and a relative clause of "which" after it, between commas.
func TestN107ReducedThenWhich(t *testing.T) {
	checkN2Content(t, "A memo sent to staff after the meeting, which the paper reviewed, said about 220 employees would lose their jobs.", "said", "A memo sent to staff after the meeting, which the paper reviewed,", "about 220 employees would lose their jobs")
}

// TestN107AwareOf checks "aware of" among the phrases that say who knows
// a matter, after a trailing cue's subject.
func TestN107AwareOf(t *testing.T) {
	checkN2Content(t, "The round values the firm at 3,100 crore, sources aware of the deal said.", "said", "sources aware of the deal", "The round values the firm at 3,100 crore")
}

// TestN107PastParticipleSubject checks a trailing cue's subject with a
// past participle's phrase.
func TestN107PastParticipleSubject(t *testing.T) {
	checkN2Content(t, "All schools will remain closed till Saturday, an order issued by the Collector late on Wednesday said.", "said", "an order issued by the Collector late on Wednesday", "All schools will remain closed till Saturday")
	checkN2Content(t, "All schools will remain closed, a notice posted on the portal said.", "said", "a notice posted on the portal", "All schools will remain closed")
}

// TestN107ToldAudience checks a trailing "told" whose listener is an
// audience with an article.
func TestN107ToldAudience(t *testing.T) {
	checkN2Content(t, "The students were declared successful, Dr. Sudha Mishra told a press conference.", "told", "Dr. Sudha Mishra", "The students were declared successful")
}
