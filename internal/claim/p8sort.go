package claim

import "github.com/hearsay-project/hearsay/internal/doc"

// p8ByStart sorts ms by start, stably (mentions that start together
// keep their order), by a radix sort of the starts in two digits of
// twelve bits, the low one first: both digits counted in one pass over
// the mentions, then one pass to place the keys by each, some fifty
// instructions a mention in all where sortMentions's comparison sort
// costs some 500 (see newIndex). It reports false, leaving ms as it
// was, for a start of 16 MB or more (or one below 0), which two
// digits do not hold.
func p8ByStart(ms []mention) bool {
	if int(int32(len(ms))) != len(ms) {
		return false
	}
	// The counts of each low and high digit; once summed, where the
	// first key with each goes.
	var lo, hi [1 << 12]int32
	for _, m := range ms {
		s := uint(m.Start)
		if s >= 1<<24 {
			return false
		}
		lo[s&0xfff]++
		hi[s>>12&0xfff]++
	}
	var a, b int32
	for d := range lo {
		lo[d], a = a, a+lo[d]
		hi[d], b = b, b+hi[d]
	}
	byLo := make([]startAt, len(ms))
	for i, m := range ms {
		d := uint(m.Start) & 0xfff
		byLo[lo[d]] = startAt{int32(m.Start), int32(i)}
		lo[d]++
	}
	keys := make([]startAt, len(ms))
	for _, k := range byLo {
		d := uint(k.start) >> 12 & 0xfff
		keys[hi[d]] = k
		hi[d]++
	}
	permute(ms, keys)
	return true
}

// p8VagueTies reports whether two mentions of vague sources among ms,
// sorted by start, start together with different spans: vagueSpans
// keeps the first of them a claim holds, so that their order shows.
func p8VagueTies(d *doc.Document, ms []mention) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k].Start != ms[k-1].Start {
			continue
		}
		// A run of equal starts (rare): its vague mentions compared.
		var first doc.Span
		seen := false
		for j := k - 1; j < len(ms) && ms[j].Start == ms[k-1].Start; j++ {
			if !d.Sources[ms[j].source].Vague {
				continue
			}
			if seen && ms[j].Span != first {
				return true
			}
			first, seen = ms[j].Span, true
		}
		for k < len(ms) && ms[k].Start == ms[k-1].Start {
			k++
		}
	}
	return false
}
