package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Footnotes are parsed with goldmark's definition parser, but references
// and the final placement of the definitions are our own: goldmark's
// reference parser compares every reference with every definition
// (quadratic time), gives a reference node no label or source position,
// and its AST transformer drops definitions that nothing refers to. Here
// definitions are indexed by label, a reference keeps its label and
// source bytes, and every definition is kept, in source order, in one
// list at the end of the document.

// footnoteLabelLimit is goldmark's limit on a footnote label's length
// (the same as CommonMark's for link labels).
const footnoteLabelLimit = 999

// notesKey holds the *notes of one parse in its parser.Context.
var notesKey = parser.NewContextKey()

// notes indexes the footnote definitions of one parse.
type notes struct {
	list    *extast.FootnoteList // goldmark's list; every definition is moved into it
	byLabel map[string]*extast.Footnote
}

func notesOf(pc parser.Context) *notes {
	if v := pc.Get(notesKey); v != nil {
		return v.(*notes)
	}
	n := &notes{byLabel: map[string]*extast.Footnote{}}
	pc.Set(notesKey, n)
	return n
}

// noteDefParser is goldmark's footnote definition parser, recording each
// definition it closes.
type noteDefParser struct {
	parser.BlockParser
}

func (p noteDefParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	p.BlockParser.Close(node, reader, pc)
	fn := node.(*extast.Footnote)
	ns := notesOf(pc)
	ns.list = fn.Parent().(*extast.FootnoteList)
	if _, dup := ns.byLabel[string(fn.Ref)]; !dup {
		ns.byLabel[string(fn.Ref)] = fn // the first definition of a label wins
	}
}

// kindNoteRef is the node kind of noteRef.
var kindNoteRef = ast.NewNodeKind("HearsayFootnoteRef")

// noteRef is a footnote reference "[^label]" whose label is defined.
type noteRef struct {
	ast.BaseInline
	label string
	seg   text.Segment // the source bytes "[^label]"
}

func (n *noteRef) Kind() ast.NodeKind { return kindNoteRef }

func (n *noteRef) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Label": n.label}, nil)
}

// noteRefParser parses footnote references as goldmark's parser does, with
// the same trigger characters and label rules.
type noteRefParser struct{}

// Trigger includes '!' so that "![^x]" is a "!" and a reference, not an image.
func (noteRefParser) Trigger() []byte { return []byte{'!', '['} }

func (noteRefParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	pos := 0
	if len(line) > 0 && line[0] == '!' {
		pos++
	}
	if pos+2 >= len(line) || line[pos] != '[' || line[pos+1] != '^' {
		return nil
	}
	open := pos + 2
	closure := util.FindClosure(line[open:min(len(line), open+footnoteLabelLimit)], '[', ']', false, false) //nolint:staticcheck // goldmark's own footnote parser uses it
	if closure < 0 {
		return nil
	}
	label := string(line[open : open+closure])
	if _, ok := notesOf(pc).byLabel[label]; !ok {
		return nil
	}
	if pos > 0 {
		parent.AppendChild(parent, ast.NewTextSegment(seg.WithStop(seg.Start+pos)))
	}
	end := open + closure + 1
	block.Advance(end)
	return &noteRef{label: label, seg: text.NewSegment(seg.Start+pos, seg.Start+end)}
}

// notesTransformer moves the footnote list, with every definition, to the
// end of the document.
type notesTransformer struct{}

func (notesTransformer) Transform(d *ast.Document, _ text.Reader, pc parser.Context) {
	if ns := notesOf(pc); ns.list != nil {
		d.AppendChild(d, ns.list)
	}
}

// footnoteOptions configures a goldmark parser for footnotes: goldmark's
// definition parser wrapped in noteDefParser, our reference parser and
// transformer, at the priorities goldmark's extension uses.
func footnoteOptions() []parser.Option {
	return []parser.Option{
		parser.WithBlockParsers(util.Prioritized(noteDefParser{extension.NewFootnoteBlockParser()}, 999)),
		parser.WithInlineParsers(util.Prioritized(noteRefParser{}, 101)),
		parser.WithASTTransformers(util.Prioritized(notesTransformer{}, 999)),
	}
}
