package html

import (
	"encoding/json"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// metadata takes what readability found (a may be nil) and fills the
// gaps from the page's tags: <title>, <meta> (Open Graph, Dublin Core,
// article:*), JSON-LD, <link rel=canonical>, <html lang> and the first
// <time datetime>.
func metadata(a *readability.Article, t *tagMeta) doc.Metadata {
	var m doc.Metadata
	if a != nil {
		m.Title = collapse(a.Title())
		m.Author = cleanByline(a.Byline())
		if pt, err := a.PublishedTime(); err == nil {
			m.Date = pt.Format(time.RFC3339)
		}
		m.SiteName = collapse(a.SiteName())
		m.Language = collapse(a.Language())
	}
	ld := parseJSONLD(t.jsonLD)
	mt := t.meta
	if m.Title == "" {
		m.Title = first(ld.title, mt["og:title"], mt["twitter:title"], mt["dc.title"], mt["dcterms.title"], t.title)
	}
	if m.Author == "" {
		m.Author = cleanByline(first(ld.author, mt["author"], mt["dc.creator"], mt["dcterms.creator"],
			mt["parsely-author"], notURL(mt["article:author"])))
	}
	if m.Date == "" {
		m.Date = first(ld.date, mt["article:published_time"], mt["datepublished"], mt["dc.date"],
			mt["dcterms.created"], mt["date"], mt["pubdate"], t.time)
	}
	if m.SiteName == "" {
		m.SiteName = first(mt["og:site_name"], ld.site, mt["application-name"])
	}
	if m.Language == "" {
		m.Language = first(t.lang, mt["content-language"])
	}
	m.URL = first(t.canonical, mt["og:url"])
	m.Description = first(mt["description"], mt["og:description"], mt["twitter:description"], ld.description)
	return m
}

// first returns the first of vals that is not blank, white space collapsed.
func first(vals ...string) string {
	for _, v := range vals {
		if v = collapse(v); v != "" {
			return v
		}
	}
	return ""
}

func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// cleanByline turns a byline into an author: white space collapsed, a
// leading "By" (or "Written by") and separators at either end removed.
// A byline block often runs on past the name, and the user reads the
// author as the voice of the article's "I": so only the first line of
// a byline of several is kept, the name ends before "Edited by" or
// "Updated", a link in parentheses is dropped, and the name ends where
// a date or a count begins ("Nathan Willis March 25, 2015", "Lucas
// Nolan22 Dec 2016"). A byline that is only a date ("April 28, 2019 at
// 6:01 am") names no author.
func cleanByline(s string) string {
	const seps = " |-–—,·•:/"
	lines := strings.Split(s, "\n")
	s = ""
	for i, l := range lines {
		if l = strings.Trim(collapse(l), seps); l != "" && !strings.EqualFold(l, "by") {
			s = l
			if i > 0 && strings.EqualFold(strings.Trim(collapse(lines[i-1]), seps), "by") {
				s = "By " + l
			}
			break
		}
	}
	for _, p := range []string{"written by", "by"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) && (s[len(p)] == ' ' || s[len(p)] == ':') {
			s = strings.Trim(s[len(p)+1:], seps)
			break
		}
	}
	for _, tail := range []string{" Edited by ", " Updated "} {
		if i := strings.Index(s, tail); i > 0 {
			s = strings.Trim(s[:i], seps)
		}
	}
	if i := strings.Index(s, " ("); i > 0 && strings.Contains(s[i:], "://") {
		s = strings.Trim(s[:i], seps)
	}
	if i := strings.IndexAny(s, "0123456789"); i >= 0 {
		s = strings.Trim(s[:i], seps)
		for {
			j := strings.LastIndexByte(s, ' ') + 1
			if !monthWord(s[j:]) {
				break
			}
			s = strings.Trim(s[:j], seps)
		}
	}
	return s
}

// monthWord reports whether w names a month, in full or cut to three
// letters ("Dec", "Sept."): the word that opens a date after a name.
func monthWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if len(w) < 3 {
		return false
	}
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if w == m || w == m[:3] || w == "sept" {
			return true
		}
	}
	return false
}

// findSpans sets the spans of the title and the author where the text
// repeats them in a block of its own near its start, and marks those
// blocks as the title and the byline.
func findSpans(m *doc.Metadata, d *doc.Document) {
	for i := range d.Paragraphs[:min(len(d.Paragraphs), 10)] {
		p := &d.Paragraphs[i]
		text := d.Slice(p.Span)
		switch {
		case m.TitleSpan.Len() == 0 && m.Title != "" && p.Kind == doc.BlockHeading && collapse(text) == m.Title:
			m.TitleSpan, p.Kind = p.Span, doc.BlockTitle
		case m.AuthorSpan.Len() == 0 && m.Author != "" && len(text) < 2*len(m.Author)+16 && cleanByline(text) == m.Author:
			if k := strings.Index(text, m.Author); k >= 0 {
				m.AuthorSpan = doc.Span{Start: p.Start + k, End: p.Start + k + len(m.Author)}
				p.Kind = doc.BlockByline
			}
		}
	}
}

// ldMeta is what a JSON-LD article object says about itself.
type ldMeta struct {
	title, author, date, site, description string
}

// parseJSONLD reads the first schema.org article object of the page's
// JSON-LD scripts.
func parseJSONLD(scripts []string) ldMeta {
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		s = strings.TrimSuffix(strings.TrimPrefix(s, "<![CDATA["), "]]>")
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			continue
		}
		for _, o := range ldObjects(v) {
			if !isArticleType(o["@type"]) {
				continue
			}
			m := ldMeta{
				title:       str(o["headline"]),
				author:      ldNames(o["author"]),
				date:        str(o["datePublished"]),
				site:        ldNames(o["publisher"]),
				description: str(o["description"]),
			}
			if m.title == "" {
				m.title = str(o["name"])
			}
			return m
		}
	}
	return ldMeta{}
}

// ldObjects returns the objects of a JSON-LD value: itself, the items of
// a top-level array, and the items of an @graph.
func ldObjects(v any) []map[string]any {
	var out []map[string]any
	var items []any
	switch v := v.(type) {
	case []any:
		items = v
	case map[string]any:
		items = []any{v}
		if g, ok := v["@graph"].([]any); ok {
			items = append(items, g...)
		}
	}
	for _, it := range items {
		if o, ok := it.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.Contains(t, "Article") || strings.Contains(t, "Posting") || t == "Report"
	case []any:
		for _, x := range t {
			if x, ok := x.(string); ok && isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// ldNames returns the names of a JSON-LD person or organisation, or of a
// list of them, joined with commas.
func ldNames(v any) string {
	list, ok := v.([]any)
	if !ok {
		return ldName(v)
	}
	var names []string
	for _, x := range list {
		if n := collapse(ldName(x)); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

func ldName(v any) string {
	if o, ok := v.(map[string]any); ok {
		return str(o["name"])
	}
	return str(v)
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
