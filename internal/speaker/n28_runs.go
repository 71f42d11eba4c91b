package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n28Runs gives a quotation that runs over several paragraphs, in the
// convention that leaves each paragraph's closing mark off until the
// last ("“…¶“…¶“…”"), the speaker of the paragraph right before when
// that paragraph ends with a direct quotation and its attribution:
// "“The drug was lethal,” her mother said in a statement.¶“As she grew
// worse, the staff did all they could …¶“…”" goes on with the mother's
// statement. f1Continue reads the same shape for a quotation that stays
// in one paragraph and leaves this one (it reads one piece in one
// paragraph); the words that run on are a long statement more surely
// still, as a writer opens a new paragraph in marks for a new speaker
// only after closing the old one.
//
// Not after a question or an exclamation (a reply follows), nor where
// the paragraph before goes on past the attribution with more than
// f1ContinueTail words, nor where the speaker was named before that
// paragraph (a line in a dialogue whose turns are read elsewhere). A
// novel's dialogue has the same marks: so not after a short line (under
// n28RunsMinWords words: "“You look cold,” said Martha."), nor after a
// paragraph that tells more than the attribution before it (over
// n28RunsLead words: "Martha looked up from the fire. “…,” she said."),
// nor where the new words name the source in their first words, as one
// addresses the person just heard ("“Hello,” said Ann.¶“Hi, Ann. …").
// Each quotation reads back at most f1ContinueBack quotations and
// n28AddressBytes bytes of its own: linear.
func (a *attributor) n28Runs() {
	if n28Off {
		return
	}
	d, text := a.d, a.text
	var join []int // by quotation: the one it is a further piece of, or -1
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect || q.Speaker.Name != "" || len(q.Marks) == 0 {
			continue
		}
		p := a.paragraph(q.Start)
		if p < 1 || !p2OnlySpace(text[d.Paragraphs[p].Start:q.Start]) || a.paragraph(q.End-1) <= p {
			continue
		}
		prev := d.Paragraphs[p-1]
		o := a.f1LastAttribution(i, prev)
		if o < 0 {
			continue
		}
		src := &d.Quotes[o]
		if src.Kind != doc.QuoteDirect || src.Speaker.Name == "" || src.Speaker.Mention.Start < prev.Start || f1Exclaims(text[src.Start:src.End]) {
			continue
		}
		end := max(src.End, src.Speaker.Mention.End, src.Cue.End)
		tail := f1ContinueTail
		if n116PresentCue(text, src.Cue) {
			tail = n116PresentTail // "…,” Pilkington says with a laugh, from a camp chair in the shade of the marquee."
		}
		if end < prev.End && f1Words(text, []doc.Span{{Start: end, End: prev.End}}, tail+1) > tail {
			continue
		}
		if f1Words(text, src.Content, n28RunsMinWords) < n28RunsMinWords {
			continue // "“Hello,” said Ann.": a line of a dialogue, a reply follows
		}
		lead := min(src.Start, src.Speaker.Mention.Start)
		if src.Cue.End > src.Cue.Start {
			lead = min(lead, src.Cue.Start)
		}
		if f1Words(text, []doc.Span{{Start: prev.Start, End: lead}}, n28RunsLead+1) > n28RunsLead {
			continue // narration before the attribution: a scene, not a statement
		}
		if n28Addresses(text, q, src.Speaker.Name) {
			continue // "“Hi, Ann. …": the words answer the source
		}
		q.Speaker = src.Speaker
		q.Chain = append(src.Chain[:0:0], src.Chain...)
		last := d.Paragraphs[a.paragraph(q.End-1)]
		if a.n116OverParagraphs(q) && a.f1Joins(o, i, prev, doc.Paragraph{Span: doc.Span{Start: d.Paragraphs[p].Start, End: last.End}, Kind: d.Paragraphs[p].Kind}) {
			if join == nil {
				join = make([]int, len(d.Quotes))
				for k := range join {
					join[k] = -1
				}
			}
			join[i] = o // one quotation in pieces, as f1Continue joins a paragraph's (n116_readings.go)
		}
	}
	if join != nil {
		f1JoinQuotes(d, join)
	}
}

// n28RunsMinWords is the fewest words of the source quotation that a
// statement running on over paragraphs follows.
const n28RunsMinWords = 6

// n28RunsLead bounds the words before the attribution's paragraph's
// quotation, cue or speaker ("Meanwhile, her mother said: “…”").
const n28RunsLead = 2

// n28AddressBytes bounds the opening of a quotation read for a name
// that addresses someone.
const n28AddressBytes = 48

// n28Addresses reports whether the opening of q's words (n28AddressBytes
// bytes) holds a word of name, capitalised, as a whole word: "Hi, Ann."
func n28Addresses(text string, q *doc.Quote, name string) bool {
	if len(q.Content) == 0 {
		return false
	}
	c := q.Content[0]
	open := text[c.Start:min(c.End, c.Start+n28AddressBytes)]
	for _, w := range strings.Fields(name) {
		if len(w) < 2 || !capital(w) {
			continue
		}
		for i := 0; i < len(open); {
			k := strings.Index(open[i:], w)
			if k < 0 {
				break
			}
			k += i
			i = k + len(w)
			if (k == 0 || !n28WordByte(open[k-1])) && (i >= len(open) || !n28WordByte(open[i])) {
				return true
			}
		}
	}
	return false
}
