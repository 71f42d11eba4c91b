package speaker

import "strings"

// caselessPunctFrom reports whether every byte of w from i on that is
// not ASCII belongs to a mark of U+2000 to U+203F (E2 80 80 to E2 80
// BF: the curly quotation marks and apostrophes, the dashes, the
// ellipsis), each a whole character. Those marks have no case, so
// strings.ToLower(w) is then w with its ASCII capitals lowered byte for
// byte, of the same length, and a caller that lowers ASCII itself may
// skip strings.ToLower, which maps such a word a rune at a time into a
// new string (some 300 instructions for "“We", the first word of a
// sentence that opens in marks). Invalid UTF-8, or any other character,
// reads false: strings.ToLower may change it.
func caselessPunctFrom(w string, i int) bool {
	for i < len(w) {
		if w[i] < 0x80 {
			i++
			continue
		}
		if w[i] != 0xE2 || i+3 > len(w) || w[i+1] != 0x80 || w[i+2]&0xC0 != 0x80 {
			return false
		}
		i += 3
	}
	return true
}

// p35LeadWords holds the words of n45Clears (bit 1) and n45Pasts (bit
// 2) in one map: n45LeadWords asks both of the first word of most
// mentions in lower case ("the mayor", "his aide"), which is in
// neither, and one look-up costs half of two.
var p35LeadWords = func() map[string]byte {
	m := map[string]byte{}
	for w, ok := range n45Clears {
		if ok {
			m[w] |= 1
		}
	}
	for w, ok := range n45Pasts {
		if ok {
			m[w] |= 2
		}
	}
	return m
}()

// trimSpace is strings.TrimSpace(s), which it returns without the call
// where s begins and ends with an ASCII byte that is no white space
// (no byte of a character beyond ASCII is ASCII, so nothing is cut):
// the cues the passes over all quotations trim ("said", "told") are
// such, and the call cost some 40 instructions each (n9Label,
// n9Glossary, n24Deliberation).
func trimSpace(s string) string {
	if n := len(s); n > 0 && p35Kept[s[0]] && p35Kept[s[n-1]] {
		return s
	}
	return strings.TrimSpace(s)
}

// p35Kept marks the ASCII bytes that are no white space
// (unicode.IsSpace): strings.TrimSpace cuts nothing at such a byte.
var p35Kept = func() (k [256]bool) {
	for c := 0; c < 0x80; c++ {
		k[c] = !asciiSpace(byte(c))
	}
	return k
}()
