package speaker

import "strings"

// A source of evidence that opens a subordinate clause: "Shares fell
// after leaked documents from the audit showed that …", "… when new
// data showed the pier was unsafe", "… because court records show he
// paid no tax". evidenceSubject (a2_evidence.go) reads such a phrase
// only where it opens the sentence's clause (clauseStart), and the
// phrase rules take a bare plural after "after", "before", "since" or
// "until" for the object of a preposition ("after documents"), so the
// verb of evidence has no subject there, or only the last noun of the
// phrase ("his 1995 tax return"). A conjunction that opens a finite
// clause, then a phrase headed by a thing that carries or yields
// content (carriers.txt, the inquiry list of nonreport.txt), then the
// verb: the phrase is the verb's subject, read as evidenceSubject reads
// a phrase that opens a clause.

// r3Subordinators open a finite clause inside the sentence: the words
// r3EvidenceAfter looks for before a source of evidence.
var r3Subordinators = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "when": true, "whenever": true,
	"as": true, "because": true, "while": true, "once": true, "although": true, "though": true,
	"if": true, "unless": true, "whereas": true,
}

// r3EvidenceAfter reads the subject of the verb of evidence whose
// subject ends at toks[k] (past adverbs and auxiliaries) in a clause
// opened by one of r3Subordinators: the conjunction is the nearest
// word before toks[k] that is one, at most 30 tokens back, with no
// auxiliary or finite verb between (a relative clause in the phrase is
// not read here) and no mark but those evidenceSubject lets a phrase
// hold; the phrase runs from the word after it to toks[k]. cueSubject
// asks it where the verb is of evidence (class v, not in -ing) and the
// subject read so far, *f, is missing or a part of a phrase, which
// must then lie inside the one read here.
func r3EvidenceAfter(text string, toks []tok, k int, f *found) (found, bool) {
	if k < 1 || !toks[k].word {
		return found{}, false
	}
	for j := k - 1; j >= 0 && j >= k-30; j-- {
		t := &toks[j]
		if !t.word {
			switch t.str(text) {
			case ",", "/", "-", "’", "'", "$", ".":
				continue
			}
			return found{}, false
		}
		if t.is(isAuxiliary | isFinite) {
			return found{}, false // a clause's verb before the phrase: no conjunction opens it
		}
		if !t.is(isSubordinator) && t.low != "once" || !r3Subordinators[t.low] {
			continue // the bit first: most words are none
		}
		if j+1 > k {
			return found{}, false
		}
		g, ok := evidenceSubject(text, toks[j+1:], k-(j+1))
		if !ok || f.ok && !(g.subj.Start < f.subj.Start && f.subj.End <= g.subj.End) {
			return found{}, false
		}
		return g, true
	}
	return found{}, false
}

// r3NounBeforeVerb reports whether toks[c], a form in -s of a verb of
// reporting, is rather the plural noun that heads the subject of the
// verb of reporting right after it: "Court documents revealed she had
// lied", "Media reports said …", "New estimates show …". A thing that
// carries content (isEvidenceHead: "documents", "reports", "estimates",
// "records") followed by a finite verb of reporting reads only so: a
// verb in -s takes no verb for its object. The verb after it is a past
// ("revealed", "said") or one of r3PluralVerbs, the base forms that
// agree with a plural subject and are seldom nouns after a verb ("say",
// "show", "suggest"): "The poll reports support for the plan" has the
// noun "support" after the verb.
func r3NounBeforeVerb(text string, toks []tok, c int) bool {
	t := &toks[c]
	if c+1 >= len(toks) || !toks[c+1].word || !strings.HasSuffix(t.low, "s") || !t.is2(isEvidenceHead) {
		return false
	}
	v := &toks[c+1]
	if r3PluralVerbs[v.low] {
		return true
	}
	ss := v.senses()
	if len(ss) == 0 || !pastForm(*v) && v.low != "said" && v.low != "told" && v.low != "wrote" {
		return false
	}
	for _, s := range ss {
		if s.ing || s.base {
			return false
		}
	}
	return true
}

// r3PluralVerbs are base forms of verbs of reporting that follow a
// plural subject and are seldom nouns right after a verb.
var r3PluralVerbs = map[string]bool{
	"say": true, "show": true, "suggest": true, "indicate": true, "reveal": true, "confirm": true,
	"allege": true, "state": true, "conclude": true,
}
