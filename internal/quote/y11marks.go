package quote

import "sort"

// A markList reads the segmenter's list of the places that may begin a
// quotation mark (doc.Document.MarkAt): the tokenizer passes every byte
// of the paragraphs and lists them as it goes, so that collect need not
// search the text for the mark bytes again (a search to the text's end
// for each one it lacks, then one for each mark byte it holds). The
// list holds every place where glyphAt finds a mark, and perhaps other
// places of the mark bytes, which collect passes over as it does those
// doc.ByteScan finds; so collect reads the same marks either way
// (TestListedMarks).
type markList struct {
	at  []int32
	pos int // where the last answer was
}

// next returns the first listed place from i, or end if there is none
// before end. Questions in order move the cursor forward, each place
// passed once; one behind it searches for its place afresh.
func (l *markList) next(i, end int) int {
	at, k := l.at, l.pos // in registers: l.at is not read again through l
	if k > 0 && int(at[k-1]) >= i {
		k = sort.Search(len(at), func(k int) bool { return int(at[k]) >= i })
	}
	for k < len(at) && int(at[k]) < i {
		k++
	}
	l.pos = k
	if k < len(at) {
		return min(int(at[k]), end)
	}
	return end
}
