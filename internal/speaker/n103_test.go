package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN103BeingInverted checks the colon introduction whose subject
// follows a verb of being behind a fronted phrase, and that a fronted
// preposition alone before a colon, or opening a paragraph's one
// sentence of narration, names no one.
func TestN103BeingInverted(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Among those at the dinner was Neville Grigg, 81, a retired welder from Dunmore: “We came for the food and stayed for the fight.”", "We came for the food and stayed for the fight.", "Neville Grigg, 81, a retired welder from Dunmore", "Neville Grigg"},
		{"At the front of the hall was Mara Lind: “We will not leave.”", "We will not leave.", "Mara Lind", "Mara Lind"},
		{"Among them: “We will not leave.”", "We will not leave.", "", ""},
		{"Despite this: “We will not leave.”", "We will not leave.", "", ""},
		{"Among the guests stood a tall woman. “We will not leave.”", "We will not leave.", "", ""},
	})
}

// TestN103InnerSource checks that a phrase in marks inside an
// attribution reported in another's clause is the inner source's where
// a full name speaks it, and that "after" before a noun of a person
// opens a clause whose subject takes its appositive name.
func TestN103InnerSource(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"President Ion Donescu claimed victory on Monday, hours after his challenger, Ilona Sardova, told supporters that the vote had been “stolen in plain sight.”", "stolen in plain sight.", "his challenger, Ilona Sardova,", "Ilona Sardova"},
		{"Donescu spoke hours after his challenger, Ilona Sardova, told supporters that the vote was stolen.", "that the vote was stolen", "his challenger, Ilona Sardova,", "Ilona Sardova"},
		{"After the vote, Ed Moss, the mayor, said it was over.", "it was over", "Ed Moss, the mayor,", "Ed Moss"},
		// An inner reading that names no one by a full name leaves
		// the phrase to the outer source.
		{"Campaigners argue that the sale broke the terms of the gift, which they say required the picture to stay ‘on public view for ever’.", "on public view for ever", "they", "Campaigners"},
	})
}

