package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f7SameParty reports whether two speakers' names, x and y, are one
// party of a conversation (f5Split, f5Give): one person as samePerson
// reads them (the same last word), unless their titles tell two sexes
// ("Mr. Pontellier" and "Mrs. Pontellier", "Mr. Hall" and "Miss
// Hall"): a husband and wife, or a brother and sister, speak in turn in
// novels as often as any two people, and read as one person they
// broke each run of their dialogue, its bare turns left without a
// speaker.
func f7SameParty(x, y string) bool {
	if !samePerson(x, y) {
		return false
	}
	sx, sy := f7TitleSex(x), f7TitleSex(y)
	return sx == 0 || sy == 0 || sx == sy
}

// f7TitleSex returns the sex ('m' or 'f') that the title opening name
// tells ("Mrs. Hall", "Mr Reed", "Lady Ann"), or 0. No string is built
// for a name whose first word is longer than any title.
func f7TitleSex(name string) byte {
	i := strings.IndexByte(name, ' ')
	if i < 2 || i > 5 {
		return 0
	}
	w := strings.TrimSuffix(name[:i], ".")
	var buf [5]byte
	low, ok := f2Lower(buf[:0], w, false)
	if !ok {
		return 0
	}
	return titles[string(low)]
}

// f7NameOverDescription returns the speaker of a dialogue turn whose
// paragraph names two, x first and y after, when one is a description
// of a person ("the young girl", "his aunt": f5Description, f5Person)
// and the other a name (f5Proper): a novel keeps one speaker to a
// paragraph, and calls them by a description and by their name in
// the same one ("“…!” exclaimed the young girl. Ann saw that she
// scented interference. “…,” she added"); the turn is the name's.
// Read as two speakers, the paragraph broke the run of turns. Two
// names, or two descriptions, are left as two speakers.
func f7NameOverDescription(x, y doc.Speaker) (doc.Speaker, bool) {
	desc := func(n string) bool { return f5Description(n) && f5Person(n) }
	switch {
	case desc(x.Name) && f5Proper(y.Name):
		return y, true
	case desc(y.Name) && f5Proper(x.Name):
		return x, true
	}
	return doc.Speaker{}, false
}
