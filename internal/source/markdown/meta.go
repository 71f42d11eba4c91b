package markdown

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source/text"
)

// finish builds the document and stores it, with the metadata and
// diagnostics, in d.
func (l *loader) finish(d *doc.Document) {
	if l.htmlBlocks > 0 {
		l.diags = append(l.diags, doc.Diagnostic{Span: doc.Span{Start: l.htmlAt, End: l.htmlAt}, Code: doc.CodeMarkupDropped,
			Message: fmt.Sprintf("%d HTML blocks dropped", l.htmlBlocks)})
	}
	built := doc.Document{Offsets: d.Offsets}
	l.b.Document(&built)
	l.findTitle(&built)
	l.findByline(&built)
	for i := range l.diags {
		s := &l.diags[i].Span
		s.Start = runeStart(built.Text, s.Start)
		s.End = max(s.Start, runeStart(built.Text, s.End))
	}

	d.Format = doc.FormatMarkdown
	d.Text, d.Offsets, d.Elements, d.Paragraphs = built.Text, built.Offsets, built.Elements, built.Paragraphs
	d.Meta.Title, d.Meta.TitleSpan = l.meta.Title, l.meta.TitleSpan
	d.Meta.Author, d.Meta.AuthorSpan = l.meta.Author, l.meta.AuthorSpan
	d.Meta.Date, d.Meta.Description = l.meta.Date, l.meta.Description
	d.Diagnostics = append(d.Diagnostics, l.diags...)
}

// runeStart moves offset i back onto a rune boundary of text, at most
// len(text). Diagnostics are placed while the text is being written,
// and the Builder may since have dropped trailing space there.
func runeStart(text string, i int) int {
	i = min(i, len(text))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// findTitle takes the title from the first level-1 heading, or else the
// first heading, when the front matter gave none; when it did, it looks
// for a heading that repeats it. The paragraph of that heading becomes a
// doc.BlockTitle.
func (l *loader) findTitle(d *doc.Document) {
	h := -1
	for _, i := range l.headings {
		e := d.Elements[i]
		switch {
		case e.Len() == 0:
			continue
		case l.meta.Title != "":
			if d.Slice(e.Span) != l.meta.Title {
				continue
			}
		case e.Level != 1:
			if h < 0 {
				h = i
			}
			continue
		}
		h = i
		break
	}
	if h < 0 {
		return
	}
	span := d.Elements[h].Span
	l.meta.TitleSpan = span
	if l.meta.Title == "" {
		l.meta.Title = d.Slice(span)
	}
	if p := paragraphAt(d, span); p != nil {
		p.Kind = doc.BlockTitle
	}
}

// paragraphAt returns the paragraph with exactly the span s, or nil.
func paragraphAt(d *doc.Document, s doc.Span) *doc.Paragraph {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Start >= s.Start })
	if i < len(d.Paragraphs) && d.Paragraphs[i].Span == s {
		return &d.Paragraphs[i]
	}
	return nil
}

// bylineWithin is how many paragraphs from the top a byline may stand.
const bylineWithin = 5

// findByline looks for a byline among the first paragraphs: a short
// plain paragraph "By Name" (see bylineName). It becomes a
// doc.BlockByline, and gives the author if the front matter did not.
func (l *loader) findByline(d *doc.Document) {
	for i := range min(bylineWithin, len(d.Paragraphs)) {
		p := &d.Paragraphs[i]
		if p.Kind != doc.BlockParagraph {
			continue
		}
		start, end, ok := text.Byline(d.Slice(p.Span))
		if !ok {
			continue
		}
		p.Kind = doc.BlockByline
		span := doc.Span{Start: p.Start + start, End: p.Start + end}
		if l.meta.Author == "" {
			l.meta.Author = d.Slice(span)
		}
		if l.meta.Author == d.Slice(span) {
			l.meta.AuthorSpan = span
		}
		return
	}
}
