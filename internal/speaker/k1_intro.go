package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// k1FarCue reads a colon introduction whose speech verb stands more than
// six words before the colon because phrases of place, time, medium or
// addressee follow it: "Ed Moss said in a letter to the council last
// month: “…”", "The mayor told reporters at the pier on Monday night:
// “…”". introClause looks for its cue among the last six words only, so
// such a quotation had no speaker, though the shorter "Ed Moss said in a
// letter: “…”" had one.
//
// The pattern: a finite cue verb, then nothing but a run of words that
// opens with a preposition (or, after "told", its addressee) and holds
// no verb, auxiliary, subject pronoun or clause word, up to the colon.
// Such a run cannot start a new clause, so the colon's quotation is the
// verb's object. toks[:n] is the clause without its colon.
//
// The look-back is bounded: the cue stands at most k1FarReach words
// before the colon, and the run is read once.
func k1FarCue(text string, toks []tok, n int) found {
	lo := max(0, n-k1FarReach)
	// From the colon back, the run of words the rule accepts; the first
	// cue met ends it. Anything else ends the search.
	for c := n - 1; c >= lo; c-- {
		t := &toks[c]
		if !t.word {
			return found{}
		}
		if t.is(isCue) && c+1 < n && c < n-6 && k1VerbForm(t) {
			next := &toks[c+1]
			if !(next.is(isPrep) || t.low == "told" && next.word) || modifiedBase(text, toks, c) {
				return found{}
			}
			f := beforeCue(text, toks, c)
			if !f.ok {
				return found{}
			}
			f.cue = doc.Span{Start: t.s, End: t.e}
			return f
		}
		if t.is(isFinite|isAuxiliary|isSubjectPronoun|isCue) || k1Clause(t) {
			return found{}
		}
	}
	return found{}
}

// k1VerbForm reports whether the cue t is in a verb's form that heads a
// clause, past or third-person present ("said", "explained", "told",
// "wrote", "says"), and not a noun for an utterance ("comments").
func k1VerbForm(t *tok) bool {
	if pastForm(*t) || k1IrregularCues[t.low] {
		return true
	}
	return len(t.low) > 3 && t.low[len(t.low)-1] == 's' && !t.is(isSpeechNoun)
}

// k1IrregularCues are the irregular pasts of speech verbs.
var k1IrregularCues = map[string]bool{"said": true, "told": true, "wrote": true, "spoke": true, "put": true}

// k1FarReach bounds k1FarCue's look-back, in tokens before the colon.
const k1FarReach = 14

// k1Clause reports whether t is one of k1ClauseWords. Most of them are
// function words, so the map is asked only of a token with that bit;
// the rest are told by a switch.
func k1Clause(t *tok) bool {
	if t.is(isFunction) {
		return k1ClauseWords[t.low]
	}
	switch t.low {
	case "because", "whom", "whose", "than":
		return true
	}
	return false
}

// k1ClauseWords open or join clauses: a run holding one is no plain
// phrase of place or time ("said the pier, which …, would close:").
var k1ClauseWords = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "and": true, "but": true, "or": true, "because": true, "if": true, "when": true, "while": true, "as": true, "than": true, "so": true}

// k1InOwnWork reads a colon introduction that ends "in his <work>:"
// after its subject's verb: "Ed Moss evokes the old port in his
// foreword: “…”", "Acme sets out its case in its report: “…”".
// The words after the colon are quoted from the work, and the
// possessive refers back to the clause's subject, who wrote it.
//
// The clause must open with its subject, a name or a pronoun (not a
// description with a determiner, whose end the reader may overrun), and the
// words between the subject and "in" must hold no second name (whose
// the work might be: "Ed Moss quotes Ann Reed in her book:"), no subject
// pronoun, no clause word and no punctuation. toks[:n] is the clause
// without its colon; at most k1WorkReach tokens are read.
func k1InOwnWork(text string, toks []tok, n int) found {
	if n < 5 || n > k1WorkReach {
		return found{}
	}
	last, poss, in := &toks[n-1], &toks[n-2], &toks[n-3]
	// Cheapest tests first: most colon clauses end otherwise.
	if in.low != "in" || !poss.is(isFunction) || !k1OwnPossessive[poss.low] || !last.word || !(last.is(isSpeechNoun|isWork) || k1Accounts[last.low]) {
		return found{}
	}
	if toks[0].is(isDet) {
		return found{} // a description ("The council sets out …"): subjectAt may read on into its verb
	}
	f, e := subjectAt(text, toks, 0, n-3)
	if !f.ok || e >= n-3 || f.pronoun == "" && (f.name == "" || !capital(f.name)) || f.pronoun == "who" {
		return found{}
	}
	for j := e; j < n-3; j++ {
		t := &toks[j]
		// "as" here names a role ("evokes neon as an icon of the age"); a
		// clause it opened would hold a subject pronoun or a name.
		if !t.word || t.is(isSubjectPronoun) || k1Clause(t) && t.low != "as" || capital(t.str(text)) {
			return found{}
		}
	}
	return f
}

// k1WorkReach bounds the clause k1InOwnWork reads, in tokens.
const k1WorkReach = 24

// k1OwnPossessive are the possessives that refer back to a subject.
var k1OwnPossessive = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// k1Accounts are nouns for a written or spoken piece a quotation may be
// taken from, beyond speechNouns and works.txt.
var k1Accounts = map[string]bool{"introduction": true, "foreword": true, "preface": true, "afterword": true, "essay": true, "letter": true, "speech": true, "column": true, "book": true, "report": true, "memo": true, "post": true, "blog": true, "testimony": true, "address": true, "article": true, "op-ed": true, "lecture": true, "sermon": true, "novel": true, "poem": true}
