package speaker

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// c3PunctReach bounds the stretch read between a speaker's mention and
// the words it attributes: a colon or dash with the space, line breaks
// and marks around it, never more.
const c3PunctReach = 24

// c3PunctCue gives a cue to a quotation whose speaker the text names by
// punctuation alone, where no word cues it:
//
//   - a colon between the mention and the words: a transcript's turn
//     ("WALLACE: Let's start…"), a headline ("Reed: Pier Will Reopen"),
//     a name introducing a quotation ("Ann Reed: “We will reopen.”");
//   - a dash between the words and the mention, a signature after a
//     quotation (“We will reopen.” ― Ann Reed), as pull quotes, reader
//     comments and block-quote footers sign them.
//
// The colon or the dash is then what attributes the quotation, and news
// attribution corpora mark it as the cue (PolNeAR does). Only white
// space and quotation marks may stand between the mention, the mark and
// the words: a colon or dash anywhere else ("Reed said on Monday: …",
// “…” — and then she left) attributes nothing, and a quotation with no
// mention of its speaker gets no cue, as the text gives none. One pass
// over the quotations (c3Finish), each reading at most c3PunctReach
// bytes; q has a mention, content and no cue.
func c3PunctCue(text string, q *doc.Quote) {
	m := q.Speaker.Mention
	if first := q.Content[0].Start; m.End <= first {
		if c, ok := c3ColonBetween(text, m.End, first); ok {
			if m.End-m.Start <= 16 && classOf2(lexOfWord(text[m.Start:m.End]))&isC3Label != 0 { // c3Labels[strings.ToLower(…)], without the string or hashing
				// "Review: ‘Madden NFL 17’ runs hard": a label before
				// the colon, not a speaker (c3_label.go).
				q.Speaker, q.Chain = doc.Speaker{}, nil
				return
			}
			q.Cue = c
		}
		return
	}
	if last := max(q.Span.End, q.Content[len(q.Content)-1].End); last <= m.Start {
		if c, ok := c3DashBetween(text, last, m.Start); ok {
			q.Cue = c
		}
	}
}

// c3ColonBetween finds, in text[lo:hi], a colon with only white space
// before it and only white space and opening marks after it.
func c3ColonBetween(text string, lo, hi int) (doc.Span, bool) {
	if hi-lo > c3PunctReach {
		return doc.Span{}, false
	}
	i := c3SkipSpace(text, lo, hi)
	if i >= hi || text[i] != ':' {
		return doc.Span{}, false
	}
	for j := i + 1; j < hi; {
		r, n := utf8.DecodeRuneInString(text[j:hi])
		if !c3Space(r) && !c3Mark(r) {
			return doc.Span{}, false
		}
		j += n
	}
	return doc.Span{Start: i, End: i + 1}, true
}

// c3DashBetween finds, in text[lo:hi], a dash (a horizontal bar, an em
// or en dash, "--" or a hyphen) with only white space around it.
func c3DashBetween(text string, lo, hi int) (doc.Span, bool) {
	if hi-lo > c3PunctReach {
		return doc.Span{}, false
	}
	i := c3SkipSpace(text, lo, hi)
	if i >= hi {
		return doc.Span{}, false
	}
	r, n := utf8.DecodeRuneInString(text[i:hi])
	switch r {
	case '―', '—', '–':
	case '-':
		if i+1 < hi && text[i+1] == '-' {
			n = 2
		}
	default:
		return doc.Span{}, false
	}
	if c3SkipSpace(text, i+n, hi) != hi {
		return doc.Span{}, false
	}
	return doc.Span{Start: i, End: i + n}, true
}

// c3SkipSpace returns the offset of the first byte of text[i:hi] that is
// not white space (a no-break space counts), or hi.
func c3SkipSpace(text string, i, hi int) int {
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if !c3Space(r) {
			return i
		}
		i += n
	}
	return hi
}

func c3Space(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u2009' || r == '\u202f'
}

// c3Mark reports an opening quotation mark (or a straight one).
func c3Mark(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '„', '‹', '‚', '”', '’':
		return true
	}
	return false
}

// c3Finish runs the c3 readings over the attributed quotations in one
// pass, last in Attribute: a mention's caption label (c3CaptionMention)
// and a cue by punctuation (c3PunctCue). A quotation with no mention is
// passed over at once.
func c3Finish(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if m.End <= m.Start {
			continue
		}
		if c := text[m.Start]; c == 'M' || c == 'I' || c == 'V' {
			c3CaptionMention(text, &q.Speaker)
		}
		if q.Cue.End <= q.Cue.Start && len(q.Content) > 0 {
			c3PunctCue(text, q)
		}
	}
}

// c3CaptionLabels are the labels a news page's media captions open with,
// run into the sentence after them when the page is read as text
// ("Media caption Mr Obama told the BBC that …", as BBC pages print
// them).
var c3CaptionLabels = []string{"Media caption ", "Image caption ", "Video caption "}

// c3CaptionMention drops a caption's label from the start of a
// speaker's mention and name: "Media caption Mr Obama" names Mr Obama.
// c3Finish asks it of a mention whose first byte may open a label.
func c3CaptionMention(text string, sp *doc.Speaker) {
	m := sp.Mention
	for _, l := range c3CaptionLabels {
		if m.End-m.Start > len(l) && strings.HasPrefix(text[m.Start:m.End], l) {
			sp.Mention.Start += len(l)
			sp.Name = strings.TrimPrefix(sp.Name, l)
			return
		}
	}
}
