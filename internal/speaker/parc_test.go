package speaker

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestAttributions checks the attribution reader of parc.go with exact
// spans: every indirect quotation of each text, in order, as "mention |
// cue | content" (parts of a split content joined by " … ").
func TestAttributions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Intention, request and evaluation verbs take an infinitive or
		// an object as their content.
		{"Ann Ortiz wants to triple the size of the ferry fleet.", []string{"Ann Ortiz | wants | to triple the size of the ferry fleet"}},
		{"The union called for a moratorium on new piers.", []string{"The union | called for | a moratorium on new piers"}},
		{"The mayor urged the council to stop selling the docks.", []string{"The mayor | urged | the council to stop selling the docks"}},
		{"Ed Moss criticized the harbour board for its silence.", []string{"Ed Moss | criticized | the harbour board for its silence"}},
		// Evidence verbs take a thing as their source.
		{"A new poll shows that fares are rising.", []string{"A new poll | shows | that fares are rising"}},
		// A stance adjective after "is".
		{"Ann Ortiz is confident that the ferry will sail.", []string{"Ann Ortiz | confident | that the ferry will sail"}},
		{"Ann Ortiz is so confident that the ferry will sail.", []string{"Ann Ortiz | confident | that the ferry will sail"}},
		{"Ed Moss has been critical of the board.", []string{"Ed Moss | critical | the board"}},
		{"Ed Moss is also determined to sell the docks.", []string{"Ed Moss | determined | to sell the docks"}},
		// A participle takes the main clause's subject.
		{"Ann Ortiz criticized the plan, saying that it would cost too much.", []string{"Ann Ortiz | criticized | the plan", "Ann Ortiz | saying | that it would cost too much"}},
		// A trailing cue after a perfect, or any form of a verb of
		// speech between commas.
		{"The ferry will stop running in May, the Gazette has learned.", []string{"the Gazette | learned | The ferry will stop running in May"}},
		{"All of this, Ann Ortiz acknowledges, could change by spring.", []string{"Ann Ortiz | acknowledges | All of this … could change by spring"}},
		// A comment clause with "as" says whose view the rest is; a
		// clause of time with "as" is no attribution.
		{"As Ann Ortiz noted, the pier is older than the town.", []string{"Ann Ortiz | noted | the pier is older than the town"}},
		{"The pier, as two of the board's engineers have pointed out, is older than the town.", []string{"two of the board's engineers | pointed out | The pier … is older than the town"}},
		// Inside a fronted "if" clause the comment clause says whose
		// view the "if" clause's words are; the main clause after them
		// is the writer's (n7_fronted.go), as PolNeAR marks it.
		{"If, as I've suggested, the fares rise, the riders will leave.", []string{"I | suggested | If … the fares rise"}},
		{"As one rider put it, the ferry is a lifeline.", []string{"one rider | put it | the ferry is a lifeline"}},
		{"As Ed Moss spoke to the crowd, the rain began.", nil},
		{"As the ferry left, the band played.", nil},
		// Stance adjectives with a preposition, and verbs that bring a
		// view into a text or weigh the one they face.
		{"Ed Moss was coy about whether he would run.", []string{"Ed Moss | coy | about whether he would run"}},
		{"The bank is bearish on the future of ferry loans.", []string{"The bank | bearish | the future of ferry loans"}},
		{"The film chronicles the decline of the harbour.", []string{"The film | chronicles | the decline of the harbour"}},
		{"Ann Ortiz grilled the chief for his silence.", []string{"Ann Ortiz | grilled | the chief for his silence"}},
		{"Ed Moss quipped that the pier was older than he was.", []string{"Ed Moss | quipped | that the pier was older than he was"}},
		// A participle right after a direct quotation is its speaker's.
		{"“We will sail,” Ed Moss said, adding that the pier was safe.", []string{"Ed Moss | adding | that the pier was safe"}},
		{"Ann Ortiz said: “The fares will rise,” adding that the board had no choice.", []string{"Ann Ortiz | adding | that the board had no choice"}},
		// A coordinated clause with its own source ends the first content.
		{"The pilots want longer shifts, and the owners want shorter ones.", []string{"The pilots | want | longer shifts", "the owners | want | shorter ones"}},
		// A relative clause or a participle phrase between the subject
		// and its verb.
		{"The harbour board, which runs the ferries, argues that the pier is safe.", []string{"The harbour board, which runs the ferries, | argues | that the pier is safe"}},
		{"A survey released in late May found that most riders want more sailings.", []string{"A survey released in late May | found | that most riders want more sailings"}},
		{"Twelve towns led by Ashton are challenging the new fares.", []string{"Twelve towns led by Ashton | challenging | the new fares"}},
		// A phrase between the verb and a question or "not to".
		{"The survey shows in detail how riders use the ferry.", []string{"The survey | shows | how riders use the ferry"}},
		{"The board decided after a long inquiry not to close the pier.", []string{"The board | decided | not to close the pier"}},
		// A passive with no agent reports its subject and complement,
		// with no source; none without a complement.
		{"Ed Moss was accused of selling the docks.", []string{" | accused | Ed Moss … selling the docks"}},
		{"The fares are expected to rise in May.", []string{" | expected | The fares … to rise in May"}},
		{"The board has been criticized for its silence.", []string{" | criticized | The board … for its silence"}},
		{"The report was released on Monday.", nil},
		// Mentions: a description that opens the sentence is not the
		// name's; the main verb is not read into a name; a relative
		// clause with its own subject speaks for that subject (whose
		// content runs on into the main clause: a known gap).
		{"A critic of the plan, Ed Moss likened the pier to a sieve.", []string{"Ed Moss | critic of | the plan", "Ed Moss | likened | the pier to a sieve"}},
		{"In 1990, the Harbour Board closed the pier for a year, citing a risk to the public.", []string{"the Harbour Board | citing | a risk to the public"}},
		{"The reason that Ed Moss refuses to sell is simple.", []string{"Ed Moss | refuses | to sell is simple"}},
		// A participle after an object that carries words is the
		// sender's; a content in an opening subordinate clause ends
		// with it.
		{"A group of parents sent a letter to the board urging it to reconsider.", []string{"A group of parents | urging | it to reconsider"}},
		{"After Ed Moss claimed that the pier was safe, the board reopened it.", []string{"Ed Moss | claimed | that the pier was safe"}},
		// A noun of stance after a possessive, before "that" or "to";
		// not inside another attribution's content, nor without a
		// clause. A noun in the subject has its content end before the
		// main verb (v1_stance.go).
		{"Ed Moss’s claim that the pier was safe did not survive the storm.", []string{"Ed Moss’s | claim | that the pier was safe"}},
		{"The harbour board's refusal to act angered the pilots.", []string{"The harbour board's | refusal | to act"}},
		{"Ann Ortiz said that his promise to repair the pier was empty.", []string{"Ann Ortiz | said | that his promise to repair the pier was empty"}},
		{"Ed Moss’s plan for the pier is bold.", nil},
		// A relative clause without "that" in the subject; "according
		// to" after a dash.
		{"The pilots I interviewed said the ferry was late.", []string{"The pilots I interviewed | said | the ferry was late"}},
		{"The pier is unsafe — or close to it — according to the harbour survey.", []string{"the harbour survey | according to | The pier is unsafe — or close to it"}},
		// A relative clause that reports on its own between a name and
		// its verb: the clause's content ends before the verb, whose
		// subject is the name.
		{"Ed Moss, who understood that the vote was lost, told his aides to pack up.", []string{"who | understood | that the vote was lost", "Ed Moss | told | to pack up"}},
		// A phrase that says where the words were said belongs to the
		// verb, not the name.
		{"Ann Ortiz in an interview said the pier was safe.", []string{"Ann Ortiz | said | the pier was safe"}},
		{"Last week Ed Moss in a televised interview appeared to blame the pilots.", []string{"Ed Moss | blame | the pilots"}},
		{"A narrator in the new ad asks whether the pier is safe.", []string{"A narrator in the new ad | asks | whether the pier is safe"}},
		// A bare clause that opens with a possessive.
		{"Ed Moss said its fares would rise.", []string{"Ed Moss | said | its fares would rise"}},
		// Several in one sentence, one inside the other's content.
		{"Ann Ortiz said that the board believes the pier is safe.", []string{"Ann Ortiz | said | that the board believes the pier is safe", "the board | believes | the pier is safe"}},
		{"Ann Ortiz claimed vast savings and said the ferry would pay for itself.", []string{"Ann Ortiz | claimed | vast savings", "Ann Ortiz | said | the ferry would pay for itself"}},
		// A description before a name between commas is one mention with
		// it; a time before a name is not.
		{"The minister of the harbour, Ed Moss, argues that the pier is safe.", []string{"The minister of the harbour, Ed Moss, | argues | that the pier is safe"}},
		{"Several weeks ago, Ann Ortiz said that the ferry would sail.", []string{"Ann Ortiz | said | that the ferry would sail"}},
		// A relative "that" is read as its verb's source, not after a
		// verb of reporting, nor before a verb of evaluation; with a verb
		// that reports no words it keeps no speaker (n34_that.go).
		{"The council heard from towns that want to keep the levy.", []string{" | want | to keep the levy"}},
		{"Ann Ortiz said that rents would rise.", []string{"Ann Ortiz | said | that rents would rise"}},
		{"The mayor made that claim again.", nil},
		{"He drafted rules that narrowly target the ferry fleet.", nil},
		// "as much" stands for what was said before.
		{"Ann Ortiz, the mayor, said as much in an interview.", []string{"Ann Ortiz, the mayor, | said | as much in an interview"}},
		{"The pier cost as much as the fleet, Ed Moss said.", []string{"Ed Moss | said | The pier cost as much as the fleet"}},
		// Verbs of appearance, with no source: the subject and the
		// complement, or the clause after "it"; not a place or a verb
		// of reporting after them.
		{"Drawing on savings seems too risky.", []string{" | seems | Drawing on savings … too risky"}},
		{"It appeared that the vote would fail.", []string{" | appeared | that the vote would fail"}},
		{"The ferry can seem like a relic.", []string{" | seem | The ferry … a relic"}},
		{"The mayor appeared on television on Monday.", nil},
		{"The sea looked like glass.", nil},
		{"The pilot’s account seems to me the better one.", nil},
		{"Ed Moss appeared to blame the pilots.", []string{"Ed Moss | blame | the pilots"}},
		// A question put to the subject opening the sentence, with no
		// source, beside the answer's own attribution.
		{"Asked about the levy, Ann Ortiz said it would pass.", []string{" | Asked about | the levy", "Ann Ortiz | said | it would pass"}},
		{"Asked to name a date, she declined.", []string{" | Asked | to name a date"}},
		// A verb's particle after it is no time or place after a
		// trailing cue: the opening phrase is not its content.
		{"In June, the harbour chief called on the pilots to shun the board.", []string{"the harbour chief | called on | the pilots to shun the board"}},
		// A verb with its noun: "make" has its irregular forms.
		{"Ed Moss made the case for Ann Ortiz.", []string{"Ed Moss | made the case for | Ann Ortiz"}},
		{"The two towns signed an agreement to share the ferry.", []string{"The two towns | signed an agreement | to share the ferry"}},
		// A passive's agent may be a plural noun with its count.
		{"The plan was endorsed by dozens of unions.", []string{"dozens of unions | endorsed | The plan"}},
		{"The levy is supported by far fewer shops.", []string{"far fewer shops | supported | The levy"}},
		// Criticism met with no named source: the one criticised and
		// what for; not other things faced or drawn.
		{"The clip has faced ridicule online.", []string{" | faced ridicule | The clip"}},
		{"Ed Moss is drawing criticism for his remarks.", []string{" | drawing criticism | Ed Moss … his remarks"}},
		{"The board came under scrutiny over the fares.", []string{" | came under scrutiny | The board … the fares"}},
		{"Both pilots face questions about their licences.", []string{" | face questions | Both pilots … their licences"}},
		{"The crew faced the storm.", nil},
		{"The patrol faced fire at dawn.", nil},
		// "see X as Y" is a judgement; "see" alone is sight.
		{"The pilots saw the remark as a slight.", []string{"The pilots | saw | the remark as a slight"}},
		{"We saw the ferry as it left.", nil},
		{"They see the pier from the hill.", nil},
		// A plural noun before its examples is no verb.
		{"The pier has old advocates such as the harbour board.", nil},
		{"The plan faced steep challenges including the tide.", nil},
		// "would like to" is a wish; "like" alone is not read.
		{"The campaign would like to hold another rally.", []string{"The campaign | like | to hold another rally"}},
		{"The pilots like to sail at dawn.", nil},
		// "respond to requests for comment", not other responses.
		{"The ferry company did not immediately respond to requests for comment.", []string{"The ferry company | respond | to requests for comment"}},
		{"The crew responded to the fire within minutes.", nil},
		// Verbs of supposition report a clause, not an object.
		{"The pilots imagine that the storm will pass.", []string{"The pilots | imagine | that the storm will pass"}},
		{"The captain imagined a castle on the hill.", nil},
		// An addressee of several words before "to" or "that".
		{"Last spring, the agency warned harbour safety officials to check the cranes.", []string{"the agency | warned | to check the cranes"}},
		{"Ann Ortiz told reporters on Monday that the pier would reopen.", []string{"Ann Ortiz | told | that the pier would reopen"}},
		// A programme's name after its broadcaster's possessive, in
		// marks or not, is part of the addressee, even with a verb of
		// reporting among its words.
		{"Ann Ortiz told KTV’s “Morning Show” that the pier would reopen.", []string{"Ann Ortiz | told | that the pier would reopen"}},
		{"Ann Ortiz told KTV’s Morning Show that the pier would reopen.", []string{"Ann Ortiz | told | that the pier would reopen"}},
		{"Ed Moss told the BBC’s \"Harbour Report\" on Sunday that fares would fall.", []string{"Ed Moss | told | that fares would fall"}},
		// A content ends at a closing mark before "and" and a second
		// verb, or before a comma's "but", as it would without marks.
		{"Ann Ortiz said the fleet is “depleted” and says she will expand it.", []string{"Ann Ortiz | said | the fleet is “depleted”", "Ann Ortiz | says | she will expand it"}},
		{"Ed Moss promised lower fares and “boats, boats, boats,” but he has also attacked the unions.", []string{"Ed Moss | promised | lower fares and “boats, boats, boats,”", "he | attacked | the unions"}},
		// A reported clause that opens with words in marks is read
		// whole, the marked words its child; a participle after a
		// direct quotation takes the quotation's speaker.
		{"Ann Ortiz said that “the pier is old” and the fleet is small.", []string{"Ann Ortiz | said | that “the pier is old” and the fleet is small"}},
		{"A spokeswoman said in a statement that, “Of course the mayor will fight” the charges.", []string{"A spokeswoman | said | that, “Of course the mayor will fight” the charges"}},
		{"“The pier is old,” Ed Moss said, adding that “the rails are worse.”", []string{"Ed Moss | adding | that “the rails are worse.”"}},
		{"Ed Moss tells his crew at the slipway to “sail at dawn” and then “come home.”", []string{"Ed Moss | tells | to “sail at dawn” and then “come home.”"}},
		// A noun of reporting with its owner and a "that" clause, after
		// a verb; not one without an owner.
		{"The checkers looked at Ed Moss’s claim that there have been “thousands of delays” on the ferry this year.", []string{"Ed Moss’s | claim | that there have been “thousands of delays” on the ferry this year"}},
		{"His claim that the pier was “perfectly safe” was false.", nil},
		{"The checkers looked at the claim that the pier was “perfectly safe.”", nil},
		{"The checkers looked at Ed Moss’s claim that the pier was safe.", []string{"Ed Moss’s | claim | that the pier was safe"}},
		// A decision by vote reports what is decided, not an object;
		// framing verbs report their object.
		{"The council voted to close the pier.", []string{"The council | voted | to close the pier"}},
		{"The council voted the budget through.", nil},
		{"Ann Ortiz likened the ferry to a leaking bathtub.", []string{"Ann Ortiz | likened | the ferry to a leaking bathtub"}},
		// A subject with a "to" phrase that ends in a name, before the
		// cue or after the content.
		{"An adviser to Ann Ortiz said the pier would reopen.", []string{"An adviser to Ann Ortiz | said | the pier would reopen"}},
		{"The ferry is late again, the advisers to Ann Ortiz say.", []string{"the advisers to Ann Ortiz | say | The ferry is late again"}},
		// Beside a direct quotation, whose own cue is not read again.
		{"“It will hold,” Ed Moss said, though he admitted that the rails were rusty.", []string{"he | admitted | that the rails were rusty"}},
		// A noun phrase subject, whole; "who" after a description.
		{"A new report from the harbour board says the pier is unsafe.", []string{"A new report from the harbour board | says | the pier is unsafe"}},
		{"The board hired an engineer who said the pier was unsafe.", []string{"who | said | the pier was unsafe"}},
		{"Mass protests continue as fishers and ferrymen oppose the plan.", []string{"fishers and ferrymen | oppose | the plan"}},
		// A verb that reports nothing before "to".
		{"Ann Ortiz appeared to suggest that the pier was unsafe.", []string{"Ann Ortiz | suggest | that the pier was unsafe"}},
		// A passive names its source after "by"; without one it names
		// none.
		{"The plan was criticized by the mayor.", []string{"the mayor | criticized | The plan"}},
		{"The plan was criticized.", nil},
		{"The pamphlet was written by Ed Moss.", nil},
		// Headlines: a colon, and a verb in title case.
		{"Poll: Most Riders Want Later Ferries", []string{"Poll | : | Most Riders Want Later Ferries"}},
		{"Ferries Over Fares: The Board Picks Its Fleet", nil},
		{"The Latest: Ferry fares will rise in May", nil},
		{"Mayor Says Ferry Will Sail in May", []string{"Mayor | Says | Ferry Will Sail in May"}},
		{"Correction: An earlier version misspelled a name", nil},
		{"Additional reporting by Ann Ortiz", nil},
		{"The board decided the case on Monday.", nil},
		{"The council backed out of the deal.", nil},
		{"Ann Ortiz said she did not back the plan.", []string{"Ann Ortiz | said | she did not back the plan", "she | back | the plan"}},
		// Verb forms that report nothing here: a participle after a
		// noun, a phrasal verb of another sense, a noun in -s that is
		// the object of the verb before it; a sentence in parentheses
		// ends before its closing mark.
		{"The pier was rebuilt by Ann Ortiz supported by the union.", nil},
		{"I asked around and got a reply on a forum called Harbourtalk.", nil},
		{"There is a pamphlet called Ferries Forever by Ed Moss.", nil},
		{"I have heard claims that the pier is unsafe.", nil},
		{"A spokesman called Ed Moss a liar.", []string{"A spokesman | called | Ed Moss a liar"}},
		{"(Ann Ortiz says the pier is safe.)", []string{"Ann Ortiz | says | the pier is safe"}},
		// "according to" between commas; clauses between semicolons.
		{"Among riders, according to a new survey, most want later ferries.", []string{"a new survey | according to | Among riders … most want later ferries"}},
		{"The pier is old; engineers say it will hold.", []string{"engineers | say | it will hold"}},
		{"On Friday, however, Ann Ortiz met the board, promising to repair the pier.", []string{"Ann Ortiz | promising | to repair the pier"}},
		{"To varying degrees, all agreed that the fares were too high.", []string{"all | agreed | that the fares were too high"}},
		{"The board decided not to reopen the pier.", []string{"The board | decided | not to reopen the pier"}},
		{"Federal and state officials said the pier was closed.", []string{"Federal and state officials | said | the pier was closed"}},
		{"In the north, the United States, Britain and France support the rebels.", []string{"the United States, Britain and France | support | the rebels"}},
		{"The network and its defenders say that the reports are fair.", []string{"The network and its defenders | say | that the reports are fair"}},
		{"Insurers that had covered the mines agreed to release the cash.", []string{"Insurers that had covered the mines | agreed | to release the cash"}},
		{"The moderators will demand more details.", []string{"The moderators | demand | more details"}},
		{"Ann Ortiz raised questions about the cost of the pier.", []string{"Ann Ortiz | raised questions | the cost of the pier"}},
		{"The union expressed support for the strike.", []string{"The union | expressed support for | the strike"}},
		{"The New York state attorney general is confirming that the pier was sold.", []string{"The New York state attorney general | confirming | that the pier was sold"}},
		{"A harbour board report in 2019 questioned whether the pier could last.", []string{"A harbour board report in 2019 | questioned | whether the pier could last"}},
		{"Ed Moss warned against selling the pier.", []string{"Ed Moss | warned | selling the pier"}},
		{"The mayor criticized Ann Ortiz, who runs the board.", []string{"The mayor | criticized | Ann Ortiz"}},
		// "It" speaks when the sentence before named a thing that
		// carries content; not otherwise.
		{"The city sent a letter to the campaign. It says the campaign broke the law.", []string{"It | says | the campaign broke the law"}},
		{"The city sent a van to the campaign. It says the campaign broke the law.", nil},
		// Not attributions: nouns, an evaluation after "and",
		// an infinitive after a reporting verb read once.
		{"The claim that the pier is safe was false.", nil},
		{"Her plans to sell the docks failed.", nil},

		{"The heirs are unsuccessful and always blame someone else.", nil},
		{"The emissions reduction target was missed.", nil},
		{"Ann Ortiz wants to criticize the plan.", []string{"Ann Ortiz | wants | to criticize the plan"}},
		// "that" before a noun and no verb points at words said before;
		// a relative clause that lacks its object reports nothing.
		{"A spokesman repeated that phrase on Friday and added that the ferry would sail.", []string{"A spokesman | added | that the ferry would sail"}},
		{"Ann Ortiz said that growth and jobs would return.", []string{"Ann Ortiz | said | that growth and jobs would return"}},
		{"Ed Moss made a pledge that councillors could not recall hearing before.", nil},
		{"Ed Moss heard a rumour that he denied it himself.", []string{"he | denied | it himself"}},
		// Not in the mention: a floating "both", a word before
		// its article, a verb of reporting before the subject.
		{"With her film, Ann Ortiz both documents the boom in ferries and the cost of it.", []string{"Ann Ortiz | documents | the boom in ferries and the cost of it"}},
		{"Perhaps the debate moderators will demand more details.", []string{"the debate moderators | demand | more details"}},
		{"Ann Ortiz and Ed Moss say the board has never told them what to say.", []string{"Ann Ortiz and Ed Moss | say | the board has never told them what to say", "the board | told | what to say"}},
		{"Proponents, including the Harbour Trust, have urged the council to keep the pier.", []string{"Proponents, including the Harbour Trust, | urged | the council to keep the pier"}},
		// A subject's "of," phrase, for a participle after its clause.
		{"A group of doctors in 2015 sent a letter to the board, calling for his dismissal.", []string{"A group of doctors | calling for | his dismissal"}},
		// An adverb between a verb and its particle.
		{"Ann Ortiz spoke warmly of the old ferry.", []string{"Ann Ortiz | spoke warmly of | the old ferry"}},
		// A cue between commas with the one told and when; "that"
		// after a place with its state.
		{"Ed Moss left. The difference now, he told me on Friday, is that he runs the board.", []string{"he | told | The difference now … is that he runs the board"}},
		{"Ann Ortiz says at a stop in Toledo, Ohio, that the pier is lost.", []string{"Ann Ortiz | says | that the pier is lost"}},
		// "according to" takes the whole noun phrase up to the comma
		// or the end, when it holds no verb.
		{"According to exit polls, Ann Ortiz had a small lead.", []string{"exit polls | According to | Ann Ortiz had a small lead"}},
		{"The pier is unsafe, according to the top harbour safety board.", []string{"the top harbour safety board | according to | The pier is unsafe"}},
		{"Ann Ortiz leads among riders, according to a Courier/Radio Nord poll released last week.", []string{"a Courier/Radio Nord poll released last week | according to | Ann Ortiz leads among riders"}},
		{"According to the poll the pier is old.", nil},
		// The mention: an age, a home town and a state after the name;
		// not the object of an opening phrase; "He" of "He’s".
		{"Ann Ortiz, 59, of Ashton, Md., said the pier was lost.", []string{"Ann Ortiz, 59, of Ashton, Md., | said | the pier was lost"}},
		{"Ed Moss, of Springfield, said the pier was lost.", []string{"Ed Moss, of Springfield, | said | the pier was lost"}},
		{"With ten days until the vote, Ann Ortiz, a senior adviser, said the pier was lost.", []string{"Ann Ortiz, a senior adviser, | said | the pier was lost"}},
		{"Ed Moss spoke. He’s claiming that the pier was lost.", []string{"He | claiming | that the pier was lost"}},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		testutil.CheckSpans(t, d)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteIndirect {
				got = append(got, fmt.Sprintf("%s | %s | %s", d.Slice(q.Speaker.Mention), d.Slice(q.Cue), q.Words(d.Text)))
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestVerbForms checks the forms made for the lexicon's verbs.
func TestVerbForms(t *testing.T) {
	for base, want := range map[string]string{
		"say":       "say says said said saying",
		"criticize": "criticize criticizes criticized criticizing",
		"admit":     "admit admits admited admitted admiting admitting",
		"deny":      "deny denies denied denying",
		"vow":       "vow vows vowed vowing",
		"push":      "push pushes pushed pushing",
		"tie":       "tie ties tied tying",
		"agree":     "agree agrees agreed agreeing",
	} {
		var irregular []string
		if base == "say" {
			irregular = []string{"said", "said"}
		}
		if got := strings.Join(verbForms(base, irregular), " "); got != want {
			t.Errorf("%s: %s, want %s", base, got, want)
		}
	}
}

// TestItNames checks the name an "it" that speaks gets: the thing named
// before it.
func TestItNames(t *testing.T) {
	d := run(t, "The city sent a stern letter to the campaign. It says the campaign broke the law.")
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteIndirect && q.Speaker.Name != "a stern letter" {
			t.Errorf("speaker %q, want %q", q.Speaker.Name, "a stern letter")
		}
	}
}

