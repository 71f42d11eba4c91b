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
func claimRoom(d *doc.Document) int {
	n := 0
	for i := range d.Sentences {
		if claimParagraph(d, d.Sentences[i].Paragraph) {
			n++
		}
	}
	return n + n/64 + 4
}
