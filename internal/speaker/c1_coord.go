package speaker

import (
	"sort"
	"strings"
)

// c1Shares checks the main clause's subject f that a second verb
// joined at toks[k] ("and", "but") is about to share (readCue): the
// subject must be the one of the clause's first verb. Two ways the
// main subject reader gets another are common in prose:
//
//   - a relative clause on the subject that is never closed: "an
//     attorney, who offered two pounds in cash, and the balance in
//     sherry, but declined to …": the second verb belongs to the
//     relative clause, whose pronoun is its subject, and rel is that
//     pronoun's index (relativeBefore reads it where no comma lies
//     between; here commas do);
//   - a subject cut inside its noun phrase, a name or a number at its
//     end and a capitalised word going on right after it: "A 2017 Human Rights Report by the
//     department noted …, but voiced concerns" read "A 2017"; ok is
//     false and no reading is made, as the first verb's own reader
//     found another subject;
//   - an opening adverb read as the subject, a subject pronoun right
//     after the adverb that follows it: "Pretty soon I wanted to smoke,
//     and asked …" read "Pretty"; ok is false.
//
// A subject ended by the first verb ("The mayor praised the crews, and
// warned …"; "The board met Ed Moss …, and said", where the reader took
// the verb into the subject), or past a closed aside ("Ed Moss, who chairs the board,
// said …, but vowed …") is kept: rel is -1 and ok true. The subject's
// end is looked for at most c1Window tokens back, and pastAside reads a
// bounded window, so no call grows with the text.
func c1Shares(text string, toks []tok, f found, k int) (rel int, ok bool) {
	if !f.ok || f.pronoun != "" || k >= len(toks) {
		return -1, true
	}
	lo := max(0, k-c1Window)
	if toks[lo].s > f.subj.End {
		return -1, true // a subject far back: not judged
	}
	e := lo + sort.Search(k-lo, func(i int) bool { return toks[lo+i].s >= f.subj.End })
	if e >= k {
		return -1, true
	}
	if toks[e].str(text) == "," && e+1 < k && (toks[e+1].low == "who" || toks[e+1].low == "which") {
		// The aside is closed where a comma is followed by a word
		// other than a conjunction: the clause's own verb ("…, who
		// chairs the board, said"), however long the aside.
		for j := e + 2; j+1 < k; j++ {
			if toks[j].str(text) == "," && toks[j+1].word && !c1Conjunctions[toks[j+1].low] {
				return -1, true
			}
		}
		return e + 1, true // the relative clause runs on to the conjunction
	}
	if toks[e].word && toks[e].adverbish() && e+1 < k && toks[e+1].word && toks[e+1].is(isSubjectPronoun) {
		return -1, false // "Pretty | soon I wanted to smoke, and asked …": an opener, the pronoun is the subject
	}
	next, _ := pastAside(text, toks, e)
	last := toks[e-1].str(text) // the subject's last word: a name or a number goes on into the next
	if next < k && e > 0 && toks[e-1].word && (capital(last) || last[0] >= '0' && last[0] <= '9') && toks[next].word && capital(toks[next].str(text)) && !toks[next].is(isAuxiliary|isTimeWord) {
		return -1, false // "A 2017 | Human Rights Report …"
	}
	return -1, true
}

// c1Conjunctions join a relative clause's parts after a comma.
var c1Conjunctions = map[string]bool{"and": true, "but": true, "or": true, "nor": true, "yet": true, "then": true}

// c1Window bounds how far back c1Shares looks for the subject's end.
const c1Window = 48

// c1Passive reports whether the verb at toks[k] (past up to two
// adverbs, as coordinated reads them) is a participle in -ed with
// "as" or "by" right after it: a verb of reporting with its object
// missing is passive ("hearing ours well spoken of, and described as
// lonely, had chosen it"), a participle joined to another phrase, not
// the subject's second finite verb; b2CommaVerb does not end a content
// there. "…, and described the pier as unsafe" has its object and is
// cut as before.
func c1Passive(toks []tok, k int) bool {
	for n := 0; n < 2 && k < len(toks) && toks[k].word && toks[k].adverbish(); n++ {
		k++
	}
	if k+1 >= len(toks) || !strings.HasSuffix(toks[k].low, "ed") {
		return false
	}
	n := toks[k+1].low
	return toks[k+1].word && (n == "as" || n == "by")
}
