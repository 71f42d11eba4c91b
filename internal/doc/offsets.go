package doc

import "sort"

// An OffsetMap maps offsets in Document.Text back to offsets in the raw
// input, so that a span found in the extracted text can be shown in the
// original page.
//
// It is a sorted list of pieces. A verbatim piece is a copy of its raw
// bytes and maps byte for byte; a stepped piece maps each text byte to a
// fixed number of raw bytes (ASCII decoded from UTF-16); any other piece (an
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

// A piece is 20 bytes, not 40: a decoded legacy text has a piece for
// every few characters. Offsets fit, since texts are under MaxTextSize.
type piece struct {
	text, raw       int32 // start offsets
	textLen, rawLen int32
	step            int32 // raw bytes per text byte: 1 verbatim, 2 for UTF-16; 0 maps as a whole
}

// maxWholePiece bounds how many raw bytes adjacent whole pieces are merged
// into: decoding a legacy encoding makes one piece per character, and
// merging them keeps the map small (a few bytes per input byte at worst)
// at the cost of mapping inside a run of accented letters only to the
// run's ends.
const maxWholePiece = 16

// AddVerbatim records that Text[text:text+n] is a copy of Raw[raw:raw+n].
// Pieces must be added in increasing text order; adjacent verbatim pieces
// are merged.
func (m *OffsetMap) AddVerbatim(text, raw, n int) { m.AddStepped(text, raw, n, 1) }

// AddStepped records that each byte of Text[text:text+n] stands for step
// bytes of Raw from raw on. Adjacent pieces of the same step are merged.
func (m *OffsetMap) AddStepped(text, raw, n, step int) {
	m.addStepped(int32(text), int32(raw), int32(n), int32(step))
}

func (m *OffsetMap) addStepped(text, raw, n, step int32) {
	if n == 0 {
		return
	}
	if k := len(m.pieces); k > 0 {
		p := &m.pieces[k-1]
		if p.step == step && p.text+p.textLen == text && p.raw+p.rawLen == raw {
			p.textLen += n
			p.rawLen += n * step
			return
		}
	}
	m.pieces = append(m.pieces, piece{text, raw, n, n * step, step})
}

// Add records that Text[text:text+textLen] stands for Raw[raw:raw+rawLen]
// as a whole. Pieces must be added in increasing text order; small
// adjacent whole pieces are merged (see maxWholePiece).
func (m *OffsetMap) Add(text, textLen, raw, rawLen int) {
	m.add(int32(text), int32(textLen), int32(raw), int32(rawLen))
}

func (m *OffsetMap) add(text, textLen, raw, rawLen int32) {
	if textLen == 0 && rawLen == 0 {
		return
	}
	if k := len(m.pieces); k > 0 {
		p := &m.pieces[k-1]
		if p.step == 0 && p.text+p.textLen == text && p.raw+p.rawLen == raw && p.rawLen+rawLen <= maxWholePiece {
			p.textLen += textLen
			p.rawLen += rawLen
			return
		}
	}
	m.pieces = append(m.pieces, piece{text, raw, textLen, rawLen, 0})
}

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

func (m *OffsetMap) rawOffset(o int, end bool) int {
	ps := m.pieces
	off := int32(o)
	// i is the first piece starting after off.
	i := sort.Search(len(ps), func(i int) bool { return ps[i].text > off })
	if i == 0 {
		if len(ps) == 0 {
			return 0 // all the text is synthetic
		}
		return int(ps[0].raw)
	}
	p := ps[i-1]
	if end && off == p.text && i >= 2 {
		// An end offset on a boundary belongs to the piece before it.
		if q := ps[i-2]; q.text+q.textLen == off {
			return int(q.raw + q.rawLen)
		}
	}
	switch {
	case off >= p.text+p.textLen:
		return int(p.raw + p.rawLen)
	case p.step > 0:
		return int(p.raw + (off-p.text)*p.step)
	case end && off > p.text:
		return int(p.raw + p.rawLen)
	default:
		return int(p.raw)
	}
}
