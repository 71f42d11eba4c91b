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
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect || len(q.Marks) > 0 || q.Element >= 0 || q.Parent >= 0 || q.Speaker.Name != "" || len(q.Content) == 0 {
			continue
		}
		label, ok := quote.AnswerLabel(a.text, d.Paragraphs, q.Content[0].Start)
		if !ok {
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

// n91Interviewee returns the person the text before offset end names
// most often, by the last word of each name (the first named wins a
// tie), written as the longest name with that last word; "" for none.
func (a *attributor) n91Interviewee(end int) string {
	count := map[string]int{}
	longest := map[string]string{}
	best, most := "", 0
	for _, m := range a.mentions {
		if m.End > end {
			break
		}
		if m.thing || m.person || m.inQuote || !strings.Contains(m.text, " ") && count[m.text] == 0 && !n91Surname(a.mentions, m.text, end) {
			continue // a one-word name counts as the surname of a longer one
		}
		last := m.text[strings.LastIndexByte(m.text, ' ')+1:]
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

// n91Surname reports whether the one-word name w is the last word of a
// longer name before end: "Morrow-Adeyinka" after "Saskia
// Morrow-Adeyinka". A one-word name alone ("Halvik", a place or a body
// written as a name) counts only so.
func n91Surname(ms []mention, w string, end int) bool {
	for _, m := range ms {
		if m.End > end {
			return false
		}
		if strings.HasSuffix(m.text, " "+w) {
			return true
		}
	}
	return false
}
