package speaker

import "testing"

// TestN105ItNamesTheBody checks what "it" stands for when a body speaks
// again in the next sentence: the body that spoke through a statement,
// not the statement; a body named with its description before the
// name; a body's name with "and" inside it.
func TestN105ItNamesTheBody(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The ministry said in a statement that the changes would help. It estimated that 2,600 firms would pay more.", "that 2,600 firms would pay more", "It", "The ministry"},
		{"The board said in a filing on Monday that sales fell. It said the plant would close.", "the plant would close", "It", "The board"},
		// The carrier still speaks where it opens the sentence.
		{"A report by the council came out on Monday. It said the plant would close.", "the plant would close", "It", "A report"},
		{"The group Fair Passage welcomed the levy. It said it had handled 86 complaints.", "it had handled 86 complaints", "It", "Fair Passage"},
		{"The Lintara Rescue and Fire Service said it had helped four people. No one was hurt, it said.", "No one was hurt", "it", "The Lintara Rescue and Fire Service"},
	})
}

// TestN105ItSpeaksAgain checks a reported clause that ends before
// ", and it said": "it" there is the subject's second report. A verb
// that is not one of speech after "it" leaves the clause whole.
func TestN105ItSpeaksAgain(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The agency noted that the trial has failed, and it said the approval would end.", "noted", "The agency", "that the trial has failed"},
		{"The agency noted that the trial has failed, and it said the approval would end.", "said", "it", "the approval would end"},
		{"The agency noted that the trial has failed, and it later warned that the approval would end.", "noted", "The agency", "that the trial has failed"},
		{"The agency noted that the trial has failed, and it showed no benefit.", "noted", "The agency", "that the trial has failed, and it showed no benefit"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105NounSubjects checks subjects whose noun the lexicon reads
// as something else: "march", the month's word, after an article, and
// "advocates", a verb's form, as a role's plural before an aside.
func TestN105NounSubjects(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Leaders of the march said the police had blocked the bridge.", "said", "Leaders of the march", "the police had blocked the bridge"},
		{"Organizers of the march, which drew thousands, said the police had blocked the bridge.", "said", "Organizers of the march, which drew thousands,", "the police had blocked the bridge"},
		{"Immigrant advocates, for their part, argued that the rule was cruel.", "argued", "Immigrant advocates", "that the rule was cruel"},
		{"Local advocates, however, argued that the rule was cruel.", "argued", "Local advocates", "that the rule was cruel"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105IsHow checks a quotation whose speaker a clause of "how"
// after it names: "“…,” is how the mayor described …".
func TestN105IsHow(t *testing.T) {
	for _, tt := range []struct{ text, content, mention, name string }{
		{"The budget passed.\n\n“Regrettable,” is how the mayor described the cuts.", "Regrettable,", "the mayor", ""},
		{"The budget passed.\n\n“Chaos,” is how Ann Lee, the mayor, later described the meeting.", "Chaos,", "Ann Lee, the mayor,", "Ann Lee"},
		{"The budget passed.\n\n“A slow bleed” was how one nurse put it on Friday.", "A slow bleed", "one nurse", ""},
	} {
		d := run(t, tt.text)
		q := find(d, tt.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", tt.text, tt.content)
			continue
		}
		m := q.Speaker.Mention
		if got := d.Text[m.Start:m.End]; got != tt.mention || tt.name != "" && q.Speaker.Name != tt.name {
			t.Errorf("%q: mention %q (%q), want %q (%q)", tt.text, got, q.Speaker.Name, tt.mention, tt.name)
		}
	}
}

// TestN105NoRepeat checks that a clause two rules read the same content
// in gives it once, with the fuller mention.
func TestN105NoRepeat(t *testing.T) {
	d := run(t, "Peg Whinnery spoke. She accused the board of \"running a race\" by refusing to seek a second bidder.")
	type key struct {
		s, e int
		k    string
	}
	seen := map[key]bool{}
	for _, q := range d.Quotes {
		k := key{q.Start, q.End, string(q.Kind)}
		if seen[k] {
			t.Errorf("%q given twice", d.Text[q.Start:q.End])
		}
		seen[k] = true
	}
	if find(d, "to seek a second bidder") == nil {
		t.Errorf("no quotation %q", "to seek a second bidder")
	}
}

// TestN105AmountOpens checks a reported clause that opens with an
// amount whose currency sign is no word.
func TestN105AmountOpens(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The minister, Ann Lee, announced that $180 million had been set aside.", "announced", "The minister, Ann Lee,", "that $180 million had been set aside"},
		{"Ann Lee said $180 million had been set aside.", "said", "Ann Lee", "$180 million had been set aside"},
		{"Ann Lee said that £40 would be enough.", "said", "Ann Lee", "that £40 would be enough"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// An amount with no verb after it is the verb's object.
	for _, text := range []string{"The firm reported $215 billion offshore.", "The campaign said it raised $2 million in May."} {
		for _, q := range run(t, text).Quotes {
			if c := text[q.Content[0].Start:q.Content[len(q.Content)-1].End]; c != "it raised $2 million in May" {
				t.Errorf("%q: read %q", text, c)
			}
		}
	}
}

// TestN105SharedSubjects checks that a second verb's subject, read
// only to its head, takes the whole mention the first verb's subject
// was read with, name and all.
func TestN105SharedSubjects(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The Opposition’s spokesman on tourism, Glenroy Pusey-Adair, accused the minister of “celebrating the hotels”, and argued that too little of the money stays in the villages.", "that too little of the money stays in the villages", "The Opposition’s spokesman on tourism, Glenroy Pusey-Adair,", "Glenroy Pusey-Adair"},
		{"The Opposition’s spokesman on tourism, Glenroy Pusey-Adair, accused the minister of “celebrating the hotels”, and argued that too little of the money stays in the villages.", "celebrating the hotels", "The Opposition’s spokesman on tourism, Glenroy Pusey-Adair,", "Glenroy Pusey-Adair"},
	})
}

// TestN105PastAfterAside checks a noun phrase, an "according to" aside
// and the phrase's verb, a past in -ed: the verb is the clause's, not a
// participle that describes the source.
func TestN105PastAfterAside(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The river, according to the complaint, stopped flowing.", "according to", "the complaint", "The river | stopped flowing"},
		{"Ann Lee, according to the complaint, ordered the cuts.", "according to", "the complaint", "Ann Lee | ordered the cuts"},
		// After a clause, the participle is the source's.
		{"Sea ice shrank, according to the study, published Wednesday in a journal.", "according to", "the study, published Wednesday in a journal", "Sea ice shrank"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105AmountInClause checks a relative clause with an amount in it
// between a subject and its verb: the currency sign is no word, and
// the clause still is the mention's.
func TestN105AmountInClause(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The guild, which spent more than $600,000 backing Kettleworth, said it would keep poll watchers.", "it would keep poll watchers", "The guild, which spent more than $600,000 backing Kettleworth,", "The guild"},
		{"The union, which represents 40% of nurses, said it would strike.", "it would strike", "The union, which represents 40% of nurses,", "The union"},
		{"The guild, which spent more than $600,000 backing Kettleworth, accused the allies of “flooding the airwaves”.", "flooding the airwaves", "The guild", "The guild"},
	})
}

// TestN105BodyOfPlace checks a body's name that goes on with "of" after
// an inverted cue's name: "of the University of Ellesford" is one.
func TestN105BodyOfPlace(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"“The poll is a forecast,” said Ann Lee of the University of Ellesford.", "The poll is a forecast,", "Ann Lee of the University of Ellesford", "Ann Lee"},
		{"“The poll is a forecast,” said Ann Lee of the Bank of Ellesford.", "The poll is a forecast,", "Ann Lee of the Bank of Ellesford", "Ann Lee"},
		// Not a phrase of time after it.
		{"“The poll is a forecast,” said Ann Lee of the Harbor Trust on Monday.", "The poll is a forecast,", "Ann Lee of the Harbor Trust", "Ann Lee"},
	})
}

