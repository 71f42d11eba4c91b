package markdown

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A loader walks one goldmark syntax tree into a doc.Builder.
type loader struct {
	src   []byte // the parsed source: the input with front matter blanked
	b     *doc.Builder
	meta  doc.Metadata
	diags []doc.Diagnostic

	frames []frame // one per node entered and not yet left
	nOpen  int     // elements open in b
	quote  int     // block quotation depth
	lists  int     // list nesting depth
	inNote int     // footnote definition depth

	headings   []int // elements of headings outside quotations, lists and notes
	htmlBlocks int   // HTML blocks dropped
	htmlAt     int   // where the first was
	tooDeep    bool  // an element was not opened for lack of depth
}

// A frame is what entering a node left to be undone when leaving it.
type frame struct {
	elem  int       // element opened for the node, or -1
	block bool      // the node is a paragraph of its own: end it
	html  []openTag // inline HTML elements opened among the node's children
}

// An openTag is an inline HTML element waiting for its closing tag.
type openTag struct {
	name string
	elem int
}

// walk visits the tree depth first without recursion, since goldmark
// trees may nest as deep as their input is long.
func (l *loader) walk(root ast.Node) {
	n := root
	for {
		if l.enter(n) {
			if c := n.FirstChild(); c != nil {
				n = c
				continue
			}
		}
		for {
			l.leave(n)
			if n == root {
				return
			}
			if s := n.NextSibling(); s != nil {
				n = s
				break
			}
			n = n.Parent()
		}
	}
}

// enter writes what node n stands for before its children and reports
// whether its children should be visited.
func (l *loader) enter(n ast.Node) bool {
	f := frame{elem: -1}
	descend := true
	switch n := n.(type) {
	case *ast.Heading:
		l.startBlock(&f, doc.BlockHeading)
		f.elem = l.open(doc.ElemHeading, n.Level)
		if f.elem >= 0 && l.quote == 0 && l.lists == 0 && l.inNote == 0 {
			l.headings = append(l.headings, f.elem)
		}
	case *ast.Paragraph, *ast.TextBlock:
		l.startBlock(&f, l.proseKind(n))
	case *ast.Blockquote:
		l.b.EndBlock()
		f.elem = l.open(doc.ElemBlockQuote, 0)
		l.quote++
	case *ast.List:
		l.b.EndBlock()
		l.lists++
		f.elem = l.open(doc.ElemList, l.lists)
	case *ast.ListItem:
		l.b.EndBlock()
		f.elem = l.open(doc.ElemListItem, l.lists)
	case *ast.FencedCodeBlock:
		l.startBlock(&f, doc.BlockCode)
		var attrs []doc.Attr
		if lang := n.Language(l.src); len(lang) > 0 {
			attrs = append(attrs, doc.Attr{Key: "class", Val: "language-" + unescape(lang)})
		}
		f.elem = l.open(doc.ElemCode, 0, attrs...)
		l.lines(n.Lines())
	case *ast.CodeBlock:
		l.startBlock(&f, doc.BlockCode)
		f.elem = l.open(doc.ElemCode, 0)
		l.lines(n.Lines())
	case *ast.HTMLBlock:
		if l.htmlBlocks == 0 {
			l.htmlAt = l.b.Len()
		}
		l.htmlBlocks++
		descend = false
	case *extast.Table:
		l.b.EndBlock()
		f.elem = l.open(doc.ElemTable, 0)
	case *extast.TableCell:
		l.startBlock(&f, doc.BlockTableCell)
	case *extast.FootnoteList:
		l.b.EndBlock()
		f.elem = l.open(doc.ElemFootnotes, 0)
	case *extast.Footnote:
		l.b.EndBlock()
		label := string(n.Ref)
		f.elem = l.open(doc.ElemFootnote, 0, doc.Attr{Key: "label", Val: label}, doc.Attr{Key: "id", Val: "fn:" + label})
		l.inNote++

	case *ast.Text:
		l.text(n)
	case *ast.CodeSpan:
		f.elem = l.open(doc.ElemInlineCode, 0)
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				l.text(t)
			}
		}
		descend = false
	case *ast.Emphasis:
		kind := doc.ElemEmphasis
		if n.Level >= 2 {
			kind = doc.ElemStrong
		}
		f.elem = l.open(kind, 0)
	case *ast.Link:
		attrs := []doc.Attr{{Key: "href", Val: unescape(n.Destination)}}
		if len(n.Title) > 0 {
			attrs = append(attrs, doc.Attr{Key: "title", Val: unescape(n.Title)})
		}
		f.elem = l.open(doc.ElemLink, 0, attrs...)
	case *ast.AutoLink:
		href := string(n.URL(l.src))
		if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(href), "mailto:") {
			href = "mailto:" + href
		}
		f.elem = l.open(doc.ElemLink, 0, doc.Attr{Key: "href", Val: href})
		l.autoLinkLabel(n)
	case *noteRef:
		f.elem = l.open(doc.ElemFootnoteRef, 0, doc.Attr{Key: "label", Val: n.label}, doc.Attr{Key: "href", Val: "#fn:" + n.label})
		l.verbatim(n.seg.Start, n.seg.Stop)
	case *ast.RawHTML:
		l.rawHTML(n, &l.frames[len(l.frames)-1])
	case *ast.Image:
		descend = false
	}
	l.frames = append(l.frames, f)
	return descend
}

