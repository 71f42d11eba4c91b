package html

import (
	"strings"

	"golang.org/x/net/html"
)

// A scan is what one tokenizer pass learns about a page before it is
// parsed: the text stream, how deep its elements nest, how many there
// are, whether it is a whole page or a fragment, and the metadata its
// tags declare.
type scan struct {
	stream   *textStream
	depth    int  // estimated deepest element nesting
	elements int  // start tags
	page     bool // has an html, head or body tag
	tags     tagMeta
}

// tagMeta is the page metadata found in tags, for when readability finds
// none.
type tagMeta struct {
	lang      string
	title     string
	canonical string
	time      string            // datetime of the first <time>
	meta      map[string]string // first content of each <meta> by name, property or itemprop
	jsonLD    []string          // application/ld+json scripts
}

// maxJSONLD bounds the JSON-LD text kept, so that a page of megabytes of
// scripts costs no more than it must.
const maxJSONLD = 1 << 20

// scanPage tokenizes src once.
func scanPage(src []byte) *scan {
	s := &scan{tags: tagMeta{meta: map[string]string{}}, stream: &textStream{text: make([]byte, 0, len(src)/2)}}
	var d depthEstimate
	jsonLD, inTitle := false, false
	jsonLDLen := 0
	tokenize(src, s.stream, func(t *token) {
		switch t.typ {
		case html.StartTagToken, html.SelfClosingTagToken:
			s.elements++
			d.start(t.name, t.typ == html.SelfClosingTagToken)
			switch t.name {
			case "html", "head", "body":
				s.page = true
			}
			jsonLD = false
			s.tags.startTag(t, &jsonLD)
			inTitle = t.name == "title" && s.tags.title == ""
		case html.EndTagToken:
			d.end(t.name)
		case html.TextToken:
			switch {
			case !t.raw:
			case inTitle && t.name == "title":
				s.tags.title = collapse(string(t.z.Text()))
			case jsonLD && t.name == "script":
				if j := t.z.Text(); jsonLDLen+len(j) <= maxJSONLD {
					jsonLDLen += len(j)
					s.tags.jsonLD = append(s.tags.jsonLD, string(j))
				}
			}
		}
	})
	s.depth = d.max
	return s
}

// startTag records the metadata a start tag carries. jsonLD is set when
// the tag opens a JSON-LD script.
func (m *tagMeta) startTag(t *token, jsonLD *bool) {
	switch t.name {
	case "html", "meta", "link", "time", "script":
	default:
		return
	}
	attrs := map[string]string{}
	for {
		k, v, more := t.z.TagAttr()
		attrs[string(k)] = string(v)
		if !more {
			break
		}
	}
	switch t.name {
	case "html":
		m.lang = strings.TrimSpace(attrs["lang"])
	case "meta":
		content := strings.TrimSpace(attrs["content"])
		if content == "" {
			return
		}
		for _, key := range []string{attrs["name"], attrs["property"], attrs["itemprop"], attrs["http-equiv"]} {
			for _, k := range strings.Fields(strings.ToLower(key)) {
				if _, ok := m.meta[k]; !ok {
					m.meta[k] = content
				}
			}
		}
	case "link":
		for _, rel := range strings.Fields(strings.ToLower(attrs["rel"])) {
			if rel == "canonical" && m.canonical == "" {
				m.canonical = strings.TrimSpace(attrs["href"])
			}
		}
	case "time":
		if m.time == "" {
			m.time = strings.TrimSpace(attrs["datetime"])
		}
	case "script":
		*jsonLD = strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json")
	}
}

// depthEstimate follows how deep the parser will nest elements without
// parsing: start tags of non-void elements open, end tags close back to
// their element, and the commonest implied end tags (a <p> ended by a
// block, an <li> by the next <li> …) are applied, so that ordinary pages
// with unclosed paragraphs and list items do not look deep.
type depthEstimate struct {
	stack []string
	open  map[string]int
	max   int
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "keygen": true, "link": true, "meta": true,
	"param": true, "source": true, "track": true, "wbr": true, "image": true,
}

// closesP are the start tags that end an open <p>.
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "center": true,
	"details": true, "dialog": true, "dir": true, "div": true, "dl": true, "dd": true,
	"dt": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hgroup": true, "hr": true, "li": true, "main": true, "menu": true,
	"nav": true, "ol": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "ul": true, "listing": true, "plaintext": true, "xmp": true,
}

func (d *depthEstimate) start(name string, selfClosing bool) {
	if voidElements[name] {
		return
	}
	if d.open == nil {
		d.open = map[string]int{}
	}
	if selfClosing && d.open["svg"]+d.open["math"] > 0 {
		return // foreign elements may close themselves
	}
	if closesP[name] && d.open["p"] > 0 {
		// A block start tag closes an open <p> and every unclosed
		// inline element in it ("<p><font>text<p>…"): the parser's
		// list of formatting elements reopens at most three alike, so
		// they do not pile up.
		for d.pop() != "p" {
		}
	}
	for len(d.stack) > 0 && impliedEnd(d.stack[len(d.stack)-1], name) {
		d.pop()
	}
	d.stack = append(d.stack, name)
	d.open[name]++
	d.max = max(d.max, len(d.stack))
}

func (d *depthEstimate) end(name string) {
	if d.open[name] == 0 {
		return
	}
	for len(d.stack) > 0 {
		if d.pop() == name {
			return
		}
	}
}

func (d *depthEstimate) pop() string {
	top := d.stack[len(d.stack)-1]
	d.stack = d.stack[:len(d.stack)-1]
	d.open[top]--
	return top
}

// impliedEnd reports whether a start tag name ends the open element top.
func impliedEnd(top, name string) bool {
	switch top {
	case "p":
		return closesP[name]
	case "li":
		return name == "li"
	case "dt", "dd":
		return name == "dt" || name == "dd"
	case "option":
		return name == "option" || name == "optgroup"
	case "td", "th":
		return name == "td" || name == "th" || name == "tr"
	case "tr":
		return name == "tr"
	case "a":
		return name == "a"
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return isHeading(name)
	}
	return false
}

func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && '1' <= name[1] && name[1] <= '6'
}

// collapse trims s and turns each run of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
