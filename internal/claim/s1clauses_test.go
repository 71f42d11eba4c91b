package claim_test

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/claim"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/source"
)

// TestClauseTyping holds Detect, which types a sentence's clauses before
// it makes their claims, to making every clause's claim in full and
// then choosing (ClaimsEveryClause): on random sentences of clauses of
// every type, set off by semicolons and colons, with quotations,
// citations, names, hedges and vague attributions.
func TestClauseTyping(t *testing.T) {
	clauses := []string{
		"the council should reopen the line", "the ferry carried 400 people a day in 1990",
		"it would have failed anyway", "critics say the plan will fail", "who paid for it",
		"Dr. Okafor said it was probably a meeting", "the minutes for October 1931 record a dispute",
		"it is an undisputed fact that the fares were cut", "I think the plaque is wrong",
		"nobody has produced a document [1]", "“the water stood still,” she said",
		"some say the strike was hushed up", "the boats sailed every day that October",
		"if the strike had happened, the town would have starved", "we must check the minutes",
	}
	marks := []string{"; ", ": ", ", ", "; and "}
	ends := []string{".", "?", ".", "!"}
	rng := rand.New(rand.NewPCG(11, 12))
	stages := pipeline.Default()
	split := 0
	for range 150 {
		var b strings.Builder
		b.WriteString("The Ferry Strike\n\n") // a title, then the body
		for range 2 + rng.IntN(6) {
			for k := range 1 + rng.IntN(4) {
				if k > 0 {
					b.WriteString(marks[rng.IntN(len(marks))])
				}
				c := clauses[rng.IntN(len(clauses))]
				if k == 0 {
					c = strings.ToUpper(c[:1]) + c[1:]
				}
				b.WriteString(c)
			}
			b.WriteString(ends[rng.IntN(len(ends))] + " ")
		}
		b.WriteString("\n\n[1] S. T. Okafor, Minutes (1999), p. 4.\n")
		d, err := source.LoadBytes(context.Background(), "t.txt", []byte(b.String()), source.Options{Format: doc.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), d, stages[:len(stages)-1]); err != nil {
			t.Fatal(err)
		}
		want := claim.ClaimsEveryClause(d)
		claim.Detect(d)
		if len(d.Claims) == 0 || !reflect.DeepEqual(d.Claims, want) {
			t.Fatalf("%q:\n got %+v\nwant %+v", d.Text, d.Claims, want)
		}
		if slices.ContainsFunc(d.Claims, func(c doc.Claim) bool { return c.Span != d.Sentences[c.Sentence].Span }) {
			split++
		}
	}
	if split < 10 {
		t.Fatalf("only %d texts had a sentence split into clauses", split)
	}
}
