package segment

// plainStop answers isBoundary for the commonest full stop of prose
// without its general path: one full stop, with no closer, after a word
// of small ASCII letters that begins the sentence's text or follows a
// space, before spaces or line breaks and an ASCII capital ("the water
// stood still.  The strike"). There isBoundary's tests come to one:
// whether the word is a listed abbreviation, which abbrevLead answers
// for most words before their hash is made. sure is false for every
// other stop, which the general path decides (TestPlainStop holds the
// two to the same answers); about 420 instructions a stop in the
// general path, where this one takes a few dozen.
func plainStop(text string, start, term, k, end int) (ok, sure bool) {
	if text[term] != '.' || k != term+1 {
		return false, false // another terminator, a run of them, or closers after
	}
	next := k
	for next < end && (text[next] == ' ' || text[next] == '\n') {
		next++
	}
	if next == k || next >= end || text[next] < 'A' || text[next] > 'Z' {
		return false, false
	}
	w := term
	for w > start && 'a' <= text[w-1] && text[w-1] <= 'z' {
		w--
	}
	if w == term || w > start && text[w-1] != ' ' && text[w-1] != '\n' {
		return false, false // no word of small letters, or more of the word before it
	}
	if n := term - w; n > maxLead || abbrevLead[n]&(1<<(text[w]-'a')) == 0 {
		return true, true // no listed abbreviation of its length opens with its letter
	}
	switch abbreviation(text[w:term]) {
	case abbrevNever:
		return false, true
	case abbrevMaybe:
		return starterAt(text, next, end), true
	}
	return true, true // abbrevNumber before a capital, or no abbreviation
}

// maxLead is the longest word abbrevLead answers for: longer words are
// no listed abbreviation (abbreviation's own gate, longestAbbreviation,
// is at most this).
const maxLead = 16

// abbrevLead has bit c-'a' of abbrevLead[n] set when a listed
// abbreviation of n bytes, as written, opens with the small letter c:
// a word of small letters can only be one of those. Made by init, after
// the list is read (leadOf).
var abbrevLead [maxLead + 1]uint32

// leadOf returns abbrevLead for the words of set.
func leadOf[V any](set map[string]V) (t [maxLead + 1]uint32) {
	for w := range set {
		if c := w[0]; len(w) <= maxLead && 'a' <= c && c <= 'z' {
			t[len(w)] |= 1 << (c - 'a')
		}
	}
	return t
}
