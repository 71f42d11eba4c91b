package html

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// serialPrefix starts the attribute that numbers each element of the
// parsed page. Readability clones the DOM on every pass, so node pointers
// do not survive it, but attributes do. The number is in the attribute's
// name, not its value, because readability copies a wrapper's attributes
// onto the child that replaces it: the child then carries both numbers,
// and its own is the larger, as elements are numbered in document order.
const serialPrefix = "data-hearsay-"

// original is what numbering the parsed page recorded, by element number.
type original struct {
	nodes  []*html.Node // the elements, in document order
	anchor []int        // stream offset where each element's text begins
	last   []int        // number of the last element inside each one
	depth  int          // deepest element nesting
}

// number numbers every element under root, finds each text node in the
// stream with w, and notes where each element's text begins.
func number(root *html.Node, w *writer) *original {
	o := &original{}
	var open []int // numbers of the open elements
	raw := 0       // open elements whose text is not in the stream
	traverse(root, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			n.Attr = stripSerials(n.Attr)
			s := len(o.nodes)
			n.Attr = append(n.Attr, html.Attribute{Key: serialPrefix + strconv.Itoa(s)})
			o.nodes = append(o.nodes, n)
			o.anchor = append(o.anchor, w.cursor)
			o.last = append(o.last, s)
			open = append(open, s)
			o.depth = max(o.depth, len(open))
			if rawTextTags[n.Data] {
				raw++
			}
		case html.TextNode:
			if raw == 0 {
				w.locate(n.Data)
			}
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode {
			s := open[len(open)-1]
			open = open[:len(open)-1]
			o.last[s] = len(o.nodes) - 1
			if rawTextTags[n.Data] {
				raw--
			}
		}
	})
	return o
}

// traverse visits the tree under root in document order without
// recursion: enter is called on each node, and the node's children are
// visited if it returns true; then exit, if not nil, is called on it.
func traverse(root *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	n := root
	for n != nil {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil {
			if exit != nil {
				exit(n)
			}
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// stripSerials removes attributes that look like numbering from the page
// itself, so that the page cannot steer the mapping.
func stripSerials(a []html.Attribute) []html.Attribute {
	out := a[:0]
	for _, x := range a {
		if !strings.HasPrefix(x.Key, serialPrefix) {
			out = append(out, x)
		}
	}
	return out
}

// serial returns the number of an element, or -1.
func (o *original) serial(n *html.Node) int {
	s := -1
	for _, a := range n.Attr {
		if strings.HasPrefix(a.Key, serialPrefix) {
			if v, err := strconv.Atoi(a.Key[len(serialPrefix):]); err == nil && v > s && v < len(o.nodes) {
				s = v
			}
		}
	}
	return s
}

// skipTags are elements whose content a reader does not see as text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "head": true, "title": true, "textarea": true, "select": true,
	"button": true, "object": true, "embed": true, "canvas": true, "audio": true,
	"video": true, "xmp": true, "noembed": true, "noframes": true, "plaintext": true,
	"annotation": true, "annotation-xml": true,
}

// blockTags are the elements that start a block of their own.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"caption": true, "center": true, "dd": true, "details": true, "dialog": true,
	"dir": true, "div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
	"html": true, "legend": true, "li": true, "listing": true, "main": true, "menu": true,
	"nav": true, "ol": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "tbody": true, "td": true, "tfoot": true, "th": true, "thead": true,
	"tr": true, "ul": true,
}

// inlineElems are the inline elements kept as structure.
var inlineElems = map[string]doc.ElementKind{
	"q": doc.ElemQ, "cite": doc.ElemCite, "sup": doc.ElemSup, "sub": doc.ElemSub,
	"em": doc.ElemEmphasis, "i": doc.ElemEmphasis, "strong": doc.ElemStrong,
	"b": doc.ElemStrong, "abbr": doc.ElemAbbr, "time": doc.ElemTime,
}

// A walker walks a DOM in document order, without recursion, and emits
// its text and structure through a writer.
type walker struct {
	w      *writer
	orig   *original
	seen   []bool // elements of the original page that were walked
	frames []frame
	// whole is set by element when the children to walk are those of
	// this node of the original page rather than the entered node's.
	whole *html.Node
	notes map[string]bool // ids of the page's notes
}

// A frame is the state of one open element.
type frame struct {
	elem   int  // index of the doc.Element opened for it, or -1
	block  bool // it started a block; the enclosing one resumes after it
	skip   bool // its content is not walked
	pre    bool
	tag    string
	kind   doc.BlockKind // kind of the blocks directly inside
	quote  int           // block quotation depth
	list   int           // list nesting
	notes  bool          // inside a list of notes
	note   bool          // inside a note
	ref    bool          // inside a note reference
	refSup bool          // a <sup> marked as holding a reference
	figure bool          // inside a figure
}

var baseFrame = frame{elem: -1, kind: doc.BlockParagraph}

func newWalker(w *writer, o *original) *walker {
	k := &walker{w: w, orig: o, seen: make([]bool, len(o.nodes))}
	if len(o.nodes) > 0 {
		k.notes = noteIDs(o.nodes[0])
	}
	return k
}

func (k *walker) top() *frame {
	if len(k.frames) == 0 {
		return &baseFrame
	}
	return &k.frames[len(k.frames)-1]
}

// walk emits root and everything inside it.
func (k *walker) walk(root *html.Node) {
	traverse(root, func(n *html.Node) bool {
		descend := k.enter(n)
		if o := k.whole; o != nil {
			k.whole = nil
			for c := o.FirstChild; c != nil; c = c.NextSibling {
				k.walk(c) // nodes of the original page: no deeper than this
			}
			return false
		}
		return descend
	}, func(n *html.Node) {
		if n.Type == html.ElementNode {
			k.exit()
		}
	})
}

// enter emits the start of n and reports whether to walk its children.
func (k *walker) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		if n.Data != "" {
			k.w.text(n.Data, k.w.locate(n.Data))
		}
		return false
	case html.ElementNode:
		return k.element(n)
	}
	return false
}

