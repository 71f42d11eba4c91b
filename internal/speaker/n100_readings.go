package speaker

// This file holds the readers of the thirty-eighth session's round, each
// a shape of plain news prose that five sets written blind (newsprobe Q
// to U) showed read wrong: a list of sources after "according to", a
// sentence's opening adverb or participle's phrase before a subject
// with appositives, "and concluded:" after a phrase in marks, a name
// after a noun of bodies or with a role that tells a sex, a fraction of
// a group as a second clause's subject, a channel in a preposition's
// phrase. Each is wired where the reading it mends was made, and tested
// in TestN100Readings.

import (
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n100NameList returns the index after a list of names that continues
// the name ending before toks[e] ("according to Ann Reed, Ed Moss and
// Tom Lee"), or e when none does. subjectAt joins two names with "and"
// but stops at a comma, so a third source was read as the reported
// clause ("Ed Moss and Tom Lee, the plan will cost …"). The list is
// commas and one final "and" (with or without a comma before it)
// between names as nameAt reads them, and it must end where
// a source ends: at a comma, the sentence's end or the text's. "Ann
// Reed, Chicago and Boston will lose" runs into a verb and is no list;
// "Ann Reed, the treasurer" is an appositive, read elsewhere.
func n100NameList(text string, toks []tok, e int) int {
	if e >= len(toks) || toks[e].low != "," {
		return e
	}
	j, sawAnd := e, false
	for !sawAnd {
		// toks[j] is a separator: ",", ", and" or "and".
		switch {
		case toks[j].low == "," && j+1 < len(toks) && toks[j+1].low == "and":
			j, sawAnd = j+2, true
		case toks[j].low == ",":
			j++
		case toks[j].low == "and":
			j, sawAnd = j+1, true
		default:
			return e
		}
		nm, ok := nameAt(text, toks, j)
		if !ok || nm.from != j || nm.start != int(toks[j].s) || nm.to <= j {
			return e // no name, or one after a function word ("The …")
		}
		j = nm.to
		if j >= len(toks) {
			break
		}
		if !sawAnd && toks[j].low != "," && toks[j].low != "and" {
			return e
		}
	}
	if j < len(toks) && toks[j].low != "," && !boundary(text, toks, j) {
		return e
	}
	return j
}

// placeOpeners open a sentence as adverbs of place, alone or before a
// phrase: "Back in Colverton, …", "Elsewhere, …", "Here in the
// valley, …".
var placeOpeners = map[string]bool{"back": true, "elsewhere": true, "here": true, "there": true, "nearby": true, "overseas": true, "abroad": true, "downtown": true}

// n100Opener returns the index after a sentence's opening adverb and
// its comma when the mention toks[i0:n] starts with them and goes on
// after the comma: a clause lead ("However,", "Meanwhile,",
// "Separately,"), an adverb in -ly that is no given name, or an adverb
// of place, which may carry a phrase to its comma ("Back in
// Colverton,"). It returns i0 otherwise. Such a word is no name, and
// the subject starts after its comma.
func n100Opener(text string, toks []tok, i0, n int) int {
	if i0+3 > n || !toks[i0].word {
		return i0
	}
	// The word after the opener, a comma or a preposition, first: most
	// mentions tidy reads open otherwise, and the tests below (a
	// class, a capital, the sentence's start) are not made for them.
	if nx := &toks[i0+1]; nx.low != "," && !(nx.word && nx.is(isPrep)) {
		return i0
	}
	t := &toks[i0]
	j := i0 + 1
	switch {
	case t.is(isClauseLead|isTimeWord) || t.is2(isLeadWord) || lyAdverb(t.low) && !t.is(isGiven):
	case placeOpeners[t.low]:
		if toks[j].word {
			for j < n && j < i0+8 && toks[j].low != "," {
				if !toks[j].word && !possessiveMark(toks[j].str(text)) {
					return i0
				}
				j++
			}
		}
	default:
		return i0
	}
	if j+1 >= n || toks[j].low != "," || !toks[j+1].word || !capital(t.str(text)) || !sentenceFirst(text, toks, i0) {
		return i0
	}
	return j + 1
}

// n100OpenedName is the speaker's name of the mention toks[i0:n] once its
// opener is gone: the name it opens with, or its words to the first
// comma ("the principal, who was hired in May," is the principal;
// appositiveName then finds a name after a description's comma).
func n100OpenedName(text string, toks []tok, i0, n int) string {
	if nm, ok := nameAt(text, toks[:n], i0); ok && nm.from == i0 {
		return nm.text
	}
	e := i0
	for e < n && toks[e].low != "," {
		e++
	}
	return text[toks[i0].s:toks[max(e-1, i0)].e]
}

// n100AndCueAfterPhrase reads the speaker of a quotation whose clause
// is only "and", a cue and a colon after a phrase in marks: in "The
// review said the director showed “unshowy patience,” and concluded:
// “…”" the window before the quotation stops at the phrase and holds
// "and concluded:" alone. The cue shares the subject of the sentence,
// read (sharedSubject) over the words from the phrase's window on. lo
// is the quotation's window's start.
func (a *attributor) n100AndCueAfterPhrase(qi, lo int) found {
	j := qi - 1
	if j < 0 || a.d.Quotes[j].End != lo || a.d.Quotes[j].Kind != doc.QuoteMixed {
		return found{}
	}
	from := j // the quotation whose window the sentence's subject is in
	if p := a.d.Quotes[j].Parent; p >= 0 {
		if a.d.Quotes[p].Kind != doc.QuoteIndirect {
			return found{} // in marks inside marks
		}
		from = p // a phrase inside a reported clause ("called it “…”") stands in the sentence
	}
	q := &a.d.Quotes[qi]
	toks := a.ix.scratch(3, lo, q.Start)
	back := 0 // the cue's place counted from the window's end
	switch n := len(toks); {
	case n >= 3 && n <= 4 && toks[0].low == "and" && (toks[n-1].str(a.text) == ":" || toks[n-1].str(a.text) == ",") && toks[n-2].word && toks[n-2].is(isCue):
		back = 2 // "and concluded:"
	case q.Kind == doc.QuoteMixed && n >= 3 && n <= 9 && toks[0].low == "and" && toks[1].word && toks[1].is(isCue) && !slices.ContainsFunc(toks[2:], func(t tok) bool {
		return !t.word && t.low != "-" && !possessiveMark(t.low) || t.word && t.is(isCue|isFinite|isAuxiliary)
	}):
		back = n - 1 // "and said its final half-hour “…”": the phrase in the reported clause
	default:
		return found{}
	}
	toks = a.ix.scratch(3, a.windowStart(from), q.Start)
	n := len(toks) - back + 1 // the cue at n-1
	f := sharedSubject(a.text, toks, n-1)
	if !f.ok {
		return found{}
	}
	if e := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.End }); f.pronoun == "" && e+1 < n && (toks[e].low == "in" || toks[e].low == "of" || toks[e].low == "at") {
		// A name's phrase after the description, to a comma: "The
		// review in Projector Quarterly, by contrast, said".
		k := e + 1
		for k < n && toks[k].word && capital(toks[k].str(a.text)) {
			k++
		}
		if k > e+1 && k < n && toks[k].low == "," {
			f.subj.End = toks[k-1].e
			f.name = a.text[f.subj.Start:f.subj.End]
		}
	}
	f.cue = doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
	return f
}

