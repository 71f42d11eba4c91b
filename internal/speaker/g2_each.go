package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// A distributive subject: "Each candidate said the plan would fail",
// "Every official we asked said …" is not read, but "Every Democratic
// senator has said …", "“The road is closed,” each officer said". News
// prose uses "each" and "every" before a singular noun to report what
// every member of a group said, one by one; the phrase is the speaker
// as written, as "the candidates" would be.
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

// g2Each reads a distributive subject at toks[k] (whose lower-case
// text is w) within toks[:lim], as subjectAt does: the subject and the
// index after it. Any word but "each" and "every" is turned away by two
// string compares in a call small enough to be inlined, as subjectAt
// asks it of every start it reads.
// Where f is not ok, e means nothing.
func g2Each(text string, toks []tok, k, lim int, w string) (f found, e int) {
	if w == "each" || w == "every" {
		f, e = g2EachRead(text, toks, k, lim)
	}
	return
}

// g2EachRead is g2Each past its gate; the token at lim, the verb's
// place, may be looked at.
func g2EachRead(text string, toks []tok, k, lim int) (found, int) {
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
