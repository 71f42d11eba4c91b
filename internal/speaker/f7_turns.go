package speaker

import "strings"

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
