package speaker

import "testing"

// TestN92Mentions checks the mention and name of a subject that is a
// description, a comma, a name and a comma before the cue, and of one
// whose clause of "who" says why the source goes unnamed.
func TestN92Mentions(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		// A capitalised last word of the description is no name.
		{"The committee’s ranking Republican, Sen. Louisa Fairweather, R-Dunmore, said that the authority should wait.", "that the authority should wait", "The committee’s ranking Republican, Sen. Louisa Fairweather, R-Dunmore,", "Sen. Louisa Fairweather"},
		{"The president of the Osprey Bay Police Officers’ Association, Dev Anand-Marsh, said the union would fight.", "the union would fight", "The president of the Osprey Bay Police Officers’ Association, Dev Anand-Marsh,", "Dev Anand-Marsh"},
		{"The head of the Marlow Transit Authority, Ann Reed, said fares would rise.", "fares would rise", "The head of the Marlow Transit Authority, Ann Reed,", "Ann Reed"},
		// A description that opens with a possessive pronoun.
		{"Its culture lead, Councillor Neil Brathwaite, said the hall would close.", "the hall would close", "Its culture lead, Councillor Neil Brathwaite,", "Councillor Neil Brathwaite"},
		{"Their lawyer, Ann Reed, said the case was weak.", "the case was weak", "Their lawyer, Ann Reed,", "Ann Reed"},
		// The name after a description read alone.
		{"The mayor’s spokesman, Ed Moss, said the pier was safe.", "the pier was safe", "The mayor’s spokesman, Ed Moss,", "Ed Moss"},
		// After the words, the person's name, not the description.
		{"“One point,” the team's captain, senior Priya Vantongeren, said after the match.", "One point", "the team's captain, senior Priya Vantongeren,", "Priya Vantongeren"},
		{"Her brother, Soren Lindahl, 19, read from a page: “You took my sister.”", "You took my sister", "Her brother, Soren Lindahl, 19,", "Soren Lindahl"},
		// "an" carries an appositive on as "a" does.
		{"Tyrell Haskins, 29, an intensive care nurse, said the new hires had helped.", "the new hires", "Tyrell Haskins, 29, an intensive care nurse,", "Tyrell Haskins"},
		// The reasons a source goes unnamed describe it.
		{"A neighbor across the street, who asked that his name not be used because he works for the gas utility, said he had smelled gas.", "he had smelled gas", "A neighbor across the street, who asked that his name not be used because he works for the gas utility,", "A neighbor across the street"},
		{"Two officials, who were not authorized to discuss the plan, said it was dead.", "it was dead", "Two officials, who were not authorized to discuss the plan,", "Two officials"},
		{"A man who lives in the house and asked not to be named said the roof fell.", "the roof fell", "A man who lives in the house and asked not to be named", "A man"},
		{"A volunteer who would not give her name said the fog lifted.", "the fog lifted", "A volunteer who would not give her name", "A volunteer"},
	})
	// A description that opens the sentence before a name and its verb
	// names the person alone; a request not to be named reports no
	// words.
	d := run(t, "The vote was close.\n\nA defender of the plan, Ed Moss likened it to a bridge. A man who asked not to be named said the roof fell.")
	for _, q := range d.Quotes {
		if c := q.Content[0]; d.Text[c.Start:c.End] == "not to be named" {
			t.Errorf("a request not to be named read as words: %+v", q)
		}
		if m := q.Speaker.Mention; q.Speaker.Name == "Ed Moss" && d.Text[m.Start:m.End] != "Ed Moss" {
			t.Errorf("mention %q, want Ed Moss", d.Text[m.Start:m.End])
		}
	}
}

// A mentionNameCase is a text, a word of a quotation's content in it,
// and the mention and name its speaker must have.
type mentionNameCase struct{ text, content, mention, name string }

// checkMentionNames runs each case's text after a paragraph of its own
// and checks the mention and the name of the quotation that holds the
// content.
func checkMentionNames(t *testing.T, cases []mentionNameCase) {
	t.Helper()
	for _, c := range cases {
		d := run(t, "The vote was close.\n\n"+c.text)
		q := find(d, c.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.content)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention || q.Speaker.Name != c.name {
			t.Errorf("%q: mention %q (%q), want %q (%q)", c.text, d.Text[m.Start:m.End], q.Speaker.Name, c.mention, c.name)
		}
	}
}
