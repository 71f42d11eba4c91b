package speaker

// A tokWindow holds the toks of a stretch of the index's tokens,
// all[base:base+len(toks)], each made when a stretch of scratch first
// asks for it (need), and hands the stretches that lie in it out in
// place: a slice of toks, not a copy.
//
// Scratch's stretches overlap a great deal: the windows of a mention
// and the words before it, a quotation's surroundings read by several
// rules, the clause indirect reads and the mention windows inside it.
// On the bench text (10.5 MB) the slots made 4.8 M toks, each some 33
// instructions (decodeInto), where the stretches they read in each of
// the stage's passes held 3.1 M tokens between them: each slot's own
// buffer kept only what the same slot had read just before. The
// windows make 3.3 M (a window remembers one made stretch, need).
//
// Measured and not kept (session seventeen): a bit for each tok of a
// window, so that need makes only the toks not made since the window
// took its base, and a new window taking over the toks its
// predecessor made of the tokens both hold. The 2 MB bench text makes
// 693 k toks of 421,740 tokens, but nearly all the toks made again
// are made by another of the stage's passes over the whole text
// (indirect's clauses 323 k, the direct pass's stretches some 225 k,
// findNames, beats, headlines), which no window spans: the bits saved
// 3.6 M instructions of decodeInto on issue 3's pipeline and cost 26.6 M.
//
// Measured and not kept (session twenty-six): larger windows (8,192 and
// 16,384 tokens, 512 and 1,024 back) leave decodeInto's 95.3 M
// instructions as they are, so a window's end is not where toks are
// made again; and need bridging a gap of up to 16, 64 or 256 tokens
// between the stretch it made and a new one, to keep one stretch made,
// made more toks than it spared (97, 130 and 145 M): the toks made
// twice are another pass's, as above.
//
// A slice handed out stays as it is while the slot that asked for it
// holds it (until that slot is asked again: scratch's rule), as each
// slot's own buffer did: a tok of the window is only ever written with
// the toks of its one token, and a window takes a new base only when no
// slot holds a slice of it (held). Every slice is clipped, so that an
// append to one copies.
type tokWindow struct {
	base int
	toks []tok
	held int // how many slots hold a slice of toks
	// dirty is at least how many toks of toks have been written since
	// the index was made: release clears them.
	dirty int
}

// windowToks is how many tokens a window holds (at most: a text with
// fewer has a window of its length): 160 KB of toks. A stretch longer
// than windowToks-windowBack tokens is read by the slot's own buffer,
// as before, so a huge sentence costs what it did.
const windowToks = 4096

// windowBack is how many tokens before the stretch that asks for it a
// new window starts: the readers around a quotation go back some way
// from the last stretch they read.
const windowBack = 512

// windowedIf returns the toks of the index's tokens all[i:j] from a
// window, for the slot s, which lets go of what it held; ok is false
// when the stretch is empty (the slot's buffer makes it, as before) or
// too long for a window, and s then holds nothing.
func (x *tokIndex) windowedIf(s *scratchSlot, i, j int) (_ []tok, ok bool) {
	s.letGo()
	if i >= j {
		return nil, false
	}
	w := x.windowFor(i, j)
	if w == nil {
		return nil, false
	}
	s.win = w
	w.held++
	a, b := i-w.base, j-w.base
	return w.toks[a:b:b], true
}

// letGo ends the slot's hold on a window, if it has one.
func (s *scratchSlot) letGo() {
	if s.win != nil {
		s.win.held--
		s.win = nil
	}
}

// windowFor returns a window that holds the index's tokens all[i:j],
// made (i < j): the index's window, or a new one if it does not hold
// them (newWindow). It is nil when the stretch is too long for a
// window. Most stretches are made already in the index's window, which
// is told here, small enough to be inlined; the others are windowMake's.
func (x *tokIndex) windowFor(i, j int) *tokWindow {
	if i >= x.made.lo && j <= x.made.hi { // then x.win is not nil
		return x.win
	}
	return x.windowMake(i, j)
}

// windowMake is windowFor for a stretch the index's window has not made.
func (x *tokIndex) windowMake(i, j int) *tokWindow {
	w := x.win
	if w == nil || i < w.base || j > w.base+len(w.toks) {
		// A new window starts windowBack tokens before i, or later so
		// as to end no later than the index.
		n := min(windowToks, len(x.all))
		base := max(0, min(i-windowBack, len(x.all)-n))
		if j > base+n {
			return nil
		}
		w = x.newWindow(base, n)
	}
	x.need(i, j)
	return w
}

// newWindow makes a window of n tokens from the index's token base,
// none made, the index's window from now on. It is the last window if
// no slot holds it, else a window no slot holds, else a new one: at
// most one window more than there are slots.
func (x *tokIndex) newWindow(base, n int) *tokWindow {
	var w *tokWindow
	if x.win != nil && x.win.held == 0 {
		w = x.win
	} else {
		for _, o := range x.spare {
			if o.held == 0 {
				w = o
				break
			}
		}
		if w == nil {
			w = &tokWindow{toks: make([]tok, n)}
		}
		// A window kept from another text's index (release) may be of
		// another length; within a text every window has the same.
		if len(w.toks) != n {
			if cap(w.toks) < n {
				w.toks, w.dirty = make([]tok, n), 0
			}
			w.toks = w.toks[:n]
		}
		if x.win != nil {
			x.spare = append(x.spare, x.win)
		}
		x.spare = removeWindow(x.spare, w)
	}
	w.base = base
	x.win, x.made.lo, x.made.hi = w, base, base
	return w
}

// removeWindow returns ws without w.
func removeWindow(ws []*tokWindow, w *tokWindow) []*tokWindow {
	for k, o := range ws {
		if o == w {
			return append(ws[:k], ws[k+1:]...)
		}
	}
	return ws
}

// need makes the toks of the index's tokens all[i:j], which the index's
// window holds, that are not made yet, as far as the index knows: it
// keeps one stretch of made toks, those of all[made.lo:made.hi], which
// a stretch that meets it extends and any other stretch replaces. (A
// tok made again, from a stretch that was made and forgotten, is
// written with what it holds already, so the slots that hold it see no
// change: made only spares the work.)
func (x *tokIndex) need(i, j int) {
	m := &x.made
	switch {
	case i >= m.lo && j <= m.hi:
	case j < m.lo || i > m.hi:
		x.win.make(x, i, j)
		m.lo, m.hi = i, j
	default:
		if i < m.lo {
			x.win.make(x, i, m.lo)
			m.lo = i
		}
		if j > m.hi {
			x.win.make(x, m.hi, j)
			m.hi = j
		}
	}
}

// make makes the toks of all[i:j] in the window.
func (w *tokWindow) make(x *tokIndex, i, j int) {
	x.decodeTo(w.toks[i-w.base:j-w.base], x.all[i:j])
	w.dirty = max(w.dirty, j-w.base)
}
