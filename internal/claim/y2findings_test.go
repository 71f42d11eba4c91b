package claim

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestY2FindingCount holds y2FindingCount to the findings findings
// appends, over claims of each type, quoted or not, worth checking or
// not, backed or not, with and without vague attributions.
func TestY2FindingCount(t *testing.T) {
	d := &doc.Document{Text: "Officials say the ferry never sailed, some claim."}
	vague := []doc.Span{{Start: 0, End: 9}, {Start: 38, End: 48}}
	n := 0
	for _, typ := range []doc.ClaimType{doc.ClaimFactual, doc.ClaimEvaluative, doc.ClaimQuestion} {
		for _, quoted := range []int{-1, 0} {
			for _, worth := range []float64{0, CheckWorthyAt - 0.01, CheckWorthyAt, 1} {
				for _, backed := range [][]int{nil, {0}} {
					for k := range 3 {
						c := doc.Claim{Span: doc.Span{Start: 0, End: 49}, Type: typ, Quoted: quoted, CheckWorthy: worth, Citations: backed, Vague: vague[:k%3]}
						if k == 2 {
							c.Vague = vague
						}
						got, want := y2FindingCount(&c), len(findings(d, &c, nil))
						if got != want {
							t.Fatalf("%+v: y2FindingCount %d, findings appends %d", c, got, want)
						}
						n += want
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no claim had a finding: the test tests nothing")
	}
}