// element opens the element n: it may start a block, open a doc.Element
// or be skipped.
func (k *walker) element(n *html.Node) bool {
	parent := k.top()
	tag, otag, attrs := n.Data, n.Data, n.Attr
	var o *html.Node
	if s := k.orig.serial(n); s >= 0 {
		// Readability turns <h1> into <h2> for its own display; the
		// level is restored, and the attributes are the page's own,
		// whatever readability stripped.
		o = k.orig.nodes[s]
		otag, attrs = o.Data, o.Attr
		if otag == "h1" && tag == "h2" {
			tag = otag
		}
		k.seen[s] = true
		k.w.cursor = k.orig.anchor[s]
	}
	if tag == quoteFooter {
		tag = "footer"
	}
	f := *parent
	f.elem, f.block, f.pre, f.tag, f.refSup = -1, false, false, tag, false
	if skipTags[tag] || !visible(attrs) || backlink(n, attrs) {
		f.skip = true
		k.frames = append(k.frames, f)
		return false
	}
	var kind doc.ElementKind
	level := 0
	f.block = blockTags[tag]
	switch tag {
	case "br":
		k.w.lineBreak(parent.kind, parent.quote)
		f.skip = true
		k.frames = append(k.frames, f)
		return false
	case "h1", "h2", "h3", "h4", "h5", "h6":
		kind, level, f.kind = doc.ElemHeading, int(tag[1]-'0'), doc.BlockHeading
	case "p":
		kind = doc.ElemParagraph
	case "ul", "ol", "menu", "dir", "dl":
		f.list++
		kind, level = doc.ElemList, f.list
	case "li", "dt", "dd":
		kind, f.kind = doc.ElemListItem, doc.BlockListItem
	case "blockquote":
		f.quote++
		kind, f.kind = doc.ElemBlockQuote, doc.BlockQuote
	case "pre", "listing":
		kind, f.kind, f.pre = doc.ElemCode, doc.BlockCode, true
	case "table":
		kind = doc.ElemTable
	case "td", "th":
		f.kind = doc.BlockTableCell
	case "figure":
		kind, f.figure = doc.ElemFigure, true
	case "figcaption", "caption":
		kind, f.kind = doc.ElemCaption, doc.BlockCaption
	case "footer":
		if parent.quote > 0 || parent.figure {
			kind = doc.ElemFooter
		}
	case "a":
		if hasAttr(attrs, "href") {
			kind = doc.ElemLink
		}
	case "code":
		if k.w.pre == 0 {
			kind = doc.ElemInlineCode
		}
	case "sup":
		kind, f.refSup = doc.ElemSup, isRefSup(attrs)
	default:
		kind = inlineElems[tag]
	}
	label := ""
	switch {
	case parent.note:
	case isNoteList(otag, attrs):
		kind, f.notes, f.block = doc.ElemFootnotes, true, true
		if o != nil && o != n {
			// Readability prunes notes it takes for clutter (an id with
			// "comment" in it, say); a list of notes is taken whole.
			k.whole = o
		}
	case isNote(otag, attrs, parent.notes):
		kind, f.note, f.block, f.kind = doc.ElemFootnote, true, true, doc.BlockFootnote
	case !parent.ref && isNoteRef(otag, attrs, parent.tag, parent.refSup, k.notes):
		kind, f.ref = doc.ElemFootnoteRef, true
		label = refLabel(n)
	}
	if f.block {
		k.w.startBlock(f.kind, f.quote)
	} else if kind != "" {
		k.w.flush()
	}
	if kind != "" {
		f.elem = k.w.b.Open(kind, level, docAttrs(attrs, label))
	}
	if f.pre {
		k.w.pre++
	}
	k.frames = append(k.frames, f)
	return true
}

