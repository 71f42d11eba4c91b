package speaker

// g3Stops counts the full stops of initials, titles and suffixes among
// the six tokens that end at toks[k] ("R." and "Jr." in "Joseph R.
// Biden Jr."), at most three. A name's full stops are tokens of their
// own, so a window of tokens read back from a cue holds fewer of the
// name's words when it has initials: subjectEnding's window of four
// tokens reached "R. Biden Jr." and named the speaker so, though the
// mention was then widened to "Joseph R. Biden Jr.". News prose writes
// middle initials and "Jr." often in a first mention. The window is
// bounded, and a stop is counted only right after a word (no space).
func g3Stops(text string, toks []tok, k int) int {
	n := 0
	for j := k; j > 0 && j >= k-5 && n < 3; j-- {
		if t := &toks[j]; !t.word && t.e-t.s == 1 && text[t.s] == '.' && toks[j-1].word && toks[j-1].e == t.s && initialTok(text, &toks[j-1]) {
			n++
		}
	}
	return n
}
