package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n48HeardGerunds are the gerunds of saying that "heard" takes with a
// clause: "Ann Reed can be heard yelling to the guards that …". Only in
// this frame are yelling, shouting, screaming and whispering verbs of
// reporting: alone ("the crowd shouted") they are left to the marks.
var n48HeardGerunds = map[string]bool{"saying": true, "yelling": true, "shouting": true, "screaming": true, "whispering": true}

// n48HeardAux are the forms of "be" a passive of "hear" is made with.
var n48HeardAux = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true}

// n48CallForms are the forms of "call", a verb of speech that with "to"
// means to remind: "call to mind that …".
var n48CallForms = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// n48HearerMax bounds the words of a hearer after "to": "to the guards",
// "to the officers at the gate".
const n48HearerMax = 6

// n48Heard reads a passive of perception with a gerund of saying at
// toks[c], "heard": "Ann Reed can be heard yelling to the guards that
// her son was unarmed", "The captain is heard saying that the ramp was
// down". The subject of the passive is the one who says, the gerund is
// the cue, and the "that" clause, after a hearer with "to" or at once,
// is the content; the recording or the listener that heard is no
// source. The subject is read before the forms of "be" (and a modal or
// "has" before them) by beforeCue. A "that" followed by a finite verb
// opens a relative clause on the hearer ("to the guards that were at
// the gate"), and is refused. It returns the subject with its cue and
// the start of "that". At most a dozen tokens around toks[c] are read.
func n48Heard(text string, toks []tok, c, limit int) (found, int, bool) {
	if c < 2 || c+3 >= len(toks) || toks[c].low != "heard" || !n48HeardGerunds[toks[c+1].low] || !n48HeardAux[toks[c-1].low] {
		return found{}, 0, false
	}
	j, ok := n48ThatAfterHearer(text, toks, c+2, limit)
	if !ok {
		return found{}, 0, false
	}
	a := c - 1 // the first word of the verb group
	if a > 0 && toks[a-1].word && (toks[a-1].is(isAuxiliary) || toks[a-1].low == "not") {
		a-- // "can be heard", "has been heard"
	}
	if a > 0 && toks[a-1].word && toks[a-1].is(isAuxiliary) && toks[a].low == "not" {
		a-- // "could not be heard"
	}
	f := beforeCue(text, toks, a)
	if !f.ok || a < 1 || f.subj.End != toks[a-1].e {
		return found{}, 0, false
	}
	f.cue = doc.Span{Start: toks[c+1].s, End: toks[c+1].e}
	return f, toks[j].s, true
}

// n48ThatAfterHearer returns the index of "that" at toks[k], or after
// "to" and a hearer of at most n48HearerMax words ("to reporters", "to
// the guards"), where a clause follows it: a word that is no finite verb
// (v1Finite; "that were waiting" is a relative clause on the hearer).
// The hearer holds words only, none of them "that", a wh-word, a
// subject pronoun or an auxiliary, and nothing after an object pronoun
// ("to me that …"): a clause that opens inside it is the content, not
// this one ("pointed out to me how unlikely it was that …").
func n48ThatAfterHearer(text string, toks []tok, k, limit int) (int, bool) {
	if k < len(toks) && toks[k].low == "to" {
		i := k + 1
		for ; i < len(toks) && i <= k+n48HearerMax && toks[i].word && toks[i].low != "that"; i++ {
			if toks[i].is(isWhWord|isSubjectPronoun|isAuxiliary) || i > k+1 && toks[i-1].is(isObjectPronoun) {
				return 0, false // "pointed out to me how unlikely it was that …": the clause is the wh-clause
			}
		}
		if i == k+1 {
			return 0, false
		}
		if q := n42Aside(text, toks, i); q > 0 && q+1 < len(toks) && toks[q+1].low == "that" && !toks[i+1].is(isWhWord) {
			i = q + 1 // the hearer's appositive: "complained to the paper, the Sentinel, that …"
		}
		k = i
	}
	if k+1 >= len(toks) || toks[k].low != "that" || toks[k].s >= limit || !toks[k+1].word || v1Finite(text, toks, k+1) {
		return 0, false
	}
	return k, true
}

// n48SaidTo reads the content of a verb of speech after "to" and its
// hearer at toks[j]: "The coach said to reporters that the team would
// travel", "explained to the council that …". contentStart reads a
// phrase, then "that", for every preposition but "to", which mostly
// opens an infinitive ("said to be", "claimed to have"), which the
// hearer's words refuse (n48ThatAfterHearer: no auxiliary, no finite
// verb after "that"). A verb that answers
// ("responded to claims that …") is left alone: the clause there is
// the claims', and no hearer is named; so is "call", whose "call to
// mind" reminds rather than says (n48CallForms).
func n48SaidTo(text string, toks []tok, j int, cl byte, limit int) (int, bool) {
	if cl != 's' && cl != 'k' || j < 1 || j+2 >= len(toks) || toks[j].low != "to" || toks[j-1].is(isResponseVerb) || n48CallForms[toks[j-1].low] {
		return 0, false
	}
	k, ok := n48ThatAfterHearer(text, toks, j, limit)
	if !ok || toks[k-1].is(isStance|isSpeechNoun) {
		return 0, false
	}
	return toks[k].s, true
}
