package speaker

// n20Caused reads the speaker of a verb of reporting in the infinitive
// after a verb that makes its object act (causeVerbs: "prompted",
// "led", "forced") where causedSpeaker reads none: an object with a
// phrase of place or time after it, before "to" ("The threats prompted
// the board at its May meeting to order a review": the board orders).
// The mention is the object alone.
//
// toks[k] is the "to" before the verb. The verb stands at most sixteen
// tokens before it, and everything between is words and the marks inside
// them (an abbreviation's full stop, a hyphen, an apostrophe): no comma, no verb (a clause between would
// make the object another verb's). Hook: cueSubject (parc.go), where
// causedSpeaker reads nothing.
func n20Caused(text string, toks []tok, k int) (found, bool) {
	if k < 3 || toks[k].low != "to" || !toks[k-1].word {
		return found{}, false
	}
	v := -1
	for i := k - 1; i >= 0 && i >= k-16; i-- {
		t := &toks[i]
		if !t.word {
			if s := t.str(text); s != "." && s != "-" && s != "’" && s != "'" {
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
