package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n26NotThatReach bounds how far before a nested reading's mention
// n26NotThat reads for ", not that".
const n26NotThatReach = 16

// n26NotThat ends a reported clause's content before ", not that"
// when the clause after it is read as a reading of its own (nested in
// the first), and lifts that reading out to stand beside it: "Ann Moss
// is asking for a review of the pier, not that she is asking for it to
// be closed". News writes ", not that" to set apart what the source
// says from what the source does not say, often in a correction
// ("… has been clarified to reflect that …"); the second clause, with
// its own subject and cue, is a second attribution, and PolNeAR ends
// the first content before it and gives the second its own source.
//
// Only ", not that" (with its comma) right before the nested reading's
// subject: "It is not that she asked …" and "not that" without a comma
// are not read. Other subordinators before a clause with its own cue
// ("…, when he said that …", "… after the mayor claimed that …") are
// left inside the content: of the 15 such clauses that end a content
// on PolNeAR's dev file, its gold ends the content before only 3 and
// gives 2 an attribution of their own; the clause is mostly part of
// what the first source said ("X was “absolutely right” when he said
// …").
func n26NotThat(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		p := q.Parent
		if p < 0 || q.Kind != doc.QuoteIndirect || q.Speaker.Name == "" || len(q.Content) == 0 || d.Quotes[p].Kind != doc.QuoteIndirect || len(d.Quotes[p].Content) == 0 {
			continue
		}
		pq := &d.Quotes[p]
		last := &pq.Content[len(pq.Content)-1]
		m := q.Speaker.Mention
		if m.Start <= last.Start || m.Start >= last.End || q.Cue.Start < m.End {
			continue
		}
		pre := text[max(last.Start, m.Start-n26NotThatReach):m.Start]
		if !strings.HasSuffix(pre, ", not that ") {
			continue
		}
		e := m.Start - len(", not that ")
		if e <= last.Start {
			continue
		}
		oldEnd := last.End
		last.End = e
		if len(pq.Marks) == 0 && pq.End > e {
			pq.End = e
		}
		var chain []string
		if pq.Parent >= 0 {
			chain = append(chain, d.Quotes[pq.Parent].Chain...)
		}
		if len(q.Chain) > len(pq.Chain) {
			chain = append(chain, q.Chain[len(pq.Chain):]...)
		} else {
			chain = append(chain, q.Speaker.Name)
		}
		q.Chain = chain
		q.Parent = pq.Parent
		// The first clause's other children past its new end go with
		// the second (words in marks in it) or up a level. The
		// quotations are in order of Start: only those that start
		// within the first clause's old stretch are read.
		for j := p + 1; j < len(d.Quotes) && d.Quotes[j].Start < oldEnd; j++ {
			c := &d.Quotes[j]
			if j == i || c.Parent != p || len(c.Content) == 0 || c.Content[0].Start < e {
				continue
			}
			if c.Content[0].Start >= q.Content[0].Start && c.Content[0].Start < q.Content[len(q.Content)-1].End {
				c.Parent = i
			} else {
				c.Parent = pq.Parent
			}
		}
	}
}
