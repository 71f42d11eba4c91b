package sources

import "github.com/hearsay-project/hearsay/internal/doc"

// A candList holds the candidates in text order. They are appended one
// by one, some twelve thousand in two megabytes of prose, and were the
// stage's largest allocation: a slice of them, grown by doubling, was
// copied at every doubling and left its old copies to the collector.
// Here the first candChunk are kept in a slice grown by doubling (a
// short text has few), and the rest in chunks of candChunk that are
// made once each and never moved, so that the list costs its final
// size and no copy. A pointer from at is valid until the next push.
type candList struct {
	chunks [][]cand
	n      int
}

const (
	candShift = 9
	candChunk = 1 << candShift
)

// len returns the number of candidates.
func (l *candList) len() int { return l.n }

// at returns candidate i, 0 <= i < l.len().
func (l *candList) at(i int) *cand {
	return &l.chunks[i>>candShift][i&(candChunk-1)]
}

// push appends c.
func (l *candList) push(c cand) {
	k := l.n >> candShift
	if k == len(l.chunks) {
		var ch []cand
		if k > 0 {
			ch = make([]cand, 0, candChunk)
		}
		l.chunks = append(l.chunks, ch)
	}
	if k == 0 {
		l.chunks[0] = append(doc.RoomForOne(l.chunks[0]), c)
	} else {
		l.chunks[k] = append(l.chunks[k], c)
	}
	l.n++
}

// pop removes the last candidate.
func (l *candList) pop() {
	l.n--
	k := l.n >> candShift
	l.chunks[k] = l.chunks[k][:len(l.chunks[k])-1]
}
