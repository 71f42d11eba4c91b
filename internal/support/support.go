// Package support links what an article says to what it cites: each
// quotation to the citations that back it. It runs after the quotation
// and citation stages and reads both; they never read each other.
package support

import (
	"cmp"
	"slices"
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Link sets Quote.Citations and Sentence.Citations. A sentence is backed
// by every citation in it (a marker, a link on its words). A citation
// backs a quotation when
//
//   - it is a marker or author-year citation in the sentence where the
//     quotation ends, after it, with no other quotation ending between
//     them: “…either.”[A], or “…,” she wrote in her memoir (Pell 1958).
//     Of quotations that end together (’”[B]) the outermost takes it;
//   - it is a link on the quotation's own words, or the cite attribute of
//     its q or blockquote; the innermost takes it.
//
// Time is O(n log n) in the number of quotations, sentences and citations.
func Link(d *doc.Document) {
	if len(d.Citations) == 0 {
		return
	}
	// Citations come sorted by start, and so do sentences: each is
	// found from the last one's sentence (see after), not by a binary
	// search of all of them.
	inSentence := make([]int, len(d.Citations))
	sent := 0
	for ci := range d.Citations {
		c := &d.Citations[ci] // read in place, not copied
		inSentence[ci] = -1
		if c.Status == doc.CiteOrphan {
			continue
		}
		if s := sentenceAt(d, c.Start, &sent); s >= 0 {
			inSentence[ci] = s
		}
	}
	appendEach(inSentence, func(s int) *[]int { return &d.Sentences[s].Citations })
	if len(d.Quotes) == 0 {
		return
	}
	byEnd := quotesByEnd(d.Quotes)
	// Reused: each citation's quotation, or -1. Each citation's sentence
	// is read from it before its place is overwritten, not found again.
	backs := inSentence
	hint := 0
	for ci := range d.Citations {
		c := &d.Citations[ci]
		s := inSentence[ci] // the citation's sentence, as found above
		backs[ci] = -1
		switch c.Kind {
		case doc.CiteLink:
			// By where the link starts: a blockquote's cite attribute
			// spans its footer, which the quotation leaves out.
			backs[ci] = innermost(d, doc.Span{Start: c.Start, End: c.Start})
		case doc.CiteNote, doc.CiteAuthorYear:
			if c.Status == doc.CiteOrphan {
				continue
			}
			// The last quotation to end at or before the citation.
			hint = after(len(byEnd), func(k int) bool { return byEnd[k].end > c.Start }, hint)
			k := hint - 1
			if k < 0 {
				continue
			}
			q := byEnd[k].q
			if s >= 0 && d.Quotes[q].End > d.Sentences[s].Start {
				backs[ci] = q
			}
		}
	}
	appendEach(backs, func(q int) *[]int { return &d.Quotes[q].Citations })
}

// A quoteEnd is where quotation q ends.
type quoteEnd struct{ end, q int }

// quotesByEnd returns the quotations sorted by end; of quotations ending
// at the same place the outermost (the earliest, since parents precede
// children) comes last. The pair (end, index) is a total order, so that
// no sort need be stable.
//
// Quotations sorted by start that nest or follow one another, as nearly
// all do, come out in that order from a stack: each is let out when the
// next one starts at or after its end, and those still open at the last
// one in turn, innermost first. That order is checked, and sorted only
// when some quotation overlapped another without holding it: a sort of
// nearly sorted pairs took as long as the rest of the stage.
func quotesByEnd(quotes []doc.Quote) []quoteEnd {
	byEnd := make([]quoteEnd, 0, len(quotes))
	var open []int
	for i := range quotes {
		// The quotation's start read in place: a range's copy of each
		// quotation (some two hundred bytes) cost more than the rest.
		start := quotes[i].Start
		for len(open) > 0 && quotes[open[len(open)-1]].End <= start {
			k := open[len(open)-1]
			byEnd = append(byEnd, quoteEnd{end: quotes[k].End, q: k})
			open = open[:len(open)-1]
		}
		open = append(open, i)
	}
	for k := len(open) - 1; k >= 0; k-- {
		byEnd = append(byEnd, quoteEnd{end: quotes[open[k]].End, q: open[k]})
	}
	byEndOrder := func(a, b quoteEnd) int {
		if a.end != b.end {
			return cmp.Compare(a.end, b.end)
		}
		return cmp.Compare(b.q, a.q)
	}
	if !slices.IsSortedFunc(byEnd, byEndOrder) {
		slices.SortFunc(byEnd, byEndOrder)
	}
	return byEnd
}

// appendEach appends each citation ci to the list of to[ci] (none where
// to[ci] < 0), list(t) being that list, as one append a citation would.
// Where the lists are filled in turn, one after another, as sentences
// are by citations in order, and were empty, they are cut from one
// array instead of each taking its own: thousands of small allocations
// a document less.
func appendEach(to []int, list func(int) *[]int) {
	n, last := 0, -1
	for _, t := range to {
		if t < 0 {
			continue
		}
		if t < last || t > last && len(*list(t)) > 0 {
			// Out of turn, or a list with entries already: one by one.
			for ci, t := range to {
				if t >= 0 {
					*list(t) = append(*list(t), ci)
				}
			}
			return
		}
		last = t
		n++
	}
	all := make([]int, 0, n)
	from, cur := 0, -1
	for ci, t := range to {
		if t < 0 {
			continue
		}
		if t != cur && cur >= 0 {
			// Cut with its capacity, so that an append to the list
			// later copies instead of writing into the next one.
			*list(cur) = all[from:len(all):len(all)]
			from = len(all)
		}
		cur = t
		all = append(all, ci)
	}
	if cur >= 0 {
		*list(cur) = all[from:len(all):len(all)]
	}
}

// innermost returns the index of the innermost quotation whose span holds
// s, or -1. Quotations nest and are sorted by start, so any quotation that
// holds s is the last one starting before s or one of its ancestors.
func innermost(d *doc.Document, s doc.Span) int {
	k := sort.Search(len(d.Quotes), func(k int) bool { return d.Quotes[k].Start > s.Start }) - 1
	for k >= 0 && !d.Quotes[k].Contains(s) {
		k = d.Quotes[k].Parent
	}
	return k
}

// sentenceAt returns the index of the sentence holding offset off, or -1.
// *hint is where the last search ended, and is moved to this one's end.
func sentenceAt(d *doc.Document, off int, hint *int) int {
	*hint = after(len(d.Sentences), func(k int) bool { return d.Sentences[k].Start > off }, *hint)
	k := *hint - 1
	if k >= 0 && off < d.Sentences[k].End {
		return k
	}
	return -1
}

// after returns the least k in [0, n] such that past(k') for every k'
// from k below n, as sort.Search does; past must be false and then true
// along [0, n). It searches from hint, the answer to a question a little
// before, galloping: the cost is logarithmic in how far the answer is
// from hint, so that questions in order, as citations come, cost little
// each, and none costs more than twice a binary search.
func after(n int, past func(int) bool, hint int) int {
	hint = min(max(hint, 0), n)
	if hint < n && !past(hint) {
		// Forward: the answer is above hint.
		lo, step := hint+1, 1
		hi := lo
		for hi < n && !past(hi) {
			lo = hi + 1
			hi += step
			step *= 2
		}
		hi = min(hi, n)
		return lo + sort.Search(hi-lo, func(j int) bool { return past(lo + j) })
	}
	// Backward: the answer is hint or below.
	hi, step := hint, 1
	lo := hi - 1
	for lo >= 0 && past(lo) {
		hi = lo
		lo -= step
		step *= 2
	}
	lo = max(lo+1, 0)
	return lo + sort.Search(hi-lo, func(j int) bool { return past(lo + j) })
}
