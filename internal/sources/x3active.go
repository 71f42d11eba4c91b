package sources

// firstLens is nextActive's first test of a Plain word, by its first
// byte c: bit n is set when scanWords may hold a word of n bytes that
// starts with c (n below 32: no word of the lists is that long, so that
// a longer word, whose length is taken modulo 32, is either turned away
// rightly or asked of the filter). A byte that is no small letter has
// every bit set, so that one load, a shift and a test pass over most
// words ("the", "of", "harbour") and stop at the rest (a capital, a
// small letter with a word of that length in the lists), which the loop
// then tells apart. It replaced a test of the letter, a test of the
// length below 16 and a load from a table of lengths by letter, each a
// compare and a branch.
var firstLens = func() (t [256]uint32) {
	for c := range t {
		if c < 'a' || c > 'z' {
			t[c] = ^uint32(0)
		}
	}
	for w := range scanWords {
		if len(w) >= 32 {
			panic("sources: firstLens wants the words of scanWords shorter than 32 bytes: " + w)
		}
		if c := w[0]; 'a' <= c && c <= 'z' {
			t[c] |= 1 << len(w)
		}
	}
	return t
}()
