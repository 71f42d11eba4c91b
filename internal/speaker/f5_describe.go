package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f5KinReach bounds how many mentions on either side of a kinship
// description f5Kin reads for the name of the same family.
const f5KinReach = 400

// f5Kin returns the name a kinship description at at refers to: "his
// wife" or "her husband", "his mother" or "her father", whose
// possessor (the name "his" or "her" refers to, as a pronoun would)
// has a surname that the text gives someone else with the title of the
// kin's sex: "Mr. Ed Moss … “Sit down,” said his wife." is Mrs. Moss
// (or Mrs. Lena Moss) where the text calls her so, as novels and news alike name a couple
// or a parent by the family's name ("Mrs. Moss", "Mr. Moss"). The name
// is the nearest such mention, before or after. "" when the possessor
// has no surname (a first name only, a description), or the text
// names no one of that family with that title: a reader could not tell
// either. A mother or father of a possessor titled "Mr." or "Mrs." is
// not looked for: the "Mrs." of a married man's family is as often his
// wife.
func (a *attributor) f5Kin(desc string, at int) string {
	if len(desc) < 8 || len(desc) > 11 || desc[0]|0x20 != 'h' {
		return "" // cheap test first: "his wife" … "her husband"
	}
	var pron, title string
	switch low := strings.ToLower(desc); low {
	case "his wife", "his lady": // "his lady", the older novel's wife
		pron, title = "he", "Mrs."
	case "her husband":
		pron, title = "she", "Mr."
	case "his mother", "her mother":
		pron, title = low[:3], "Mrs."
	case "his father", "her father":
		pron, title = low[:3], "Mr."
	default:
		return ""
	}
	if pron == "his" {
		pron = "he"
	} else if pron == "her" {
		pron = "she"
	}
	owner := a.resolveAt(pron, doc.Span{Start: at, End: at + 3})
	if owner == "" || strings.HasPrefix(owner, "the ") || strings.HasPrefix(owner, "The ") || !capital(owner) {
		return ""
	}
	if strings.HasSuffix(desc, "ther") && (strings.HasPrefix(owner, "Mr.") || strings.HasPrefix(owner, "Mrs.")) {
		return ""
	}
	ms := a.mentions
	k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= at })
	surname := ""
	if i := strings.LastIndexByte(owner, ' '); i >= 0 {
		surname = owner[i+1:]
	} else {
		// A first name: the surname the text gives it in full ("Ann"
		// of "Ann Moss"), where it gives one only.
		for d := -f5KinReach; d <= f5KinReach; d++ {
			j := k + d
			if j < 0 || j >= len(ms) {
				continue
			}
			t := ms[j].text
			if len(t) > len(owner)+1 && t[len(owner)] == ' ' && strings.HasPrefix(t, owner) && strings.IndexByte(t[len(owner)+1:], ' ') < 0 {
				if s := t[len(owner)+1:]; surname == "" {
					surname = s
				} else if s != surname {
					return "" // two families: which one?
				}
			}
		}
	}
	if surname == "" || !capital(surname) {
		return ""
	}
	fits := func(m *mention) bool {
		t := m.text
		return len(t) >= len(title)+1+len(surname) && strings.HasPrefix(t, title) && t[len(title)] == ' ' && strings.HasSuffix(t, surname) && t[len(t)-len(surname)-1] == ' ' && t != owner
	}
	for d := 1; d <= f5KinReach; d++ {
		if j := k - d; j >= 0 && fits(&ms[j]) {
			return ms[j].text
		}
		if j := k + d - 1; j < len(ms) && fits(&ms[j]) {
			return ms[j].text
		}
	}
	return ""
}