// n100PhraseOpener returns the index after a participle's phrase and
// its comma that open the sentence toks[0:] before toks[c] ("Reviewing
// the premiere, …", "Asked about the plan, …"), as openerEnd reads
// them, or 0. Unlike clauseStart it passes over no other opening word.
func n100PhraseOpener(text string, toks []tok, c int) int {
	k := 0
	for k < c && !toks[k].word {
		k++
	}
	if k >= c || !toks[k].word || !capital(toks[k].str(text)) {
		return 0
	}
	w := toks[k].low
	if len(w) < 5 || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return 0 // the readers' other openers are their own
	}
	if e := openerEnd(text, toks, k, c); e > k {
		return e
	}
	return 0
}

// n100BodyNounBefore reports whether the name at text[start:] follows
// a noun of a body in apposition ("the passenger-rights group Tarmac
// Watch", "the consumer group Digital Hearth", "the trade magazine
// Bindery Weekly"): such a name is the body's, and a later "she" never
// means it. Asked only of names of no known sex, as n64MediaAfter is
// of the noun after one.
func n100BodyNounBefore(text string, start int) bool {
	e := start
	if e < 3 || text[e-1] != ' ' {
		return false
	}
	e--
	if !n100BodyEnds.has(text[e-2], text[e-1]) {
		return false // the word before ends as no noun of bodies does: most names
	}
	s := e
	for s > 0 && s > e-14 && text[s-1] >= 'a' && text[s-1] <= 'z' {
		s--
	}
	if s == e || s > 0 && isASCIILetter(text[s-1]) {
		return false
	}
	return n100BodyNouns[text[s:e]]
}

