package speaker

import (
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n2CaptionWords is the most words a body paragraph may hold to be read
// as a caption's fragment ("whale strandings", "Photograph: Ann Lee").
const n2CaptionWords = 5

// n2Caption reports whether paragraph p, between a paragraph of prose
// and the paragraph of quotation i, is a photo's caption that a news
// page sets between two paragraphs of one speaker's quotations: "“…,”
// says Ann Moss. ¶ [photo] Ann Moss at her farm near the coast ¶ “We
// have had to put up with a lot.”" f1Continue then reads the paragraph
// before it as the one before the quotation. A caption is a block of
// the caption kind; a single list item, with prose on either side (the
// page's markup makes a figure's caption one); or a body paragraph of
// at most n2CaptionWords words that ends no sentence (a credit or a
// fragment of the caption). It holds no quotation. The test reads the
// paragraph's kind, its neighbours' kinds and, for a short one, its
// bytes up to a bounded number of words.
func (a *attributor) n2Caption(p, i int) bool {
	d := a.d
	if p < 1 || p+1 >= len(d.Paragraphs) {
		return false
	}
	b := d.Paragraphs[p]
	if i > 0 && d.Quotes[i-1].Start >= b.Start {
		return false // a quotation in it (the last one before i starts there or later)
	}
	switch b.Kind {
	case doc.BlockCaption:
		return true
	case doc.BlockListItem:
		return d.Paragraphs[p-1].Kind != doc.BlockListItem && d.Paragraphs[p+1].Kind != doc.BlockListItem
	case doc.BlockParagraph:
		s := strings.TrimRightFunc(a.text[b.Start:b.End], unicode.IsSpace)
		if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?:;,\"”’") {
			return false
		}
		return f1Words(a.text, []doc.Span{{Start: b.Start, End: b.End}}, n2CaptionWords+1) <= n2CaptionWords
	}
	return false
}
