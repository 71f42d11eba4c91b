package sources

import (
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/wordtab"
)

// p8ScanShort holds scanTable's words again (all of them: the longest
// has sixteen bytes or fewer, which wordtab.New checks), packed, for
// the scan's lookup of a Plain word (p8ScanFlags): read from the
// lower-case text as two loads, masked to its length, hashed by a
// multiplication or two and compared by two or three comparisons,
// where the filters' hashes, fastTable's hash of three bytes and its
// string comparison cost several times that (see wordtab). The scan
// looks up some 300,000 words per 10 MB of the benchmark's text, most
// of them words of the table ("The", "he", "by"). Every word of
// scanTable has a flag, so a probe's 0 is a miss.
var p8ScanShort = *wordtab.New(p8Words(), func(w string) scanFlags {
	f, _ := scanTable.get(w)
	if f == 0 {
		panic("sources: a word of scanTable with no flag, which p8ScanFlags could not tell from a miss: " + w)
	}
	return f
})

// p8Words returns scanTable's words.
func p8Words() []string {
	var words []string
	for _, s := range scanTable.slots {
		if s.used {
			words = append(words, s.key)
		}
	}
	return words
}

// p8ScanFlags returns scanTable's flags of the word lower[s:e], or 0
// when the table does not hold it: the scan's lookup of a Plain word,
// whose lower-case form is the document's lower-case text at its span.
// A word of more than sixteen bytes, or one among the text's last
// sixteen, is asked of scanTable itself. TestP8ScanFlags holds the two
// to the same answers.
func p8ScanFlags(lower string, s, e int) scanFlags {
	n := uint(e - s)
	if n-1 > 15 || s < 0 || len(lower)-s < 16 {
		f, _ := scanTable.get(lower[s:e])
		return f
	}
	// wordtab.At's steps, written out: a call to At, too large to
	// inline, for every word cost more than the probe it makes. Most
	// words have eight bytes or fewer: one load, hashed by one
	// multiplication.
	t := &p8ScanShort
	lo := doc.Word8(lower, s) & wordtab.LoMask(n)
	if n <= 8 {
		return t.Get8(lo, n)
	}
	return t.Get16(lo, doc.Word8(lower, s+8)&wordtab.HiMask(n), n)
}
