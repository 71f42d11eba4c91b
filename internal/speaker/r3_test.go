package speaker

import (
	"strings"
	"testing"
)

// TestR3CommaEval checks a verb of evaluation joined by ", and" to a
// first clause of its subject (r3_coord.go), with exact spans, and the
// joins that share no subject or report nothing: a bare "and", a
// passive participle, a fragment with no subject.
func TestR3CommaEval(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"At the rally, Ann Ortiz urged voters to turn out, and criticized the council’s handling of the ferry.",
			[]string{"Ann Ortiz | urged | voters to turn out", "Ann Ortiz | criticized | the council’s handling of the ferry"}},
		{"Ed Moss has used the phrase often in his campaign, and blamed the mayor for the delays.",
			[]string{"Ed Moss | blamed | the mayor for the delays"}},
		{"The union walked out in May, and denounced the new rosters.",
			[]string{"The union | denounced | the new rosters"}},
		// A verb of the class that tells of a deed or a feeling.
		{"Ann Ortiz stood up, and slammed the door.", nil},
		{"The port lost the case, and condemned the crews to idleness.", nil},
		// A bare "and": what the subject does, not what it says.
		{"The crews are always late and blame someone else.", nil},
		{"The mayor toured the pier on Monday and praised the crews.", nil},
		// A passive participle, a verb before "to", a fragment.
		{"The plan was drawn up by the port, and backed by the council.", nil},
		{"The union lost the vote, and took to the streets.", nil},
		{"Lacks even the basic grasp of the budget, and extols the old rosters.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestR3QuoteComma checks "but" after a quotation that ends with its
// comma inside the marks (",” but"): the second verb shares the
// subject as after a bare comma (r3Comma, b2ButShares).
func TestR3QuoteComma(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Riders said they want “a safe pier,” but vowed to keep using the ferry.",
			[]string{"Riders | said | they want “a safe pier,”", "Riders | vowed | to keep using the ferry"}},
		{"The mayor called the plan “a start,” but warned that fares would rise.",
			[]string{"The mayor | called | the plan “a start,”", "The mayor | warned | that fares would rise"}},
		// No verb of reporting after "but": one attribution.
		{"Riders called the pier “a hazard,” but kept riding the ferry.",
			[]string{"Riders | called | the pier “a hazard,”"}},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestR3EvidenceAfter checks a source of evidence that opens a clause
// after a conjunction (r3_evidence.go): the whole phrase is the
// mention, a bare plural after "after" included; and the clauses whose
// subject is no thing that carries content, which stay unread.
func TestR3EvidenceAfter(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Fares rose after leaked documents from the 2019 audit showed that the port had lost money.",
			[]string{"leaked documents from the 2019 audit | showed | that the port had lost money"}},
		{"The ferry stopped running after data showed the pier was unsafe.",
			[]string{"data | showed | the pier was unsafe"}},
		{"The mayor resigned because court documents revealed she had lied.",
			[]string{"court documents | revealed | she had lied"}},
		{"The board acted when a new survey of riders found that most wanted a later ferry.",
			[]string{"a new survey of riders | found | that most wanted a later ferry"}},
		// A subject that carries no content, or a pronoun: no source here.
		{"The pier closed after the storm showed its age.", nil},
		{"The ferry stopped after they showed the pier was unsafe.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestR3NounBeforeVerb checks a plural noun of a thing that carries
// content which is also a verb of reporting in -s ("documents",
// "reports", "estimates") before a finite verb of reporting: the noun
// heads the subject, and the verb after it is the cue (r3_evidence.go).
func TestR3NounBeforeVerb(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Harbor documents revealed the pier had failed two inspections.",
			[]string{"Harbor documents | revealed | the pier had failed two inspections"}},
		{"Early reports said the ferry had run aground.",
			[]string{"Early reports | said | the ferry had run aground"}},
		{"New estimates show the port will lose money.",
			[]string{"New estimates | show | the port will lose money"}},
		// The verb in -s with its own clause.
		{"The Gazette reports that the ferry had run aground.",
			[]string{"The Gazette | reports | that the ferry had run aground"}},
		{"The board now estimates the pier will cost $4 million.",
			[]string{"The board | estimates | the pier will cost $4 million"}},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestR3TitleOpener checks a headline in title case that opens with a
// participle's or a preposition's phrase and a comma before its source
// and verb (r3_title.go), and one that opens with a list of names,
// which stays unread.
func TestR3TitleOpener(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Railing Against Tolls, Mayor Vows To Keep The Ferry Running.\n\nThe mayor spoke on Monday.",
			[]string{"Mayor | Vows | To Keep The Ferry Running"}},
		{"After Storm, Governor Says Pier Will Reopen In May.\n\nThe governor spoke on Monday.",
			[]string{"Governor | Says | Pier Will Reopen In May"}},
		{"Moss, Ortiz Say Pier Will Reopen In May.\n\nThe two spoke on Monday.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// TestR3Bridge checks a relative pronoun taken out of the clause a verb
// of saying reports (r3_bridge.go): the pronoun and the clause after
// the verb are the content, the subject between them the speaker, and
// a clause before ", which" ends at the comma. Not the pronoun as the
// verb's object, nor a relative clause in the sentence's subject.
func TestR3Bridge(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The pier, which harbor director Ann Ortiz said would reopen in May, is still closed.",
			[]string{"harbor director Ann Ortiz | said | which … would reopen in May"}},
		{"It is a levy that critics say will raise fares.",
			[]string{"critics | say | that … will raise fares"}},
		{"The deal amounted to what the auditors said was a giveaway.",
			[]string{"the auditors | said | what … was a giveaway"}},
		{"Ed Moss blamed the crews for the delays, which the port said were caused by the storm.",
			[]string{"Ed Moss | blamed | the crews for the delays", "the port | said | which … were caused by the storm"}},
		// A relative clause in the sentence's subject, a free relative
		// that opens the sentence: the verb's object.
		{"The things that the mayor said were cruel.", nil},
		{"She hoped that what the mayor said would calm the crews.", nil},
		// "that" after an adjective, and a subject that does not agree.
		{"The crews were aware that a long dispute would follow any reply.",
			[]string{"The crews | aware | that a long dispute would follow any reply"}},
		{"What the mayor said was cruel.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}

// r3Sentence is one sentence of n clauses that each meet the rules of
// r3_coord.go, r3_bridge.go and r3_evidence.go: a relative clause
// reported by a verb of saying, a verb of judging after ", and", a
// source of evidence after "after".
func r3Sentence(n int) string {
	var b strings.Builder
	b.WriteString("Ed Moss spoke")
	for range n {
		b.WriteString(", which he said would reopen the pier after leaked documents from the port showed that the levy rose, and criticized the delay")
	}
	b.WriteString(".\n")
	return b.String()
}

// TestR3Linear checks that the stage's time grows linearly with one
// long sentence made of the clauses the r3 rules read.
func TestR3Linear(t *testing.T) {
	checkLinear(t, "one long sentence", r3Sentence, 150)
}
