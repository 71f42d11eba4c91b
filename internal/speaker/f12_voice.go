package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f12Voices reads the speaker of a direct quotation whose mention is a
// voice: "said a deep voice", "replied the voice of the Dodger",
// "said the Rabbit's voice". Novels write a voice when the one who
// speaks is not seen or not yet known (a man behind a door, one in a
// crowd, an invisible man), so "a voice" names no one: on the novels we
// read it was never the speaker the annotators named (one of 26, where
// they wrote "a rough voice" themselves), and the product's rule is to
// say no speaker rather than a wrong one. A voice whose owner the
// phrase names is the owner's: "the voice of John Reed" is John Reed's,
// "the Rabbit's voice" the Rabbit's. Only the lower-case word "voice"
// as the mention's head (or before its "of") is read, so "Voice of
// America" and a name are left alone, and an owner after "of" must be
// capitalised or open with "the" ("the voice of reason" names no one).
// Its hook is in speaker.go, after f12AbstainUtterance and before the
// turns. Each quotation reads its mention only.
func (a *attributor) f12Voices() {
	qs := a.d.Quotes
	for i := range qs {
		q := &qs[i]
		m := q.Speaker.Mention
		if q.Speaker.Name == "" || m.End <= m.Start || q.Kind != doc.QuoteDirect {
			continue
		}
		men := a.text[m.Start:m.End]
		name := q.Speaker.Name
		if k := strings.Index(men, "voice of "); k >= 0 && (k == 0 || men[k-1] == ' ') {
			own := men[k+len("voice of "):]
			if own != "" && (strings.HasPrefix(own, "the ") || capital(own)) {
				s := m.Start + k + len("voice of ")
				a.f12SetSpeaker(q, name, own, doc.Span{Start: s, End: m.End})
				continue
			}
			q.Speaker = doc.Speaker{}
			q.Chain = dropSpeakerHops(q.Chain, name)
			continue
		}
		last := men[lastBreak(men)+1:] // strings.LastIndexAny(men, " \n")
		if last != "voice" && last != "voices" {
			continue
		}
		if p := f12Possessive(men); p > 0 {
			a.f12SetSpeaker(q, name, men[:p], doc.Span{Start: m.Start, End: m.Start + p}) // "the Rabbit's voice"
			continue
		}
		q.Speaker = doc.Speaker{}
		q.Chain = dropSpeakerHops(q.Chain, name)
	}
}

// f12SetSpeaker makes owner, at span s, the speaker of q in place of
// the name old, in its chain too.
func (a *attributor) f12SetSpeaker(q *doc.Quote, old, owner string, s doc.Span) {
	q.Speaker = doc.Speaker{Name: owner, Mention: s}
	if n := len(q.Chain); n > 0 && q.Chain[n-1] == old {
		q.Chain[n-1] = owner
	}
}
