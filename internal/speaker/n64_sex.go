package speaker

// n64NounSex returns the sex ('m' or 'f') of the noun for a person
// that stands right before a name starting at start, one space
// between: "His daughter Fiona", "her husband Tom", "the actress Ann
// Reed" (persons.txt gives the noun's sex); else 0. A name whose given
// name the list lacks took no sex before, and a "he" nearby could mean
// her. Reads the few bytes before the name, only where a lower-case
// letter ends the word before it.
func n64NounSex(text string, start int) byte {
	e := start - 1
	if e < 1 || text[e] != ' ' || text[e-1] < 'a' || text[e-1] > 'z' {
		return 0
	}
	b := e
	for b > 0 && b > e-16 && text[b-1] >= 'a' && text[b-1] <= 'z' {
		b--
	}
	if b > 0 && isASCIILetter(text[b-1]) {
		return 0 // a longer word, or one with a capital: no noun of the list
	}
	if g := persons[text[b:e]]; g == 'm' || g == 'f' {
		return g
	}
	return 0
}
