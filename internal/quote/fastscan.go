package quote

import "strings"

// A byteScan finds the next place of any of a few bytes in a text read
// from its start to its end, as the scanner reads its paragraphs. It
// keeps for each byte where it was last found and where that search
// began, and searches again (strings.IndexByte, which reads many bytes
// an instruction) only for a byte whose last place the reader has
// passed: each byte's searches cover the text once, and a question asks
// a few remembered places for the least. A loop over the text that
// tested eight bytes at a time for every mark cost some eight
// instructions a byte; most of a text holds no mark (TestByteScan).
type byteScan struct {
	text  string
	bytes string // the bytes looked for
	// at[k] is the first place of bytes[k] from from[k] on, or
	// len(text): the byte is nowhere in [from[k], at[k]).
	at, from [maxScanBytes]int
}

// maxScanBytes is the most bytes a byteScan looks for.
const maxScanBytes = 8

// newByteScan returns a byteScan of text for the bytes of set, which
// has at most maxScanBytes of them.
func newByteScan(text, set string) byteScan {
	s := byteScan{text: text, bytes: set[:min(len(set), maxScanBytes)]}
	for k := range s.at {
		s.at[k] = -1 // searched at the first question
	}
	return s
}

// next returns the first place from i that holds one of the bytes, or
// end if there is none before end.
func (s *byteScan) next(i, end int) int {
	best := end
	at, from := s.at[:len(s.bytes)], s.from[:len(s.bytes)]
	for k := range at {
		if at[k] < i || i < from[k] {
			from[k] = i
			at[k] = len(s.text)
			if j := strings.IndexByte(s.text[i:], s.bytes[k]); j >= 0 {
				at[k] = i + j
			}
		}
		best = min(best, at[k])
	}
	return best
}
