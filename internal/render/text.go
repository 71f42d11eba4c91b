package render

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// maxShown is how many characters of a sentence the text report shows;
// longer ones keep their start and end, the parts that show a boundary.
const maxShown = 110

// Text writes the terminal report of d: its metadata, diagnostics, and
// each paragraph with its sentences, located by line and column.
func Text(w io.Writer, d *doc.Document) error {
	lines := newLineIndex(d.Text)
	b := &strings.Builder{}
	name := d.Name
	if name == "" || name == "-" {
		name = "(stdin)"
	}
	fmt.Fprintf(b, "%s — %s, %d bytes\n", name, d.Format, len(d.Raw))
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(b, "  %-9s %s\n", k, v)
		}
	}
	field("Title", d.Meta.Title)
	field("Subtitle", d.Meta.Subtitle)
	field("Author", d.Meta.Author)
	field("Date", d.Meta.Date)
	field("Site", d.Meta.SiteName)
	field("URL", d.Meta.URL)
	fmt.Fprintf(b, "  %d paragraphs · %d sentences · %d tokens · %d elements\n",
		len(d.Paragraphs), len(d.Sentences), len(d.Tokens), len(d.Elements))
	if len(d.Diagnostics) > 0 {
		fmt.Fprintf(b, "\nDiagnostics\n")
		for _, g := range d.Diagnostics {
			fmt.Fprintf(b, "  %-7s %-16s %s\n", lines.pos(g.Span.Start), g.Code, g.Message)
		}
	}
	fmt.Fprintf(b, "\nParagraphs and sentences\n")
	si := 0
	for pi, p := range d.Paragraphs {
		kind := string(p.Kind)
		if p.Quote > 0 {
			kind += fmt.Sprintf(" (quote depth %d)", p.Quote)
		}
		fmt.Fprintf(b, "  ¶%d %s at %s\n", pi+1, kind, lines.pos(p.Start))
		for ; si < len(d.Sentences) && d.Sentences[si].Paragraph == pi; si++ {
			fmt.Fprintf(b, "    %3d  %s\n", si+1, shorten(d.Slice(d.Sentences[si].Span)))
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
		b.Reset()
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// shorten puts s on one line and elides its middle if it is long.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if n := utf8.RuneCountInString(s); n > maxShown {
		r := []rune(s)
		keep := (maxShown - 3) / 2
		s = string(r[:keep]) + " … " + string(r[n-keep:])
	}
	return s
}

// lineIndex turns byte offsets into line:column positions for people.
// Columns count characters, not bytes, from 1.
type lineIndex struct {
	text   string
	starts []int // byte offset of each line start
}

func newLineIndex(text string) *lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{text, starts}
}

func (x *lineIndex) pos(off int) string {
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	col := utf8.RuneCountInString(x.text[x.starts[line]:min(off, len(x.text))]) + 1
	return fmt.Sprintf("%d:%d", line+1, col)
}
