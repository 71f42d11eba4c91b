package speaker

import "strings"

// n84PersonAppositive reports whether the name ending at offset e has
// an appositive that makes it a person's: ", the manager,", ", a
// spokesman for the board," (an article or a possessive, up to five
// words, one of them a noun of a person's role, then a comma).
// f9SubjectWaits hands a "he" or "she" to a name of unknown sex that
// ends the narration before the quotation only when the name has
// spoken before (f9Spoke), so that a place or a thing that opens a
// sentence is not read as a speaker; a person's appositive tells the
// same: "Kinnaird, the manager, was pleased. “He is quick,” he said."
// went to a man of known sex named before.
func n84PersonAppositive(text string, e int) bool {
	if e+4 > len(text) || text[e] != ',' || text[e+1] != ' ' {
		return false
	}
	rest := text[e+2 : min(len(text), e+2+80)]
	c := strings.IndexByte(rest, ',')
	if c < 0 {
		return false
	}
	words := strings.Fields(rest[:c])
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "the", "a", "an", "his", "her", "its", "their":
	default:
		return false
	}
	for _, w := range words[1:] {
		if _, ok := persons[strings.ToLower(w)]; ok {
			return true
		}
	}
	return false
}
