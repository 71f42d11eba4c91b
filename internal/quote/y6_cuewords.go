package quote

// CueWords returns the words of cues.txt, in lower case: the words IsCue
// is true of (and of no other lower-case word). The speaker stage gives
// each a lexicon entry, so that its tokens answer IsCue from a bit set
// when the text is read instead of hashing the word again; the slice is
// the caller's.
func CueWords() []string {
	out := make([]string, 0, len(cues.words))
	for w, ok := range cues.words {
		if ok {
			out = append(out, w)
		}
	}
	return out
}
