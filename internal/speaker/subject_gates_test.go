package speaker

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// subjectGateTexts hold the shapes subjectEnding's gates pass over:
// function words before a cue, names with particles, initials, suffixes
// and nicknames, possessives of names and plurals, "each", descriptions,
// pronouns, "who", and marks.
var subjectGateTexts = []string{
	"The plaque by the slipway said it. Ann stood on the quay and said so, which the board said; she used to say.",
	"Ludwig van Beethoven said. Charles de Gaulle told them. Joseph R. Biden Jr. said. Ann “Annie” Reed, who said, and Ed \"Big\" Moss said.",
	"The strikers’ leader “said”; the pilots' union said; Moss’s lawyer said; NBC's Ann Reed said; each candidate said; every one of them said.",
	"Officials at the port, a unit of the council, said. The minister of trade, Ed Moss, said. Critics of the plan, including Ed Moss, said.",
	"the startled Ed Moss said; a source said; one Democratic source said; its spokesman said; police said; staff say; sources said it.",
	"Vice President Joseph R. Biden Jr. said (D-Ore.) that it was. He, she, they and who said: “It is.” The Who said. Take That said.",
}

// TestSubjectEndingGates checks subjectEnding's gates (noSubjectEnds,
// innerStop): at every token of the texts, the examples and the gold
// sets' texts, it reads the same with the gates as without.
func TestSubjectEndingGates(t *testing.T) {
	texts := withExamples(t, "*", subjectGateTexts)
	if !testing.Short() {
		for _, name := range []string{"polnear_dev.jsonl", "pdnc_sample.jsonl", "litbank_quotes.jsonl"} {
			texts = append(texts, optionalGold(t, name)...)
		}
	}
	defer func() { gatesOff = false }()
	n, hits := 0, 0
	for _, text := range texts {
		for _, par := range strings.Split(text, "\n") {
			toks := tokenize(par, 0, len(par))
			for k := range toks {
				gatesOff = false
				gated := subjectEnding(par, toks, k)
				gatesOff = true
				open := subjectEnding(par, toks, k)
				if !reflect.DeepEqual(gated, open) {
					t.Errorf("%q at %d %q: gated %+v, open %+v", par, k, toks[k].str(par), gated, open)
				}
				n++
				if open.ok {
					hits++
				}
			}
		}
	}
	t.Logf("%d tokens, %d subjects", n, hits)
}

// TestContactClauseGate checks beforeCue's gate before contactClause: at
// every token of the texts, with the cue at each of the four tokens
// after it, contactClause reads a clause only where the token is a word
// with isContactPronoun.
func TestContactClauseGate(t *testing.T) {
	texts := withExamples(t, "*", append([]string{
		"Everyone I met said so. The experts we consulted say it. The pilots they hired last year said; everyone I spoke with said.",
	}, subjectGateTexts...))
	clauses := 0
	for _, text := range texts {
		for _, par := range strings.Split(text, "\n") {
			toks := tokenize(par, 0, len(par))
			for p := range toks {
				for c := p + 1; c < len(toks) && c <= p+4; c++ {
					cue := doc.Span{Start: toks[c].s, End: toks[c].e}
					if contactClause(par, toks, p, cue) == p {
						continue
					}
					clauses++
					if !(toks[p].word && toks[p].is2(isContactPronoun)) {
						t.Errorf("%q at %q: contactClause reads a clause the gate turns away", par, toks[p].str(par))
					}
				}
			}
		}
	}
	if clauses == 0 {
		t.Error("no contact clause read: the texts test nothing")
	}
}
