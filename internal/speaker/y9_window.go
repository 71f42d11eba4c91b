package speaker

import (
	"slices"
	"unicode/utf8"
)

// tidyWindow is x.scratch(0, lo, hi) for tidy (mention.go), which asks
// for its window right after widen has read its own into the same slot:
// widen's window, from the same start when widen's rules left the
// mention's start where it was and no cue came before it (nearly three
// calls in four), ending where tidy's does not.
//
// scratch makes the new stretch over the slot's buffer by moving the
// tokens the two share to their place, which is where they are already
// when both start at lo, and by reading again the pieces of the word
// that lo cuts, which are the slot's first toks already. Here such a
// stretch is made where it lies: the slot's toks up to hi are kept as
// they are, the index's tokens past the slot's last are decoded after
// them, and only the pieces of a word that hi cuts are read. Every
// other stretch is scratch's. The slot is left as scratch would leave
// it (the same toks, and the index's tokens it holds in place, from
// and to), so that the next call of scratch reads it as its own.
func (x *tokIndex) tidyWindow(lo, hi int) []tok {
	text, all := x.text, x.all
	lo, hi = max(lo, 0), min(hi, len(text))
	s := &x.slots[0]
	// A slot whose stretch is a slice of the index's window (s.win, y10_window.go)
	// holds in its buffer, and in from, to and at, an older stretch, not
	// the one from lo: it is scratch's to read.
	if lo >= hi || !s.ok || !s.run || s.win != nil || s.lo != lo || s.hi == hi || hi < len(text) && !utf8.RuneStart(text[hi]) {
		return x.scratch(0, lo, hi)
	}
	// The stretch as readInto reads it: all[i] is the first token to end
	// after lo (cut by lo when it starts before), all[j] the first to
	// end after hi.
	i, j := x.endAfter(lo), x.endAfter(hi)
	if i < len(all) && int(all[i].s) < lo {
		if int(all[i].e) >= hi {
			return x.scratch(0, lo, hi) // one token cut at both ends: read whole
		}
		i++ // the pieces of the cut word are the slot's first toks
	}
	m := s.at // the number of those pieces
	if s.from != i || j < i {
		return x.scratch(0, lo, hi)
	}
	// The index's tokens all[i:j] from buf[m] on: those up to s.to are
	// there already, the rest are decoded after them.
	held := min(j, s.to)
	out := s.buf[:m+held-i]
	if j > held {
		out = slices.Grow(out, j-held)[:m+j-i]
		x.decodeTo(out[m+held-i:], all[held:j])
	}
	if j < len(all) && int(all[j].s) < hi {
		out = appendTokens(out, text, x.lower, int(all[j].s), hi) // the pieces of the word hi cuts
	}
	toks := s.keep(lo, hi, out)
	s.from, s.to, s.at, s.run = i, j, m, true
	return toks
}
