package sources

// An activeFilter is the set nextActive asks of every plain word that
// starts with a small letter: whether it may be one of scanWords. It
// hashes the word's first, middle and last bytes and its length, where
// doc.WordFilter hashes the first and last and the length alone, so
// that the common words that share those three with a word of the
// lists ("plaque" with "people", "side" with "some", "story" with
// "study") are told apart and passed over by nextActive rather than
// looked up by the scan: a third of the small-letter words the scan
// read were such.
type activeFilter [activeBits / 64]uint64

const activeBits = 1 << 14

// activeBit is the filter's bit for a word w of n bytes, n > 0, whose
// first, middle (w[n/2], in range for every n) and last bytes are
// given.
func activeBit(first, mid, last byte, n int) uint32 {
	h := uint32(first) | uint32(mid)<<8 | uint32(last)<<16 | uint32(n&0xff)<<24
	return (h * 0x9E3779B1) >> (32 - 14)
}

// add adds w, a word in lower case, to the filter.
func (f *activeFilter) add(w string) {
	if w == "" {
		return
	}
	b := activeBit(w[0], w[len(w)>>1], w[len(w)-1], len(w))
	f[b/64] |= 1 << (b % 64)
}

// maybe reports whether the word of n bytes, n > 0, with those bytes
// may be in the filter: false means it is not.
func (f *activeFilter) maybe(first, mid, last byte, n int) bool {
	b := activeBit(first, mid, last, n)
	return f[b/64]&(1<<(b%64)) != 0
}

// scanActive holds scanWords, for nextActive.
var scanActive = func() *activeFilter {
	f := new(activeFilter)
	for w := range scanWords {
		f.add(w)
	}
	return f
}()
