package hearsay_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/hearsay-project/hearsay"
)

// Each sentence of the author's is a claim with a type, a
// check-worthiness and its hedges and boosters; a check-worthy factual
// claim that nothing backs is reported as a finding.
func ExampleSummarizeClaims() {
	article := "The Pier\n\nBy A. Writer\n\n" +
		"The pier closed in 1987 and every shop on it went bankrupt. " +
		"The council should have saved it. " +
		"It seems the new owners will probably reopen it.[1]\n\n" +
		"[1] Harbour News, 3 May 2024.\n"
	d, err := hearsay.Analyze(context.Background(), strings.NewReader(article), hearsay.Options{Format: hearsay.FormatText})
	if err != nil {
		panic(err)
	}
	for _, c := range d.Claims {
		var cues []string
		for _, h := range c.Hedges {
			cues = append(cues, d.Slice(h.Span))
		}
		fmt.Printf("%-10s %.2f supported=%v hedges=%q\n", c.Type, c.CheckWorthy, c.Supported(), cues)
	}
	for _, f := range d.Findings {
		if f.Code == "unsupported-claim" {
			fmt.Println("unsupported:", d.Slice(f.Span))
		}
	}
	s := hearsay.SummarizeClaims(d)
	fmt.Printf("%d claims, %d check-worthy, %d unsupported, %.0f hedges per 100 claims\n",
		s.Author, s.CheckWorthy, s.Unsupported, s.HedgeRate)
	// Output:
	// factual    0.70 supported=false hedges=[]
	// normative  0.05 supported=false hedges=[]
	// prediction 0.05 supported=true hedges=["It seems" "probably"]
	// unsupported: The pier closed in 1987 and every shop on it went bankrupt.
	// 3 claims, 1 check-worthy, 1 unsupported, 67 hedges per 100 claims
}
