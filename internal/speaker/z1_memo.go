package speaker

// widenMemoSize is how many answers widen's memory holds (a power of
// two). The readers ask widen for the same mention again and again:
// readCue reads the subject of a cue, then makeQuote and attribute
// widen it for each quotation the cue carries, and the loops that try
// one reading after another (attributionsInto) meet the same subject in
// each try. One widen call in five on PolNeAR's news is a mention
// widened a few calls before; each costs a few thousand instructions
// (the windows read into scratch and tidy's forty rules).
const widenMemoSize = 64

// A widenMemo holds widen's answers: in[i] widened is out[i], for the
// mention last widened of those whose slot (memoSlot) is i. widen reads
// nothing but the index's text and tokens, which do not change while
// the index lives, and the mention it is given, so an answer given once
// is the answer again. A slot never written holds the zero mention as
// both, which is widen's own answer for it (it has no subject). The
// memory belongs to a tokIndex (one analysis), like the scratch slots:
// nothing is shared between documents or goroutines.
//
// One slot a mention, not a list of the last answers searched in turn:
// a miss costs one comparison, not sixteen (on the example article,
// where few mentions come again, a searched list cost more than it
// saved).
type widenMemo struct {
	in, out [widenMemoSize]found
}

// memoSlot returns the slot of mention f: a hash of where its subject
// and its cue are, which tell apart the mentions a stretch of text
// gives (the same subject read with another cue is another mention).
func memoSlot(f found) int {
	h := uint(f.subj.Start)*31 + uint(f.subj.End)*7 + uint(f.cue.Start)
	return int(h % widenMemoSize)
}

// lookup returns f's slot and whether it holds the answer for f. With
// gatesOff it holds none, so that TestGates compares the answers with
// widen's own. widen reads the answer in the slot, and writes one
// there, by the slot: one hash a call, and no copy of the mentions
// through a method's results.
func (m *widenMemo) lookup(f found) (int, bool) {
	i := memoSlot(f)
	return i, !gatesOff && m.in[i] == f
}

// get returns the answer kept for f, if there is one.
func (m *widenMemo) get(f found) (found, bool) {
	if i, ok := m.lookup(f); ok {
		return m.out[i], true
	}
	return found{}, false
}
