package doc

import "sort"

// An OffsetMap maps offsets in Document.Text back to offsets in the raw
// input, so that a span found in the extracted text can be shown in the
// original page.
//
// It is a sorted list of pieces. A verbatim piece is a copy of its raw
// bytes and maps byte for byte; any other piece (an
// entity such as "&amp;", collapsed white space, a transcoded character)
// maps as a whole. Text that came from no input byte (the blank line a
// loader puts between two HTML blocks) falls between pieces and maps to the
// raw offset where the previous piece ended.
type OffsetMap struct {
	pieces []piece
	// Base, when not nil, maps the raw offsets of this map one step
	// further back: loaders that first transcode the input to UTF-8 map
	// text → UTF-8 input here and UTF-8 input → original bytes in Base.
	Base *OffsetMap
}

type piece struct {
	text, raw       int // start offsets
	textLen, rawLen int
	verbatim        bool // text and raw bytes are equal
}

// AddVerbatim records that Text[text:text+n] is a copy of Raw[raw:raw+n].
// Pieces must be added in increasing text order; adjacent verbatim pieces
// are merged.
func (m *OffsetMap) AddVerbatim(text, raw, n int) {
	if n == 0 {
		return
	}
	if k := len(m.pieces); k > 0 {
		p := &m.pieces[k-1]
		if p.verbatim && p.text+p.textLen == text && p.raw+p.rawLen == raw {
			p.textLen += n
			p.rawLen += n
			return
		}
	}
	m.pieces = append(m.pieces, piece{text, raw, n, n, true})
}

// Add records that Text[text:text+textLen] stands for Raw[raw:raw+rawLen]
// as a whole. Pieces must be added in increasing text order.
func (m *OffsetMap) Add(text, textLen, raw, rawLen int) {
	if textLen == 0 && rawLen == 0 {
		return
	}
	m.pieces = append(m.pieces, piece{text, raw, textLen, rawLen, false})
}

// Len returns the number of pieces, a measure of how far the text strays
// from the raw input.
func (m *OffsetMap) Len() int { return len(m.pieces) }

// RawSpan maps a span of text to the raw bytes it came from.
func (m *OffsetMap) RawSpan(s Span) Span {
	r := Span{m.RawOffset(s.Start, false), m.RawOffset(s.End, true)}
	if r.End < r.Start {
		r.End = r.Start
	}
	return r
}

// RawOffset maps one text offset to a raw offset. An offset inside a piece
// that is not verbatim maps to the piece's raw start, or to its raw end
// when end is true, so that a mapped span always covers whole entities.
func (m *OffsetMap) RawOffset(off int, end bool) int {
	r := m.rawOffset(off, end)
	if m.Base != nil {
		return m.Base.RawOffset(r, end)
	}
	return r
}

func (m *OffsetMap) rawOffset(off int, end bool) int {
	ps := m.pieces
	// i is the first piece starting after off.
	i := sort.Search(len(ps), func(i int) bool { return ps[i].text > off })
	if i == 0 {
		if len(ps) == 0 {
			return 0 // all the text is synthetic
		}
		return ps[0].raw
	}
	p := ps[i-1]
	if end && off == p.text && i >= 2 {
		// An end offset on a boundary belongs to the piece before it.
		if q := ps[i-2]; q.text+q.textLen == off {
			return q.raw + q.rawLen
		}
	}
	switch {
	case off >= p.text+p.textLen:
		return p.raw + p.rawLen
	case p.verbatim:
		return p.raw + off - p.text
	case end && off > p.text:
		return p.raw + p.rawLen
	default:
		return p.raw
	}
}
