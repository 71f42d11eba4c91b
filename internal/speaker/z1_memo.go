package speaker

import "sort"

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
//
// Behind the slots lie the answers kept in text order (kept), for a
// mention asked for again a whole pass later: the direct-quotation pass
// (attribute) widens a speaker's mention, and the indirect pass, run
// after it over the whole document, widens the same mention again when
// it reads the cue's subject (cueSubject), long after the slots have
// forgotten it.
type widenMemo struct {
	in, out [widenMemoSize]found
	// kept holds answers by their mention's start, in the order widen
	// gave them: an answer is kept when its mention starts at or after
	// the last one kept, so the first pass to run through the document
	// (attribute's) keeps its answers, and the list stays sorted
	// without a sort or an insertion. It grows by one pair a mention
	// widened, so a small document pays for a few answers, not a table.
	kept []widenAnswer
	// at is where the last search of kept ended (seek): each pass asks
	// in text order (on the example the indirect pass steps back once
	// an article, a few bytes: makeQuote widens a mention widened
	// before, which starts earlier), so the next answer it looks for
	// lies at or just after it.
	at int
}

// A widenAnswer is one of widen's answers: in widened is out.
type widenAnswer struct{ in, out found }

// keptRun is how many of the kept answers whose mentions start where
// the one asked for starts recall compares with it: the same subject
// read with other cues are other mentions, and a bound keeps a
// document that reads one subject with many cues linear (beyond it,
// widen reads the mention again; the answer is the same).
const keptRun = 4

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

// recall returns the index in kept of the answer for f, or -1 when
// none is kept (an index, not the answer: a miss, the common case,
// copies no mention). With gatesOff none is, as for the slots.
func (m *widenMemo) recall(f found) int {
	if gatesOff || len(m.kept) == 0 {
		return -1
	}
	k := m.kept
	i := m.seek(f.subj.Start)
	for j := i; j < len(k) && j < i+keptRun && k[j].in.subj.Start == f.subj.Start; j++ {
		if k[j].in == f {
			return j
		}
	}
	return -1
}

// keep keeps widen's answer g for f in text order, if f starts at or
// after the mention kept last.
func (m *widenMemo) keep(f, g found) {
	if n := len(m.kept); n == 0 || m.kept[n-1].in.subj.Start <= f.subj.Start {
		m.kept = append(m.kept, widenAnswer{f, g})
	}
}

// seek returns the index of the first kept answer whose mention starts
// at or after s, and leaves the cursor there. It searches from the
// cursor, in steps that double (a finger search): O(log d) for an
// answer d places from the last one sought, so a pass that asks in text
// order pays about one step a query, and one that asks from the start
// again (the next pass), or jumps about, pays O(log n) a query at most,
// not a walk over the list.
func (m *widenMemo) seek(s int) int {
	k := m.kept
	at := min(m.at, len(k))
	// The answer lies in k[lo:hi+1]: k[:lo] start before s, k[hi:] at
	// or after it.
	lo, hi := 0, len(k)
	if at < len(k) && k[at].in.subj.Start < s {
		lo = at + 1
		for step := 1; ; step *= 2 {
			p := at + step
			if p >= len(k) {
				break
			}
			if k[p].in.subj.Start >= s {
				hi = p
				break
			}
			lo = p + 1
		}
	} else {
		hi = at
		for step := 1; ; step *= 2 {
			p := at - step
			if p < 0 {
				break
			}
			if k[p].in.subj.Start < s {
				lo = p + 1
				break
			}
			hi = p
		}
	}
	i := lo + sort.Search(hi-lo, func(j int) bool { return k[lo+j].in.subj.Start >= s })
	m.at = i
	return i
}

// reset forgets every answer, for the index's next text (release): a
// slot's mention is a place in the text, so an answer kept from another
// text would be read as this one's.
func (m *widenMemo) reset() {
	clear(m.in[:])
	clear(m.out[:])
	clear(m.kept)
	m.kept, m.at = m.kept[:0], 0
}
