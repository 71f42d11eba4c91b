package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestNonReport checks the readings of nonreport.go with exact spans,
// as TestRoundFourteenIndirect does ("mention | cue | content" for each
// top-level indirect quotation): for each class of the precision
// review, sentences that must report nothing and sentences of the same
// shape that must still report.
func TestNonReport(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A. A naming participle with its name gives a thing its name.
		{"He worked for a Scottish newspaper called the Daily Record.", nil},
		{"She wrote for a paper called the Clarion until 1931.", nil},
		{"A village called Lowther lies beyond the river.", nil},
		{"The minister, a man called Jack Lowe, resigned.", nil},
		{"The newspaper, called the Courier, closed in 1990.", nil},
		{"They moved to a town called Hope, which had a mill.", nil},
		{"He edited a weekly called Tribune.", nil},
		{"A spokesman called Clinton a liar.", []string{"A spokesman | called | Clinton a liar"}},
		{"Critics have called the plan a disaster.", []string{"Critics | called | the plan a disaster"}},
		{"The senator called Mr. Obama's remarks “a wake-up call” on Sunday.", []string{"The senator | called | Mr. Obama's remarks “a wake-up call” on Sunday"}},
		// B. "call" with one object and no label: to telephone.
		{"Tom Reed heard a noise and called the police.", nil},
		{"Tom Reed called his brother in Leeds.", nil},
		{"The mayor called them on Friday.", nil},
		{"The mayor called the strike a betrayal.", []string{"The mayor | called | the strike a betrayal"}},
		{"The mayor called the set “brave and honest”.", []string{"The mayor | called | the set “brave and honest”"}},
		{"The paper called them in an editorial “cowards”.", []string{"The paper | called | them in an editorial “cowards”"}},
		// C. The passive of "rule" means to govern.
		{"The country is ruled by a military junta.", nil},
		{"The island is firmly ruled by a military council.", nil},
		// Extraposed after the agent, the clause is the content.
		{"It was ruled by the court that the contract was void.", []string{"the court | ruled | that the contract was void"}},
		{"It was ruled by the High Court that the ban was unlawful.", []string{"the High Court | ruled | that the ban was unlawful"}},
		{"It has been claimed by critics that the pier is unsafe.", []string{"critics | claimed | that the pier is unsafe"}},
		{"The province was ruled by a governor that nobody elected.", nil},
		{"The court ruled that the contract was void.", []string{"The court | ruled | that the contract was void"}},
		// D. A person who finds a thing in a state reports nothing.
		{"Only when Ann Carter found her budget cut did she complain.", nil},
		{"Tom Reed found the door locked when he came home.", nil},
		{"Detectives found the body buried in the garden.", nil},
		{"Ann Carter found it hard to relax.", nil},
		{"Tom Reed found the letters hidden in a drawer.", nil},
		{"The poll found Labour ahead.", []string{"The poll | found | Labour ahead"}},
		{"A study found the drug ineffective.", []string{"A study | found | the drug ineffective"}},
		{"Auditors found the accounts falsified.", []string{"Auditors | found | the accounts falsified"}},
		{"The inquiry found that the pier was unsafe.", []string{"The inquiry | found | that the pier was unsafe"}},
		// E. A plural noun in -s before a verb is the subject's head.
		{"Her union links get ignored.", nil},
		{"The insurance claims rose sharply.", nil},
		{"Such reports rarely reach the public.", nil},
		{"Close links exist between the two firms.", nil},
		{"Local reports say that the bridge has collapsed.", []string{"Local reports | say | that the bridge has collapsed"}},
		{"Press reports suggest that the bridge has collapsed.", []string{"Press reports | suggest | that the bridge has collapsed"}},
		{"The report links the fire to faulty wiring.", []string{"The report | links | the fire to faulty wiring"}},
		{"Several reports suggest that the bridge has collapsed.", []string{"Several reports | suggest | that the bridge has collapsed"}},
		{"The mayor claims voters are angry.", []string{"The mayor | claims | voters are angry"}},
		// F. A wish to know more reports no view.
		{"Ann Carter was keen to find out more.", nil},
		{"Tom Reed wanted to learn more about the case.", nil},
		{"The residents want to know more.", nil},
		{"Ann Carter was eager to hear more.", nil},
		{"Tom Reed wanted to know why the council had closed the library.", []string{"Tom Reed | wanted | to know why the council had closed the library"}},
		{"The union wants to raise wages.", []string{"The union | wants | to raise wages"}},
		{"The residents want to see more buses.", []string{"The residents | want | to see more buses"}},
		// G. Choosing is an act.
		{"The minister had chosen to ignore the advice.", nil},
		{"The voters chose to punish the government.", nil},
		{"The board opted to sell the firm.", nil},
		{"The board decided to sell the firm.", []string{"The board | decided | to sell the firm"}},
		{"The board decided not to sell the firm.", []string{"The board | decided | not to sell the firm"}},
		// J. "that," with no clause after the adjunct is a demonstrative.
		{"Tom Reed said that, if he lost the vote.", nil},
		{"Tom Reed said that, if he lost the vote, he would resign.", []string{"Tom Reed | said | that, if he lost the vote, he would resign"}},
		// H. A physical object: a verb of doing.
		{"The fire claimed the lives of three men.", nil},
		{"The team added a second goal.", nil},
		{"The firm added 300 jobs.", nil},
		{"The hospital admitted forty patients.", nil},
		{"Tom Reed was admitted to hospital.", nil},
		{"Tom Reed admitted the theft.", []string{"Tom Reed | admitted | the theft"}},
		{"The firm claimed the lawsuit was baseless.", []string{"The firm | claimed | the lawsuit was baseless"}},
		{"The council maintains the roads.", nil},
		{"Tom Reed backed the car into the garage.", nil},
		{"The teacher dismissed the class.", nil},
		{"The pillars support the roof.", nil},
		{"The council maintains that the roads are safe.", []string{"The council | maintains | that the roads are safe"}},
		{"Most voters support the plan.", []string{"Most voters | support | the plan"}},
		// D, second part: an inverted main clause after "Only when …"
		// or "Not until …" is no part of the fronted clause's content.
		{"Only when Ann Carter said the pier was unsafe did the board act.", []string{"Ann Carter | said | the pier was unsafe"}},
		{"Not until Tom Reed admitted the theft did the police act.", []string{"Tom Reed | admitted | the theft"}},
		{"Only Ann Carter said the pier was unsafe.", []string{"Ann Carter | said | the pier was unsafe"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestRestrictiveEnd checks that the content of a verb in a restrictive
// "who" clause ends before the main clause's verb, all quotations
// listed.
func TestRestrictiveEnd(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The people who think the tax is unfair are wrong.", []string{"who | think | the tax is unfair"}},
		{"The people who think the tax is unfair also insist that it must go.", []string{"who | think | the tax is unfair", "The people who think the tax is unfair | insist | that it must go"}},
		{"Ann Carter, who thinks the tax is unfair, is also insistent that it must go.", []string{"who | thinks | the tax is unfair", "Ann Carter | insistent | that it must go"}},
		{"The people who think that the tax is unfair are wrong.", []string{"who | think | that the tax is unfair"}},
		{"The people who think the tax will be unfair have been proved wrong.", []string{"who | think | the tax will be unfair"}},
		// A second clause joined by "and" is the content's, not the main clause.
		{"The people who think the tax is unfair and the fees are high are wrong.", []string{"who | think | the tax is unfair and the fees are high"}},
		// A second verb joined by "and" shares the content's subject: the
		// main clause's verb comes after it.
		{"The people who think the ferry should be sold and replaced are also keen that it must go.", []string{"who | think | the ferry should be sold and replaced", "The people who think the ferry should be sold and replaced | keen | that it must go"}},
		{"The people who think Ann Reed should resign and Ed Moss should stay are wrong.", []string{"who | think | Ann Reed should resign and Ed Moss should stay"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, false)
	}
}

// TestUnfitHeShe checks that "he" and "she" resolve to no month and no
// group named before them.
func TestUnfitHeShe(t *testing.T) {
	for _, text := range []string{
		"The board met in May. He said that the pier was unsafe.",
		"The leading Bolsheviks gathered. Later he said that the pier was unsafe.",
	} {
		d := run(t, text)
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteIndirect && (q.Speaker.Name == "May" || q.Speaker.Name == "Bolsheviks") {
				t.Errorf("%q: speaker %q", text, q.Speaker.Name)
			}
		}
	}
	d := run(t, "Ann Carter joined the Trotskyists. Later she said that the pier was unsafe.")
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != "Ann Carter" {
		t.Errorf("she: got %+v", d.Quotes)
	}
	for _, tt := range []struct {
		name string
		want bool
	}{{"May", true}, {"Friday", true}, {"the Habsburgs", true}, {"Trotskyists", true}, {"Bolsheviks", true}, {"Williams", false}, {"Jones", false}, {"Ann Carter", false}} {
		if got := unfitHeShe(tt.name); got != tt.want {
			t.Errorf("unfitHeShe(%q) = %v", tt.name, got)
		}
	}
}

// TestCleftFocus checks that "who" in a cleft sentence stands for the
// phrase after "It was", not the nearest name before it.
func TestCleftFocus(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"It was Moss supported by Reed and the senior officers who agreed that they must seize the port.", "Moss"},
		{"Moss was ill.\u00a0 It was Moss, backed by most of the officers, who agreed that the army should rule.", "Moss"},
		{"The plan came from Ann Carter and the Hendersons who agreed that they must seize the port.", "Hendersons"},
		// A possessive after "It was" opens the focus, whose head comes
		// later; a "that" cleft's "who" is said of the clause's subject.
		{"It was Ann Ortiz's husband, Ed Moss, who said the deal was off.", "Ed Moss"},
		{"It was Britain that Ed Moss, who said the deal was off, blamed.", "Ed Moss"},
	} {
		d := run(t, tt.text)
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != tt.want {
			t.Errorf("%q: got %+v, want speaker %q", tt.text, d.Quotes, tt.want)
		}
	}
}