// leave undoes what enter did for n, after its children.
func (l *loader) leave(n ast.Node) {
	f := l.frames[len(l.frames)-1]
	l.frames = l.frames[:len(l.frames)-1]
	switch n.(type) {
	case *ast.Blockquote:
		l.quote--
	case *ast.List:
		l.lists--
	case *extast.Footnote:
		l.inNote--
	}
	if len(f.html) > 0 {
		l.closeTags(&f, 0)
	}
	if f.elem >= 0 {
		l.b.Close(f.elem)
		l.nOpen--
	}
	if f.block {
		l.b.EndBlock()
	}
}

// startBlock starts a paragraph of the given kind at the current
// quotation depth, to be ended when the node of frame f is left.
func (l *loader) startBlock(f *frame, kind doc.BlockKind) {
	l.b.StartBlock(kind, l.quote)
	f.block = true
}

// proseKind is the kind of a paragraph of running text: one in a
// footnote is a footnote paragraph wherever it sits; otherwise the
// innermost of list item and block quotation decides.
func (l *loader) proseKind(n ast.Node) doc.BlockKind {
	switch {
	case l.inNote > 0:
		return doc.BlockFootnote
	case n.Parent() != nil && n.Parent().Kind() == ast.KindListItem:
		return doc.BlockListItem
	case l.quote > 0:
		return doc.BlockQuote
	}
	return doc.BlockParagraph
}

// open opens an element unless maxNesting are open already, in which case
// it returns -1 and notes the fact once.
func (l *loader) open(kind doc.ElementKind, level int, attrs ...doc.Attr) int {
	if l.nOpen >= maxNesting {
		if !l.tooDeep {
			l.tooDeep = true
			at := l.b.Len()
			l.diags = append(l.diags, doc.Diagnostic{Span: doc.Span{Start: at, End: at}, Code: doc.CodeTooDeep,
				Message: fmt.Sprintf("markup nested more than %d deep: deeper elements dropped, their text kept", maxNesting)})
		}
		return -1
	}
	l.nOpen++
	return l.b.Open(kind, level, attrs)
}

// verbatim writes src[start:stop], which is copied to Text unchanged.
// White space at either end is written separately so that the Builder
// can leave it out at the edges of a paragraph.
func (l *loader) verbatim(start, stop int) {
	s := l.src[start:stop]
	i := len(s) - len(bytes.TrimLeft(s, spaces))
	j := i + len(bytes.TrimRight(s[i:], spaces))
	l.b.Write(string(s[:i]), start)
	l.b.Write(string(s[i:j]), start+i)
	l.b.Write(string(s[j:]), start+j)
}

