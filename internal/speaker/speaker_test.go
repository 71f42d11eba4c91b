package speaker

import (
	"context"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// run loads text as plain text and runs the stages up to the speakers.
func run(t testing.TB, text string) *doc.Document {
	t.Helper()
	return runAs(t, "t.txt", text)
}

// runAs is run for a text loaded under the file name name, whose
// extension picks the loader (".md" reads Markdown block quotes and
// lists).
func runAs(t testing.TB, name, text string) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), name, []byte(text), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	Attribute(d)
	return d
}

// spanOf returns the span of the n-th (from 1) occurrence of s in text.
func spanOf(text, s string, n int) doc.Span {
	at := -1
	for ; n > 0; n-- {
		i := strings.Index(text[at+1:], s)
		if i < 0 {
			return doc.Span{Start: -1}
		}
		at += 1 + i
	}
	return doc.Span{Start: at, End: at + len(s)}
}

func TestAttribute(t *testing.T) {
	tests := []struct {
		text    string
		quote   string // first words of the quotation checked
		name    string
		mention string // the mention's text, first occurrence after …
		nth     int    // … this many occurrences (1 = first)
		cue     string
		chain   string
	}{
		{"“We will build it,” Maria Lopez said on Monday.", "We will", "Maria Lopez", "Maria Lopez", 1, "said", "Maria Lopez"},
		{"“We will build it,” said Maria Lopez.", "We will", "Maria Lopez", "Maria Lopez", 1, "said", "Maria Lopez"},
		{"Maria Lopez said: “We will build it.”", "We will", "Maria Lopez", "Maria Lopez", 1, "said", "Maria Lopez"},
		{"Maria Lopez said that “we will open the bridge this year.”", "we will", "Maria Lopez", "Maria Lopez", 1, "said", "Maria Lopez"},
		{"Hugh Hill, a doctor, said: “Rest helps.”", "Rest", "Hugh Hill", "Hugh Hill, a doctor,", 1, "said", "Hugh Hill"},
		{"“Rest helps,” Hugh Hill, a doctor, said.", "Rest", "Hugh Hill", "Hugh Hill, a doctor,", 1, "said", "Hugh Hill"},
		// The mention is the whole noun phrase: role words, a party
		// label, an appositive after an inverted cue.
		{"“We will appeal,” port lawyer Ana Ruiz said.", "We will", "Ana Ruiz", "port lawyer Ana Ruiz", 1, "said", "Ana Ruiz"},
		{"“We will appeal,” said Radio Nord host Ana Ruiz.", "We will", "Ana Ruiz", "Radio Nord host Ana Ruiz", 1, "said", "Ana Ruiz"},
		{"“Vote no,” Rep. Ed Moss (D-Ore.) said.", "Vote", "Rep. Ed Moss", "Rep. Ed Moss (D-Ore.)", 1, "said", "Rep. Ed Moss"},
		{"“Vote no,” said Ed Moss, a dairy farmer who chairs the board.", "Vote", "Ed Moss", "Ed Moss, a dairy farmer who chairs the board", 1, "said", "Ed Moss"},
		{"“Vote no,” said the Rev. Ed Moss.", "Vote", "Rev. Ed Moss", "the Rev. Ed Moss", 1, "said", "Rev. Ed Moss"},
		{"On Monday Ed Moss said: “Vote no.”", "Vote", "Ed Moss", "Ed Moss", 1, "said", "Ed Moss"},
		{"“Vote no,” Senate leader Ed Moss, R-Ore., said.", "Vote", "Ed Moss", "Senate leader Ed Moss, R-Ore.,", 1, "said", "Ed Moss"},
		{"Ed Moss, a farmer, attacked the plan, saying, “It is a fraud.”", "It is", "Ed Moss", "Ed Moss, a farmer,", 1, "saying", "Ed Moss"},
		{"Ed Moss attacked Ann Ortiz, saying, “It is a fraud.”", "It is", "Ed Moss", "Ed Moss", 1, "saying", "Ed Moss"},
		{"In a radio interview Ed Moss declared: “Vote no.”", "Vote", "Ed Moss", "Ed Moss", 1, "declared", "Ed Moss"},
		{"“Vote no,” Ed Moss, who farms near the dam, one of the bridge’s critics, said.", "Vote", "Ed Moss", "Ed Moss, who farms near the dam,", 1, "said", "Ed Moss"},
		{"“Vote no,” Ed Moss (D-Ore.), a dairy farmer, said.", "Vote", "Ed Moss", "Ed Moss (D-Ore.), a dairy farmer,", 1, "said", "Ed Moss"},
		{"“Vote no,” said Ed Moss, a farmer, in a statement.", "Vote", "Ed Moss", "Ed Moss, a farmer,", 1, "said", "Ed Moss"},
		{"“Vote no,” said Ed Moss, a spokesman for the Harbour Trust, which runs the pier.", "Vote", "Ed Moss", "Ed Moss, a spokesman for the Harbour Trust, which runs the pier", 1, "said", "Ed Moss"},
		{"Ed Moss told Radio Nord, “We will appeal.”", "We will", "Ed Moss", "Ed Moss", 1, "told", "Ed Moss"},
		{"At the rally, Ed Moss attacked the plan, saying, “It is a fraud.”", "It is", "Ed Moss", "Ed Moss", 1, "saying", "Ed Moss"},
		{"The New York carpenter says of the plan, “It is a fraud.”", "It is", "The New York carpenter", "The New York carpenter", 1, "says", "The New York carpenter"},
		// A definite description names whom the text gave that role.
		{"Sen. Ann Ortiz spoke first. Then Ed Moss rose. “We will appeal,” the senator said.", "We will", "Sen. Ann Ortiz", "the senator", 1, "said", "Sen. Ann Ortiz"},
		{"Ann Ortiz, a dairy farmer, spoke. Ed Moss rose. “We will appeal,” the farmer said.", "We will", "Ann Ortiz", "the farmer", 1, "said", "Ann Ortiz"},
		{"Carpenter Ed Moss spoke. “We will appeal,” the carpenter said.", "We will", "Ed Moss", "the carpenter", 1, "said", "Ed Moss"},
		{"Ed Moss spoke. “We will appeal,” the senator said.", "We will", "the senator", "the senator", 1, "said", "the senator"},
		{"Tom Reed came late. “Sorry,” he said.", "Sorry", "Tom Reed", "he", 1, "said", "Tom Reed"},
		// "she" skips a man's given name, "he" a thing after "the".
		{"Emma Hall met Henry Bell. “Late again,” she said.", "Late", "Emma Hall", "she", 1, "said", "Emma Hall"},
		{"Tom Reed tied up the Marigold. “Done,” he said.", "Done", "Tom Reed", "he", 2, "said", "Tom Reed"},
		// Inside a quotation "he" means someone named in it, or nobody.
		{"Ed Moss left Port Elsby. Ann wrote: “My father came in. ‘Done,’ he said.”", "Done", "", "", 0, "said", "Ann"},
		{"“The mill closes,” according to Ann Ortiz.", "The mill", "Ann Ortiz", "Ann Ortiz", 1, "according to", "Ann Ortiz"},
		{"“First,” Ann Ortiz said, “we wait.”", "First", "Ann Ortiz", "Ann Ortiz", 1, "said", "Ann Ortiz"},
		{"Ann Ortiz: “We wait.”", "We wait", "Ann Ortiz", "Ann Ortiz", 1, ":", "Ann Ortiz"},
		{"Its first line was plain. “Nothing lasts.”", "Nothing", "", "", 0, "", ""},
		{"They printed the ‘Harbour Charter’ in May. It began:\n\n“All boats are equal.”", "All boats", "Harbour Charter", "It", 1, "", "Harbour Charter"},
		{"Via the Wikipedia, I found a history by Ruth Kane:\n\n“The town grew fast.”", "The town", "Ruth Kane", "Ruth Kane", 1, ":", "Wikipedia → Ruth Kane"},
		{"Ruth Kane wrote: “Olaf Berg, in his diary, noted: ‘Snow again.’”", "Snow", "Olaf Berg", "Olaf Berg", 1, "noted", "Ruth Kane → Olaf Berg’s diary → Olaf Berg"},
		{"Ed Moss recalled: “Ida asked me why. I said, ‘Because it rained.’”", "Because", "Ed Moss", "I", 2, "said", "Ed Moss"},
		{"Ed Moss recalled: “Ida asked: ‘Why?’ I said, ‘Because.’”", "Why", "Ida", "Ida", 1, "asked", "Ed Moss → Ida"},
		{"Ed Moss recalled: “Ida asked: ‘Why?’ I said, ‘Because.’”", "Because", "Ed Moss", "I", 2, "said", "Ed Moss"},
		{"In the Russian version of Wikipedia, Ed Moss wrote: “Yes.”", "Yes", "Ed Moss", "Ed Moss", 1, "wrote", "Russian Wikipedia → Ed Moss"},
		// A cue word that is a noun ("states") does not end the search
		// for the cue after an appositive.
		{"“It is an intrusion,” Ed Moss, the attorney general of Utah, one of the states suing the agency, said on Monday.", "It is", "Ed Moss", "Ed Moss, the attorney general of Utah,", 1, "said", "Ed Moss"},
		// A phrase after the subject, up to the cue, is part of it.
		{"“Why are we behind?” a narrator in the new ad asks.", "Why", "a narrator", "a narrator in the new ad", 1, "asks", "a narrator"},
		{"“It was the least bad outcome,” Ed Moss of the Harbour Trust said.", "It was", "Ed Moss", "Ed Moss of the Harbour Trust", 1, "said", "Ed Moss"},
		{"“It was the least bad outcome,” said Representative Ed Moss of New York.", "It was", "Representative Ed Moss", "Representative Ed Moss of New York", 1, "said", "Representative Ed Moss"},
		{"“It was fine,” said Ed Moss of the plan.", "It was", "Ed Moss", "Ed Moss", 1, "said", "Ed Moss"},
		// The name right before a participle says the words.
		{"The ad shows footage of Ann Ortiz asking, “Why are we behind?”", "Why", "Ann Ortiz", "Ann Ortiz", 1, "asking", "Ann Ortiz"},
		{"It ends with Ed Moss saying during the debate, “That makes me smart.”", "That makes", "Ed Moss", "Ed Moss", 1, "saying", "Ed Moss"},
		// A name that introduces the quotation with a colon, not the
		// pronoun after it; a party label is no one "she" can mean.
		{"Sen. Ann Ortiz (D-Ore.) scolded him: “You sold it as a cure,” she said.", "You sold", "Sen. Ann Ortiz", "Sen. Ann Ortiz (D-Ore.)", 1, "scolded", "Sen. Ann Ortiz"},
		{"Sen. Ann Ortiz (D-Ore.) spoke. “You sold it as a cure,” she said.", "You sold", "Sen. Ann Ortiz", "she", 1, "said", "Sen. Ann Ortiz"},
		// "As X put it" reports words; a relative clause that reports
		// words of its own is not part of the mention.
		{"As Ed Moss, a tax lawyer, recently put it, “Did he dodge or evade?”", "Did he", "Ed Moss", "Ed Moss, a tax lawyer,", 1, "put it", "Ed Moss"},
		{"“It is simple,” said Ed Moss, who stressed that the plan would help small firms.", "It is", "Ed Moss", "Ed Moss", 1, "said", "Ed Moss"},
		{"“It is late,” said Ann Ortiz, who was tired and feared that the ferry had gone.", "It is", "Ann Ortiz", "Ann Ortiz, who was tired", 1, "said", "Ann Ortiz"},
		// A lower-case description before a colon does not displace
		// the pronoun after the quotation.
		{"Tom Reed spoke, as if returning to some remark of his: “No, I would not say so.” He began to puff at his pipe.", "No, I", "Tom Reed", "He", 1, "began", "Tom Reed"},
		// "he" and "she" skip a name after a preposition, the one
		// spoken to, when another name fits.
		{"Ann Ortiz turned to Emma Hall. “Late again,” she said.", "Late", "Ann Ortiz", "she", 1, "said", "Ann Ortiz"},
		{"The letter came from Emma Hall. “Late again,” she said.", "Late", "Emma Hall", "she", 1, "said", "Emma Hall"},
		// A name known to fit wins over a nearer one of unknown sex.
		{"Emma Hall feared London would not agree with her. “Oh, do not think of me!” she replied.", "Oh, do", "Emma Hall", "she", 1, "replied", "Emma Hall"},
		{"John Moss came in. Port Elsby was quiet. “Not yet,” he replied.", "Not yet", "John Moss", "he", 1, "replied", "John Moss"},
		// The speaker of the turn just before seldom speaks again at once.
		{"Emma Hall sat with Ann Ortiz.\n\n“It is late,” said Ann Ortiz.\n\n“Not yet,” she replied.", "Not yet", "Emma Hall", "she", 1, "replied", "Emma Hall"},
		{"Ann Ortiz sat alone.\n\n“It is late,” said Ann Ortiz.\n\n“Not yet,” she replied.", "Not yet", "Ann Ortiz", "she", 1, "replied", "Ann Ortiz"},
		// Not in a paragraph of narration, and not for the same person
		// by another name.
		{"Emma Hall sat with Ann Ortiz.\n\n“It is late,” Ortiz said.\n\nShe smiled. “Not yet,” she replied.", "Not yet", "Ortiz", "she", 1, "replied", "Ortiz"},
		// Two verbs joined by "and" share the subject that opens the
		// clause.
		{"Before the vote the mayor, Ana Ruiz, took the microphone and explained herself:\n\n“We will appeal.”", "We will", "Ana Ruiz", "Ana Ruiz", 1, "explained", "Ana Ruiz"},
		{"Ed Moss thanked Tom Reed and added: “We will appeal.”", "We will", "Ed Moss", "Ed Moss", 1, "added", "Ed Moss"},
		// A description of a person that opens the sentence before is
		// whom "he" means; a woman's given name is not.
		{"Ingrid Berg left early. Her drummer, asked about it later, was blunt. “That is wrong,” he said.", "That is", "Her drummer", "he", 1, "said", "Her drummer"},
		{"Ingrid Berg left early. The hall was full. “That is wrong,” she said.", "That is", "Ingrid Berg", "she", 1, "said", "Ingrid Berg"},
		// A mixed quotation goes to the subject of a naming verb.
		// Past a phrase and an appositive; a name right before the verb
		// in a relative clause; "as X put it" with a phrase after it,
		// or after the quotation.
		{"His old partner at the yard, Ed Moss, called him a master at “bolting boats together.”", "bolting", "Ed Moss", "His old partner at the yard, Ed Moss,", 1, "called", "Ed Moss"},
		{"Another critic, Ann Ortiz, likened the plan to “burning the harbour.”", "burning", "Ann Ortiz", "Another critic, Ann Ortiz,", 1, "likened", "Ann Ortiz"},
		{"The pier was hit by a storm that Mayor Ed Moss described as “a freak event.”", "a freak", "Mayor Ed Moss", "Mayor Ed Moss", 1, "described", "Mayor Ed Moss"},
		{"They asked the Harbour Police Department which reported “41 storms in the bay” last year.", "41 storms", "Harbour Police Department", "which", 1, "reported", "Harbour Police Department"},
		{"It is the storm of 1931, which the plaque by the pier calls “the long night.”", "the long", "the plaque by the pier", "the plaque by the pier", 1, "calls", "the plaque by the pier"},
		{"He was never seen as a sailor but, as the Courier put it in a long profile, “the operator.”", "the operator", "Courier", "the Courier", 1, "put it", "Courier"},
		{"The ferry is a “lawful source of income,” as a harbour board memo put it.", "lawful", "a harbour board memo", "a harbour board memo", 1, "put it", "a harbour board memo"},
		{"At a gala in Port Elsby, Ann Ortiz called half of the voters “hopeless.”", "hopeless", "Ann Ortiz", "Ann Ortiz", 1, "called", "Ann Ortiz"},
		{"In January, Gov. Ed Moss of Utah lauded the mayor for his “new and fresh ideas.”", "new and", "Gov. Ed Moss", "Gov. Ed Moss of Utah", 1, "lauded", "Gov. Ed Moss"},
		// The subject of a "what" clause of naming names the words (n50_what.go).
		{"The mill closed after what the papers called “a slow collapse.”", "a slow", "the papers", "the papers", 1, "called", "the papers"},
		// A word in marks after a naming verb is the subject's words,
		// not a scare quote; with no subject before the verb it stays one.
		{"Ann Ortiz called the plan “risky.”", "risky", "Ann Ortiz", "Ann Ortiz", 1, "called", "Ann Ortiz"},
		// A name after "The" before a naming verb is the name, as after a
		// verb of saying: one source, one name in the chains.
		{"The Harbour Courier called the plan “risky.”", "risky", "Harbour Courier", "The Harbour Courier", 1, "called", "Harbour Courier"},
		{"Ed Moss criticized the new law as a “crazy system” during a stop.", "crazy", "Ed Moss", "Ed Moss", 1, "criticized", "Ed Moss"},
		{"He has been called a charlatan by fellow doctors for promoting “quack” cures.", "quack", "", "", 0, "", ""},
		{"Ed Moss says he has “big plans” for the harbour.", "big plans", "Ed Moss", "Ed Moss", 1, "says", "Ed Moss"},
		{"Ed Moss said the ‘reform’ failed.", "reform", "", "", 0, "", ""},
		// A transcript's turn names its speaker in capitals.
		{"“OK: fine then,” Ed Moss said.", "OK", "Ed Moss", "Ed Moss", 1, "said", "Ed Moss"},
		// Before a phrase in marks, a name after the cue with no comma
		// is the subject of the quoted clause, not an inverted speaker.
		{"The new clip says Ed Moss “has a passion for the wrong people.”", "has a", "The new clip", "The new clip", 1, "says", "The new clip"},
		{"“We will win,” says Ed Moss.", "We will", "Ed Moss", "Ed Moss", 1, "says", "Ed Moss"},
		{"Later says Ed Moss: “We will win.”", "We will", "Ed Moss", "Ed Moss", 1, "says", "Ed Moss"},
		// A phrase that ends the author's sentence is not attributed by
		// the next one.
		{"Ann Ortiz spoke. The plan was “unhinged, even for them.” She says it shows their temper.", "unhinged", "", "", 0, "", ""},
		// A thought in marks, given after it.
		{"“What comes next?” thought Emma Hall, and she went on.", "What comes", "Emma Hall", "Emma Hall", 1, "thought", "Emma Hall"},
		{"“Too late,” Ed Moss thought.", "Too late", "Ed Moss", "Ed Moss", 1, "thought", "Ed Moss"},
		{"“But where, madam?” inquired Martha Reed.", "But where", "Martha Reed", "Martha Reed", 1, "inquired", "Martha Reed"},
		// "was X's answer" after the words.
		{"“Not for your looks,” was Ann Ortiz’s sharp comment.", "Not for", "Ann Ortiz", "Ann Ortiz", 1, "", "Ann Ortiz"},
		{"“Not for your looks,” was Ann Ortiz’s view of it.", "Not for", "", "", 0, "", ""},
		// A headline's verb in capitals ends the name before it.
		{"Ann Ortiz Says Harbour Plan Is ‘Dead on Arrival’\n\nThe plan is dead.", "Harbour Plan", "Ann Ortiz", "Ann Ortiz", 1, "Says", "Ann Ortiz"},
		// Documents read out.
		{"“We ask for a delay,” the letter reads.", "We ask", "the letter", "the letter", 1, "reads", "the letter"},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		testutil.CheckSpans(t, d)
		var q *doc.Quote
		for i := range d.Quotes {
			if strings.HasPrefix(d.Quotes[i].Words(d.Text), tt.quote) {
				q = &d.Quotes[i]
			}
		}
		if q == nil {
			t.Errorf("%q: no quotation %q", tt.text, tt.quote)
			continue
		}
		var mention, cue doc.Span
		if tt.mention != "" {
			mention = spanOf(d.Text, tt.mention, tt.nth)
		}
		if tt.cue != "" {
			cue = spanOf(d.Text, tt.cue, 1)
		}
		chain := strings.Join(q.Chain, " → ")
		if q.Speaker.Name != tt.name || q.Speaker.Mention != mention || q.Cue != cue || chain != tt.chain {
			t.Errorf("%q:\n got  %q %v cue %v chain %q\n want %q %v cue %v chain %q",
				tt.text, q.Speaker.Name, q.Speaker.Mention, q.Cue, chain, tt.name, mention, cue, tt.chain)
		}
	}
}

// TestLeavesOthers checks that scare quotes and titles get no speaker.
func TestLeavesOthers(t *testing.T) {
	d := run(t, "Joe Bell said the ‘reform’ failed, and he read ‘War and Peace’.")
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteScare || q.Kind == doc.QuoteTitle {
			if q.Speaker.Name != "" || q.Cue != (doc.Span{}) || q.Chain != nil {
				t.Errorf("%s %q attributed: %+v", q.Kind, q.Words(d.Text), q)
			}
		}
	}
}