// TestN103ToldAfterPhrase checks the content after an addressee and a
// phrase of time or occasion: a month's name ends no phrase, and a bare
// clause after the phrase is the content, not a "to" inside it.
func TestN103ToldAfterPhrase(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Aurore Tessier told reporters in November that the service needed 28 more officers.", "told", "Aurore Tessier", "that the service needed 28 more officers"},
		{"Aurore Tessier told council in November the service needed 28 more officers to keep pace.", "told", "Aurore Tessier", "the service needed 28 more officers to keep pace"},
		{"Aurore Tessier told reporters after the meeting the plan would fail.", "told", "Aurore Tessier", "the plan would fail"},
		{"Aurore Tessier told reporters on Monday she needed 28 more officers to keep pace.", "told", "Aurore Tessier", "she needed 28 more officers to keep pace"},
		// A bare clause whose subject has a phrase of a preposition.
		{"Tendai Clairmont-Osu told trustees the addition at Maplestone would be ready by September.", "told", "Tendai Clairmont-Osu", "the addition at Maplestone would be ready by September"},
		// "any" opening the content's subject.
		{"A spokesman for the ministry denied that officers had used force and said any complaints would be investigated.", "said", "A spokesman for the ministry", "any complaints would be investigated"},
		// A phrase of time after a trailing cue.
		{"The treaty passed 91-86, with three abstentions, the speaker of the National Assembly, Ansgar Rindahl, announced shortly before midnight.", "announced", "the speaker of the National Assembly, Ansgar Rindahl,", "The treaty passed 91-86, with three abstentions"},
		{"The treaty passed 91-86, Ansgar Rindahl said soon after the vote.", "said", "Ansgar Rindahl", "The treaty passed 91-86"},
		// A possessive's subject, an aside, then its verb.
		{"Petar Gjuric said its own tally, based on copies of result sheets collected by party agents, put Ostrovan narrowly ahead.", "said", "Petar Gjuric", "its own tally, based on copies of result sheets collected by party agents, put Ostrovan narrowly ahead"},
		// A verb of habit before "to" and a verb of saying.
		{"Tiernan Rudge, who has died aged 91, liked to say that he had learned everything from his grandmother.", "say", "Tiernan Rudge, who has died aged 91,", "that he had learned everything from his grandmother"},
		{"Ann Lee used to tell friends that she had learned everything.", "tell", "Ann Lee", "that she had learned everything"},
		// A plural head with a phrase of "with" agrees with a base form.
		{"Organizers with the guild claim that more than half have signed.", "claim", "Organizers with the guild", "that more than half have signed"},
		// An approximate amount as the content's subject.
		{"The prosecution says about £240,000 passed through her personal account.", "says", "The prosecution", "about £240,000 passed through her personal account"},
		// "this newspaper" and a phrase of time before "that".
		{"Wilfred Trebilcock told this newspaper at the time that an automatic light was useless.", "told", "Wilfred Trebilcock", "that an automatic light was useless"},
		// A Canadian councillor's title is no sentence's end.
		{"The commission's chair, Coun. Verity Amankwah, said the increase was needed.", "said", "The commission's chair, Coun. Verity Amankwah,", "the increase was needed"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN103AsideThenVerb checks a second verb of the subject after "and"
// and a phrase of time or occasion between commas: the first content
// ends before "and", and the second verb reads the subject.
func TestN103AsideThenVerb(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The ministry accused her of lying and, in a statement issued the following week, claimed that the photograph had been staged.", "claimed", "The ministry", "that the photograph had been staged"},
		{"The mayor praised the crews and, on Tuesday, warned that the pier was unsafe.", "praised", "The mayor", "the crews"},
		{"The mayor praised the crews and, on Tuesday, warned that the pier was unsafe.", "warned", "The mayor", "that the pier was unsafe"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	checkMentionNames(t, []mentionNameCase{
		{"The mayor praised the crews and, on Tuesday, added: “The pier is unsafe.”", "The pier is unsafe.", "The mayor", "The mayor"},
	})
}

// TestN103TimeOpener checks a phrase of time that opens the clause
// ("Last week,", "That evening") before the subject of a second verb
// and of a verb that names a phrase in marks.
func TestN103TimeOpener(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"That evening Mabey went on television and accused him of ‘costing us the title’.", "costing us the title", "Mabey", "Mabey"},
		{"Last week, the commissioner, Bernard Lapointe-Shaw, ruled that Mankowski had not broken the code, but cautioned that the line was thin.", "that the line was thin", "the commissioner, Bernard Lapointe-Shaw,", "Bernard Lapointe-Shaw"},
	})
}

// TestN103ToldModifiers checks a trailing "told" whose addressee is a
// plural with a word before it ("state legislators", "local
// reporters").
func TestN103ToldModifiers(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ed Moss spoke. If the glacier shrinks, he told state legislators in March, the flow will fall.", "told", "he", "If the glacier shrinks | the flow will fall"},
		{"Ed Moss spoke. The flow will fall, he told local reporters.", "told", "he", "The flow will fall"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN103QuantifiedAndOpened checks a subject that "both" or "all"
// opens before a trailing cue, and one after an opening phrase of
// "within" ("Within hours, a rival group that had studied …").
func TestN103QuantifiedAndOpened(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The age of the rocks is not in dispute, both teams said.", "The age of the rocks is not in dispute", "both teams", "both teams"},
		{"Within hours, a rival group that had studied the same rocks said the team had misread the bones.", "the team had misread the bones", "a rival group that had studied the same rocks", "a rival group"},
	})
}

