package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
)

// f1Finish runs this file's, f1_phrase.go's and f1_continue.go's
// passes, after the indirect readings: the credits and phrases first,
// so that a quotation they give a speaker is no bare continuation. dialogue says whether turns found one.
func (a *attributor) f1Finish(dialogue bool) {
	a.f1Credits()
	a.f1Phrases()
	a.f1Continue(dialogue)
}

// f1Credits gives each quotation in marks that a dash credit follows
// on its line, in a block quote, the credit for its speaker: surveys,
// blog posts and reports list what people told them as
//
//	> “The compiler catches my mistakes.” -- Firmware engineer at a car maker
//
// where the credit is a description as often as a name. The speaker's
// name and mention are the whole credit, to the paragraph's end (less
// a final full stop), and the cue is the dash. The credit replaces a
// speaker whose mention lies inside it (a capitalised word of the
// description read as a name: "OEM" in "Architect at Automotive OEM"),
// never one named elsewhere. Only a block quote's paragraph is read:
// in running prose "“…” — and then she left" is no credit.
func (a *attributor) f1Credits() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect || len(q.Marks) < 2 {
			continue
		}
		if after := strings.TrimLeft(text[q.End:min(len(text), q.End+8)], " "); !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "―") && !strings.HasPrefix(after, "–") {
			continue // no dash after the closing mark: a byte test before the paragraph is looked up
		}
		p := a.paragraph(q.Start)
		if p < 0 || d.Paragraphs[p].Kind != doc.BlockQuote || strings.TrimSpace(text[d.Paragraphs[p].Start:q.Start]) != "" {
			continue
		}
		credit, ok := quote.CreditedLine(text, d.Paragraphs[p].Span)
		if !ok || q.End > credit.Start {
			continue
		}
		dash := strings.TrimSpace(text[q.End:credit.Start])
		if dash != "--" && dash != "—" && dash != "―" && dash != "–" {
			continue // another quotation or words between: not this one's credit
		}
		name := text[credit.Start:credit.End]
		ds := q.End + strings.Index(text[q.End:credit.Start], dash)
		old := q.Speaker
		q.Speaker = doc.Speaker{Name: name, Mention: credit}
		q.Cue = doc.Span{Start: ds, End: ds + len(dash)}
		q.Chain = append(q.Chain[:0:0], name)
		// A reading inside the words whose "I" was resolved to the old
		// speaker ("I chose Rust", said by the credited one) is the
		// credited one's too.
		for j := i + 1; j < len(d.Quotes) && d.Quotes[j].Start < q.End; j++ {
			if c := &d.Quotes[j]; c.End <= q.End && old.Name != "" && c.Speaker.Name == old.Name {
				rename(c, old.Name, name)
			}
		}
	}
}