// spaces is the white space the Builder trims.
const spaces = " \t\n\r\f"

// padding writes the spaces goldmark adds before a segment for a tab it
// split; they stand for no source byte of their own.
func (l *loader) padding(seg text.Segment) {
	if seg.Padding > 0 {
		l.b.WriteSynthetic(strings.Repeat(" ", seg.Padding))
	}
}

// lines writes the lines of a code block as they are.
func (l *loader) lines(segs *text.Segments) {
	for i := range segs.Len() {
		seg := segs.At(i)
		l.padding(seg)
		l.verbatim(seg.Start, seg.Stop)
	}
}

// text writes a text node: verbatim if raw (code), else with escapes and
// references decoded; then the line break that ends it, if any.
func (l *loader) text(t *ast.Text) {
	seg := t.Segment
	l.padding(seg)
	if t.IsRaw() {
		l.verbatim(seg.Start, seg.Stop)
	} else {
		last := seg.Start
		for i := seg.Start; i < seg.Stop; i++ {
			if r, n := decode(l.src[i:seg.Stop]); n > 0 {
				l.verbatim(last, i)
				l.b.WriteMapped(r, i, n)
				i += n - 1
				last = i + 1
			}
		}
		l.verbatim(last, seg.Stop)
	}
	if t.SoftLineBreak() || t.HardLineBreak() {
		l.lineBreak(seg.Stop)
	}
}

// lineBreak writes "\n" for the line ending at or after offset at,
// mapped to it and to any spaces or backslash that marked a hard break.
func (l *loader) lineBreak(at int) {
	end := at
	for end < len(l.src) && strings.IndexByte(" \t\r\\", l.src[end]) >= 0 {
		end++
	}
	if end < len(l.src) && l.src[end] == '\n' {
		end++
	}
	if end == at+1 && l.src[at] == '\n' {
		l.b.Write("\n", at)
	} else {
		l.b.WriteMapped("\n", at, end-at)
	}
}

// autoLinkLabel writes the text of an autolink, "<…>" or a bare URL or
// address, found at its position (after the "<" or the character that
// set off the bare URL).
func (l *loader) autoLinkLabel(n *ast.AutoLink) {
	label := n.Label(l.src)
	for _, start := range []int{n.Pos(), n.Pos() + 1} {
		if start >= 0 && bytes.HasPrefix(l.src[start:], label) {
			l.verbatim(start, start+len(label))
			return
		}
	}
	l.b.WriteMapped(string(label), max(n.Pos(), 0), 0)
}

// htmlKinds are the inline HTML elements kept.
var htmlKinds = map[string]doc.ElementKind{
	"q": doc.ElemQ, "cite": doc.ElemCite, "sup": doc.ElemSup, "sub": doc.ElemSub,
	"abbr": doc.ElemAbbr, "time": doc.ElemTime,
}

// rawHTML handles an inline HTML tag among the children of the node whose
// frame is parent: <br> is a line break; an opening tag of htmlKinds
// opens an element, closed by the first matching closing tag among the
// same children or else when the parent ends; anything else is dropped.
func (l *loader) rawHTML(n *ast.RawHTML, parent *frame) {
	start, stop := n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop
	t := parseTag(l.src[start:stop])
	kind, kept := htmlKinds[t.name]
	switch {
	case t.name == "br":
		l.b.WriteMapped("\n", start, stop-start)
	case !kept || t.selfClosing:
	case t.closing:
		for k := len(parent.html) - 1; k >= 0; k-- {
			if parent.html[k].name == t.name {
				l.closeTags(parent, k)
				break
			}
		}
	default:
		if e := l.open(kind, 0, t.attrs...); e >= 0 {
			parent.html = append(parent.html, openTag{t.name, e})
		}
	}
}

// closeTags closes the inline HTML elements f.html[k:].
func (l *loader) closeTags(f *frame, k int) {
	l.b.Close(f.html[k].elem)
	l.nOpen -= len(f.html) - k
	f.html = f.html[:k]
}
