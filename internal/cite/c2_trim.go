package cite

// cutset is a set of ASCII bytes to trim, made once: strings.Trim made
// its set again from the cutset string at every call, which cost more
// than the trimming of the few bytes at the ends of a field. For a
// cutset of ASCII bytes, strings.Trim trims bytes, as these do
// (TestCutsets).
type cutset [256]bool

func newCutset(chars string) *cutset {
	var t cutset
	for i := 0; i < len(chars); i++ {
		if chars[i] >= 0x80 {
			panic("cite: a cutset byte outside ASCII")
		}
		t[chars[i]] = true
	}
	return &t
}

// trim is strings.Trim(s, chars) for the cutset's chars.
func (t *cutset) trim(s string) string {
	i, j := 0, len(s)
	for i < j && t[s[i]] {
		i++
	}
	for j > i && t[s[j-1]] {
		j--
	}
	return s[i:j]
}

// trimRight is strings.TrimRight(s, chars) for the cutset's chars.
func (t *cutset) trimRight(s string) string {
	j := len(s)
	for j > 0 && t[s[j-1]] {
		j--
	}
	return s[:j]
}

// The cutsets of the trims ParseEntry makes of every entry and field.
var (
	cutTidy      = newCutset(" ,;")   // the ends of a tidied entry
	cutTitle     = newCutset(" ,.;:") // the punctuation a style sets inside a title's marks
	cutPublisher = newCutset(" ,.")
	cutPart      = newCutset(" .,;") // the ends of a part after a title
	cutNames     = newCutset(" ,;:") // the end of a list of names
)
