package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

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
// paragraph (a line in a dialogue whose turns are read elsewhere). Each
// quotation reads back at most f1ContinueBack quotations: linear.
func (a *attributor) n28Runs() {
	if n28Off {
		return
	}
	d, text := a.d, a.text
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
		if end < prev.End && f1Words(text, []doc.Span{{Start: end, End: prev.End}}, f1ContinueTail+1) > f1ContinueTail {
			continue
		}
		q.Speaker = src.Speaker
		q.Chain = append(src.Chain[:0:0], src.Chain...)
	}
}
