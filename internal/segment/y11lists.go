package segment

// lists is what the tokenizer lists as it passes each byte of the
// paragraphs, for the stages that would otherwise search the text again
// for a few kinds of byte: the places, in the order of the text, of
//
//   - terms: each punctuation token that begins a sentence terminator:
//     '.' (or a run "..."), '!', '?' and "…". The sentence scan reads
//     them (termScan.listed). A full stop inside a word or number ("L.M",
//     "3.5") is listed nowhere: a letter or digit follows it, so that it
//     never ends a sentence;
//   - marks: at least every byte that may begin a quotation mark (the
//     quote stage's glyphs: the straight double quote, the apostrophe,
//     the backtick and the lead bytes C2, E2 and E3), in words and out
//     of them; the dashes and other runes of E2 that plainRun passes are
//     left out, since none is a mark. The quote stage reads them
//     (doc.Document.MarkAt).
//
// TestListedSentences holds each list to a search of the text.
type lists struct {
	terms, marks []int32
}

// grow makes room in each list for n more places: plainRun writes at
// most one a byte, without growing a list in its loop (see term).
func (l *lists) grow(n int) {
	if cap(l.terms)-len(l.terms) < n || cap(l.marks)-len(l.marks) < n {
		l.growBoth(n) // seldom: the test is what plainRun pays a block
	}
}

// growBoth is grow's seldom path, kept out of line so that grow, asked
// at every block of plainRun, stays small enough to be inlined there.
//
//go:noinline
func (l *lists) growBoth(n int) {
	l.terms = roomFor(l.terms, n)
	l.marks = roomFor(l.marks, n)
}

// roomFor returns s with room for n more places: s itself when it has
// it, else a copy with twice its capacity or more. append's growth,
// by a quarter for a long list, copied a list of a whole text's marks
// some five times its size in all, where doubling copies it about once.
func roomFor(s []int32, n int) []int32 {
	if cap(s)-len(s) >= n {
		return s
	}
	t := make([]int32, len(s), max(2*cap(s), len(s)+n))
	copy(t, s)
	return t
}

// term lists a terminator at i, in the room grow made: no growth, and so
// no call, in plainRun's loop.
func (l *lists) term(i int) {
	t := l.terms[:len(l.terms)+1]
	t[len(t)-1] = int32(i)
	l.terms = t
}

// mark lists a mark at i, as term does.
func (l *lists) mark(i int) {
	t := l.marks[:len(l.marks)+1]
	t[len(t)-1] = int32(i)
	l.marks = t
}

// marksIn lists the mark bytes of text[i:j], a stretch the general path
// of tokenize read: a word with an apostrophe, a mark, a rune outside
// ASCII. Such stretches are short and seldom.
func (l *lists) marksIn(text string, i, j int) {
	for ; i < j; i++ {
		if markByte[text[i]] {
			l.marks = append(roomFor(l.marks, 1), int32(i))
		}
	}
}

// mark1 lists a mark at i from tokenize, which may find no room left by
// plainRun's last block.
func (l *lists) mark1(i int) {
	l.marks = append(roomFor(l.marks, 1), int32(i))
}

// addTerm lists a terminator at i from tokenize's general path, which
// may find no room left by plainRun's last block.
func (l *lists) addTerm(i int) {
	l.terms = append(roomFor(l.terms, 1), int32(i))
}

// markByte marks the bytes that may begin a quotation mark: the ASCII
// marks and the lead bytes of the UTF-8 encodings of the others (the
// quote stage's isMarkByte).
var markByte = [256]bool{'"': true, '\'': true, '`': true, 0xC2: true, 0xE2: true, 0xE3: true}
