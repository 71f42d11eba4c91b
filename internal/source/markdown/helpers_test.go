package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// load runs Load on src, failing the test on an error or a broken span
// invariant.
func load(t testing.TB, src string) *doc.Document {
	t.Helper()
	d := &doc.Document{Name: t.Name(), Raw: []byte(src)}
	if err := Load(d, []byte(src)); err != nil {
		t.Fatal(err)
	}
	testutil.CheckSpans(t, d)
	return d
}

// dump renders what Load found in d, one line per item, for golden files
// and failure messages.
func dump(d *doc.Document) string {
	var b strings.Builder
	m := d.Meta
	fmt.Fprintf(&b, "title %q %v\nauthor %q %v\ndate %q\ndescription %q\n", m.Title, m.TitleSpan, m.Author, m.AuthorSpan, m.Date, m.Description)
	b.WriteString("\nparagraphs\n")
	for _, p := range d.Paragraphs {
		fmt.Fprintf(&b, "%v %s", p.Span, p.Kind)
		if p.Quote > 0 {
			fmt.Fprintf(&b, " quote=%d", p.Quote)
		}
		fmt.Fprintf(&b, " raw=%v %q\n", d.RawSpan(p.Span), d.Slice(p.Span))
	}
	b.WriteString("\nelements\n")
	for i, e := range d.Elements {
		fmt.Fprintf(&b, "%d %v %s", i, e.Span, e.Kind)
		if e.Level > 0 {
			fmt.Fprintf(&b, " level=%d", e.Level)
		}
		fmt.Fprintf(&b, " parent=%d", e.Parent)
		for _, a := range e.Attrs {
			fmt.Fprintf(&b, " %s=%q", a.Key, a.Val)
		}
		fmt.Fprintf(&b, " %q\n", clip(d.Slice(e.Span)))
	}
	if len(d.Diagnostics) > 0 {
		b.WriteString("\ndiagnostics\n")
		for _, g := range d.Diagnostics {
			fmt.Fprintf(&b, "%v %s %s\n", g.Span, g.Code, g.Message)
		}
	}
	return b.String()
}

// clip shortens s for a dump line.
func clip(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// paraList lists d's paragraphs as "kind[ qN] start-end text".
func paraList(d *doc.Document) []string {
	var l []string
	for _, p := range d.Paragraphs {
		q := ""
		if p.Quote > 0 {
			q = fmt.Sprintf(" q%d", p.Quote)
		}
		l = append(l, fmt.Sprintf("%s%s %d-%d %q", p.Kind, q, p.Start, p.End, d.Slice(p.Span)))
	}
	return l
}

// elemList lists d's elements as "kind start-end[ level=N][ ^parent][ key=val…] text".
func elemList(d *doc.Document) []string {
	var l []string
	for _, e := range d.Elements {
		s := fmt.Sprintf("%s %d-%d", e.Kind, e.Start, e.End)
		if e.Level > 0 {
			s += fmt.Sprintf(" level=%d", e.Level)
		}
		if e.Parent >= 0 {
			s += fmt.Sprintf(" ^%d", e.Parent)
		}
		for _, a := range e.Attrs {
			s += fmt.Sprintf(" %s=%s", a.Key, a.Val)
		}
		l = append(l, s+fmt.Sprintf(" %q", d.Slice(e.Span)))
	}
	return l
}
