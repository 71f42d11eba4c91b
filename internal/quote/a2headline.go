package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// a2HeadMemo keeps where the document's headline ends (a2Headline), read
// once per document when a quotation first asks.
type a2HeadMemo struct {
	read bool
	end  int // 0: no headline
}

// Bounds of a headline: a first paragraph longer than a2MaxHeadline
// bytes, or with fewer than a2MinHeadlineWords words of four letters or
// more, is no headline.
const (
	a2MaxHeadline      = 240
	a2MinHeadlineWords = 3
)

// a2InHeadline reports whether q opens inside the document's Title Case
// headline (a2Headline).
func (c *classifier) a2InHeadline(q *doc.Quote) bool {
	if !c.a2head.read {
		c.a2head = a2HeadMemo{read: true, end: a2Headline(c.d)}
	}
	return q.Start < c.a2head.end
}

// a2Headline returns the end of the document's headline, or 0 when it has
// none. The headline is a first paragraph (a title or heading block, or a
// plain paragraph) on one line, at most a2MaxHeadline bytes long, with
// another paragraph after it, and in Title Case: of its words of four
// letters or more (small words stay lower case in Title Case), at least
// a2MinHeadlineWords and four in five capitalised. Whether it ends with
// a full stop does not matter: some corpora add one. A sentence-case
// headline ("Singer joins ‘The Late Show’") is not one here: there the
// capitals in marks keep their meaning.
func a2Headline(d *doc.Document) int {
	if len(d.Paragraphs) < 2 {
		return 0
	}
	p := d.Paragraphs[0]
	switch p.Kind {
	case doc.BlockParagraph, doc.BlockTitle, doc.BlockHeading:
	default:
		return 0
	}
	if p.End-p.Start > a2MaxHeadline || p.End > len(d.Text) {
		return 0
	}
	line := d.Text[p.Start:p.End]
	if strings.ContainsRune(strings.TrimSpace(line), '\n') {
		return 0
	}
	words, caps := 0, 0
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !doc.IsWordRune(r) {
			i += n
			continue
		}
		j := max(wordEnd(line, i, len(line)), i+n)
		if utf8.RuneCountInString(line[i:j]) >= 4 {
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
		i = j
	}
	if words < a2MinHeadlineWords || caps*5 < words*4 {
		return 0
	}
	return p.End
}
