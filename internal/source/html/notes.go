package html

import (
	"strings"

	"golang.org/x/net/html"
)

// Footnotes are recognised by the markup that common publishing tools
// write for them:
//
//	Wikipedia        sup.reference > a[href*="#cite_note-"]; ol.references > li#cite_note-…
//	Pandoc           a.footnote-ref; section.footnotes (role doc-endnotes)
//	goldmark         sup > a[href^="#fn:"]; div.footnotes > ol > li#fn:…
//	cmark-gfm        sup.footnote-ref > a, a[data-footnote-ref]; section.footnotes[data-footnotes]
//	DPUB-ARIA        role doc-noteref, doc-endnotes, doc-footnote, doc-endnote
//	EPUB             epub:type noteref, footnotes, endnotes, footnote, endnote
//	HTMLBook         data-type noteref, footnotes, footnote (O'Reilly)
//	Substack         a.footnote-anchor; div.footnote
//	WordPress        ol.wp-block-footnotes > li
//
// and a link to the id of any note found so is a reference too.

// isNoteList reports whether an element holds a list of notes or references.
func isNoteList(tag string, a []html.Attribute) bool {
	switch {
	case hasToken(attr(a, "role"), "doc-endnotes"),
		attr(a, "data-type") == "footnotes",
		hasAnyToken(attr(a, "epub:type"), "footnotes", "endnotes", "rearnotes"),
		hasAttr(a, "data-footnotes"):
		return true
	}
	class := attr(a, "class")
	switch {
	case hasToken(class, "footnotes"):
		return true
	case tag == "ol":
		return hasAnyToken(class, "references", "wp-block-footnotes")
	}
	return false
}

// isNote reports whether an element is one note or reference entry.
// inList says whether it lies in a list of notes, where every list item
// is one.
func isNote(tag string, a []html.Attribute, inList bool) bool {
	switch {
	case hasAnyToken(attr(a, "role"), "doc-footnote", "doc-endnote"),
		attr(a, "data-type") == "footnote",
		hasAnyToken(attr(a, "epub:type"), "footnote", "endnote", "rearnote"):
		return true
	}
	switch tag {
	case "li":
		return inList || strings.HasPrefix(attr(a, "id"), "cite_note-")
	case "div", "aside":
		return hasToken(attr(a, "class"), "footnote")
	}
	return false
}

// isNoteRef reports whether an element is a marker pointing at a note.
// parentTag and parentRef describe its parent: parentRef is set for a
// <sup> whose class marks it as a reference (Wikipedia, cmark-gfm).
// Besides the conventions above, a link to the id of one of the page's
// notes is a reference (WordPress marks its references no other way).
func isNoteRef(tag string, a []html.Attribute, parentTag string, parentRef bool, notes map[string]bool) bool {
	switch {
	case hasToken(attr(a, "role"), "doc-noteref"),
		attr(a, "data-type") == "noteref",
		hasToken(attr(a, "epub:type"), "noteref"):
		return true
	}
	if tag != "a" {
		return false
	}
	class := attr(a, "class")
	if hasToken(attr(a, "role"), "doc-backlink") || hasAttr(a, "data-footnote-backref") {
		return false
	}
	if hasAttr(a, "data-footnote-ref") || hasAnyToken(class, "footnote-ref", "footnote-anchor") {
		return true
	}
	href := attr(a, "href")
	i := strings.IndexByte(href, '#')
	if i < 0 {
		return false
	}
	frag := href[i+1:]
	switch {
	case notes[frag]:
		return true
	case strings.HasPrefix(frag, "cite_note"):
		return true
	case parentTag != "sup" || strings.HasPrefix(frag, "fnref"):
		return false
	}
	return parentRef || strings.HasPrefix(frag, "fn")
}

// noteIDs returns the ids of the notes in the tree under root.
func noteIDs(root *html.Node) map[string]bool {
	ids := map[string]bool{}
	var inList []bool // for each open element: whether its children lie in a list of notes
	traverse(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		list := len(inList) > 0 && inList[len(inList)-1]
		note := isNote(n.Data, n.Attr, list)
		if id := attr(n.Attr, "id"); note && id != "" {
			ids[id] = true
		}
		inList = append(inList, !note && (list || isNoteList(n.Data, n.Attr)))
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode {
			inList = inList[:len(inList)-1]
		}
	})
	return ids
}

// isRefSup reports whether a <sup> is marked as holding a reference.
func isRefSup(a []html.Attribute) bool {
	return hasAnyToken(attr(a, "class"), "reference", "footnote-ref")
}

// maxLabel bounds the text read for a note reference's label.
const maxLabel = 32

// refLabel returns the text of a note reference without the brackets
// around it: "1" for "[1]".
func refLabel(n *html.Node) string {
	var sb strings.Builder
	c := n.FirstChild
	for visits := 0; c != nil && sb.Len() <= maxLabel && visits < 8*maxLabel; visits++ {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			break
		}
		c = c.NextSibling
	}
	s := collapse(sb.String())
	if len(s) > maxLabel {
		return ""
	}
	return strings.Trim(s, "[]() ")
}

func attr(a []html.Attribute, key string) string {
	for _, x := range a {
		if x.Key == key && x.Namespace == "" {
			return x.Val
		}
	}
	return ""
}

func hasAttr(a []html.Attribute, key string) bool {
	for _, x := range a {
		if x.Key == key && x.Namespace == "" {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list s holds tok.
func hasToken(s, tok string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && isWhite(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isWhite(s[j]) {
			j++
		}
		if j > i && s[i:j] == tok {
			return true
		}
		i = j
	}
	return false
}

func hasAnyToken(s string, toks ...string) bool {
	for _, t := range toks {
		if hasToken(s, t) {
			return true
		}
	}
	return false
}
