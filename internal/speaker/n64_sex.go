package speaker

// n64NounSex returns the sex ('m' or 'f') of the noun for a person
// that stands right before a name starting at start, one space
// between: "His daughter Fiona", "her husband Tom", "the actress Ann
// Reed" (persons.txt gives the noun's sex), or a comma and a space
// where the name ends at a comma, an appositive ("Erdahl's mother,
// Solfrid Erdahl,": its caller asks only of a name whose given name
// tells no sex); else 0. end is the name's end. A name whose given
// name the list lacks took no sex before, and a "he" nearby could mean
// her. Reads the few bytes before the name, only where a lower-case
// letter ends the word before it.
func n64NounSex(text string, start, end int) byte {
	e := start - 1
	if e >= 3 && text[e] == ' ' && text[e-1] == ',' && end < len(text) && text[end] == ',' {
		e-- // "Erdahl's mother, Solfrid Erdahl,": the noun before the appositive's comma, the name between commas
	}
	if e < 2 || text[e] != ' ' && text[e] != ',' || !n64SexEnds.has(text[e-2], text[e-1]) {
		return 0 // the word before ends as no such noun does ("said", "the"): most names
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

// n64SexEnds holds the last two letters of each noun of persons.txt
// that gives a sex ("er" of "daughter", "an" of "spokeswoman"), and
// n64MediaStarts the first two of each word of n64Media: a word that
// ends or starts otherwise is none of them, told without reading or
// hashing it. Names are some 4% of a news text's words, and most have
// no sex a list tells.
var n64SexEnds, n64MediaStarts = func() (ends, starts *pairSet) {
	ends, starts = new(pairSet), new(pairSet)
	for w, g := range persons {
		if (g == 'm' || g == 'f') && len(w) >= 2 {
			ends.add(w[len(w)-2], w[len(w)-1])
		}
	}
	for w := range n64Media {
		starts.add(w[0], w[1])
	}
	return ends, starts
}()

// A pairSet is a set of pairs of bytes.
type pairSet [1 << 16 / 64]uint64

func (s *pairSet) add(a, b byte) {
	h := uint(a)<<8 | uint(b)
	s[h>>6] |= 1 << (h & 63)
}

func (s *pairSet) has(a, b byte) bool {
	h := uint(a)<<8 | uint(b)
	return s[h>>6]&(1<<(h&63)) != 0
}

// n64MediaAfter reports whether the name ending at end names an outlet
// by the noun right after it, "told KRVN radio", "on CBS television",
// "the Ashton Gazette newspaper": a thing, not whom a "he" or "she"
// after it means.
func n64MediaAfter(text string, end int) bool {
	if end+2 >= len(text) || text[end] != ' ' || !n64MediaStarts.has(text[end+1], text[end+2]) {
		return false
	}
	e := lowerRunEnd(text, end+1, 12)
	if e < len(text) && isASCIILetter(text[e]) {
		return false
	}
	return n64Media[text[end+1:e]]
}

// lowerRunEnd returns the end of the run of ASCII lower-case letters
// that starts at text[p], read for at most n bytes.
func lowerRunEnd(text string, p, n int) int {
	e := p
	for e < len(text) && e < p+n && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	return e
}

// n64Media are the nouns of an outlet that a name before them modifies.
var n64Media = map[string]bool{"radio": true, "television": true, "tv": true, "newspaper": true, "network": true, "station": true, "channel": true, "magazine": true, "website": true, "podcast": true, "programme": true, "program": true, "show": true, "broadcaster": true}