// TestN103WhomClause checks a clause of "whom" after an appositive name,
// which the mention keeps as it keeps one of "who", and that a phrase
// in marks in the attribution's words takes the name the attribution
// chose from the mention.
func TestN103WhomClause(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"His widow, Bridie, whom he met on a picket line in 1969, said he had never come home.", "he had never come home", "His widow, Bridie, whom he met on a picket line in 1969,", "Bridie"},
		{"His widow, Bridie, who met him on a picket line in 1969, said he had ‘never come home’.", "never come home", "His widow, Bridie, who met him on a picket line in 1969,", "Bridie"},
	})
}

// TestN103ReducedParticiple checks that a participle describing the
// subject ("A study published Wednesday in the journal Science found")
// makes no second attribution of the finite verb's content, and that a
// verb with its particle ("called for") and one before an infinitive
// ("declined to say") are still read.
func TestN103ReducedParticiple(t *testing.T) {
	for _, text := range []string{
		"A study published Wednesday in the journal Science found that flows rose.",
	} {
		d := run(t, "The vote was close.\n\n"+text)
		n := 0
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteIndirect {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d indirect quotations, want 1", text, n)
		}
	}
	checkMentionNames(t, []mentionNameCase{
		{"A study published Wednesday in the journal Science found that flows rose.", "that flows rose", "A study published Wednesday in the journal Science", "A study"},
		{"The letter called for a signing bonus to fill the vacancies instead.", "a signing bonus to fill the vacancies instead", "The letter", "The letter"},
	})
}

// TestN103SourceParticiple checks a participle's phrase that ends the
// sentence after a trailing "according to" and its source: the
// source's, not a second part of the content; not after an auxiliary,
// where the participle goes on the clause.
func TestN103SourceParticiple(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The glacier lost a fifth of its volume, according to the study, published Wednesday in the journal Polar Science.", "according to", "the study, published Wednesday in the journal Polar Science", "The glacier lost a fifth of its volume"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN103DescriptionNear checks that a "he" who goes on after a
// quotation said by a description ("said the baker") keeps that
// description, which no name written near it stands for.
func TestN103DescriptionNear(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Karim Bensaoud opened the bakery in 2000.\n\n“I thought he was joking,” said the baker. “But I listen.”\n\n“And I have never called in sick,” he added.", "And I have never called in sick,", "he", "the baker"},
	})
}

// TestN103PostedObject checks a colon introduction whose verb of
// posting has an auxiliary before it: the determiner's noun after it is
// its object, not an inverted subject; and a paragraph's one subject
// after an opening phrase speaks its quotation.
func TestN103PostedObject(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ike Mbeki-Larsson, who signed last summer, had posted a single word: “Wow.”", "Wow.", "Ike Mbeki-Larsson, who signed last summer,", "Ike Mbeki-Larsson"},
		{"Earlier in the day, Ike Mbeki-Larsson had posted a single word on social media: “Wow.”", "Wow.", "Ike Mbeki-Larsson", "Ike Mbeki-Larsson"},
	})
}

// TestN103RatioOf checks a ratio's subject with its "of" phrase before
// the cue.
func TestN103RatioOf(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Almost six in ten of those who vaped said they had never been asked.", "they had never been asked", "Almost six in ten of those who vaped", "Almost six in ten of those who vaped"},
		{"One in four of the pilots said the plan was unfair.", "the plan was unfair", "One in four of the pilots", "One in four"},
	})
}

// TestN103CourtRole checks a lawyer's or a judge's part in a hearing
// between commas after the name, which court reports write and the
// mention keeps; not after a description ("the company, sitting in
// …").
func TestN103CourtRole(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Gemma Oakridge, prosecuting, said Brandrick had targeted 19 shops.", "Brandrick had targeted 19 shops", "Gemma Oakridge, prosecuting,", "Gemma Oakridge"},
		{"‘She had stopped caring,’ said Nathan Shillito, defending.", "She had stopped caring,", "Nathan Shillito, defending", "Nathan Shillito"},
		{"Annabel Tattersall, for the council, said police had been called 37 times.", "police had been called 37 times", "Annabel Tattersall, for the council,", "Annabel Tattersall"},
		{"District Judge Felicity Inchley, sitting at Carrowby Magistrates’ Court, said that the ban was disproportionate.", "that the ban was disproportionate", "District Judge Felicity Inchley, sitting at Carrowby Magistrates’ Court,", "District Judge Felicity Inchley"},
	})
}

