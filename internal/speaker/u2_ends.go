package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// The stage asks which paragraph or sentence holds an offset several
// times for every quotation (paragraph, sentenceStart, sentenceEnd;
// resolveAtExcept asks it of a pronoun and each mention it weighs), and
// the cursor's search took a closure call at every step of its gallop
// and its halving, and read the ends from the 56-byte paragraphs and
// sentences. Their ends, made once a document into lists of their own,
// are searched by firstEndAfter with the same steps and no calls.

// docEnds holds the ends of a document's paragraphs and sentences, made
// when first asked. The stage does not change either list.
type docEnds struct {
	made        bool
	para, sents []int32
	// mentions are the ends of the attributor's mentions, made when
	// menMade is first set; menAt and spokeAt are where
	// mentionEndAfter and spokenAfter found their last answers.
	menMade        bool
	mentions       []int32
	menAt, spokeAt cursor
}

// of makes e from the attributor's document once, and returns e.
func (e *docEnds) of(a *attributor) *docEnds {
	if !e.made {
		e.made = true
		ps, ss := a.d.Paragraphs, a.d.Sentences
		e.para = make([]int32, len(ps))
		for k := range ps {
			e.para[k] = int32(ps[k].End)
		}
		e.sents = make([]int32, len(ss))
		for k := range ss {
			e.sents[k] = int32(ss[k].End)
		}
	}
	return e
}

// firstEndAfter is c.search(len(ends), func(k int) bool { return
// int(ends[k]) > i }), step for step, its final sort.Search included:
// the same answer, and the same c.k after it, even where the ends are
// out of order (TestFirstEndAfter).
func (c *cursor) firstEndAfter(ends []int32, i int) int {
	n := len(ends)
	if n == 0 {
		return 0
	}
	k := min(max(c.k, 0), n-1)
	var lo, hi int // the answer is in (lo, hi], as in search
	if int(ends[k]) > i {
		if k == 0 || !(int(ends[k-1]) > i) {
			return k // the last answer again
		}
		hi, lo = k, k-1
		for step := 1; lo >= 0 && int(ends[lo]) > i; step *= 2 {
			hi, lo = lo, lo-step
		}
		lo = max(lo, -1)
	} else {
		if k+1 == n || int(ends[k+1]) > i {
			c.k = k + 1 // the next one
			return k + 1
		}
		lo, hi = k, k+1
		for step := 2; hi < n && !(int(ends[hi]) > i); step *= 2 {
			lo, hi = hi, hi+step
		}
		hi = min(hi, n)
	}
	// sort.Search(hi-lo-1, …) over (lo, hi), written out.
	s, t := 0, hi-lo-1
	for s < t {
		h := int(uint(s+t) >> 1)
		if !(int(ends[lo+1+h]) > i) {
			s = h + 1
		} else {
			t = h
		}
	}
	k = lo + 1 + s
	c.k = k
	return k
}

// The pronouns resolveAtExcept resolves come in text order, one or two
// a quotation, and each searched all of the document's mentions and
// the words of its quotations from the middle out: some fifteen steps a
// search, most of them cache misses in a long list (by the CPU profile
// the two searches were 40% of resolveAtExcept). The
// searches below go from the last answer (cursor) instead.

// mentionEndAfter is sort.Search(len(a.mentions), func(i int) bool {
// return a.mentions[i].End > at }). findNames makes the mentions once,
// in text order and apart, so their ends rise and any search finds
// sort.Search's answer; they are searched in a list of their own, made
// when first asked.
func (a *attributor) mentionEndAfter(at int) int {
	e := &a.ends
	if !e.menMade {
		e.menMade = true
		e.mentions = make([]int32, len(a.mentions))
		for k := range a.mentions {
			e.mentions[k] = int32(a.mentions[k].End)
		}
	}
	return e.menAt.firstEndAfter(e.mentions, at)
}

// spokenAfter is sort.Search(len(ws), func(k int) bool { return
// ws[k].Start > i }) for ws, the attributor's spoken, sorted by their
// starts. The list is made anew when the quotations change (indirect),
// so it is searched in place: the cursor's answer is right from
// wherever it starts.
func (a *attributor) spokenAfter(ws []doc.Span, i int) int {
	return a.ends.spokeAt.search(len(ws), func(k int) bool { return ws[k].Start > i })
}
