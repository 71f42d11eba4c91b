package speaker

import (
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// turns gives speakers to the lines of a dialogue that name none. Once
// two consecutive paragraphs of speech name two different speakers, A
// then B, a following paragraph that holds nothing but a quotation is
// A's turn, the next B's, and so on, as novels and interview transcripts
// lay out a conversation between two people. The run stops at a
// paragraph without a quotation, at one with narration but no speaker,
// and starts again from any paragraph whose speaker the text names.
// The speaker's mention is where the text last named them.
func (a *attributor) turns() {
	d := a.d
	type turn struct {
		para    int
		speaker doc.Speaker
	}
	var prev, last turn // the two turns before, last the later
	prev.para, last.para = -2, -2
	for i := 0; i < len(d.Quotes); i++ {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect {
			continue
		}
		p := a.paragraph(q.Start)
		if p < 0 || p == last.para {
			continue // one turn a paragraph: its first quotation
		}
		if p != last.para+1 {
			prev, last = turn{para: -2}, turn{para: -2}
		}
		if q.Speaker.Name != "" {
			prev, last = last, turn{p, q.Speaker}
			continue
		}
		if !a.speechOnly(p, i) || prev.para != p-2 || prev.speaker.Name == "" || last.speaker.Name == "" || prev.speaker.Name == last.speaker.Name {
			prev, last = turn{para: -2}, turn{para: -2}
			continue
		}
		sp := prev.speaker
		for j := i; j < len(d.Quotes) && d.Quotes[j].Start < d.Paragraphs[p].End; j++ {
			if d.Quotes[j].Parent < 0 && d.Quotes[j].Kind == doc.QuoteDirect && d.Quotes[j].Speaker.Name == "" {
				d.Quotes[j].Speaker = sp
				d.Quotes[j].Chain = append(d.Quotes[j].Chain[:0:0], sp.Name)
			}
		}
		prev, last = last, turn{p, sp}
	}
}

// speechOnly reports whether paragraph p holds nothing but quotations
// (from quotation i on) and punctuation.
func (a *attributor) speechOnly(p, i int) bool {
	d, text := a.d, a.text
	para := d.Paragraphs[p]
	at := para.Start
	for j := i; j < len(d.Quotes) && d.Quotes[j].Start < para.End; j++ {
		q := &d.Quotes[j]
		if q.Parent >= 0 {
			continue
		}
		if at < q.Start && hasLetters(text[at:q.Start]) {
			return false
		}
		at = max(at, q.End)
	}
	return at >= para.End || !hasLetters(text[at:para.End])
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