// TestN105DateBeforeContent checks a date between a cue and its
// content, a month's short form with its full stop among them.
func TestN105DateBeforeContent(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The commission said on March 3 that the school had failed.", "said", "The commission", "that the school had failed"},
		{"The commission said on Sept. 3 that the school had failed.", "said", "The commission", "that the school had failed"},
		{"The commission said on 3 March the school had failed.", "said", "The commission", "the school had failed"},
		{"The commission wrote in a letter dated Oct. 30 that the school had failed.", "wrote", "The commission", "that the school had failed"},
		{"Ann Lee told the board on Oct. 30 that the school had failed.", "told", "Ann Lee", "that the school had failed"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105ContactNoun checks a noun in apposition to a clause with a
// relative clause on it that has no pronoun: no attribution of the
// clause to the relative clause's subject, and a reported clause ends
// before the noun.
func TestN105ContactNoun(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The alliance has claimed that reserves grew by $48 million, a figure the administration disputes.", "claimed", "The alliance", "that reserves grew by $48 million"},
		{"The family said the crash was avoidable, a view the police reject.", "said", "The family", "the crash was avoidable"},
		// A description of the source is no such noun.
		{"The plan would cost $5 billion, a senior official said.", "said", "a senior official", "The plan would cost $5 billion"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	for _, text := range []string{"Reserves grew by $48 million, a figure the administration disputes.", "The plan would cost $5 billion, a claim Ann Lee denies."} {
		if d := run(t, text); len(d.Quotes) != 0 {
			t.Errorf("%q: read %q", text, d.Text[d.Quotes[0].Start:d.Quotes[0].End])
		}
	}
}

// TestN105ToldTheBody checks a trailing "told" whose one told is "the"
// and a body or a hearing, or a body's name with "and" inside it.
func TestN105ToldTheBody(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The leak was large, the company told the board.", "told", "the company", "The leak was large"},
		{"The leak was large, the company told the court in a filing.", "told", "the company", "The leak was large"},
		{"The leak was large, the company told the Calverra Oil and Gas Conservation Board in a filing.", "told", "the company", "The leak was large"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// After "a", a relative clause: no trailing cue.
	if d := run(t, "He had seen nothing, something a caller also told a dispatcher."); len(d.Quotes) != 0 {
		t.Errorf("read %q", d.Text[d.Quotes[0].Start:d.Quotes[0].End])
	}
}

// TestN105ReporterAside checks that "she" after a sentence whose
// subject reports with an aside between commas ("Ann Lee, prosecuting,
// said Mary Smith had …") means the reporter, not the one reported on.
func TestN105ReporterAside(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Lee, prosecuting, said Mary Smith had lied. The vote, she said, was rigged.", "The vote", "she", "Ann Lee"},
	})
}

// TestN105NamesWithLinks checks bodies' names that hold a verb's form or
// "and": the trailing cue is the verb after the name, and "which"
// after the name stands for all of it.
func TestN105NamesWithLinks(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The harvest will be smaller, the National Crop Estimates Bureau said on Tuesday.", "The harvest will be smaller", "the National Crop Estimates Bureau", "National Crop Estimates Bureau"},
		{"The merger needs clearance from the Fair Trading and Competition Commission, which said last month it would examine the deal.", "it would examine the deal", "which", "the Fair Trading and Competition Commission"},
	})
}

