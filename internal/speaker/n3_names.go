package speaker

import "strings"

// n3FullBefore returns the full name of a person among the 200 cands
// before cands[k] whose last word is surname, the nearest one: "Donald
// Trump" for "Trump", "Homeland Security Secretary Jeh Johnson" for
// "Johnson"; "" when there is none. News prose names a person in full
// once and by the surname after that, and the surname alone often opens
// a sentence ("Trump has also commented on …"). findNames keeps a
// one-word name that opens a sentence only where the word is also read
// as a name inside one; without this the surname was dropped, and a
// pronoun after it ("On Wednesday, he told …") went to a name further
// back. The surname stands for the full name it follows, which the
// mention then carries, as a pronoun's resolution would; where two
// people share it ("Gary Johnson", "Jeh Johnson") the nearer is meant.
// Only a person's full name is read (its sex is known, or a word before
// the surname is a given name, a title or a noun for a person:
// "Senator Mark Ridley", "Secretary Jeh Johnson"), so that the last
// word of a place or a body ("New York Times", "White House") is never
// made a name at a sentence's start. findNames asks it only of an
// initial name it does not keep otherwise, and it reads a bounded
// window of cands.
func n3FullBefore(cands []cand, k int, surname string) string {
	for j := k - 1; j >= 0 && j >= k-200; j-- {
		c := &cands[j]
		t := c.text
		if c.initial || len(t) <= len(surname)+1 || t[len(t)-len(surname)-1] != ' ' || t[len(t)-len(surname):] != surname {
			continue
		}
		if c.gender != 0 {
			return t
		}
		for w := range strings.FieldsSeq(t[:len(t)-len(surname)-1]) {
			if classOf(lexOfWord(w))&(isGiven|isTitle|isPerson) != 0 {
				return t
			}
		}
	}
	return ""
}

// n3AfterCue reports whether t, the word before a proper modifier that
// n2ProperHead read, is a verb of reporting in lower case: the trailing
// cue of an inverted attribution, "…, said Con Edison officials, who
// added …". The subject follows its verb there, and the verb is no part
// of it, as a preposition is not ("by New York magazine that …"), so
// the phrase after it is read as the one "who" stands for.
func n3AfterCue(text string, t *tok) bool {
	return t.is(isReporting) && !capital(t.str(text))
}
