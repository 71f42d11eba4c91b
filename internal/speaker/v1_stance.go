package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A noun of stance that is its clause's subject holds a that-clause
// which ends before the clause's own verb: in "The mayor's claim that
// the pier is safe drew criticism", the claim is "that the pier is
// safe", and "drew criticism" is what the author says of the claim.
// News prose puts such a subject first ("Her belief that the fund
// would grow proved wrong", "His promise that fares would fall was
// broken"); the content that contentEnd gives it runs on to the
// sentence's end, past the main verb.
//
// v1StanceSubjectEnd reads the that-clause as a subject, then its verb
// group, then words up to a second finite verb with a content word
// before it: that verb is the main clause's, and the content ends
// before it. It reads at most v1StanceWindow tokens past "that" and
// gives up (keeping to) at anything that could open another clause or
// a phrase whose verb that one could be: a comma or other mark, a
// conjunction, a relative or a subordinator ("the pier that was built
// in 1920 is safe" has two verbs and one clause). It only shortens.

// v1StanceWindow bounds the tokens read past "that": the that-clauses
// it ends are short, and a long one is left as contentEnd gives it.
const v1StanceWindow = 16

// v1ClauseOpeners are the words after which a verb may be another
// clause's, not the main clause's: conjunctions, relatives and
// subordinators. Seeing one, v1StanceSubjectEnd keeps the content as
// it is.
var v1ClauseOpeners = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "that": true, "which": true, "who": true,
	"whom": true, "whose": true, "what": true, "whether": true, "if": true, "because": true,
	"when": true, "where": true, "while": true, "although": true, "though": true, "as": true,
	"than": true, "since": true, "unless": true, "until": true, "after": true, "before": true,
}

// v1SentenceOpeners may stand before a subject that opens its clause:
// "But the mayor's claim that … drew criticism".
var v1SentenceOpeners = map[string]bool{"but": true, "and": true, "yet": true, "so": true, "still": true}

// v1NonFinite are the auxiliaries that are never a finite verb and
// cannot start a main clause's verb after a subject.
var v1NonFinite = map[string]bool{"be": true, "been": true, "being": true, "not": true, "never": true, "do": true}

// v1StanceSubjectEnd returns where the that-clause (or the
// infinitive: "The board's refusal to act angered the pilots") at
// toks[j] after the noun of stance toks[c] ends when the noun, with its
// possessor f, opens the clause (toks[0], toks[1] after "But", or the
// first word after an opening phrase): before the main clause's verb,
// where one is found as the comment at the top of this file says;
// otherwise to, the end contentEnd gave.
func v1StanceSubjectEnd(text string, toks []tok, f found, c, j, to int) int {
	if j != c+1 || j+3 >= len(toks) || toks[j].low != "that" && toks[j].low != "to" || f.subj.End > toks[c].s {
		return to
	}
	if f.subj.Start != toks[0].s && !(f.subj.Start == toks[1].s && v1SentenceOpeners[toks[0].low]) {
		if !v1AfterOpening(text, toks, f.subj.Start) {
			return to
		}
	}
	lim := min(len(toks), j+1+v1StanceWindow)
	if toks[j].low == "to" {
		// An infinitive has no subject, and its verb is the word
		// after "to": "The board's refusal to act angered the pilots".
		if v1Blocks(toks[j+1]) || toks[j+1].is(isFunction|isDet|isAuxiliary) {
			return to
		}
		return v1MainVerb(text, toks, j+1, lim, to)
	}
	// The that-clause's subject: at least one word, up to its verb.
	k := j + 2
	for ; k < lim && !v1Finite(text, toks, k); k++ {
		if v1Blocks(toks[k]) {
			return to
		}
	}
	if k >= lim || v1Blocks(toks[j+1]) {
		return to
	}
	// Its verb group: auxiliaries, "not" and -ly adverbs, then one
	// word (the lexical verb, or the complement of "be").
	if toks[k].is(isAuxiliary) {
		for k++; k < lim && toks[k].word && (toks[k].is(isAuxiliary) || strings.HasSuffix(toks[k].low, "ly")); k++ {
		}
		if k >= lim || v1Blocks(toks[k]) {
			return to
		}
	}
	return v1MainVerb(text, toks, k, lim, to)
}

// v1MainVerb reads on from the last word of the clause's verb group at
// toks[k] to the main clause's finite verb, before lim, and returns
// the end of the word before it; to where none is found first, or
// where v1Blocks stops the reading.
func v1MainVerb(text string, toks []tok, k, lim, to int) int {
	for k++; k < lim && toks[k].s < to; k++ {
		if v1Blocks(toks[k]) {
			return to
		}
		if v1Finite(text, toks, k) {
			if p := toks[k-1]; p.is(isFunction|isAuxiliary|isDet) || strings.HasSuffix(p.low, "ly") {
				return to // "… is safe for all who …": not a verb after a content word
			}
			return toks[k-1].e
		}
	}
	return to
}

// v1Blocks reports whether t ends the reading: not a word (a comma, a
// mark, a dash), or a word that may open a clause of its own.
func v1Blocks(t tok) bool {
	return !t.word || v1ClauseOpeners[t.low]
}

// v1Finite reports whether toks[k] is a finite verb: an auxiliary that
// can carry a clause ("is", "was", "has", "would"), an irregular past
// of pastVerbs ("drew", "won"), or a past in -ed after a word that is
// not a determiner nor a function word ("the elected board" is no
// verb) and before no "by" (a participle: "boats licensed by the
// board"). Capitalised words are names.
func v1Finite(text string, toks []tok, k int) bool {
	t := &toks[k]
	if !t.word || k == 0 || capital(t.str(text)) {
		return false
	}
	if t.is(isAuxiliary) {
		return !v1NonFinite[t.low]
	}
	if pastVerbs[t.low] {
		return true
	}
	w := t.low
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") {
		return false
	}
	if p := &toks[k-1]; !p.word || p.is(isDet|isFunction) || p.is2(isPossessive) {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].low != "by"
}

// v1FacingStance reports whether the content that facing gives the
// verb of criticism at toks[c] ("drew criticism") is the that-clause of
// a noun of stance: in "The mayor's claim that the pier is safe drew
// criticism" the claim drew it, not "the pier is safe", which facing
// would read as the thing criticised (clauseStart stops after "that").
// Such a reading is dropped: the noun's own reading holds the clause.
func v1FacingStance(toks []tok, c int, content []doc.Span) bool {
	if len(content) == 0 {
		return false
	}
	for i := c - 1; i >= 2 && i >= c-v1StanceWindow; i-- {
		if toks[i].s == content[0].Start {
			return toks[i-1].low == "that" && toks[i-2].word && toks[i-2].is(isStance) && stanceNoun(toks[i-2].low)
		}
	}
	return false
}

// v1OpeningWindow bounds the opening phrase v1AfterOpening reads.
const v1OpeningWindow = 8

// v1AfterOpening reports whether offset at starts the word right after
// a short opening phrase and its comma, with no verb in the phrase:
// "Within a week, the mayor's claim …", "On Monday, her promise …".
// A verb before the comma ("The board met, and …", "The board
// rejected the plan, …") makes the words after it no subject that
// opens the clause.
func v1AfterOpening(text string, toks []tok, at int) bool {
	for p := 1; toks[0].word && p < len(toks) && p <= v1OpeningWindow; p++ {
		if toks[p].str(text) == "," {
			return p+1 < len(toks) && toks[p+1].s == at
		}
		if !toks[p].word || v1Finite(text, toks, p) || v1ClauseOpeners[toks[p].low] {
			return false
		}
	}
	return false
}
