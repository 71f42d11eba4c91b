package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
)

// n91Answers gives an interview's answers, which the quote stage reads
// after their "A:" labels (quote.AnswerLabel), their speaker: the
// interviewee, the person the text before the first answer names most
// often (by surname: "Dr. Saskia Morrow-Adeyinka has spent …",
// "Morrow-Adeyinka, a glaciologist, …", "Morrow-Adeyinka spoke with the
// Courier"), written as the longest of those names. The label is the
// cue; the answer names no one in its paragraph, so the mention is
// empty. With no person named before the answers, they keep no
// speaker: the text does not say.
func (a *attributor) n91Answers() {
	d := a.d
	name, looked := "", false
	var names *n91Names // the full names of the parties, read once over the mentions
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect || len(q.Marks) > 0 || q.Element >= 0 || q.Parent >= 0 || len(q.Content) == 0 {
			continue
		}
		label, party, ok := quote.AnswerLabel(a.text, d.Paragraphs, q.Content[0].Start)
		if !ok {
			continue
		}
		if party.End > party.Start && (q.Speaker.Name == "" || q.Speaker.Mention == party) {
			// A turn after the party's own name: the name is the
			// mention, written as the longest name before it that
			// ends with the same word ("Dunsmore:" after "Provost
			// Aurelia Dunsmore").
			if names == nil {
				names = &n91Names{a: a}
			}
			name := names.full(a.text[party.Start:party.End], party.Start)
			q.Cue = label
			q.Speaker = doc.Speaker{Name: name, Mention: party}
			q.Chain = []string{name}
			continue
		}
		if q.Speaker.Name != "" {
			continue
		}
		if !looked {
			name, looked = a.n91Interviewee(label.Start), true
		}
		q.Cue = label
		if name != "" {
			q.Speaker = doc.Speaker{Name: name}
			q.Chain = []string{name}
		}
	}
}

// n91Names gives each party of an interview the longest name of a
// person the text gave before its turn whose last word is the label's
// last word (compared without case: "PENCE:" is Mike Pence's turn), or
// the label itself. The turns come in the text's order, and the
// mentions are read once as they go: a name asked afresh for each turn
// read the mentions again, quadratic in a long interview.
type n91Names struct {
	a       *attributor
	next    int               // the first mention not read yet
	longest map[string]string // a name's last word, in lower case: the longest name so far
}

// full returns the name for the turn labelled label that starts at end.
func (n *n91Names) full(label string, end int) string {
	if n.longest == nil {
		n.longest = map[string]string{}
	}
	ms := n.a.mentions
	for ; n.next < len(ms) && ms[n.next].End <= end; n.next++ {
		m := &ms[n.next]
		if m.thing || m.person || m.inQuote {
			continue
		}
		if w := strings.ToLower(m.text[strings.LastIndexByte(m.text, ' ')+1:]); len(m.text) > len(n.longest[w]) {
			n.longest[w] = m.text
		}
	}
	if best := n.longest[strings.ToLower(label[strings.LastIndexByte(label, ' ')+1:])]; len(best) > len(label) {
		return best
	}
	return label
}

// n91Interviewee returns the person the text before offset end names
// most often, by the last word of each name (the first named wins a
// tie), written as the longest name with that last word; "" for none.
// A one-word name counts only as the surname of a longer one named
// before end ("Morrow-Adeyinka" after "Saskia Morrow-Adeyinka"): alone
// it may be a place or a body written as a name. Two passes over the
// names before end: linear.
func (a *attributor) n91Interviewee(end int) string {
	person := func(m *mention) bool { return m.End <= end && !m.thing && !m.person && !m.inQuote }
	surnames := map[string]bool{}
	for k := range a.mentions {
		m := &a.mentions[k]
		if m.End > end {
			break
		}
		if i := strings.LastIndexByte(m.text, ' '); i >= 0 && person(m) {
			surnames[m.text[i+1:]] = true
		}
	}
	count := map[string]int{}
	longest := map[string]string{}
	best, most := "", 0
	for k := range a.mentions {
		m := &a.mentions[k]
		if m.End > end {
			break
		}
		last := m.text[strings.LastIndexByte(m.text, ' ')+1:]
		if !person(m) || !surnames[last] {
			continue
		}
		count[last]++
		if len(m.text) > len(longest[last]) {
			longest[last] = m.text
		}
		if count[last] > most {
			best, most = last, count[last]
		}
	}
	return longest[best]
}
