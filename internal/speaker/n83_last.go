package speaker

import (
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n83Reach bounds the bytes between the end of the last quotation and a
// pronoun that n83QuotedLast gives its speaker.
const n83Reach = 200

// n83QuotedLast reports whether m, a name of unknown sex that "he" or
// "she" at offset at may stand for, names the speaker of the last
// top-level direct quotation before at, which ends in the pronoun's
// paragraph or the one before, at most n83Reach bytes back:
// "At his weekly press conference, Kinnaird said: ‘…’ ¶ ‘…’ ¶ Asked
// whether the fee was a club record, he smiled." f2SpokeJustBefore
// reads the same within one paragraph and 200 bytes of the name; a
// quotation over paragraphs puts its speaker's name further back, and a
// name of known sex before it (the player the manager spoke of) won
// the pronoun. The quotation must have a cue of its own and be long
// enough to be speech (f2Spoken).
func (a *attributor) n83QuotedLast(m *mention, at int) bool {
	qs := a.d.Quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Start >= at })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		q := &qs[j]
		if q.Parent >= 0 || q.End > at {
			continue // nested, or the pronoun's own quotation
		}
		if q.Kind != doc.QuoteDirect || q.Cue.End <= q.Cue.Start || q.Speaker.Name == "" || q.End-q.Start < f2Spoken || at-q.End > n83Reach {
			return false
		}
		if sm := q.Speaker.Mention; sm.Start > m.Start || m.End > sm.End || !samePerson(m.text, q.Speaker.Name) {
			return false // not the speaker's name: "John Dickey, the chief executive of Ora Media, told me" holds "Ora"
		}
		p := a.paragraph(at)
		e := a.paragraph(q.End - 1)
		return p >= 0 && (e == p || e == p-1)
	}
	return false
}
