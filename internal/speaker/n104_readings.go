package speaker

// The forty-second session's readers, found by the news sets AN to AU
// (testdata/newsprobe): titles and shapes of African, South Asian and
// Singapore papers, descriptions with a body's short form or a firm's
// ampersand, a paper's own reporter as the one told, and phrases of
// occasion, asides and relative clauses around a cue.

import "strings"

// n104ShortFormAt reports whether toks[j:j+3] are a body's short form
// in brackets, "(", one capitalised word, ")": "the Maritime Ports
// Authority (MPA)", which a description may end with before the name
// in apposition.
func n104ShortFormAt(text string, toks []tok, j int) bool {
	return j > 0 && j+2 < len(toks) && !toks[j].word && toks[j].str(text) == "(" && toks[j+1].word && upperName(toks[j+1].str(text)) && toks[j+2].str(text) == ")"
}

// n104BareObject reports whether toks[i], after a present participle
// that opens a sentence, is its object, a plural noun with no article,
// before a preposition or the opener's comma: "Briefing journalists at
// the end of the meeting, the governor said", "Addressing supporters,
// …". A name ("Meeting Ann Lee, …") is not one.
func n104BareObject(text string, toks []tok, i int) bool {
	if i+1 >= len(toks) || capital(toks[i].str(text)) || !toks[i].pluralNoun() {
		return false
	}
	n := &toks[i+1]
	return n.word && n.is(isPrep) || !n.word && n.str(text) == ","
}

// n104WhoThenVerb reports whether a subject with a relative clause on
// "who" opens at toks[k], after a comma and a conjunction, and a verb
// of reporting follows the clause: "…, and several Democrats who backed
// it said privately that …". The head is a determiner's or a bare
// plural's phrase of up to four words; the clause's own verb and at
// least one word after it come before the verb, which verbAt
// (ownAttribution's test) reads, and no mark stands between.
func n104WhoThenVerb(text string, toks []tok, k int, verbAt func(int) bool) bool {
	w := k + 1
	for w < len(toks) && w <= k+4 && toks[w].word && toks[w].low != "who" {
		w++
	}
	if w >= len(toks) || w > k+4 || toks[w].low != "who" {
		return false
	}
	if _, ok := phraseAt(text, toks, k, w); !ok || !(toks[k].is(isDet) || toks[w-1].pluralNoun() && !capital(toks[k].str(text))) {
		return false
	}
	for j := w + 3; j < len(toks) && j <= w+10 && toks[j-1].word; j++ {
		if toks[j].word && toks[j].is(isReporting) && verbAt(j) {
			return true
		}
	}
	return false
}

// n104OwnPossessive reports whether w is "our", "my" or "your", which
// open the one a verb of telling speaks to where a paper names its own
// reporter ("told our correspondent"); function.txt has them, and no
// determiner list does.
func n104OwnPossessive(w string) bool { return w == "our" || w == "my" || w == "your" }

// n104OwnAddresseeEnd returns the index after an addressee that "our",
// "my" or "your" at toks[j] opens, after a verb of telling: "told our
// correspondent that …", "told my colleague the plan had failed", as
// papers in Nigeria, India and Britain name their reporter. One or two
// lower-case words that are no function word, cue, auxiliary or time
// word make the noun. It returns j+1 otherwise.
func n104OwnAddresseeEnd(text string, toks []tok, j int) int {
	e := j + 1
	for e < len(toks) && e <= j+2 && toks[e].word && !capital(toks[e].str(text)) && !toks[e].is(isFunction|isAuxiliary|isCue|isTimeWord) && !toks[e].adverbish() {
		e++
	}
	return e
}

// n104LoneParticiple reports whether toks[k] is a present participle of
// a verb of reporting alone before a comma, opening a sentence:
// "Responding, the minister, Ann Lee, said …", "Replying, …". A name in
// -ing ("Fleming, a pilot, said") is no verb of reporting.
func n104LoneParticiple(text string, toks []tok, k int) bool {
	w := toks[k].low
	return len(w) > 6 && strings.HasSuffix(w, "ing") && k+1 < len(toks) && asideMark(text, &toks[k+1]) && toks[k].gate(isReporting) && len(reportingSenses(w)) > 0
}

// n104InvertedWho returns the end of a relative clause on "who" at
// toks[k], right after the lower-case head of an inverted cue's
// description ("said a vulcaniser who gave his name only as Tanko",
// "said a man who asked not to be named"), up to the sentence's end
// or a comma; -1 where there is none, or where the clause reports words
// of its own ("said a lawyer who argued that …"), another attribution.
func n104InvertedWho(text string, toks []tok, k int) int {
	if k < 1 || k+1 >= len(toks) || toks[k].low != "who" || !toks[k-1].word || capital(toks[k-1].str(text)) || reportsClause(text, toks, k+1) {
		return -1
	}
	j := k + 1
	for j < len(toks) && j < k+16 && (toks[j].word || toks[j].str(text) == "’s" || toks[j].str(text) == "'s") {
		j++
	}
	if j < len(toks) && !(boundary(text, toks, j) || asideMark(text, &toks[j])) {
		return -1
	}
	return toks[j-1].e
}

