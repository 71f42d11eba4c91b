package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// This file holds session twenty-one's f12 rule: a "he" or "she" whose
// name was last written pages before it names no one.

// f12FarReach bounds, in bytes, how far before a "he" or "she" cue the
// name it was resolved to must last have been written (about a page
// and a half of a novel, a long news story's first half).
const f12FarReach = 4000

// f12AbstainFar takes back the speaker of a direct quotation whose cue
// is "he" or "she" when the name the pronoun was resolved to (last word
// compared: "Mr. Pett", "Pett") was not written in the f12FarReach
// bytes before the pronoun. Novels follow a character the narration
// never names ("the boy", "a girl", "the stranger") for pages, while
// the last capitalised name of the right sex is a horse, a dog or a man
// named once in a memory paragraphs back: "she" read as that name was
// wrong in every case on the novels we read (34 of 34 on LitBank, 2 of
// 2 on PDNC), and the product's rule is to say no speaker rather than
// guess. A character the pronoun truly means is named again within a
// page. It must not take back a name written near the pronoun, nor a
// speaker named by a cue that is no pronoun ("said Ann"), nor the
// speaker of a quotation inside another. Its hook is in speaker.go,
// after abstainUnsexed and before the turns, which may give the line
// its turn-taker. Linear: each quotation reads the mentions of the
// bounded stretch before its cue.
func (a *attributor) f12AbstainFar() {
	qs := a.d.Quotes
	for i := range qs {
		q := &qs[i]
		m := q.Speaker.Mention
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect || q.Speaker.Name == "" || m.End <= m.Start || !isHeShe(a.text[m.Start:m.End]) {
			continue
		}
		lw := lastWordOf(q.Speaker.Name)
		near := false
		for j := a.mentionEndAfter(m.Start) - 1; j >= 0 && a.mentions[j].End >= m.Start-f12FarReach; j-- {
			if lastWordOf(a.mentions[j].text) == lw {
				near = true
				break
			}
		}
		if !near && n103DescriptionNear(a.text, q.Speaker.Name, m.Start) {
			near = true // "“…,” said the baker. ¶ “…,” he added." (n103_readings.go)
		}
		if !near {
			name := q.Speaker.Name
			q.Speaker = doc.Speaker{}
			q.Chain = dropSpeakerHops(q.Chain, name)
		}
	}
}