// exit closes the innermost open element.
func (k *walker) exit() {
	f := k.frames[len(k.frames)-1]
	k.frames = k.frames[:len(k.frames)-1]
	if f.skip {
		return
	}
	if f.pre {
		k.w.pre--
	}
	if f.elem >= 0 {
		k.w.b.Close(f.elem)
	}
	if f.block {
		p := k.top()
		k.w.startBlock(p.kind, p.quote)
	}
}

// seenIn reports whether any element in the subtree of element s was walked.
func (k *walker) seenIn(s int) bool {
	for i := s; i <= k.orig.last[s]; i++ {
		if k.seen[i] {
			return true
		}
	}
	return false
}

// appendNotes walks, after the article, every list of notes and every
// note of the page under root that the article left out: readability
// often drops them as clutter.
func (k *walker) appendNotes(root *html.Node) {
	traverse(root, func(n *html.Node) bool {
		switch {
		case n.Type != html.ElementNode:
			return false
		case skipTags[n.Data] || !visible(n.Attr):
			return false
		case isNoteList(n.Data, n.Attr) || isNote(n.Data, n.Attr, false):
			if s := k.orig.serial(n); s >= 0 && !k.seenIn(s) {
				k.w.startBlock(doc.BlockParagraph, 0)
				k.walk(n)
			}
			return false
		}
		return true
	}, nil)
}

// visible reports whether an element is shown, by the tests readability
// uses: no display: none or visibility: hidden style, no hidden
// attribute, no aria-hidden="true" (but for fallback images).
func visible(a []html.Attribute) bool {
	if style := attr(a, "style"); style != "" {
		s := strings.ToLower(strings.Join(strings.Fields(style), ""))
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return false
		}
	}
	if hasAttr(a, "hidden") {
		return false
	}
	return attr(a, "aria-hidden") != "true" || hasToken(attr(a, "class"), "fallback-image")
}

// backlink reports whether an element is a note's link back to its
// reference ("↩", Wikipedia's "^ a b"): navigation, not text of the note.
// It is known by its markup, or as a link within the page whose only text
// is an arrow or a caret.
func backlink(n *html.Node, a []html.Attribute) bool {
	if n.Data == "a" && strings.HasPrefix(attr(a, "href"), "#") && n.FirstChild != nil &&
		n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
		switch strings.TrimSpace(n.FirstChild.Data) {
		case "↩", "↩︎", "^", "↑", "⤴":
			return true
		}
	}
	if attr(a, "role") == "doc-backlink" || hasAttr(a, "data-footnote-backref") || attr(a, "rev") == "footnote" {
		return true
	}
	class := attr(a, "class")
	return hasToken(class, "footnote-backref") || hasToken(class, "footnote-back") ||
		hasToken(class, "mw-cite-backlink") || hasToken(class, "reversefootnote")
}

// docAttrs converts the attributes worth keeping, adding a label if one
// is given and the element has none of its own.
func docAttrs(a []html.Attribute, label string) []doc.Attr {
	var out []doc.Attr
	for _, x := range a {
		if x.Namespace == "" && doc.KeptAttr(x.Key) {
			out = append(out, doc.Attr{Key: x.Key, Val: x.Val})
		}
	}
	if label != "" && !hasAttr(a, "label") {
		out = append(out, doc.Attr{Key: "label", Val: label})
	}
	return out
}
