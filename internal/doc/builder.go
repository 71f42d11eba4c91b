package doc

import (
	"strings"
	"unicode/utf8"
)

// A Builder assembles the Text, OffsetMap, Elements and Paragraphs of a
// Document from pieces of input. The HTML and Markdown loaders drive it
// as they walk their parse trees, so both produce the same structure.
//
// Blocks are separated by a blank line. White space at the start and end
// of a block is not written, so paragraph spans never begin or end with
// space. Text written outside any block opens a plain paragraph.
type Builder struct {
	text   []byte
	offs   OffsetMap
	elems  []Element
	open   []int // indexes of open elements
	paras  []Paragraph
	inPara bool
	kind   BlockKind
	depth  int // block quotation depth for new paragraphs
	pend   int // length of text when trailing white space began; -1 if none
}

// NewBuilder returns a Builder whose text is expected to be about sizeHint bytes.
func NewBuilder(sizeHint int) *Builder {
	return &Builder{text: make([]byte, 0, sizeHint), pend: -1}
}

// Len returns the length of the text written so far.
func (b *Builder) Len() int { return len(b.text) }

// InBlock reports whether a paragraph is open.
func (b *Builder) InBlock() bool { return b.inPara }

// StartBlock ends any open paragraph and starts a new one of the given
// kind. quoteDepth is the number of enclosing block quotations.
func (b *Builder) StartBlock(kind BlockKind, quoteDepth int) {
	b.EndBlock()
	b.kind, b.depth = kind, quoteDepth
}

// EndBlock closes the open paragraph, if any.
func (b *Builder) EndBlock() {
	if !b.inPara {
		b.kind = ""
		return
	}
	end := len(b.text)
	if b.pend >= 0 {
		end = b.pend
	}
	p := &b.paras[len(b.paras)-1]
	p.End = end
	if p.End <= p.Start {
		b.paras = b.paras[:len(b.paras)-1]
	}
	b.text = b.text[:end] // drop trailing space; nothing maps into it
	b.trimPieces(end)
	b.inPara, b.pend, b.kind = false, -1, ""
}

func (b *Builder) trimPieces(e int) {
	end := int32(e)
	ps := b.offs.pieces
	for len(ps) > 0 {
		p := &ps[len(ps)-1]
		switch {
		case p.text >= end:
			ps = ps[:len(ps)-1]
			continue
		case p.text+p.textLen > end:
			cut := p.text + p.textLen - end
			if p.step > 0 {
				p.rawLen -= cut * p.step
			}
			p.textLen -= cut
		}
		break
	}
	b.offs.pieces = ps
}

// beginText opens a paragraph if none is open, writing the blank line that
// separates it from the previous one.
func (b *Builder) beginText() {
	if b.inPara {
		return
	}
	if len(b.text) > 0 {
		b.text = append(b.text, "\n\n"...)
	}
	kind := b.kind
	if kind == "" {
		kind = BlockParagraph
		if b.depth > 0 {
			kind = BlockQuote
		}
	}
	b.paras = append(b.paras, Paragraph{Span: Span{len(b.text), len(b.text)}, Kind: kind, Quote: b.depth})
	b.inPara = true
	// Elements opened while no paragraph was open start with its text.
	for _, i := range b.open {
		if b.elems[i].Start < 0 {
			b.elems[i].Start = len(b.text)
		}
	}
}

// Write appends s, which is the verbatim copy of Raw[rawStart:rawStart+len(s)].
// White space at either end of s is handled as the Builder's rules say
// (dropped at the start of a block, dropped at its end).
func (b *Builder) Write(s string, rawStart int) {
	if !utf8.ValidString(s) {
		b.WriteMapped(strings.ToValidUTF8(s, "\uFFFD"), rawStart, len(s))
		return
	}
	core := strings.TrimLeft(s, spaceChars)
	lead := len(s) - len(core)
	body := strings.TrimRight(core, spaceChars)
	b.writeVerbatim(s[:lead], rawStart)
	b.writeVerbatim(body, rawStart+lead)
	b.writeVerbatim(core[len(body):], rawStart+lead+len(body))
}

