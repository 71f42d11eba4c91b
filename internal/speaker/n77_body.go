package speaker

// n77BodyWord reports whether a name of no known sex is a body's or a
// place's, not a person's, by its head word: one word of bodies or
// n77Heads ("the state’s Office of Emergency Services" gives the name
// "Office", as a name stops at "of"; "Tolvern Children’s Hospital"
// gives "Hospital" after the possessive), or a name of several words
// whose last is one of n77Heads ("Haverbrook University Medical
// Center"), or a name with a digit ("VT-418"), or a unit ("Celsius").
// After a possessive nothing marked such a name a thing, so "he" two
// clauses on ("…, and he acknowledged that …"; "“…,” he said" after
// "a specialist at Tolvern Children’s Hospital") resolved to it. No one
// "he" or "she" means is any of them.
func n77BodyWord(name string) bool {
	// One pass for the digits and the last word's start: IndexAny
	// and LastIndexByte cost some 8 M instructions on the news
	// benchmark, asked of every name of no known sex.
	sp := -1
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= '0' && c <= '9' {
			return true
		} else if c == ' ' {
			sp = i
		}
	}
	last, multi := name[sp+1:], sp >= 0
	// Lower-cased in a buffer on the stack: strings.ToLower made a
	// string for every name of no known sex (some 10 M instructions on
	// BenchmarkQuotesSpeakersNews), and a lookup with a converted
	// buffer makes none. Every head is 4 to 14 ASCII letters.
	if len(last) < 4 || len(last) > 14 {
		return false
	}
	var b [14]byte
	w, ok := lowerLetters(b[:], last)
	if !ok {
		return false // a mark, a byte of a wider character
	}
	if multi {
		return n77Heads[string(w)]
	}
	return bodies[string(w)] || n77Heads[string(w)]
}

// lowerLetters writes w lower-cased into dst and returns it, when w is
// ASCII letters only and fits; a map lookup with string(...) of the
// result makes no string, where strings.ToLower makes one for every
// word with a capital.
func lowerLetters(dst []byte, w string) ([]byte, bool) {
	if len(w) > len(dst) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return nil, false
		}
		dst[i] = c
	}
	return dst[:len(w)], true
}

// n77Heads are the heads of the names of institutions and places, and
// units, that no person's surname is in practice: a name of several
// words that ends with one ("Tamsen County Medical Center") or one alone
// is no one a pronoun means. Words that are surnames as often ("Park",
// "Hall", "Court", "Bank", "Church", "Field") are left out.
var n77Heads = map[string]bool{
	"hospital": true, "clinic": true, "university": true, "college": true, "institute": true, "museum": true,
	"library": true, "stadium": true, "arena": true, "airport": true, "laboratory": true, "observatory": true,
	"ministry": true, "department": true, "agency": true, "commission": true, "committee": true, "council": true,
	"corporation": true, "company": true, "foundation": true, "association": true, "authority": true,
	"administration": true, "organization": true, "bureau": true, "center": true, "centre": true, "school": true,
	"office": true, "board": true, "celsius": true, "fahrenheit": true,
}

// ordinalBefore reports whether a number written as an ordinal in
// figures stands right before offset i ("the 3rd Ward", "the 9th
// District", "52nd Street"): the name after it is a division or a
// place, no one a pronoun means.
func ordinalBefore(text string, i int) bool {
	if i < 4 || text[i-1] != ' ' {
		return false
	}
	s := text[i-3 : i-1]
	if s != "st" && s != "nd" && s != "rd" && s != "th" {
		return false
	}
	c := text[i-4]
	return c >= '0' && c <= '9'
}
