package claim

import (
	"slices"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// y2Findings appends to out the findings of each of claims, in order,
// as findings makes them, with out grown once to hold them all: n, the
// sum of y2FindingCount over the claims.
//
// Appended claim by claim as the claims were made, the list grew by
// doubling from the findings of the earlier stages, each growth a new
// array and a copy of every finding so far (a finding is some 100
// bytes): half again as many bytes as the list's own. What findings
// appends for a claim is known from the claim alone (y2FindingCount),
// so Detect counts each claim's as claimsOf returns it (nothing of a
// claim that findings reads changes after that), and the findings are
// made once all the claims are.
func y2Findings(d *doc.Document, claims []doc.Claim, n int, out []doc.Finding) []doc.Finding {
	if n == 0 {
		return out
	}
	out = slices.Grow(out, n)
	for i := range claims {
		out = findings(d, &claims[i], out)
	}
	return out
}

// y2FindingCount returns how many findings findings appends for c: one
// for an unsupported claim, and one for each vague attribution.
// TestY2FindingCount holds the two together.
func y2FindingCount(c *doc.Claim) int {
	return count(unsupported(c)) + len(c.Vague)
}

// unsupported reports whether c is a claim the unsupported-claim
// finding is for: the author's own, factual, worth checking, and backed
// by no citation, quotation or source.
func unsupported(c *doc.Claim) bool {
	return c.Quoted < 0 && c.Type == doc.ClaimFactual && c.CheckWorthy >= CheckWorthyAt && !c.Supported()
}
