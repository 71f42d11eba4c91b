package claim

import "github.com/hearsay-project/hearsay/internal/doc"

// claimRoom returns the room Detect makes in d.Claims before it reads:
// one claim for each sentence of a paragraph that can make claims (see
// claimParagraph), and a little more for the sentences whose clauses
// make a claim each. A claim is some 220 bytes, and the list was made
// with room for every sentence: the titles, bylines, dates and notes
// that make none, a sixth of the benchmark's sentences and more of a
// cited article's, were room zeroed for nothing. A sentence too short
// to make a claim leaves room unused; more clauses than the slack
// allows only grow the list, as append would.
//
// Not inlined: inlined, it made Detect's own loop over the sentences
// dearer.
//
//go:noinline
func claimRoom(d *doc.Document) int {
	n := 0
	// A paragraph's answer is asked once, not once for each of its
	// sentences.
	p, claims := -1, false
	for i := range d.Sentences {
		if sp := d.Sentences[i].Paragraph; sp != p || i == 0 {
			p, claims = sp, claimParagraph(d, sp)
		}
		if claims {
			n++
		}
	}
	return n + n/64 + 4
}
