package speaker

// The classes of the byte before a name that f4Subject tells apart
// (p9Before).
const (
	p9Other  = iota // a byte that makes the name no subject
	p9Blank         // ' ', '\n', '\r', '\t': passed over
	p9Stop          // '.', '!', '?', '"', ')': a sentence's or a quotation's end
	p9Close         // 0x9D, the last byte of ”
	p9Comma         // ','
	p9Letter        // an ASCII letter: the word before the name
)

// p9Before is the class of each byte before a name for f4Subject.
var p9Before = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = p9Letter, p9Letter
	}
	t[' '], t['\n'], t['\r'], t['\t'] = p9Blank, p9Blank, p9Blank, p9Blank
	t['.'], t['!'], t['?'], t['"'], t[')'] = p9Stop, p9Stop, p9Stop, p9Stop, p9Stop
	t[0x9D] = p9Close
	t[','] = p9Comma
	return t
}()
