package cite

import "unicode/utf8"

// longestHead is the length in bytes of the longest heading of
// headings.txt and references.txt.
var longestHead = func() int {
	n := 0
	for _, set := range []map[string]bool{noteHeads, refHeads} {
		for h := range set {
			n = max(n, len(h))
		}
	}
	return n
}()

// mayBeHead reports whether the text of a short paragraph, trimmed as
// headingKind trims it, can be one of the headings: an ASCII line longer
// than every heading cannot (its lower-case form is as long), where a
// line with a rune outside ASCII may lower-case to fewer bytes. The
// title and standfirst of most articles are such lines, and were
// lower-cased and looked up twice for nothing.
func mayBeHead(s string) bool {
	if len(s) <= longestHead {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
