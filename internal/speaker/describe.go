package speaker

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleTitles are the abbreviated titles that go with a role word: "the
// senator" is the "Sen." of the text.
var roleTitles = map[string]string{"senator": "sen", "representative": "rep", "congressman": "rep", "congresswoman": "rep", "governor": "gov", "doctor": "dr", "reverend": "rev", "general": "gen", "colonel": "col", "captain": "capt", "professor": "prof", "president": "pres"}

// describeReach bounds how far back a description looks for its name.
const describeReach = 4000

// resolveDescription returns the name a definite description at s
// refers to ("the senator", "the New York businessman"): the nearest
// name before it that the text gives the description's last word,
// either as a word before the name ("Senator Ann Ortiz", "businessman
// Ed Moss", "Sen. Ann Ortiz") or in an appositive after it ("Ann Ortiz,
// a Democratic senator,"). "" when none does: a reader could not tell
// either.
func (a *attributor) resolveDescription(desc string, at int) string {
	if !strings.HasPrefix(desc, "the ") && !strings.HasPrefix(desc, "The ") {
		return "" // cheap test first: most subjects are names
	}
	words := strings.Fields(desc)
	if len(words) < 2 || len(words) > 5 || strings.ToLower(words[0]) != "the" {
		return ""
	}
	head := strings.Trim(words[len(words)-1], ".,")
	if len(head) < 3 || capital(head) || function[head] || strings.ContainsAny(head, "’'") {
		return "" // "the Caterpillar" is a name already
	}
	title := roleTitles[head]
	text := a.text
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].Start >= at })
	for j := i - 1; j >= 0 && j >= i-48; j-- {
		m := a.mentions[j]
		if at-m.End > describeReach {
			break
		}
		if m.inQuote {
			continue
		}
		// Before the name: "businessman Ed Moss", "Sen. Ann Ortiz".
		lo := max(0, m.Start-40)
		for lo > 0 && !isRuneStartByte(text[lo]) {
			lo--
		}
		if w, ok := lastField(text[lo:m.Start]); ok && strings.Trim(strings.ToLower(w), ".,") == head {
			return m.text
		}
		if f := firstWord(m.text); strings.EqualFold(f, head) && len(f) < len(m.text) {
			return m.text[len(f)+1:] // "Carpenter Ed Moss" opening a sentence
		}
		if title != "" && strings.HasPrefix(strings.ToLower(m.text), title+".") {
			return m.text
		}
		// After it: "Ann Ortiz, a Democratic senator".
		hi := min(len(text), m.End+100)
		for hi < len(text) && !isRuneStartByte(text[hi]) {
			hi++
		}
		after := text[m.End:hi]
		if strings.HasPrefix(after, ", ") {
			clause := after[2:]
			if k := strings.IndexAny(clause, ",.;"); k >= 0 {
				clause = clause[:k]
			}
			for w := range strings.FieldsSeq(clause) {
				if strings.ToLower(w) == head {
					return m.text
				}
			}
		}
	}
	return ""
}

func isRuneStartByte(b byte) bool { return b&0xC0 != 0x80 }

// lastField returns the last of strings.Fields(s) without splitting all
// of s; ok is false when s is all space. Lower-casing changes no space,
// so the last field of the lower-cased text is the lower-cased last
// field.
func lastField(s string) (string, bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if s == "" {
		return "", false
	}
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, true
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:], true
}
