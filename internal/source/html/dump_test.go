package html_test

import (
	"fmt"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// dump renders a Document as readable text for golden files and
// failures: metadata, diagnostics, paragraphs with the raw bytes they map
// to, and elements. d.Raw must hold the input.
func dump(d *doc.Document) string {
	var sb strings.Builder
	m := d.Meta
	for _, kv := range [][2]string{
		{"title", m.Title}, {"author", m.Author}, {"date", m.Date}, {"site", m.SiteName},
		{"language", m.Language}, {"url", m.URL}, {"description", m.Description},
	} {
		if kv[1] != "" {
			fmt.Fprintf(&sb, "meta %s: %s\n", kv[0], kv[1])
		}
	}
	if m.TitleSpan.Len() > 0 {
		fmt.Fprintf(&sb, "meta title span: %v\n", m.TitleSpan)
	}
	if m.AuthorSpan.Len() > 0 {
		fmt.Fprintf(&sb, "meta author span: %v\n", m.AuthorSpan)
	}
	for _, g := range d.Diagnostics {
		fmt.Fprintf(&sb, "diagnostic %s: %s\n", g.Code, g.Message)
	}
	sb.WriteString("\nparagraphs:\n")
	for i, p := range d.Paragraphs {
		q := ""
		if p.Quote > 0 {
			q = fmt.Sprintf(" quote=%d", p.Quote)
		}
		r := d.RawSpan(p.Span)
		fmt.Fprintf(&sb, "%3d %s%s [%d,%d) %q\n    raw [%d,%d) %q\n", i, p.Kind, q, p.Start, p.End, d.Slice(p.Span), r.Start, r.End, abbrev(string(d.Raw[r.Start:r.End])))
	}
	sb.WriteString("\nelements:\n")
	for i, e := range d.Elements {
		fmt.Fprintf(&sb, "%3d %s [%d,%d) parent=%d", i, e.Kind, e.Start, e.End, e.Parent)
		if e.Level > 0 {
			fmt.Fprintf(&sb, " level=%d", e.Level)
		}
		for _, a := range e.Attrs {
			fmt.Fprintf(&sb, " %s=%q", a.Key, a.Val)
		}
		fmt.Fprintf(&sb, " %q\n", abbrev(d.Slice(e.Span)))
	}
	return sb.String()
}

func abbrev(s string) string {
	if len(s) <= 60 {
		return s
	}
	i := 40
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	j := len(s) - 15
	for j < len(s) && s[j]&0xC0 == 0x80 {
		j++
	}
	return s[:i] + " … " + s[j:]
}