func (b *Builder) writeVerbatim(s string, rawStart int) {
	if b.prepare(s) {
		b.offs.AddVerbatim(len(b.text), rawStart, len(s))
		b.text = append(b.text, s...)
	}
}

// WriteMapped appends s, which stands for Raw[rawStart:rawStart+rawLen]
// but is not a verbatim copy of it (an entity, a collapsed space).
func (b *Builder) WriteMapped(s string, rawStart, rawLen int) {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if b.prepare(s) {
		b.offs.Add(len(b.text), len(s), rawStart, rawLen)
		b.text = append(b.text, s...)
	}
}

// WriteSynthetic appends text that stands for no input byte, such as the
// space between two table cells.
func (b *Builder) WriteSynthetic(s string) {
	if b.prepare(s) {
		b.text = append(b.text, s...)
	}
}

// prepare opens a paragraph for s if needed and reports whether s should
// be written: white space before any text of a block is not.
func (b *Builder) prepare(s string) bool {
	if s == "" {
		return false
	}
	if isSpace(s) {
		if !b.inPara {
			return false
		}
		if b.pend < 0 {
			b.pend = len(b.text)
		}
		return true
	}
	b.beginText()
	b.pend = -1
	return true
}

// LastByte returns the last byte written, or 0.
func (b *Builder) LastByte() byte {
	if len(b.text) == 0 {
		return 0
	}
	return b.text[len(b.text)-1]
}

// Open starts an element at the current position and returns its index.
// Attributes not chosen by KeptAttr are dropped.
func (b *Builder) Open(kind ElementKind, level int, attrs []Attr) int {
	parent := -1
	if n := len(b.open); n > 0 {
		parent = b.open[n-1]
	}
	var kept []Attr
	for _, a := range attrs {
		if KeptAttr(a.Key) {
			kept = append(kept, a)
		}
	}
	start := len(b.text)
	if !b.inPara {
		start = -1 // set by the next text written; see beginText
	}
	b.elems = append(b.elems, Element{Span: Span{start, start}, Kind: kind, Parent: parent, Level: level, Attrs: kept})
	i := len(b.elems) - 1
	b.open = append(b.open, i)
	return i
}

// Close ends the element i, and any element opened after it that is still open.
func (b *Builder) Close(i int) {
	end := len(b.text)
	if b.pend >= 0 {
		end = b.pend
	}
	for n := len(b.open); n > 0; n-- {
		j := b.open[n-1]
		b.open = b.open[:n-1]
		e := &b.elems[j]
		if e.Start < 0 || e.Start > end {
			e.Start = end // nothing was written inside it
		}
		e.End = end
		if j == i {
			break
		}
	}
}

// Document finishes building and stores the result in d. Elements still
// open are closed at the end of the text.
func (b *Builder) Document(d *Document) {
	b.EndBlock()
	for len(b.open) > 0 {
		b.Close(b.open[0])
	}
	d.Text = string(b.text)
	for i := range b.elems {
		// Keep every element inside the text and inside its parent: an
		// element that closed empty before its parent's first text was
		// written sits where the parent starts.
		e := &b.elems[i]
		lo, hi := 0, len(d.Text)
		if e.Parent >= 0 {
			lo, hi = b.elems[e.Parent].Start, b.elems[e.Parent].End
		}
		e.Start = min(max(e.Start, lo), hi)
		e.End = min(max(e.End, e.Start), hi)
	}
	base := d.Offsets.Base
	d.Offsets = b.offs
	d.Offsets.Base = base
	d.Elements = b.elems
	d.Paragraphs = b.paras
}

// spaceChars are the white space characters the Builder trims.
const spaceChars = " \t\n\r\f"

func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}
