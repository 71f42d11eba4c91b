package sources

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// pronounText is one sentence of n clauses, each naming a body and
// then "he said": each "he" looks back for a person in its sentence and
// finds only bodies.
func pronounText(n int) []byte {
	var b strings.Builder
	b.WriteString("It began")
	for i := range n {
		fmt.Fprintf(&b, " as the %s Harbour Council met and he said", testutil.Coined(i))
	}
	b.WriteString(".\n")
	return []byte(b.String())
}

// TestLinearPronoun is TestLinear for one long sentence of bodies and
// pronouns: a pronoun's antecedent must be found without reading every
// candidate of the sentence again (120 ms for 8× the clauses, 4.6 ms
// for 1×, when it was).
func TestLinearPronoun(t *testing.T) {
	linearIn(t, pronounText, nil) // no sources to count: the bodies are no one's
}

// TestAntecedentIndex checks antecedent against antecedentWalk on
// random texts of people, bodies, pronouns, quotations, headings and
// the candidates name takes back ("Channel 4 News").
func TestAntecedentIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	parts := []string{"he said", "she says", "his book", "her memoirs", "their report", "the Harbour Council", "Anna Marsh",
		"Channel 4 News", "“", "”", ". ", ".\n\n", "# Heading He Said\n\n", "according to", "Ed Moss of the Sierra Club said",
		"in Oslo", "and", ",", "Mr. Bamo", "the NAACP", "wrote"}
	calls := 0
	for range 100 {
		var b strings.Builder
		for range 200 {
			p := parts[r.IntN(len(parts))]
			if r.IntN(6) == 0 {
				p = testutil.Coined(r.IntN(50)) + " " + testutil.Coined(r.IntN(50))
			}
			b.WriteString(p)
			b.WriteString(" ")
		}
		d := prepare(t, []byte(b.String()))
		bl := newBuilder(d)
		bl.buildAnt() // from the first candidate on: no short walk answers
		bl.antCheck = func(i int, in tokInfo, got int) {
			calls++
			if want, _ := bl.antecedentWalk(i, in, -1); got != want {
				t.Fatalf("antecedent of token %d in %q: %d, walking back %d", i, b.String(), got, want)
			}
		}
		bl.markupWorks()
		bl.scan()
	}
	if calls < 1000 {
		t.Fatalf("%d antecedents asked", calls)
	}
}
