package speaker

// g3RepeatVerbs are pasts by which a speaker puts out again, or reads
// out, words a noun for an utterance names, beside issueVerbs
// (mention.go): "The mayor repeated her warning:", "The senator
// reiterated his promise:", "She read out a statement:". News prose
// introduces a quotation with them as with "issued this statement:";
// speechObject takes their subject as the speaker of the words after
// the colon. A past outside both lists still makes its subject a cause
// ("The vote prompted this statement:").
var g3RepeatVerbs = map[string]bool{"repeated": true, "reiterated": true, "restated": true, "renewed": true, "echoed": true, "read": true, "recited": true}

// g3ApposedSubject reads the subject of a colon introduction that is a
// name with an appositive between commas, then the verb: "Ann Reed, the
// union's president, posted a statement on its website:". speechObject
// passes over a first phrase and its comma ("On Friday, …"), so it took
// the appositive for the subject and the comma after it for a second
// noun phrase. k is the token after that first comma, d the noun's
// determiner: the name must fill toks[:k-1] and the appositive end at a
// comma before d (appositiveBefore, a1x_extent.go, at most ten words).
// It returns the name, and the index after the appositive's comma;
// widen (mention.go) then takes the appositive into the mention, as it
// does before "said". It costs nothing where no comma opens the clause
// (k == 0).
func g3ApposedSubject(text string, toks []tok, k, d int) (found, int, bool) {
	if k < 2 || k >= d || toks[k-1].str(text) != "," || !capital(toks[0].str(text)) {
		return found{}, 0, false
	}
	f, e := subjectAt(text, toks, 0, k-1)
	if !f.ok || f.pronoun != "" || e != k-1 || !capital(f.name) {
		return found{}, 0, false
	}
	for c := k + 1; c < d && c <= k+11; c++ {
		if toks[c].word {
			continue
		}
		if toks[c].str(text) != "," {
			if w := toks[c].str(text); w == "’s" || w == "'s" || w == "." {
				continue
			}
			return found{}, 0, false
		}
		if appositiveBefore(text, toks, c) != 0 {
			return found{}, 0, false
		}
		return f, c + 1, true
	}
	return found{}, 0, false
}
