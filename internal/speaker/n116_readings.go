package speaker

import "strings"

// n116NameAfterSource reads a name in apposition after the description
// that an opening "According to" gives, at the comma toks[k]: "According
// to the head of the agency, Ann Lee, the outbreak …", "…, Prof. Ann
// Lee, …". The name is one to five capitalised words, titles with their
// stops among them, and a comma ends it before a clause of at least
// three words with a verb. The description's head names a person
// (n116PersonHead). It returns the index of that comma, or 0.
// appositiveEnd reads the other order (a name, then "the mayor").
func n116NameAfterSource(text string, toks []tok, k int) int {
	if !n116PersonHead(text, toks, k) {
		return 0 // "According to the league, Arsenal, Chelsea and …"
	}
	names := 0
	for j := k + 1; j < len(toks) && j <= k+9; j++ {
		t := &toks[j]
		switch s := t.str(text); {
		case t.word && capital(s):
			names++
		case s == "." && j > k+1 && toks[j-1].is(isTitle):
			// a title's stop: "Prof."
		case s == "," && names >= 1 && names <= 5 && !toks[j-1].is(isTitle):
			if j+1 < len(toks) && toks[j+1].word && toks[j+1].low != "who" && toks[j+1].low != "which" && hasVerb(toks[j+1:]) && wordsAtLeast(toks[j+1:], 3) {
				return j
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// n116PersonHead reports whether the description that ends at toks[k]
// has a person for its head: the last word before its first "of",
// "for" or "at", or its last word ("the head of the agency", "the
// agency's spokesman", "a director at the firm"), in persons.txt or a
// word of leading.
func n116PersonHead(text string, toks []tok, k int) bool {
	h := k - 1
	for j := 2; j < k; j++ {
		if w := toks[j].low; w == "of" || w == "for" || w == "at" {
			h = j - 1
			break
		}
	}
	if h < 0 || !toks[h].word {
		return false
	}
	w := toks[h].low
	return toks[h].is(isPerson) || n116Leading[w] || strings.HasSuffix(w, "-general")
}

// n116Leading are heads of a description of one who leads, not in
// persons.txt because elsewhere they are no person ("the head of the
// queue").
var n116Leading = map[string]bool{"head": true, "chief": true, "boss": true, "leader": true}