// n100BodyEnds holds the last two letters of each of n100BodyNouns, a
// gate before the word is read (as n64SexEnds is for persons).
var n100BodyEnds = func() *pairSet {
	ends := new(pairSet)
	for w := range n100BodyNouns {
		ends.add(w[len(w)-2], w[len(w)-1])
	}
	return ends
}()

// n100BodyNouns are the nouns of bodies that stand before a body's name.
var n100BodyNouns = map[string]bool{
	"group": true, "company": true, "firm": true, "organization": true, "organisation": true,
	"charity": true, "nonprofit": true, "magazine": true, "newspaper": true, "agency": true,
	"startup": true, "bank": true, "union": true, "band": true, "coalition": true, "alliance": true,
	"foundation": true, "publisher": true, "label": true, "chain": true, "app": true,
	"website": true, "platform": true, "network": true, "consultancy": true, "campaign": true,
	"association": true, "society": true, "trust": true, "fund": true, "outlet": true,
	"broadcaster": true, "retailer": true, "manufacturer": true, "developer": true, "operator": true,
}

// n100LeadSex returns the sex that a name's first word gives when it is
// a role of persons.txt that tells one ("Councilwoman Marisol Grant",
// "Congressman Ed Moss"); else 0. nameAt reads the sex of a name's first
// word as a title or a given name only, so such a name had none, and
// "she" two sentences on went to the nearest name of no known sex ("…
// and that Zipwell had ignored …"). Asked of every name of no known
// sex: a first word that ends as no such role does is turned away
// before it is read (n64SexEnds).
func n100LeadSex(name string) byte {
	sp := strings.IndexByte(name, ' ')
	if sp < 4 || sp > 16 || !n64SexEnds.has(name[sp-2], name[sp-1]) {
		return 0
	}
	var b [16]byte
	w, ok := lowerLetters(b[:], name[:sp])
	if !ok {
		return 0
	}
	if g := persons[string(w)]; g == 'm' || g == 'f' {
		return g
	}
	return 0
}

// n100Fraction returns the index after a fraction of a group that may
// be a clause's subject at toks[k], "nearly half", "about a third",
// "two-thirds", "a majority", with up to three words of proportion
// before it (proportionLeads); else k. Without "of" and its group: the
// group is the one the sentence counted before ("Sixty-two percent
// said …, and nearly half said …").
func n100Fraction(toks []tok, k int) int {
	j := k
	for n := 0; n < 3 && j < len(toks) && toks[j].word && proportionLeads[toks[j].low]; n++ {
		j++
	}
	if j >= len(toks) || !toks[j].word {
		return k
	}
	switch toks[j].low {
	case "half", "third", "thirds", "two-thirds", "quarter", "quarters", "majority", "minority", "plurality":
		return j + 1
	}
	return k
}

// n100AfterPrep reports whether the noun toks[c], after a determiner
// and capitalised words, is in a preposition's phrase: "wrote in a
// Facebook post that …" says where the words were written, and the
// noun before "that" reports nothing of its own (where "a Harbour
// Gazette report that …" opening a clause does, nameNounAt).
func n100AfterPrep(text string, toks []tok, c int) bool {
	d := c - 1
	for d > 0 && d >= c-5 && toks[d].word && capital(toks[d].str(text)) && !toks[d].is(isDet|isPronoun) {
		d--
	}
	return d > 0 && toks[d].word && toks[d].is(isDet) && toks[d-1].word && toks[d-1].is(isPrep)
}
