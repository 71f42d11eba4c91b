package doc

import "strings"

// A ByteScan finds the next place of any of a few bytes in a text read
// from its start to its end, as the quotation and citation scanners read
// their paragraphs. It keeps for each byte where it was last found and
// where that search began, and searches again (strings.IndexByte, which
// reads many bytes an instruction) only for a byte whose last place the
// reader has passed: each byte's searches cover the text once while the
// reader moves forward, and a question asks a few remembered places for
// the least. A loop over the text testing every byte against a set cost
// five to eight instructions a byte, and most of a text holds none of
// the bytes looked for.
type ByteScan struct {
	text  string
	bytes string // the bytes looked for
	// at[k] is the first place of bytes[k] from from[k] on, or
	// len(text): the byte is nowhere in [from[k], at[k]).
	at, from [MaxScanBytes]int
}

// MaxScanBytes is the most bytes a ByteScan looks for; NewByteScan
// keeps the first MaxScanBytes of a longer set.
const MaxScanBytes = 8

// NewByteScan returns a ByteScan of text for the bytes of set.
func NewByteScan(text, set string) ByteScan {
	s := ByteScan{text: text, bytes: set[:min(len(set), MaxScanBytes)]}
	for k := range s.at {
		s.at[k] = -1 // searched at the first question
	}
	return s
}

// Next returns the first place from i that holds one of the bytes, or
// end if there is none before end. A question behind an earlier one
// searches again from there, so a reader that steps back pays for what
// it reads again.
func (s *ByteScan) Next(i, end int) int {
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

// IsZero reports whether s is a zero ByteScan, not made by NewByteScan,
// for a reader that makes its scan when first asked.
func (s *ByteScan) IsZero() bool { return s.bytes == "" && s.text == "" }
