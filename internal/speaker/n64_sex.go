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

// n64MediaAfter reports whether the name ending at end names an outlet
// by the noun right after it, "told KRVN radio", "on CBS television",
// "the Ashton Gazette newspaper": a thing, not whom a "he" or "she"
// after it means.
func n64MediaAfter(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	e := end + 1
	for e < len(text) && e < end+12 && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e < len(text) && isASCIILetter(text[e]) {
		return false
	}
	return n64Media[text[end+1:e]]
}

// n64Media are the nouns of an outlet that a name before them modifies.
var n64Media = map[string]bool{"radio": true, "television": true, "tv": true, "newspaper": true, "network": true, "station": true, "channel": true, "magazine": true, "website": true, "podcast": true, "programme": true, "program": true, "show": true, "broadcaster": true}