// TestN103SaidThenAppositive checks that "…, 34, said his mother,
// Leanne, had not left" is no inverted trailing cue: a verb follows the
// name between commas, so the clause after "said" is its content.
func TestN103SaidThenAppositive(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"His aunt, Sasha Outhwaite, 34, said his mother, Leanne, had not left the hospital since Friday night.", "his mother, Leanne, had not left the hospital since Friday night", "His aunt, Sasha Outhwaite, 34,", "Sasha Outhwaite"},
		{"The pier is old, said the mayor, Ann Lee, on Monday.", "The pier is old", "the mayor, Ann Lee,", "Ann Lee"},
	})
}

// TestN103NoReport checks words read as cues that report nothing: a
// relative clause's verb and a noun after its quantity in a headline in
// title case, a graded participle before its noun, and "add" before
// an amount.
func TestN103NoReport(t *testing.T) {
	for _, text := range []string{
		"The Founder Who Wants to Kill the Invoice\n\nTemperance Akerele spent eleven years watching companies.",
		"Barnabas Tullibardine’s Letter Has Fewer Jokes and More Warnings\n\nThe letter is gloomy.",
		"Intro.\n\nIt was one of the year’s most anticipated games.",
		"Intro.\n\nThe district would add about 1,100 permanent jobs.",
	} {
		if d := run(t, text); len(d.Quotes) != 0 {
			t.Errorf("%q: %d quotations, want none", text, len(d.Quotes))
		}
	}
}

// TestN103NounThenPast checks a content whose subject, after a
// possessive, has a regular past after it.
func TestN103NounThenPast(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The company says its revenue tripled last year.", "says", "The company", "its revenue tripled last year"},
		{"The company says its plan failed.", "says", "The company", "its plan failed"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN103NoOne checks "no one" with a phrase after it as a content's
// subject, and that the phrase's noun speaks nothing in it.
func TestN103NoOne(t *testing.T) {
	d := run(t, "Intro.\n\nBoivert said no one in the front office had told him his job was in danger.")
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != "Boivert" || d.Text[d.Quotes[0].Content[0].Start:d.Quotes[0].Content[0].End] != "no one in the front office had told him his job was in danger" {
		for _, q := range d.Quotes {
			t.Logf("%s: %q", q.Speaker.Name, q.Words(d.Text))
		}
		t.Errorf("want one quotation, Boivert's, of the whole clause")
	}
}

// TestN103AcquaintedObject checks the name of a source known by whom it
// is close to, where the object after the adjective has a possessive.
func TestN103AcquaintedObject(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Two people familiar with its finances said it is not yet profitable.", "it is not yet profitable", "Two people familiar with its finances", "Two people"},
	})
}

// TestN103OneApposed checks "One" opening its sentence with an
// appositive before the cue: one of a group just named speaks.
func TestN103OneApposed(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Three of them had worked late. One, a senior engineer who asked not to be named, said he had slept in his car.", "he had slept in his car", "One, a senior engineer who asked not to be named,", "One"},
		{"Three of them had worked late. One, a senior engineer, said: “I slept in my car.”", "I slept in my car.", "One, a senior engineer,", "One"},
	})
}

// TestN103TimeNoName checks that "Last Monday" and "Earlier Wednesday"
// are no names a description resolves to.
func TestN103TimeNoName(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Last Monday, the commissioner ruled that Mankowski had not broken the code.", "that Mankowski had not broken the code", "the commissioner", "the commissioner"},
		{"Earlier Wednesday, the council said the treaty was lawful.", "the treaty was lawful", "the council", "the council"},
	})
}
