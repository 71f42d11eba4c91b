package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// clauseAsSubject reports whether the subject read after an inverted
// trailing cue ("…, said the mayor") is a clause: a determiner, its
// noun, then a verb in the past and more words ("Critics, including
// several groups, said the bill spent too much." read "said" as
// inverted, its subject "the bill spent too much", and the critics as
// what was said). The verb is a past in -ed or an irregular past of
// pastVerbs or bareVerbForms; a noun that such a past also spells
// ("cut", "set", "hit") stands in a subject only before another noun,
// so the word after the verb must be no noun a determiner could open: a
// word of the lexicon's adverbs or quantities, a word in -ly, or a
// determiner (the clause's object). Not a preposition or "not", which
// follow a participle that modifies the subject ("two officials
// briefed on the plan"), nor after a relative word ("a senior official
// who asked not to be named").
func clauseAsSubject(ix *tokIndex, s doc.Span) bool {
	if s.End-s.Start < 10 {
		return false
	}
	toks := ix.tokens(s.Start, s.End)
	if len(toks) < 4 || !toks[0].word || !toks[0].is(isDet) {
		return false
	}
	for j := 2; j+1 < len(toks) && j < 8; j++ {
		t := &toks[j]
		if !t.word || capital(t.str(ix.text)) || t.is2(isRelativeWord) {
			return false // a name, or a relative clause: "a senior official who asked not to be named"
		}
		if !pastForm(*t) && !t.is2(isPastVerb) && !t.is2(isBareVerbForm) {
			continue
		}
		n := &toks[j+1]
		return n.word && !n.is(isPrep) && !n.is2(isMorePrep) && n.low != "not" && (n.is(isAdverb|isQuantity|isDet) || len(n.low) > 3 && n.low[len(n.low)-2:] == "ly" || n.low == "too" || n.low == "much" || n.low == "more")
	}
	return false
}

// finalAppositive returns the end of an appositive that follows a
// source's mention ending at offset at and closes the sentence (end):
// "…, according to an analysis by Ann Reed, a former tax aide now
// teaching at Yale." The appositive describes the source and is part
// of its mention, as it is where the source opens the sentence. It
// opens with "a", "an" or "the" after the comma and runs to the
// sentence's end or to a comma before "who", "whose" or "which", at
// most twelve words with no comma, mark or verb of
// the lexicon (a finite verb, an auxiliary, a cue) or past form: no
// clause of its own. It returns at otherwise.
func finalAppositive(text string, toks []tok, at, end int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i+1 >= len(toks) || toks[i].str(text) != "," || !toks[i+1].word {
		return at
	}
	if e := n94FinalTail(text, toks, i+1, end); e > at {
		return e // "…, according to the institute in the capital, Irvesk.", "…, according to minutes of the meeting, released last month."
	}
	if i+2 >= len(toks) || (toks[i+1].low != "a" && toks[i+1].low != "an" && toks[i+1].low != "the") && !homePlace(text, toks, i+1) {
		return at
	}
	e := at
	for j := i + 1; j < len(toks) && toks[j].s < end; j++ {
		t := &toks[j]
		if !t.word {
			if t.str(text) == "." && (j+1 == len(toks) || toks[j+1].s >= end) {
				break // the sentence's full stop
			}
			if t.str(text) == "." && t.s == toks[j-1].e {
				continue // an abbreviation: "U.S."
			}
			if t.str(text) == "," && j+1 < len(toks) && (toks[j+1].low == "who" || toks[j+1].low == "whose" || toks[j+1].low == "which") {
				break // a relative clause on the source or its body: "…, a former tax aide, whose conclusions were …"
			}
			return at
		}
		if j > i+12 || t.is(isFinite|isAuxiliary|isCue) || pastForm(*t) {
			return at
		}
		e = t.e
	}
	return e
}

// finalRelative returns the end of a relative clause of "which" or
// "who" that follows a trailing source's mention ending at offset at
// and runs to the sentence's end (end): "…, according to the complaint,
// which seeks class-action status." The clause describes the source,
// and is part of its mention as such a clause is where the source
// opens the sentence ("The alliance, which …, said"). At most
// finalRelativeWords words, with no mark that quotes or a semicolon;
// it returns at otherwise. (A "whose" clause is left out: PolNeAR's
// one trailing source with a relative clause, "an analysis by …,
// whose conclusions were seconded by …", leaves it out.)
func finalRelative(text string, toks []tok, at, end int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i+2 >= len(toks) || toks[i].str(text) != "," || toks[i+1].low != "which" && toks[i+1].low != "who" {
		return at
	}
	e, words := at, 0
	for j := i + 1; j < len(toks) && toks[j].s < end; j++ {
		t := &toks[j]
		if t.word {
			if words++; words > finalRelativeWords {
				return at
			}
			e = t.e
			continue
		}
		if w := t.str(text); w == "." && (j+1 == len(toks) || toks[j+1].s >= end) {
			break // the sentence's full stop
		} else if w != "," && w != "." && w != "-" && w != "’" && w != "'" {
			return at
		}
	}
	return e
}