// TestBlockNarration checks narration in a block quotation without
// marks: "she" means the speaker named before the block, and a phrase in
// marks in her reported clause is hers.
func TestBlockNarration(t *testing.T) {
	text := "Ana Ruiz took the floor and explained herself:\n\n> \"We will appeal.\"\n>\n> She added that the board \"has no case.\"\n"
	d, err := source.LoadBytes(context.Background(), "t.md", []byte(text), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	Attribute(d)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, fmt.Sprintf("%s %q %s", q.Kind, q.Words(d.Text), q.Speaker.Name))
	}
	want := []string{
		`direct "\"We will appeal.\"\n\nShe added that the board \"has no case.\"" Ana Ruiz`,
		`direct "We will appeal." Ana Ruiz`,
		`indirect "that the board \"has no case.\"" Ana Ruiz`,
		`mixed "has no case." Ana Ruiz`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOpeningSubordinator checks that a conjunction opening a sentence
// ("Though she called …") is never read as the subject of the verbs
// after it: the subject is the pronoun that follows it.
func TestOpeningSubordinator(t *testing.T) {
	for _, text := range []string{
		"The mayor was calmer. Though she called the bank’s conduct “shameful” and called for pay to be “clawed back” for its executives, Ann Ortiz kept her seat.",
		"The mayor was calmer. Although she said that the plan was “costly” and added that fares would rise, Ann Ortiz voted for it.",
	} {
		d := run(t, text)
		testutil.CheckSpans(t, d)
		n := 0
		for _, q := range d.Quotes {
			if q.Kind != doc.QuoteIndirect {
				continue
			}
			n++
			if m := d.Slice(q.Speaker.Mention); m != "she" {
				t.Errorf("%q: %q has mention %q, want %q", text, q.Words(d.Text), m, "she")
			}
		}
		if n == 0 {
			t.Errorf("%q: no indirect quotation", text)
		}
	}
}

// TestOpeningPhrase checks that a participle after the main clause takes
// the subject after an opening phrase or conjunction, not the phrase's
// first word.
func TestOpeningPhrase(t *testing.T) {
	for _, text := range []string{
		"Because of the storm, Ann Ortiz closed the pier, saying that it was unsafe.",
		"Although in office, Ann Ortiz ran the board, saying that the pier was safe.",
		"Since 2010, Ann Ortiz has run the board, saying that the pier is safe.",
		"While in office, Ann Ortiz ran the board, saying that the pier was safe.",
	} {
		d := run(t, text)
		testutil.CheckSpans(t, d)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteIndirect {
				got = append(got, d.Slice(q.Speaker.Mention))
			}
		}
		if len(got) != 1 || got[0] != "Ann Ortiz" {
			t.Errorf("%q: mentions %q, want [Ann Ortiz]", text, got)
		}
	}
}
