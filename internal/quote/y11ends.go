package quote

import "github.com/hearsay-project/hearsay/internal/doc"

// The classifier asks for the sentence and the paragraph around an
// offset some times for every quotation (sentenceAfter, paragraph), and
// most answers are a few steps past the last one: the cursor's search
// then gallops and halves by a closure call a step. Their ends, made
// once a document into lists of their own, are searched by firstEndAfter
// with the same steps and no calls.

// ends holds the ends of a document's sentences and paragraphs, made
// when first asked.
type ends struct {
	made        bool
	sents, para []int32
}

// of makes e from d once, and returns e.
func (e *ends) of(d *doc.Document) *ends {
	if !e.made {
		e.made = true
		e.sents = make([]int32, len(d.Sentences))
		for k := range d.Sentences {
			e.sents[k] = int32(d.Sentences[k].End)
		}
		e.para = make([]int32, len(d.Paragraphs))
		for k := range d.Paragraphs {
			e.para[k] = int32(d.Paragraphs[k].End)
		}
	}
	return e
}

// firstEndAfter is c.search(len(ends), func(k int) bool { return
// int(ends[k]) > i }), step for step (TestFirstEndAfter): the same
// answer even where the ends are out of order.
func (c *cursor) firstEndAfter(ends []int32, i int) int {
	n := len(ends)
	k := min(int(*c), n)
	lo, hi := 0, 0
	if k < n && !(int(ends[k]) > i) {
		step := 1
		lo, hi = k+1, k+1
		for hi < n && !(int(ends[hi]) > i) {
			lo = hi + 1
			hi += step
			step *= 2
		}
		hi = min(hi, n)
	} else {
		step := 1
		hi, lo = k, k-1
		for lo >= 0 && int(ends[lo]) > i {
			hi = lo
			lo -= step
			step *= 2
		}
		lo = max(lo+1, 0)
	}
	// sort.Search(hi-lo, …) over [lo, hi), as search calls it.
	a, b := 0, hi-lo
	for a < b {
		h := int(uint(a+b) >> 1)
		if !(int(ends[lo+h]) > i) {
			a = h + 1
		} else {
			b = h
		}
	}
	k = lo + a
	*c = cursor(k)
	return k
}
