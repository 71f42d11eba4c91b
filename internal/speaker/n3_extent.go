package speaker

import "strings"

// n3ClauseAfterComma reports whether a new clause with its own source
// opens at toks[at], right after a comma inside a content that is an
// infinitive (contentEnd asks it only there): a subject
// and a finite verb of speech, belief or evidence, "…, experts say the
// cost would be …", "His promises to cut taxes notwithstanding,
// independent analyses agree the rich would gain". A content read from
// a phrase that precedes the main clause (a noun of stance, a
// participle, an opening subordinate clause) runs to the comma that
// ends the phrase; the clause after it is another source's, which the
// writer reports, and the reading of that source is otherwise nested
// inside the first one's words and lost. A content that is a clause
// ("said that if the deal fails, the firm could sue") is not asked: a
// comma there ends an opening clause of the content's own.
func n3ClauseAfterComma(text string, toks []tok, at int) bool {
	if at+1 >= len(toks) || !toks[at].word || toks[at].is(isFunction) && !toks[at].is(isDet|isQuantifier) {
		return false
	}
	return ownAttribution(text, toks, at)
}

// n3SubordinateEnd returns where a content that opens at toks[first]
// and ends at offset to ends when it holds an adverbial clause of time
// or reason with a source of its own: before "after", "when", "since",
// "before" or "because" and a subject with a finite verb of reporting.
// "Christie described Clinton as a “disgrace” after she attacked police
// officers", "They cite the 2000 election, when the state wrongly
// stated that …": the clause says when or why the main verb's act
// happened and is no part of what its source said, and its own
// attribution is then read apart, not nested inside the first. A
// content that is a clause keeps it: the scan stops at the first
// auxiliary, form of "be" or "to" (a finite clause or an infinitive:
// "said Trump was “right” when he …", "asked them to act when …"), and
// a content that opens with "that", "to", a subject pronoun or a
// participle is not read ("said that the pier closed after inspectors found cracks",
// "said she left when they called", "feel betrayed when the mayor
// invited …"). contentEnd asks it once, after its own loop: most
// contents stop the scan at their first words.
func n3SubordinateEnd(text string, toks []tok, first, to int) int {
	if first >= len(toks) {
		return to
	}
	if f := &toks[first]; !f.word || f.low == "that" || f.low == "to" || f.is(isSubjectPronoun) || strings.HasSuffix(f.low, "ed") {
		return to
	}
	for j := first + 1; j+1 < len(toks) && toks[j].s < to; j++ {
		t := &toks[j]
		if !t.word {
			continue
		}
		if t.is(isAuxiliary) || t.low == "to" {
			return to
		}
		if !t.is(isSubordinator) {
			continue
		}
		switch t.low {
		case "after", "when", "since", "before", "because":
			if ownAttribution(text, toks, j+1) {
				return t.s
			}
		}
	}
	return to
}

// n3PluralSingular reports whether toks[k] is a bare plural noun with a
// verb in -s right after it, a pair that does not agree: "said the spate
// of shootings and protests demands that …". The plural is the second
// half of a subject joined by "and", whose verb agrees with the whole
// (or its first head), not the subject of a clause of its own, so the
// content goes on through it. contentEnd asks it before ownAttribution
// at an "and" or "but" with no comma.
func n3PluralSingular(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k].word || !toks[k+1].word || !toks[k].pluralNoun() {
		return false
	}
	v := toks[k+1].low
	return len(v) > 3 && v[len(v)-1] == 's' && v[len(v)-2] != 's' && !toks[k+1].is(isAuxiliary) && len(reportingSenses(v)) > 0
}

// n3WithSource reports whether an absolute phrase with "with" at
// toks[at], after a comma inside a content, has a source of its own: a
// noun phrase of at most four words and a participle of reporting,
// "We examine the agency's record, with experts offering their
// assessments", "Polls show her ahead, with one survey showing a tie".
// The phrase is the writer's, not the first source's words, and the
// participle's attribution (absoluteSubject's) is then read apart, not
// nested inside the first content and lost.
func n3WithSource(text string, toks []tok, at int) bool {
	for j := at + 2; j < len(toks) && j <= at+5; j++ {
		t := &toks[j]
		if !t.word {
			return false
		}
		if len(t.low) > 4 && strings.HasSuffix(t.low, "ing") && len(reportingSenses(t.low)) > 0 {
			return absoluteSubject(text, toks, j-1).ok
		}
	}
	return false
}

// n3ParenSource reports whether the parenthesis that opens at toks[i],
// inside a content, opens a clause with a source of its own: a subject
// and a finite verb of reporting right after the mark, "Republicans
// want policies that raise less revenue (they want lower rates and
// argue …)", "video showed her stumbling (her campaign later disclosed
// that …)". The aside is the writer's, not the first source's words,
// and its own attribution is then read apart. A parenthesis of a few
// words ("(D-Ohio)", "(in 2010)") opens no such clause, nor does a noun
// with a passive participle and its agent ("(a view echoed by everyone
// we met)", an aside on the content's own words).
func n3ParenSource(text string, toks []tok, i int) bool {
	if i+2 >= len(toks) || !toks[i+1].word {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+7; j++ {
		if toks[j].low == "by" {
			return false // a passive on a noun: "(a view echoed by everyone we met)"
		}
	}
	return ownAttribution(text, toks, i+1)
}
