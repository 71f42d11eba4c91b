package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n93ApposedColon reads a colon introduction that is a name and its
// appositive, the way news prose strings voices together: "Derek Annan,
// 71, a season-ticket holder since 1979: ‘…’", "Sheila Braddock, 58,
// from Ellerby: ‘…’". toks[:n] are the words before the colon: a
// capitalised name opens them, a comma follows it, and the rest, up to
// twenty tokens, holds no verb, pronoun or second clause (an age, a
// place, a description) but a clause of "who" that reports nothing
// ("Delia Marchetti, 15, who weeds her grandmother’s plot on
// Saturdays:", "…, 41, a night-shift nurse who lives on Cressley Road:"). The mention is the whole phrase, the name the
// person's. "Alexander Bunn:" alone is read before this.
func n93ApposedColon(text string, toks []tok, n int) found {
	if n < 4 || n > 24 {
		return found{}
	}
	f, e := subjectAt(text, toks, 0, n)
	if !f.ok || f.pronoun != "" || !capital(f.name) || e >= n-1 || toks[e].str(text) != "," {
		return found{}
	}
	if asideParticiple(text, &toks[e+1]) {
		return found{} // "Dana Wu, writing in 2010:" introduces her text, read elsewhere
	}
	if _, ok := nameAt(text, toks, 0); !ok {
		return found{} // a name, not a description ("The mayor, …:")
	}
	relative := false // a clause of "who" describing the person: "…, 15, who weeds her grandmother’s plot:"
	for j := e + 1; j < n; j++ {
		t := &toks[j]
		if !t.word {
			if w := t.str(text); w != "," && w != "." && w != "’s" && w != "'s" && w != "-" {
				return found{}
			}
			continue
		}
		if !relative && (t.low == "who" || t.low == "whose") && (toks[j-1].str(text) == "," || toks[j-1].word && !toks[j-1].is(isFunction)) && !reportsClause(text, toks[:n], j+1) {
			relative = true
			continue
		}
		if relative && toks[j-1].str(text) == "," && t.is(isFinite|isAuxiliary) && !t.is(isPronoun) {
			// The clause closed, the sentence's own verb after it: "Ros
			// Kinchela, who reopened the store in April, was more
			// hopeful:" (fifty-fifth session). The mention ends with
			// the clause's comma.
			f.subj = doc.Span{Start: f.subj.Start, End: toks[j-1].e}
			f.whole = true
			return f
		}
		if relative && !(t.is(isCue) && !nounAfterDet(text, toks, j)) {
			continue // the clause's own verbs and words
		}
		if t.is(isFinite|isAuxiliary|isPronoun|isSubjectPronoun) || t.is(isCue) && !nounAfterDet(text, toks, j) || t.low == "who" || t.low == "which" || t.low == "that" || t.low == "and" && j+1 < n && toks[j+1].is(isSubjectPronoun) {
			return found{}
		}
	}
	f.subj = doc.Span{Start: f.subj.Start, End: toks[n-1].e}
	f.whole = true
	return f
}