// n104Age reports whether t is an age in digits, one to three of them,
// as a name's appositive gives it: "Madam Chan Lai Kuen, 63,".
func n104Age(t *tok) bool {
	w := t.low
	return t.word && len(w) >= 1 && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// n104Audiences are nouns of a gathering told something, whose phrase
// of "of" and of place and time may run long before the "that" of what
// it was told: "told a crowd of several thousand outside the city hall
// on Saturday night that …". After other nouns a far "that" is as often
// inside the content of a verb such as "accused … of".
var n104Audiences = map[string]bool{"crowd": true, "audience": true, "gathering": true, "group": true, "meeting": true, "rally": true, "room": true, "hall": true, "delegation": true, "panel": true}

// n104LabelledEnd reports whether toks[at:x], a phrase after "according
// to" with no subject read at its start, is at most nine tokens that
// end with a name, not counting a short label in brackets after it
// (shortLabel): "data from the Ministry of Health (MOH)". A day's or a
// month's name at its end is no name's: "figures published by the
// ministry last Thursday" is read as nothing.
func n104LabelledEnd(text string, toks []tok, at, x int) bool {
	last := x - 1
	if toks[last].str(text) == ")" {
		for last > at && toks[last].str(text) != "(" {
			last--
		}
		last--
	}
	if last <= at || last-at >= 9 {
		return false
	}
	t := &toks[last]
	return t.word && capital(t.str(text)) && !t.is(isTimeWord) && !t.is2(isMonth)
}

// n104SingularAfter reports whether a singular noun phrase opens at
// toks[i] and ends the clause: "a" or "an", or "the" and one or two
// words, the last no plural. A verb's base form before it is no
// inverted cue ("…, results due in 2028 confirm the benefit."), where
// before a plural it is one ("…, say the analysts").
func n104SingularAfter(text string, toks []tok, i int) bool {
	if i >= len(toks) || !toks[i].word {
		return false
	}
	switch toks[i].low {
	case "a", "an":
		return true
	case "the":
	default:
		return false
	}
	e := i + 1
	for e < len(toks) && e <= i+2 && toks[e].word {
		e++
	}
	return e > i+1 && (e == len(toks) || !toks[e].word) && !toks[e-1].pluralNoun() && !toks[e-1].is2(isGroupNoun)
}

// n104ThatAfterAside returns the offset of "that" after an aside between
// commas that opens at the comma toks[i], after the one told and a
// phrase of time: "told analysts last month, before the report was
// released, that …"; 0 where none closes within twelve tokens with
// "that" and a word after it, or the aside ends with a cue ("told Ann
// Lee, officials said, that …" is the officials' aside).
func n104ThatAfterAside(text string, toks []tok, i, limit int) int {
	if toks[i].e-toks[i].s != 1 || text[toks[i].s] != ',' {
		return 0
	}
	for j := i + 1; j+2 < len(toks) && j < i+14 && toks[j].s < limit; j++ {
		if toks[j].word {
			continue
		}
		if j == i+1 || toks[j-1].is(isCue) {
			return 0 // an aside that reports: "told Ann Lee, officials said, that …"
		}
		if toks[j].e-toks[j].s != 1 || text[toks[j].s] != ',' {
			return 0
		}
		if toks[j+1].low == "that" && toks[j+2].word {
			return toks[j+1].s
		}
		return 0
	}
	return 0
}

// n104AnonParticiple reports whether toks[k], "speaking" or "talking",
// opens a participle's clause that says why a source goes unnamed, as
// "who spoke on condition of anonymity" does (unnamedWhy): "A
// shareholder, speaking on condition of anonymity because …, said".
// The mention keeps it, as it keeps the relative clause.
func n104AnonParticiple(toks []tok, k int) bool {
	return unnamedWhy("spoke", func(i int) string {
		if j := k + 1 + i; j < len(toks) && toks[j].word {
			return toks[j].low
		}
		return ""
	})
}

// n104ParticipleOf reports whether toks[p] is a verb of reporting's
// participle after a noun, whose phrase a month or a year after it
// belongs to: "A survey published in March said" is the survey's
// reduced relative (reducedRelative), not "A survey published" and a
// time of the verb, which read the participle as the subject's last
// word.
func n104ParticipleOf(text string, toks []tok, p int) bool {
	if p < 1 || !toks[p].word || capital(toks[p].str(text)) || !toks[p].gate(isReporting) || !pastInEd(toks[p].low) {
		return false
	}
	h := &toks[p-1]
	return h.word && !h.is(isFunction|isPronoun|isAuxiliary)
}

// n104OneOfPeople reports whether toks[i] opens "one of" and a plural
// of persons within five words: "said Ann Lee, 55, of Bramhall, one of
// more than 40 people who spoke", an appositive of the person, which
// the mention keeps; not "one of the states suing the agency", which
// describes the place named before it. The caller asks it only where
// no relative clause has opened ("Ed Moss, who farms near the dam, one
// of its critics," ends before "one").
func n104OneOfPeople(toks []tok, i int) bool {
	if toks[i].low != "one" || i+2 >= len(toks) || toks[i+1].low != "of" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+6 && toks[j].word; j++ {
		w := toks[j].low
		if w == "people" || toks[j].is2(isGroupNoun) && w != "police" {
			return true
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") {
			if _, ok := persons[w[:len(w)-1]]; ok {
				return true
			}
		}
	}
	return false
}

// n104WhoAppositiveEnd returns the index of the comma that closes a
// clause of "who" or "whose" opening after the comma toks[k], behind a
// name after a leading "according to", when a clause with a verb
// follows it: "According to Ann Lee, who chairs the finance committee,
// the budget is balanced." The clause is the mention's, as it is before
// a cue; 0 if there is none within sixteen words, or the clause
// reports words of its own ("who argued that …").
func n104WhoAppositiveEnd(text string, toks []tok, k int) int {
	if reportsClause(text, toks, k+2) {
		return 0
	}
	for j := k + 2; j < len(toks) && j <= k+17; j++ {
		if toks[j].word || toks[j].str(text) == "’s" || toks[j].str(text) == "'s" || thousandsComma(text, &toks[j]) {
			continue
		}
		if toks[j].str(text) != "," || j+3 >= len(toks) || !hasVerb(toks[j+1:]) || !wordsAtLeast(toks[j+1:], 3) {
			return 0
		}
		return j
	}
	return 0
}

// n104OccasionEnd returns the index after a phrase of the occasion of
// words that opens at toks[i], right after a cue between commas: "in
// an interview", "in a statement", "at a briefing", "during a news
// conference"; a preposition, an article and at most two more words,
// the last a noun of speech, of a carrier of words or of an occasion.
// It returns i where there is none.
func n104OccasionEnd(text string, toks []tok, i int) int {
	if i+2 >= len(toks) || !toks[i].word || !toks[i+1].word {
		return i
	}
	switch toks[i].low {
	case "in", "at", "during", "on":
	default:
		return i
	}
	if w := toks[i+1].low; w != "a" && w != "an" && w != "the" {
		return i
	}
	end := i
	for e := i + 2; e < len(toks) && e <= i+4 && toks[e].word; e++ {
		if h := toks[e].low; carriers[h] || speechNouns[h] || occasionNouns[h] {
			end = e + 1 // the last such noun: "at a news conference"
		}
	}
	return end
}

// n104Acronym reports whether name, maybe after "the", is a body's short
// form in capitals, two to six letters with no lower case: "MOH", "the
// HTB", "NATO". No "he" or "she" stands for one.
func n104Acronym(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if len(name) < 2 || len(name) > 6 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// n104RoleOpens reports whether toks[from:to] open with a capitalised
// noun of a role (persons.txt) and a preposition, with no article:
// "Counsel to the company, Mr Tunde Ajibola, argued", "Chairman of the
// board, Ann Lee, said", as papers in Nigeria and India write a
// description before a name.
func n104RoleOpens(text string, toks []tok, from, to int) bool {
	ft := &toks[from]
	if from+2 >= to || !capital(ft.str(text)) || !ft.is(isPerson) || ft.pluralNoun() {
		return false
	}
	switch toks[from+1].low {
	case "of", "to", "for", "at":
		return true
	}
	return false
}

// n104AgentBefore reports whether toks[e] ends a participle's agent, "by"
// and a noun phrase of up to five words, right after a participle in
// -ed that follows a noun: "A statement released by the ministry" before
// "on Monday said", whose phrase of time is then the subject's, as it
// is right after the participle ("A statement released on Monday").
func n104AgentBefore(text string, toks []tok, e int) bool {
	for b := e; b > 1 && b >= e-5; b-- {
		t := &toks[b]
		if !t.word {
			return false
		}
		if t.low != "by" && !n110AgentPreps[t.low] {
			continue
		}
		p, h := &toks[b-1], &toks[b-2]
		return b < e && pastForm(*p) && !capital(p.str(text)) && h.word && !h.is(isFunction|isPronoun)
	}
	return false
}