// TestCleftLinear checks that cleftFocus takes time linear in a text of
// one long line with a "who" after every name and no sentence's end: it
// looks back at most a bounded stretch and finds the sentence's first
// mention by binary search, not by walking every mention before.
func TestCleftLinear(t *testing.T) {
	line := func(n int) string {
		return strings.Repeat("Tom Reed, who said “the ferry will run”, and ", n)
	}
	checkLinear(t, "the text", line, 1000)
}

// TestNonReportReview checks the narrowing of nonreport.go's rules
// after their review, with exact spans ("mention | cue | content" for
// each top-level indirect quotation): for each rule, a report that the
// rule had wrongly turned away and that comes back, next to a sentence
// of the same rule's shape that still reports nothing.
func TestNonReportReview(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// physicalObject: the listed noun must end the object, not open
		// the subject of a bare clause.
		{"Ann Ortiz added the jobs would be lost.", []string{"Ann Ortiz | added | the jobs would be lost"}},
		{"Ann Ortiz maintained the roads were safe.", []string{"Ann Ortiz | maintained | the roads were safe"}},
		{"Ann Ortiz claimed the title was rigged.", []string{"Ann Ortiz | claimed | the title was rigged"}},
		{"Ann Ortiz admitted the patients had been neglected.", []string{"Ann Ortiz | admitted | the patients had been neglected"}},
		{"Ann Ortiz accepted the offer was generous.", []string{"Ann Ortiz | accepted | the offer was generous"}},
		{"Ann Ortiz backed the car ban.", []string{"Ann Ortiz | backed | the car ban"}},
		{"Ann Ortiz dismissed the staff complaints as trivial.", []string{"Ann Ortiz | dismissed | the staff complaints as trivial"}},
		{"The firm added 300 jobs in May.", nil},
		{"The fire claimed the lives of two men.", nil},
		// inversionEnd: "Only" fronts a clause only with a subordinator;
		// a copula inside the content is no inverted auxiliary.
		{"Only one senator said the bill was a mistake.", []string{"one senator | said | the bill was a mistake"}},
		{"Only when Ed Moss said the deal was off did the board act.", []string{"Ed Moss | said | the deal was off"}},
		// telephoned: a label further on, after a longer object.
		{"Ann Ortiz called the decision to close the plant a betrayal.", []string{"Ann Ortiz | called | the decision to close the plant a betrayal"}},
		{"Ann Ortiz called the plan in Leeds a mistake.", []string{"Ann Ortiz | called | the plan in Leeds a mistake"}},
		{"Ann Ortiz called the decision and the process a farce.", []string{"Ann Ortiz | called | the decision and the process a farce"}},
		{"Ann Ortiz called her lawyer.", nil},
		{"Ed Moss called a taxi in the rain.", nil},
		{"Meg, as her cousins called her, was a quiet child.", nil},
		// A bare service or number, or "time on": to summon, to
		// telephone, to end; a label after the service still reports.
		{"Ann Ortiz called police.", nil},
		{"Ann Ortiz called 911.", nil},
		{"Ann Ortiz called time on her career.", nil},
		{"Ed Moss called paramedics at once.", nil},
		{"The mayor called police corrupt.", []string{"The mayor | called | police corrupt"}},
		// foundState: a finite verb with its object is a clause found.
		{"Ann Ortiz found the minister broke the code.", []string{"Ann Ortiz | found | the minister broke the code"}},
		{"Ann Ortiz found the council ignored the warnings.", []string{"Ann Ortiz | found | the council ignored the warnings"}},
		// A judgement in -ed after the object is a finding, whoever finds.
		{"Smith found the report flawed.", []string{"Smith | found | the report flawed"}},
		{"KPMG found the accounts falsified.", []string{"KPMG | found | the accounts falsified"}},
		{"Ann Ortiz found the figures inflated.", []string{"Ann Ortiz | found | the figures inflated"}},
		{"Ed Moss found the gate locked.", nil},
		{"Ed Moss found her eyes fixed upon him.", nil},
		// A thing at a place: "find" locates it.
		{"Police found the body in a river.", nil},
		{"Ed Moss found him near the station, asleep.", nil},
		{"Ann Ortiz found the flaw in the plan troubling.", []string{"Ann Ortiz | found | the flaw in the plan troubling"}},
		// namingUse: names in a list, or a second plural phrase, take a
		// label; a reporting verb after the name is the phrase's verb.
		{"The senator called Trump voters deplorables.", []string{"The senator | called | Trump voters deplorables"}},
		{"The senator called Obama and Clinton liars.", []string{"The senator | called | Obama and Clinton liars"}},
		{"A charity called Shelter said the figures were wrong.", []string{"A charity called Shelter | said | the figures were wrong"}},
		{"She lived in a hamlet called Rye.", nil},
		// pluralNounCue: a name before the cue is its subject.
		{"Ann Ortiz says more must be done.", []string{"Ann Ortiz | says | more must be done"}},
		{"Such reports rarely reach the minister.", nil},
		// danglingThat: a second verb group after the adjunct is the clause.
		{"Ann Ortiz said that, if elected she would cut taxes.", []string{"Ann Ortiz | said | that, if elected she would cut taxes"}},
		{"Ed Moss said that, while he was abroad.", nil},
		{"We know that, but do they know what the cost is?", nil},
		// agentlessNot: "as" with a verb in -ing reports.
		{"Ed Moss was confirmed as saying that the deal was off.", []string{" | confirmed | Ed Moss … saying that the deal was off"}},
		{"Ed Moss was confirmed as party leader.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
