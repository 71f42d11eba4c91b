package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestRoundTwelveDirect checks the twelfth round's mention edges on
// direct quotations with exact spans, as TestRoundEleven does: each
// top-level direct quotation, in order, as "mention | cue".
func TestRoundTwelveDirect(t *testing.T) {
	tests := []mentionCase{
		// A lower-case word before a title with its full stop modifies
		// the title, even a cue word ("state"); alone it is no name.
		{"Ann met the crew.\n\n“The pier is old,” said state Sen. Ed Moss.", []string{"state Sen. Ed Moss | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said state Rep. Ann Ortiz, a Democrat.", []string{"state Rep. Ann Ortiz, a Democrat | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said state officials.", []string{"state officials | said"}}, // the plural it modifies is a speaker (n41FinalPlural)
		// A noun for research after "a" and a modifier is the head, and
		// "by" after it names its author.
		{"Ann met the crew.\n\n“The pier is old,” a new report by the board said.", []string{"a new report by the board | said"}},
		{"Ann met the crew.\n\n“The pier is old,” a report by the board said.", []string{"a report by the board | said"}},
		{"Ann met the crew.\n\n“The pier is old,” an internal review found.", []string{"an internal review | found"}},
		{"Ann met the crew.\n\n“The pier is old,” a man by the door said.", []string{" | "}},
		// An adjective of acquaintance heads its phrase whatever it
		// holds: the whole noun phrase, not "a man close".
		{"Ann met the crew.\n\n“The pier is old,” said a man close to tears.", []string{"a man close to tears | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said a source close to the mayor.", []string{"a source close to the mayor | said"}},
		// A participle of speech after the first quotation's cue
		// clause gives the second the same speaker; not when the
		// narration names someone else.
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss, adding: “It is rotten.”", []string{"Ed Moss | said", "Ed Moss | adding"}},
		{"Ann met the crew.\n\n“The pier is old,” said the harbour master, adding: “It is rotten.”", []string{"the harbour master | said", "the harbour master | adding"}},
		{"Ann met the crew.\n\n“The pier is old,” said Ed Moss. Ann Ortiz disagreed, adding: “It is new.”", []string{"Ed Moss | said", "Ann Ortiz | adding"}},
		// A relative clause with no pronoun after a common noun; not
		// after a name.
		{"Ann met the crew.\n\n“The pier is old,” said an official I spoke with on Monday.", []string{"an official I spoke with | said"}},
		// A preposition or a word of time after the clause's verb
		// ends it: an adverbial of the sentence's verb.
		{"Ann met the crew.\n\n“We lost,” said the coach we hired last year after the season ended.", []string{"the coach we hired | said"}},
		{"Ann met the crew.\n\n“We lost,” said the coach we hired in May.", []string{"the coach we hired | said"}},
		{"Ann met the crew.\n\n“We lost,” said a pilot I spoke to.", []string{"a pilot I spoke to | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said the mayor they elected and praised.", []string{"the mayor | said"}},
		// A noun phrase after the cue that goes on with a verb of its
		// own is the reported clause's subject, no inverted speaker;
		// not when a relative word in it takes the verb.
		{"Ann met the crew.\n\n“The pier is old,” cried the pilots whose ferry had sunk.", []string{"the pilots whose ferry | cried"}},
		// A text's "read" before the colon that introduces the
		// quotation, and a reader's, who reads the words out
		// (readsOut).
		{"Ann met the crew.\n\nThe statement read: “The pier is old.”", []string{"The statement | read"}},
		{"Ann met the crew.\n\nA statement from the board read: “The pier is old.”", []string{"A statement from the board | read"}},
		{"Ann met the crew.\n\nThe board’s statement read, in part: “The pier is old.”", []string{"The board’s statement | read"}},
		{"Ann met the crew.\n\nOn Monday, a sign at the gate read: “The pier is old.”", []string{"a sign at the gate | read"}},
		{"Ann met the crew.\n\nEd Moss read: “The pier is old.”", []string{"Ed Moss | read"}},
		// An "of" phrase after a description after the cue, with its
		// determiner; not a phrase of the verb.
		{"Ann met the crew.\n\n“The pier is old,” said a member of the board.", []string{"a member of the board | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said the president of the union.", []string{"the president of the union | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said a pilot in an interview.", []string{"a pilot | said"}},
		// The "of" phrase ends at a preposition other than "of" or a
		// word of time: what follows is the verb's adverbial.
		{"Ann met the crew.\n\n“We lost,” said a fan of the team after the game.", []string{"a fan of the team | said"}},
		// "at" or "in" before a name: where the person works.
		{"Ann met the crew.\n\n“We lost,” said a professor of law at Yale.", []string{"a professor of law at Yale | said"}},
		{"Ann met the crew.\n\n“We lost,” said the director of research at the Harbor Trust.", []string{"the director of research at the Harbor Trust | said"}},
		{"Ann met the crew.\n\n“We lost,” said a fan of the team in March.", []string{"a fan of the team | said"}},
		{"Ann met the crew.\n\n“We lost,” said the head of the agency for years.", []string{"the head of the agency | said"}},
		{"Ann met the crew.\n\n“We lost,” said the secretary of state on Monday.", []string{"the secretary of state | said"}},
		{"Ann met the crew.\n\n“We lost,” said a member of the board of directors.", []string{"a member of the board of directors | said"}},
		{"Ann met the crew.\n\n“We lost,” said a spokeswoman for the Harbor Trust yesterday.", []string{"a spokeswoman for the Harbor Trust | said"}},
		// A plural's possessive with its noun.
		{"Ann met the crew.\n\n“The pier is old,” said the workers’ union.", []string{"the workers’ union | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said the president of the pilots’ union on Monday.", []string{"the president of the pilots’ union | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said the pilots’ strongly.", []string{"the pilots | said"}},
		// A part of a group after the cue: the whole phrase; not a
		// clause's subject after "said".
		{"Ann met the crew.\n\n“The pier is old,” said one of the pilots.", []string{"one of the pilots | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said some of the pilots’ wives.", []string{"some of the pilots’ wives | said"}},
		{"Ann met the crew.\n\n“The pier is old,” said one of the pilots in an interview.", []string{"one of the pilots | said"}},
		{"Ann met the crew.\n\n“The pier is old,” one of the pilots said.", []string{"one of the pilots | said"}},
		{"Ann met the crew.\n\n“The pier is old,” some of the pilots told me.", []string{"some of the pilots | told"}},
	}
	checkDirectMentions(t, tests)
}

// TestRoundTwelveIndirect checks the twelfth round's mention edges on
// indirect attributions: each indirect quotation as "mention | cue |
// words".
func TestRoundTwelveMentionsIndirect(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// "Neither … nor …" is one mention.
		{"Neither Ed Moss nor Ann Ortiz would say whether the pier was old.", []string{"Neither Ed Moss nor Ann Ortiz | say | whether the pier was old"}},
		{"Neither Ed Moss nor the mayor said the pier was old.", []string{"Neither Ed Moss nor the mayor | said | the pier was old"}},
		{"Ed Moss and Ann Ortiz said the pier was old.", []string{"Ed Moss and Ann Ortiz | said | the pier was old"}},
		// A relative clause with no pronoun after the agent's noun,
		// with an "of" phrase before it; not across a comma.
		{"Ed Moss called the plan reckless (a view echoed by everyone we met).", []string{"Ed Moss | called | the plan reckless (a view echoed by everyone we met)", "everyone we met | echoed | a view"}},
		{"That view was echoed by a group of pilots we met on the quay, as expected.", []string{"a group of pilots we met | echoed | view"}},
		{"That view was echoed by the guides we hired.", []string{"the guides we hired | echoed | view"}},
		{"That view was echoed by the pilots we read.", []string{"the pilots | echoed | view"}},
		{"That view was echoed by the mayor, and I agreed.", []string{"the mayor | echoed | view"}},
		{"That view was echoed by pilots we know and trust.", []string{"pilots | echoed | view"}},
		// Two names, each with its appositive, share the cue; names
		// given as examples of a plural before them belong to it.
		{"Ed Moss, a Democrat, and Ann Ortiz, a Republican, said the pier was old.", []string{"Ed Moss, a Democrat, and Ann Ortiz, a Republican, | said | the pier was old"}},
		{"Ed Moss, a Democrat, and his wife, Ann, said the pier was old.", []string{"Ed Moss, a Democrat, and his wife, Ann, | said | the pier was old"}},
		{"Critics of the plan, like Sen. Ed Moss, Republican of Ohio, and Ann Ortiz, Democrat of Iowa, see the pier as old.", []string{"Critics of the plan, like Sen. Ed Moss, Republican of Ohio, and Ann Ortiz, Democrat of Iowa, | see | the pier as old"}},
		{"The board, like Ed Moss, says the pier is old.", []string{"The board | says | the pier is old"}},
		{"In cities, like Ashton, officials say the pier is old.", []string{"officials | say | the pier is old"}},
		// A name read alone after the preposition of a plural's
		// phrase: the plural's phrase is the mention; not a verb's
		// object, nor a phrase before the subject.
		{"Regulators and advisers to the Harbor Trust said the pier was old.", []string{"Regulators and advisers to the Harbor Trust | said | the pier was old"}},
		{"Yesterday letters to Ed Moss said the pier was old.", []string{"letters to Ed Moss | said | the pier was old"}},
		{"In letters to Ed Moss, officials said the pier was old.", []string{"officials | said | the pier was old"}},
		// A quantifier, or a bound before a number, right before the
		// mention is the noun phrase's; not before a noun that is no
		// number ("more than a body" compares).
		{"Even some pilots have said the pier was old.", []string{"some pilots | said | the pier was old"}},
		{"More than a dozen pilots have said the pier was old.", []string{"More than a dozen pilots | said | the pier was old"}},
		{"At least two aides said the pier was old.", []string{"At least two aides | said | the pier was old"}},
		// A relative clause with a naming verb is its own attribution,
		// no part of the appositive; one that describes stays.
		{"The plan was criticized by Ed Moss, the board’s chairman, who called it reckless.", []string{"Ed Moss, the board’s chairman, | criticized | The plan", "who | called | it reckless"}},
		{"The plan was criticized by Ed Moss, the board’s chairman, who chairs the panel.", []string{"Ed Moss, the board’s chairman, who chairs the panel | criticized | The plan"}},
		// Not after an adverb, nor an infinitive ("Before long" opens no
		// noun phrase to widen).
		{"Before long I wanted to swim, and asked the keeper to let me.", []string{"I | wanted | to swim", "I | asked | the keeper to let me"}},
		// A relative "which" between a subject and its cue is part of
		// the mention, the whole noun phrase, as a "who" clause is,
		// whether it is the subject's or an object relative or about
		// the phrase's last noun (relativeSubject); so is one after an
		// appositive (the team's news sets keep it).
		{"The alliance, which includes two unions, argues that the pier is old.", []string{"The alliance, which includes two unions, | argues | that the pier is old"}},
		{"The treaty, which both towns ratified, says that the pier is old.", []string{"The treaty, which both towns ratified, | says | that the pier is old"}},
		{"Ed Moss, a spokesman for the board, which runs the ferries, says that the pier is old.", []string{"Ed Moss, a spokesman for the board, which runs the ferries, | says | that the pier is old"}},
		{"A spokesman for the board, which runs the ferries, says that the pier is old.", []string{"A spokesman for the board, which runs the ferries, | says | that the pier is old"}},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew.\n\n"+tt.text, tt.want, false)
	}
}

// TestRoundTwelveStateModifier checks that a cue word that is also a
// noun ("state") before a plural and its verb modifies the subject:
// the quantifier before it is no subject of "state".
func TestRoundTwelveStateModifier(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Some state officials praised the plan.", []string{"Some state officials | praised | the plan"}},
		{"Many state lawmakers said the plan would fail.", []string{"Many state lawmakers | said | the plan would fail"}},
		{"Many believe officials said nothing.", []string{"Many | believe | officials said nothing"}},
		{"Ed Moss said most of the riders would stay.", []string{"Ed Moss | said | most of the riders would stay"}},
		// Only a cue after the plural, or a past form after a word
		// that takes its clause after "that" alone ("state"), makes
		// the cue word a modifier; "claim" and "report" take a bare
		// clause whose verb the past form is.
		{"Some claim officials lied about the pier.", []string{"Some | claim | officials lied about the pier"}},
		{"Some report prices jumped in May.", []string{"Some | report | prices jumped in May"}},
		{"Some claim adjusters said the roof was fine.", []string{"Some claim adjusters | said | the roof was fine"}},
		{"Some state officials voted against the plan.", nil},
	}
	for _, tt := range tests {
		checkTopIndirect(t, "Ann met the crew.\n\n"+tt.text, tt.want)
	}
}

// TestQuantityBefore checks the words quantityBefore joins to a mention
// that starts at the token after them, and those it leaves out.
func TestQuantityBefore(t *testing.T) {
	tests := []struct {
		text, mention, want string
	}{
		{"More than a dozen women said", "a dozen women", "More than a dozen women"},
		{"nearly 60 voters said", "60 voters", "nearly 60 voters"},
		{"Even some pilots said", "pilots", "some pilots"},
		{"more than a body said", "a body", "a body"},
		{"some of the pilots said", "the pilots", "the pilots"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		at := strings.Index(tt.text, tt.mention)
		i0, n := -1, -1
		for i, tk := range toks {
			if tk.s == at {
				i0 = i
			}
			if tk.e == at+len(tt.mention) {
				n = i + 1
			}
		}
		h := quantityBefore(tt.text, toks, i0, n)
		if got := tt.text[toks[h].s:toks[n-1].e]; got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInvertedGoesOn checks that a mixed quotation in a relative clause
// takes no speaker from the cue after it whose noun phrase goes on with
// a verb ("said the pier would fail"): the pier says nothing.
//
// The name that the relative clause holding the quotation hangs on
// speaks, its mention the name ("Ed Moss", not "who"); not across a
// second comma in the clause, nor when no name comes before it.
func TestInvertedGoesOn(t *testing.T) {
	tests := []struct{ text, mention string }{
		{"Ed Moss, who called the plan “reckless,” said the pier would fail.", "Ed Moss"},
		{"The Harbor Trust, which called the plan “reckless,” said the pier would fail.", "The Harbor Trust"},
		{"The old crew, who called the plan “reckless,” said the pier would fail.", "who"},
		// A name after a verb is its object: the mention is the name alone.
		{"The mayor thanked Ed Moss, who called the plan “reckless,” said the pier would fail.", "Ed Moss"},
	}
	for _, tt := range tests {
		d := run(t, "Ann met the crew.\n\n"+tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteMixed {
				got = append(got, d.Slice(q.Speaker.Mention))
			}
		}
		if strings.Join(got, "\n") != tt.mention {
			t.Errorf("%q: mixed given to %q, want %q", tt.text, got, tt.mention)
		}
	}
}

// TestRelativeHead checks the name relativeHead reads before a
// relative clause that runs to the end of its words, and none across a
// second comma, without a comma, or after a common noun.
func TestRelativeHead(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ed Moss, who called the plan", "Ed Moss"},
		{"On Monday, Sen. Ann Ortiz, who called it", "Sen. Ann Ortiz"},
		{"Ed Moss, who, like Ann, called it", ""},
		{"Ed Moss who called it", ""},
		{"the crew, who called it", ""},
	}
	for _, tt := range tests {
		f := relativeHead(tt.text, tokenize(tt.text, 0, len(tt.text)))
		if got := tt.text[f.subj.Start:f.subj.End]; got != tt.want || f.ok != (tt.want != "") {
			t.Errorf("%q: got %q (%v), want %q", tt.text, got, f.ok, tt.want)
		}
	}
}

// TestItSaid checks "it" and a cue after a direct quotation: the
// mention is "it", the name the body or text named in the sentence
// before (a body before a text); nothing without one.
func TestItSaid(t *testing.T) {
	tests := []struct{ text, mention, name string }{
		{"The board issued a statement on Monday. “The pier is old,” it said.", "it", "The board"},
		{"The Harbor Trust disagreed. “The pier is old,” it said in a statement.", "it", "The Harbor Trust"},
		{"The report is blunt. “The pier is old,” it says.", "it", "The report"},
		{"The board game is fun. “The pier is old,” it said.", "", ""},
		{"“The pier is old,” it said the pier was.", "", ""},
	}
	for _, tt := range tests {
		d := run(t, "Ann met the crew.\n\n"+tt.text)
		var q *doc.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Kind == doc.QuoteDirect {
				q = &d.Quotes[i]
			}
		}
		if q == nil {
			t.Errorf("%q: no direct quotation", tt.text)
			continue
		}
		if got := d.Slice(q.Speaker.Mention); got != tt.mention || q.Speaker.Name != tt.name {
			t.Errorf("%q: %q (%q), want %q (%q)", tt.text, got, q.Speaker.Name, tt.mention, tt.name)
		}
	}
}
