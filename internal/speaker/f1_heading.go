package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// abstainHeadingNames takes back a "he" or "she" resolved to a "name"
// that is the tail of a heading run into the first words of a chapter:
// "CHAPTER II It was late", "THE STRANGE MAN'S ARRIVAL The stranger
// came", read as the names "II It" and "S ARRIVAL The". Such a run ends
// with a word that names no one (function.txt: "The", "It"; not after a
// given name, where it is a surname: "Charlene Oh") or holds a
// chapter's Roman numeral before its last word; a person's name does
// neither (a regnal number ends it: "Louis XIV"), so the pronoun is
// left unresolved rather than given to the heading. Only names of
// more than one word are read: a single capitalised word is the name
// finder's to judge.
func (a *attributor) abstainHeadingNames() {
	for i := range a.d.Quotes {
		q := &a.d.Quotes[i]
		if !a.heSheCue(q) || !headingName(q.Speaker.Name) {
			continue
		}
		name := q.Speaker.Name
		q.Speaker = doc.Speaker{}
		q.Chain = dropSpeakerHops(q.Chain, name)
	}
}

// headingName reports whether name (of two words or more) ends with a
// function word or has a Roman numeral before its last word.
func headingName(name string) bool {
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	if function[strings.ToLower(name[sp+1:])] {
		// A given name before it makes the word a surname: "Charlene
		// Oh" (a heading's word before it is in capitals or a numeral).
		prev := name[strings.LastIndexByte(name[:sp], ' ')+1 : sp]
		_, person := given[strings.ToLower(prev)]
		return !person
	}
	for w := range strings.FieldsSeq(name[:sp]) {
		if romanNumeral(w) {
			return true // "CHAPTER II It"; a regnal number ends its name: "Louis XIV"
		}
	}
	return false
}

// romanNumeral reports whether w is a Roman numeral of chapter headings
// from II to XXXIX ("I" alone is the pronoun).
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}
