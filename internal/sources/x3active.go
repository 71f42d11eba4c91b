package sources

// firstLens is nextActive's first test of a Plain word, by its first
// byte c: bit n, for n below 16, is set when scanWords may hold a word
// of n bytes that starts with c, and bit 16 stands for every length of
// 16 or more. A byte that is no small letter has every bit set, so that
// one load, a shift and a test pass over most words ("the", "of",
// "harbour") and stop at the rest (a capital, a small letter with a
// word of that length in the lists), which the loop then tells apart.
// It replaces a test of the letter, a test of the length and a load
// from scanLens, each a compare and a branch.
var firstLens = func() (t [256]uint32) {
	for c := range t {
		if c < 'a' || c > 'z' {
			t[c] = ^uint32(0)
		}
	}
	for w := range scanWords {
		if c := w[0]; 'a' <= c && c <= 'z' {
			t[c] |= 1 << min(len(w), 16)
		}
	}
	return t
}()
