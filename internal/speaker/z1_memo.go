package speaker

// widenMemoSize is how many of its last mentions widen remembers. The
// readers ask it to widen the same mention again and again: readCue
// reads the subject of a cue, then makeQuote and attribute widen it for
// each quotation the cue carries, and the loops that try one reading
// after another (attributionsInto) meet the same subject in each try.
// One widen call in five, on PolNeAR's news, is a mention one of the
// last 16 calls widened already; each costs a few thousand
// instructions (the windows read into scratch and tidy's forty rules),
// where a miss in the memory costs at most 16 comparisons.
const widenMemoSize = 16

// A widenMemo holds widen's last answers: in[i] widened is out[i].
// widen reads nothing but the index's text and tokens, which do not
// change while the index lives, and the mention it is given, so an
// answer given once is the answer again. It belongs to a tokIndex (one
// analysis), like the scratch slots: nothing is shared between
// documents or goroutines.
type widenMemo struct {
	in, out [widenMemoSize]found
	n       int // answers kept so far; the next goes to in[n%widenMemoSize]
}

// get returns the answer kept for f, if there is one. With gatesOff it
// keeps none, so that TestGates compares the answers with widen's own.
func (m *widenMemo) get(f found) (found, bool) {
	if gatesOff {
		return found{}, false
	}
	for i := range min(m.n, widenMemoSize) {
		if m.in[i] == f {
			return m.out[i], true
		}
	}
	return found{}, false
}

// put keeps g as the answer for f, over the oldest answer kept.
func (m *widenMemo) put(f, g found) {
	i := m.n % widenMemoSize
	m.in[i], m.out[i] = f, g
	m.n++
}
