package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// notTheNamed corrects a "he" or "she" cue resolved to a person whom
// the quotation's own words name. People call the one they speak to by
// name ("“I think, Elinor, we must go,” she added"; "“Anne,” she said
// not ungently"; "“If this is improper, Mrs. Walker,” she pursued") and
// speak of others by name, but seldom name themselves: the one named in
// the words is the one spoken to or of, not the speaker. The resolver
// reads the narration alone, where the one spoken to is as often the
// last name before the cue ("Marilla found Anne on her bed. “Anne,” she
// said"). The pronoun is resolved again passing over the one named; if
// no one else fits, the quotation has no speaker rather than a wrong
// one. Only top-level direct quotations with a "he" or "she" cue in a
// conversation (inConversation) are read, each reading the mentions
// inside its own span once: a news report's speaker names others in
// the words quoted ("“Reed will lose,” he said") after the resolver
// has found the speaker elsewhere, and is left as it is.
func (a *attributor) notTheNamed() {
	for i := range a.d.Quotes {
		q := &a.d.Quotes[i]
		if !a.heSheCue(q) {
			continue
		}
		m := q.Speaker.Mention
		pron := "he"
		if m.End-m.Start == 3 {
			pron = "she"
		}
		name := q.Speaker.Name
		if !a.namedIn(q, name) || !a.inConversation(i) {
			continue
		}
		if other := a.resolveAtExcept(pron, m, name); other != "" && !a.namedIn(q, other) {
			rename(q, name, other)
			continue
		}
		q.Speaker = doc.Speaker{}
		q.Chain = dropSpeakerHops(q.Chain, name)
	}
}

// namedIn reports whether a mention inside q's words names the person
// name (by last word, as samePerson tells).
func (a *attributor) namedIn(q *doc.Quote, name string) bool {
	ms := a.mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= q.Start })
	for ; k < len(ms) && ms[k].Start < q.End; k++ {
		for _, c := range q.Content {
			if c.Start <= ms[k].Start && ms[k].End <= c.End && samePerson(ms[k].text, name) {
				return true
			}
		}
	}
	return false
}

// reportNamesBefore reports whether a mention inside the part of the
// reported words content that ends last before at (the cue's subject)
// names the person name: the subject the cue interrupts ("The captain,
// she said, was …"). A long part, or one that joins clauses (", and",
// ", but", ";"), is no one subject: "For thirty years Ed Moss ran the
// ferry, and for thirty years, he says, he never …" is Ed Moss's.
func (a *attributor) reportNamesBefore(content []doc.Span, at int, name string) bool {
	n := 0
	for n < len(content) && content[n].End <= at {
		n++
	}
	if name == "" || n == 0 {
		return false
	}
	p := content[n-1]
	if w := a.text[p.Start:p.End]; len(w) > 80 || strings.Contains(w, ", and ") || strings.Contains(w, ", but ") || strings.Contains(w, ";") {
		return false
	}
	return a.namedIn(&doc.Quote{Span: p, Content: content[n-1 : n]}, name)
}
