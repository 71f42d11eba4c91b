package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n20Caused reads the speaker of a verb of reporting in the infinitive
// after a verb that makes its object act (causeVerbs: "prompted",
// "led", "forced") where causedSpeaker reads none, for one of two
// objects it leaves:
//
//   - an object with a phrase of place or time after it, before "to":
//     "The threats prompted the board at its May meeting to order a
//     review" (the board orders). The mention is the object alone.
//   - two names joined by "and", each perhaps with its party label:
//     "The fraud led Sens. Ann Ortiz (D-Ore.) and Ed Moss (R-Ohio) to
//     call for …". The mention is both names.
//
// toks[k] is the "to" before the verb. The verb stands at most sixteen
// tokens before it, and everything between is words and the marks of a
// label or an abbreviation: no comma, no verb (a clause between would
// make the object another verb's). Hook: cueSubject (parc.go), where
// causedSpeaker reads nothing.
func n20Caused(text string, toks []tok, k int) (found, bool) {
	if k < 3 || toks[k].low != "to" || !toks[k-1].word && toks[k-1].str(text) != ")" {
		return found{}, false
	}
	v := -1
	for i := k - 1; i >= 0 && i >= k-16; i-- {
		t := &toks[i]
		if !t.word {
			if s := t.str(text); s != "(" && s != ")" && s != "." && s != "-" && s != "’" && s != "'" {
				return found{}, false
			}
			continue
		}
		if causeVerbs[t.low] {
			v = i
			break
		}
		if t.is(isAuxiliary|isFinite|isSubordinator|isWhWord|isReporting) && !capital(t.str(text)) {
			return found{}, false
		}
	}
	if v < 0 || v+2 >= k {
		return found{}, false
	}
	if n20Names(text, toks, v+1, k) {
		sp := doc.Span{Start: toks[v+1].s, End: toks[k-1].e}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, true
	}
	f, end := subjectAt(text, toks, v+1, k)
	if !f.ok || f.pronoun != "" || end >= k {
		return found{}, false
	}
	// A phrase of place or time: a preposition, then words to "to".
	if !n20AdjunctPreps[toks[end].low] || end+1 >= k {
		return found{}, false
	}
	for i := end + 1; i < k; i++ {
		if !toks[i].word || toks[i].is(isPronoun) && !toks[i].is(isDet) {
			return found{}, false
		}
	}
	f.whole = true // the object alone: widen would run back over the verb
	return f, true
}

// n20AdjunctPreps open a phrase of place or time between a verb's object
// and its infinitive ("prompted the board at its meeting to …").
var n20AdjunctPreps = map[string]bool{"at": true, "in": true, "during": true, "after": true, "on": true}

// n20Names reports whether toks[from:to] are two names joined by "and",
// each of at least two words in capitals (a title's abbreviation
// among them: "Sens. Ann Ortiz"), each perhaps with a party label in
// parentheses after it: "Sens. Ann Ortiz (D-Ore.) and Ed Moss (R-Ohio)".
func n20Names(text string, toks []tok, from, to int) bool {
	conj, words, label := 0, 0, false
	for i := from; i < to; i++ {
		t := &toks[i]
		switch s := t.str(text); {
		case s == "(" && !label && words > 0:
			label = true
		case s == ")" && label:
			label = false
		case label:
			if i-from > 20 {
				return false
			}
		case !t.word:
			if s != "." || i == from || !toks[i-1].word {
				return false
			}
		case t.low == "and":
			if conj > 0 || words < 2 {
				return false
			}
			conj, words = 1, 0
		case capital(s) && !t.is(isFunction):
			words++
		default:
			return false
		}
	}
	return conj == 1 && words >= 2 && !label
}