// finalRelativeWords bounds the clause finalRelative reads.
const finalRelativeWords = 25

// affiliationTail reports whether what follows the subject of an
// inverted trailing cue, text[at:end], is its phrase of affiliation
// and the sentence's end: "The pier is unsafe, said one source on the
// committee." (affiliationAfter reads it into the mention). The phrase
// is two to eight tokens: end may stop before the full stop, so "in
// Oslo" is two.
func affiliationTail(text string, at, end int) bool {
	// The phrase's own bytes are tokenized, not text's: tokenize
	// lower-cases all of the text it is given, once per call here.
	text = text[at:min(end, at+120)]
	toks := tokenize(text, 0, len(text))
	if len(toks) < 2 || len(toks) > 8 || !toks[0].word || !afterCuePreps[toks[0].low] {
		return false
	}
	j := 1
	if toks[j].low == "the" {
		j++
	} else if !capital(toks[j].str(text)) || toks[0].low == "on" {
		return false // "on" and a name is a day's: "said the council on Election Day"
	}
	e := j
	for e < len(toks) && toks[e].word && !toks[e].is(isFunction|isTimeWord|isCue|isAuxiliary) && !occasionNouns[toks[e].low] {
		e++
	}
	if e == j || !capital(toks[e-1].str(text)) && !toks[e-1].is2(isBody) {
		return false
	}
	return e == len(toks) || e == len(toks)-1 && !toks[e].word && toks[e].str(text) == "."
}

// itsRole reports whether toks[k] is "its" before a noun of a role
// (persons.txt, or its plural), at most one word between: "said its president, Jim
// Cole", "its chief executive said". dets (speaker.go) has "his", "her"
// and "their" but not "its", and a body's officer is named so in news
// as often as a person's aide is with "his". subjectAt reads the
// description after it as after a determiner. Before a role, or before
// a thing that carries words (carriers.txt: "Its website claims that
// …", "its report found"), which speaks for its owner as an officer
// does, or before those for or against it or who back it
// (stanceHolders, n104ItsBackers: "its critics argue", "its sponsors
// say"); not before other nouns ("its plan would cost …").
func itsRole(toks []tok, k, lim int) bool {
	if toks[k].low != "its" {
		return false
	}
	for j := k + 1; j < lim && j <= k+2 && toks[j].word; j++ {
		w := toks[j].low
		if _, ok := persons[w]; ok {
			return true
		}
		if carriers[w] && (j+1 >= lim || !toks[j+1].word || !carriers[toks[j+1].low]) {
			return true // a carrier of words: "Its website claims …", "its report found"
		}
		if n102ItsOwners[w] {
			return true // those who own or run a body: "…, its maker said", "its owners told families"
		}
		if toks[j].is(isStanceHolder) || n104ItsBackers[w] {
			return true // those for or against it, or who back it: "The bill, its sponsors argue, …", "its critics say"
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") {
			if _, ok := persons[w[:len(w)-1]]; ok {
				return true // a plural: "Its inspectors wrote", "its lawyers said"
			}
		}
	}
	return false
}

// n94FinalTail returns the end of what follows a trailing source's
// comma at toks[k-1] and describes it up to the sentence's end (end),
// beside finalAppositive's description with an article: a name ("…,
// according to the institute in the capital, Irvesk.") or a participle
// phrase ("…, according to minutes of the board’s meeting, released
// last month."). It returns 0 for neither.
func n94FinalTail(text string, toks []tok, k, end int) int {
	if k >= len(toks) || toks[k].s >= end {
		return 0
	}
	last := k // the last token before the sentence's full stop
	for last+1 < len(toks) && toks[last+1].s < end && !(toks[last+1].str(text) == "." && (last+2 >= len(toks) || toks[last+2].s >= end)) {
		last++
	}
	if n, ok := nameAt(text, toks, k); ok && n.from == k && n.to == last+1 {
		return n.end
	}
	if last > k && commaParticiple(text, toks, k, last+1) && onlyPhrases(text, toks[k+1:last+1]) {
		return toks[last].e
	}
	return 0
}

// n104ItsBackers are those who back a bill, a team or a venture that
// persons.txt and stanceHolders do not name: "its sponsors argue", "its
// fans say", "its investors said".
var n104ItsBackers = map[string]bool{"sponsors": true, "fans": true, "investors": true, "donors": true}

// homePlace reports whether toks[j] opens a phrase of "of" or "from"
// and a name that places a person: "…, according to the analyst Ann
// Lee, of Bellamy Partners.", "Ed Moss, from the University of the
// Plains, said".
func homePlace(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || toks[j].low != "of" && toks[j].low != "from" {
		return false
	}
	n := j + 1
	if toks[n].low == "the" && n+1 < len(toks) {
		n++
	}
	if n+2 < len(toks) && n110PlaceNouns[toks[n].low] && toks[n+1].low == "of" {
		n += 2 // "from the village of Tesh Darra" (n110_readings.go)
	}
	return toks[n].word && capital(toks[n].str(text))
}
