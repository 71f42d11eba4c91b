package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n61SameSpeaker returns the name that "he" or "she" at s, the mention
// of quotation qi, means when resolveAt finds none and qi stands inside
// another speaker's words: the name the same pronoun was given as the
// mention of the last quotation before it with the same parent, when no
// name that could be another "he" or "she" stands between. In a memoir
// quoted at length, "‘They have tied up the boat,’ he said … ¶ ‘I take
// the side of the tide,’ he told me" is one man, named once by a
// description paragraphs back, out of resolveAt's reach.
func (a *attributor) n61SameSpeaker(pron string, s doc.Span, qi int) string {
	if pron != "he" && pron != "she" {
		return ""
	}
	qs := a.d.Quotes
	parent := qs[qi].Parent
	for j := qi - 1; j >= 0 && j >= qi-8; j-- {
		o := &qs[j]
		if o.Parent != parent {
			if o.Start < qs[parent].Start {
				return ""
			}
			continue
		}
		m := o.Speaker.Mention
		if o.Speaker.Name == "" || m.End <= m.Start || !strings.EqualFold(a.text[m.Start:m.End], pron) {
			return ""
		}
		// No one between who could be the pronoun's.
		for k := a.mentionEndAfter(m.End); k < len(a.mentions) && a.mentions[k].Start < s.Start; k++ {
			if mm := a.mentions[k]; !mm.thing && !(pron == "he" && mm.gender == 'f' || pron == "she" && mm.gender == 'm') {
				return ""
			}
		}
		return o.Speaker.Name
	}
	return ""
}
