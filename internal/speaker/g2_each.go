package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// A distributive subject: "Each candidate said the plan would fail",
// "Every Democratic senator has said …", "“The road is closed,” each
// officer said". News prose uses "each" and "every" before a singular
// noun to report what every member of a group said, one by one; the
// phrase is the speaker as written, as "the candidates" would be. The
// readers gave these no quotation at all. ("Every official we asked
// said …", with a relative clause, is left unread.)
//
// "each" and "every" are not determiners of the lists (dets, speaker.go):
// there they would open a description before any word ("every time",
// "each year", "each of"), and a possessive or a name after them. They
// are read only here, where subjectAt is asked for a subject: one to
// three words after them, no function word, adverb, auxiliary, time
// word or verb of reporting among them, and right after them a verb of
// reporting (cues.txt), an auxiliary or an adverb, the verb's place.
// "each of the candidates" is c5EachOf's (c5_mention.go); "every time
// he said" has a time word for its head and a pronoun after it.

// g2EachMax bounds the words read after "each" or "every".
const g2EachMax = 3

// g2Each reads a distributive subject at toks[k] within toks[:lim], as
// subjectAt does: the subject and the index after it, or k and no
// subject. The token at lim, the verb's place, may be looked at.
// subjectAt asks it only where toks[k] is "each" or "every", by two
// string compares in its own body: a call, and its zeroed answer, for
// every start subjectAt reads cost 2.3 M instructions a 10.5 MB run.
func g2Each(text string, toks []tok, k, lim int) (found, int) {
	j := k + 1
	for j < lim && j <= k+g2EachMax && toks[j].word && !toks[j].is(isFunction|isAdverb|isAuxiliary|isCue|isPronoun|isTimeWord|isDet) && !lyAdverb(toks[j].low) {
		j++
	}
	if j == k+1 || j > lim || j >= len(toks) || !toks[j].word {
		return found{}, k
	}
	if !toks[j].is(isCue|isAuxiliary) && !toks[j].adverbish() {
		return found{}, k
	}
	if g2Possessive(toks[j-1].low) {
		return found{}, k // "each candidate’s aides said": the owner is no subject
	}
	s := doc.Span{Start: toks[k].s, End: toks[j-1].e}
	return found{subj: s, name: text[s.Start:s.End], ok: true, whole: true}, j
}

// g2Possessive reports whether w ends with a possessive "’s" or "'s".
func g2Possessive(w string) bool {
	n := len(w)
	return n > 2 && w[n-1] == 's' && (w[n-2] == '\'' || n > 4 && w[n-4:n-1] == "’")
}