// TestN105PossessiveDate checks a reported clause that opens with a
// day's possessive after "next" or "last".
func TestN105PossessiveDate(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ann Lee said next Monday's sale would go ahead.", "said", "Ann Lee", "next Monday's sale would go ahead"},
		{"Ann Lee said last year's figures were wrong.", "said", "Ann Lee", "last year's figures were wrong"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105AskedOpener checks a reported clause inside a reporter's
// question that opens the sentence: it ends at the comma before the
// main clause.
func TestN105AskedOpener(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Asked whether the board believed that the rule would last, Ann Lee said she was not worried.", "said", "Ann Lee", "she was not worried"},
		{"Asked whether the board believed that the rule would last, Ann Lee said she was not worried.", "believed", "the board", "that the rule would last"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105PredicateNoAppositive checks that the words after a subject's
// comma that run on into the cue with no comma of their own are its
// predicate, not an appositive of the mention; the description the
// possessive opens before the name is (clauseStart, fiftieth session).
func TestN105PredicateNoAppositive(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Its chairman, Leonard Fitzkee, closed the hearing by predicting that the decision would stand.", "predicting", "Its chairman, Leonard Fitzkee,", "that the decision would stand"},
		{"Its chairman, Leonard Fitzkee, closed Tuesday’s hearing by predicting that the decision would stand.", "predicting", "Its chairman, Leonard Fitzkee,", "that the decision would stand"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105IngSurname checks a surname in -ing that opens a sentence as
// the subject, named in full before: it is a name, not a participle.
func TestN105IngSurname(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Manning spoke on Monday. Manning said the plan works.", "the plan works", "Manning", "Manning"},
		{"Dora Wakeling lost her seat. Wakeling says she has no regrets.", "she has no regrets", "Wakeling", "Wakeling"},
	})
	// Not a participle that opens the sentence.
	if d := run(t, "Having said that, the mayor left."); len(d.Quotes) != 0 {
		t.Errorf("read %q", d.Text[d.Quotes[0].Start:d.Quotes[0].End])
	}
}

// TestN105HeadlineRole checks a headline's bare role of two words
// before its trailing cue, the first in -ing.
func TestN105HeadlineRole(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Recount unlikely, returning officer says\n\nThe count went on.", "Recount unlikely", "returning officer", "returning officer"},
	})
}

// TestN105EverySubject checks a bare reported clause whose subject
// opens with "every" and whose verb is a past in -ed.
func TestN105EverySubject(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ann Lee said every shift complied with the rules.", "said", "Ann Lee", "every shift complied with the rules"},
		{"Ann Lee denied that the rotas were unsafe and said every shift complied with the rules.", "said", "Ann Lee", "every shift complied with the rules"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN105RoleAppositive checks a role and its body with capitals,
// and a plural's apostrophe in the body's name, between a name and a
// verb that names words in marks.
func TestN105RoleAppositive(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Ann Lee, chairman of the Forecourt Council, accused the chancellor of ‘picking pockets’.", "picking pockets", "Ann Lee, chairman of the Forecourt Council,", "Ann Lee"},
		{"Ann Lee, chairman of the Forecourt Retailers’ Council, accused the chancellor of ‘picking pockets’.", "picking pockets", "Ann Lee, chairman of the Forecourt Retailers’ Council,", "Ann Lee"},
	})
}

// TestN105Ago checks a phrase of time in "ago" after a cue, which is
// no content, and after a participle in the subject, which is no name.
func TestN105Ago(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ann Lee said two weeks ago that the plan works.", "said", "Ann Lee", "that the plan works"},
		{"Ann Lee said a year ago the plan would fail.", "said", "Ann Lee", "the plan would fail"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	d := run(t, "A poll released two weeks ago showed the measure ahead.")
	if q := find(d, "the measure ahead"); q == nil || q.Speaker.Name != "A poll" {
		t.Errorf("speaker %+v, want A poll", q)
	}
	if d := run(t, "Ann Lee recalled a decade ago."); len(d.Quotes) != 0 {
		t.Errorf("read %q", d.Text[d.Quotes[0].Start:d.Quotes[0].End])
	}
}

// TestN105TimeOpener checks a phrase of time before a subject with a
// relative clause: the mention and the name start at the subject.
func TestN105TimeOpener(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Speaking on the radio an hour earlier, former Gov. Ann Lee, who endorsed him in June, predicted that he would win.", "that he would win", "former Gov. Ann Lee, who endorsed him in June,", "Gov. Ann Lee"},
	})
}
