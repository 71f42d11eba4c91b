package speaker

// A tokWindow holds the toks of a stretch of the index's tokens,
// all[base:base+len(toks)], each made when a stretch of scratch first
// asks for it (need), and hands the stretches that lie in it out in
// place: a slice of toks, not a copy.
//
// Scratch's stretches overlap a great deal: the windows of a mention
// and the words before it, a quotation's surroundings read by several
// rules, the clause indirect reads and the mention windows inside it.
// On the bench text the slots made 4.8 M toks, each some 33
// instructions (decodeInto), where the stretches they read held 3.0 M
// tokens between them: each slot's own buffer kept only what the same
// slot had read just before.
//
// A slice handed out stays as it is while the slot that asked for it
// holds it (until that slot is asked again: scratch's rule), as each
// slot's own buffer did: a tok of the window is only ever written with
// the toks of its one token, and a window takes a new base only when no
// slot holds a slice of it (held). Every slice is clipped, so that an
// append to one copies.
type tokWindow struct {
	base   int
	toks   []tok
	lo, hi int // toks[lo:hi] are made (need)
	held   int // how many slots hold a slice of toks
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
// made: the index's window, or a new one if it does not hold them
// (newWindow). It is nil when the stretch is empty or too long for a
// window.
func (x *tokIndex) windowFor(i, j int) *tokWindow {
	if i >= j {
		return nil
	}
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
	w.need(x, i-w.base, j-w.base)
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
		if x.win != nil {
			x.spare = append(x.spare, x.win)
		}
		x.spare = removeWindow(x.spare, w)
	}
	w.base, w.lo, w.hi = base, 0, 0
	x.win = w
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

// need makes the toks of toks[a:b] (a < b) that are not made yet, as
// far as made tells: the window keeps one stretch of made toks,
// toks[lo:hi], which a stretch that meets it extends and any other
// stretch replaces. (A tok made again, from a stretch that was made
// and forgotten, is written with what it holds already, so the slots
// that hold it see no change: made is only what spares the work.)
func (w *tokWindow) need(x *tokIndex, a, b int) {
	if a >= w.lo && b <= w.hi {
		return
	}
	if b < w.lo || a > w.hi {
		x.decodeTo(w.toks[a:b], x.all[w.base+a:w.base+b])
		w.lo, w.hi = a, b
		return
	}
	if a < w.lo {
		x.decodeTo(w.toks[a:w.lo], x.all[w.base+a:w.base+w.lo])
		w.lo = a
	}
	if b > w.hi {
		x.decodeTo(w.toks[w.hi:b], x.all[w.base+w.hi:w.base+b])
		w.hi = b
	}
}
