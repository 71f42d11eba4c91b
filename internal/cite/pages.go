package cite

import "strings"

// The first two page patterns read by hand. Every entry with a page word
// or a colon before a digit runs one of them ("…, 1958), p. 112.", "…
// 14 (1997): 33–58."), and the regexp's backtracker costs many times a
// byte loop. Each function answers what its pattern's
// FindStringSubmatchIndex gives for group 1 (the pages); TestPageFinds
// holds them to the patterns on random text.

// pageFinds gives, for each of pageRes, where its group 1 is in t, from
// the pattern's leftmost match, and whether it matched.
var pageFinds = []func(t string) (lo, hi int, ok bool){
	findPageWord,
	findColonPages,
	regexpFind(2),
	regexpFind(3),
	regexpFind(4),
}

// regexpFind returns a finder that runs pageRes[k].
func regexpFind(k int) func(t string) (int, int, bool) {
	return func(t string) (int, int, bool) {
		m := pageRes[k].FindStringSubmatchIndex(t)
		if m == nil {
			return 0, 0, false
		}
		return m[2], m[3], true
	}
}

// findPageWord is pageRes[0], "p.", "pp.", "page", "pages", "pg." or
// "pgs." in any case after the start or a separator, then the pages:
// numbers with a letter ("12a") or roman numerals, each perhaps a range.
// The pattern ignores case as Unicode folds it, under which the long s
// (U+017F) is an s and the kelvin sign (U+212A) a k: text with either
// is left to the pattern, and in any other only ASCII letters match the
// pattern's letters.
func findPageWord(t string) (int, int, bool) {
	if strings.Contains(t, "\u017f") || strings.Contains(t, "\u212a") {
		return regexpFind(0)(t)
	}
	for s := 0; s < len(t); s++ {
		// The pattern's first alternative, the start of t, before the
		// separator that may stand there.
		if s == 0 {
			if lo, hi, ok := pagesAfterWord(t, 0); ok {
				return lo, hi, true
			}
		}
		switch t[s] {
		case ' ', '\t', '\n', '\f', '\r', ',', ';', ':', '(':
			if lo, hi, ok := pagesAfterWord(t, s+1); ok {
				return lo, hi, true
			}
		}
	}
	return 0, 0, false
}

// pagesAfterWord matches the page word at q and the pages after it,
// trying the pattern's alternatives in its order: "pp." before "p.",
// "pages" before "page", "pgs." before "pg.".
func pagesAfterWord(t string, q int) (int, int, bool) {
	if q >= len(t) || t[q]|0x20 != 'p' {
		return 0, 0, false
	}
	at := func(i int, c byte) bool { return i < len(t) && t[i]|0x20 == c } // c a lower-case letter
	dot := func(i int) bool { return i < len(t) && t[i] == '.' }
	var ends [2]int // where the page word may end, in the order tried
	n := 0
	switch {
	case at(q+1, 'p'):
		if dot(q + 2) {
			ends[n], n = q+3, n+1
		}
	case dot(q + 1):
		ends[n], n = q+2, n+1
	case at(q+1, 'a') && at(q+2, 'g') && at(q+3, 'e'):
		if at(q+4, 's') {
			ends[n], n = q+5, n+1
		}
		ends[n], n = q+4, n+1
	case at(q+1, 'g'):
		if at(q+2, 's') && dot(q+3) {
			ends[n], n = q+4, n+1
		} else if dot(q + 2) {
			ends[n], n = q+3, n+1
		}
	}
	for _, e := range ends[:n] {
		if lo, hi, ok := pagesAt(t, skipReSpace(t, e)); ok {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

// pagesAt matches the pattern's pages at v: numbers first, then roman
// numerals, each run as long as it goes (a shorter run leaves a digit
// or numeral after it, where nothing of the pattern matches), then a
// word boundary.
func pagesAt(t string, v int) (int, int, bool) {
	if a := digitsEnd(t, v); a > v {
		// A letter after the number, or none; each with a range, or none.
		xs, nx := letterEnds(t, a)
		for _, x := range xs[:nx] {
			if y := skipReSpace(t, x); dashLen(t, y) > 0 {
				z := skipReSpace(t, y+dashLen(t, y))
				if f := digitsEnd(t, z); f > z {
					es, ne := letterEnds(t, f)
					for _, e := range es[:ne] {
						if wordBoundary(t, e) {
							return v, e, true
						}
					}
				}
			}
			if wordBoundary(t, x) {
				return v, x, true
			}
		}
	}
	if a := romanEnd(t, v); a > v {
		if y := skipReSpace(t, a); dashLen(t, y) > 0 {
			z := skipReSpace(t, y+dashLen(t, y))
			if f := romanEnd(t, z); f > z && wordBoundary(t, f) {
				return v, f, true
			}
		}
		if wordBoundary(t, a) {
			return v, a, true
		}
	}
	return 0, 0, false
}

// findColonPages is pageRes[1]: ")" or a digit, a colon, and a number or
// a range of numbers ("(1997): 33–58"), at the leftmost place it is.
func findColonPages(t string) (int, int, bool) {
	for p := 0; p < len(t); p++ {
		if t[p] != ')' && !isDigitByte(t[p]) {
			continue
		}
		q := skipReSpace(t, p+1)
		if q >= len(t) || t[q] != ':' {
			continue
		}
		r := skipReSpace(t, q+1)
		a := digitsEnd(t, r)
		if a == r {
			continue
		}
		if y := skipReSpace(t, a); dashLen(t, y) > 0 {
			z := skipReSpace(t, y+dashLen(t, y))
			if f := digitsEnd(t, z); f > z && wordBoundary(t, f) {
				return r, f, true
			}
		}
		if wordBoundary(t, a) {
			return r, a, true
		}
	}
	return 0, 0, false
}

// skipReSpace returns the end of the white space (\s in a regexp) at i.
func skipReSpace(t string, i int) int {
	for i < len(t) && reSpace(t[i]) {
		i++
	}
	return i
}

// digitsEnd returns the end of the ASCII digits at i.
func digitsEnd(t string, i int) int {
	for i < len(t) && isDigitByte(t[i]) {
		i++
	}
	return i
}

// romanEnd returns the end of the letters i, v, x, l and c, in either
// case, at i.
func romanEnd(t string, i int) int {
	for i < len(t) {
		switch t[i] | 0x20 {
		case 'i', 'v', 'x', 'l', 'c':
			i++
			continue
		}
		break
	}
	return i
}

// letterEnds gives where the pattern's optional letter after a number
// at a may end, in the order tried: after a letter there, then at a. An
// array, not a slice, so that asking makes no garbage.
func letterEnds(t string, a int) ([2]int, int) {
	if a < len(t) && ('a' <= t[a]|0x20 && t[a]|0x20 <= 'z') {
		return [2]int{a + 1, a}, 2
	}
	return [2]int{a}, 1
}

// dashLen returns the length of the hyphen, en dash or em dash at i, or
// 0 when there is none.
func dashLen(t string, i int) int {
	switch {
	case i < len(t) && t[i] == '-':
		return 1
	case strings.HasPrefix(t[i:], "–"), strings.HasPrefix(t[i:], "—"):
		return len("–")
	}
	return 0
}

// wordBoundary reports whether \b holds at i: an ASCII word character
// on one side of it and none on the other.
func wordBoundary(t string, i int) bool {
	before := i > 0 && asciiWordByte(t[i-1])
	after := i < len(t) && asciiWordByte(t[i])
	return before != after
}
