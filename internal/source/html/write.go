package html

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// searchWindow is how far past the cursor a text is looked for in the
// stream. Readability drops clutter between the texts it keeps, so the
// next kept text may lie some way ahead; 64 KiB covers a large block of
// navigation or comments.
const searchWindow = 64 << 10

// A writer writes DOM or token text into a doc.Builder the way a browser
// lays it out, mapping it back to raw offsets through the text stream.
type writer struct {
	b  *doc.Builder
	st *textStream
	// str is st.text as a string, made by the first search; searches
	// happen only once the stream is complete.
	str string
	// cursor is the stream offset where the next search starts. It moves
	// forward past each text found and is reset to an element's anchor
	// when the walk enters an element of the original page.
	cursor int
	// budget is how many stream bytes may still be searched. Once it is
	// spent, a text is only looked for right at the cursor, so that the
	// time spent searching stays linear in the input whatever it is.
	budget int
	pend   pendingSpace
	pre    int // > 0 inside <pre>: white space is kept
	hint   int // index of the seg last used
}

// A pendingSpace is collapsed white space not yet written: it is written
// before the next text of the same block, and dropped at the end of a
// block or at a line break, as a browser drops it.
type pendingSpace struct {
	ok        bool
	raw, rawN int
	verbatim  bool // a single verbatim ' '
}

func newWriter(b *doc.Builder, st *textStream) *writer {
	w := &writer{b: b, st: st}
	w.rewind()
	return w
}

// rewind puts the cursor back at the start of the stream with a full
// search budget: eight times the stream, which ordinary pages never come
// near.
func (w *writer) rewind() {
	w.cursor, w.budget = 0, 8*len(w.st.text)+1<<20
}

// locate finds data in the stream at or after the cursor and moves the
// cursor past it. It returns the stream offset of data, or -1.
func (w *writer) locate(data string) int {
	if len(w.str) != len(w.st.text) {
		w.str = string(w.st.text)
	}
	text := w.str
	w.cursor = min(w.cursor, len(text))
	rest := text[w.cursor:]
	var k int
	if w.budget <= 0 {
		k = -1
		if strings.HasPrefix(rest, data) {
			k = 0
		}
	} else {
		hay := rest[:min(len(rest), len(data)+searchWindow)]
		k = strings.Index(hay, data)
		if k < 0 {
			w.budget -= len(hay)
		} else {
			w.budget -= k + len(data)
		}
	}
	if k < 0 {
		return -1
	}
	pos := w.cursor + k
	w.cursor = pos + len(data)
	return pos
}

// near is the raw offset that text not found in the stream maps to: where
// the cursor stands.
func (w *writer) near() int { return w.st.rawAt(w.cursor) }

// text writes data, which is st.text[pos:pos+len(data)] or, if pos < 0,
// text not found in the stream. Outside <pre>, runs of white space
// collapse to one space and white space at the start of a line is
// dropped.
func (w *writer) text(data string, pos int) {
	for i := 0; i < len(data); {
		j := i + 1
		switch {
		case !isWhite(data[i]):
			// Words and the single spaces between them go in one piece.
			for j < len(data) && (!isWhite(data[j]) || data[j] == ' ' && j+1 < len(data) && !isWhite(data[j+1])) {
				j++
			}
			w.flush()
			w.put(data[i:j], pos, i)
		case w.pre > 0:
			for j < len(data) && isWhite(data[j]) {
				j++
			}
			w.flush()
			w.put(data[i:j], pos, i)
		default:
			for j < len(data) && isWhite(data[j]) {
				j++
			}
			w.space(pos, i, j)
		}
		i = j
	}
}

// put writes s, which is data[i:i+len(s)] of a text at stream offset pos.
func (w *writer) put(s string, pos, i int) {
	if pos < 0 {
		w.b.WriteMapped(s, w.near(), 0)
		return
	}
	a, end := pos+i, pos+i+len(s)
	for k := w.seg(a); a < end && k < len(w.st.segs); k++ {
		g := w.st.segs[k]
		e := min(end, g.text+g.n)
		part := s[a-pos-i : e-pos-i]
		if g.verbatim {
			w.b.Write(part, g.raw+a-g.text)
		} else {
			w.b.WriteMapped(part, g.raw, g.rawN)
		}
		a = e
	}
}

// space notes the white space data[i:j] of a text at stream offset pos.
func (w *writer) space(pos, i, j int) {
	if w.pend.ok || !w.b.InBlock() {
		return
	}
	if c := w.b.LastByte(); c == ' ' || c == '\n' {
		return
	}
	if pos < 0 {
		w.pend = pendingSpace{ok: true, raw: w.near()}
		return
	}
	g := w.st.segs[w.seg(pos+i)]
	a := g.raw
	if g.verbatim {
		a += pos + i - g.text
	}
	g = w.st.segs[w.seg(pos+j-1)]
	e := g.raw + g.rawN
	if g.verbatim {
		e = g.raw + pos + j - g.text
	}
	w.pend = pendingSpace{ok: true, raw: a, rawN: e - a, verbatim: j-i == 1 && e-a == 1 && w.st.text[pos+i] == ' '}
}

// seg returns the index of the seg holding stream offset pos, which must
// be inside the stream. Successive calls mostly ask for the same seg or
// the next one, so those are tried before a binary search.
func (w *writer) seg(pos int) int {
	segs := w.st.segs
	for k := w.hint; k < len(segs) && k < w.hint+2; k++ {
		if segs[k].text <= pos && pos < segs[k].text+segs[k].n {
			w.hint = k
			return k
		}
	}
	w.hint = w.st.find(pos)
	return w.hint
}

// flush writes the pending space, if any.
func (w *writer) flush() {
	if !w.pend.ok {
		return
	}
	if w.pend.verbatim {
		w.b.Write(" ", w.pend.raw)
	} else {
		w.b.WriteMapped(" ", w.pend.raw, w.pend.rawN)
	}
	w.pend.ok = false
}

// lineBreak writes a <br>: a newline, or, outside <pre>, a new block
// when the line is already empty, since two line breaks in a row set a
// paragraph apart.
func (w *writer) lineBreak(kind doc.BlockKind, quote int) {
	w.pend.ok = false
	if w.pre == 0 && w.b.InBlock() && w.b.LastByte() == '\n' {
		w.startBlock(kind, quote)
		return
	}
	w.b.WriteSynthetic("\n")
}

func (w *writer) startBlock(kind doc.BlockKind, quote int) {
	w.pend.ok = false
	w.b.StartBlock(kind, quote)
}

func isWhite(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}
