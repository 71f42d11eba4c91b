package speaker

import (
	"sort"
	"strings"
)

// calendarName reports whether a name of one word, text[start:end],
// is a month or a day of the week used as a date, which names no one:
// "in May", "on Monday", "May 5", "5 May", "last Friday", "early
// June". News prose is full of dates, and a date taken for a person
// was whom a later "they" meant ("The committee met in May. They said
// …" named May). A month that is a surname or a given name ("Theresa
// May", "April Ryan") is part of a longer name, not read here; alone
// after a verb ("May said", "told June") it stays a name. object is
// true when a preposition comes right before it (candOf).
func calendarName(text string, start, end int, object bool) bool {
	if n := end - start; n < 3 || n > 9 || !calendarEnd(text[end-1]) || strings.IndexByte(text[start:end], ' ') >= 0 {
		return false
	}
	if !asciiWordIs2(text[start:end], isMonth|isWeekday) { // in lower case, with no allocation or hashing
		return false
	}
	if object {
		return true
	}
	// A number right after it or right before it: "May 5", "5 May".
	if j := end; j+1 < len(text) && text[j] == ' ' && '0' <= text[j+1] && text[j+1] <= '9' {
		return true
	}
	p := strings.TrimRight(text[max(0, start-12):start], " ")
	if p != "" && '0' <= p[len(p)-1] && p[len(p)-1] <= '9' {
		return true
	}
	p = strings.ToLower(p[strings.LastIndexAny(p, " \n")+1:])
	return dateModifiers[p]
}

// calendarEnd reports whether a word whose last byte is c may be a
// month or a day of the week (months, weekdays), in either case: each
// ends in "y", "h", "l", "e", "t" or "r" ("may", "march", "april",
// "june", "august", "october", "monday"). calendarName asks it of every
// name of three to nine bytes before it lower-cases the name and looks
// it up in the two maps, and most names end in another letter.
// (c|0x20 is c's lower case for an ASCII letter; no other byte gives
// one of the six.)
func calendarEnd(c byte) bool {
	switch c | 0x20 {
	case 'y', 'h', 'l', 'e', 't', 'r':
		return true
	}
	return false
}

// dateModifiers come before a month or a day as a date: "last Friday",
// "early June", "since May".
var dateModifiers = map[string]bool{"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true, "mid-": true, "every": true, "each": true, "since": true, "until": true, "till": true, "through": true, "before": true, "after": true, "during": true, "by": true, "from": true, "in": true, "on": true, "of": true}

// theyBefore returns the group "they" at offset at means in narration
// when no name before it fits (resolveAt gave none): the nearest
// description of a group in its sentence or the one before, outside
// quotations: a plural of a role, a body or a source ("the officials",
// "Many residents", "two senior aides"; rolePlural), a plural of a
// carrier or a record ("the emails", "his tax returns"; pluralCarrier)
// or a body's noun
// after a determiner or a possessor ("The committee", "Clinton’s
// campaign", which British and much American
// news prose lets be "they"). "" when there is none: "they" then names
// no one, as before, rather than any name of one person.
//
// theyBefore is asked by theyName.
func (a *attributor) theyBefore(at int) string {
	text := a.text
	lo := a.sentenceStart(max(0, a.sentenceStart(at)-1))
	toks := a.ix.scratch(slotTheyBefore, max(lo, at-300), at)
	quoted := false
	for j := len(toks) - 1; j >= 0; j-- {
		t := &toks[j]
		if !t.word {
			if strings.ContainsAny(t.str(text), "“”\"") {
				quoted = !quoted // the words in marks are no narration
			}
			continue
		}
		if quoted || j+1 < len(toks) && toks[j+1].word && (toks[j+1].is(isPerson) || rolePlural(toks[j+1].low) || toks[j+1].is2(isBody)) {
			continue // not the phrase's head: "the committee chairman", "the union leaders"
		}
		first := j == 0 || !toks[j-1].word && boundary(text, toks, j-1)
		if capital(t.str(text)) && !first {
			continue // a name's word: "the Harbor Trust" is not "they"
		}
		// A possessor before a body's noun stands as its determiner:
		// "Clinton’s campaign", "the city's council".
		poss := -1
		if j > 0 && t.is2(isBody) {
			if p := toks[j-1].str(text); strings.HasSuffix(p, "’s") || strings.HasSuffix(p, "'s") {
				poss = j - 1
				if (p == "’s" || p == "'s") && j > 1 {
					poss = j - 2
				}
			}
		}
		body := t.is2(isBody) && j > 0 && (toks[j-1].word && toks[j-1].is(isDet) || poss >= 0)
		if !body && !rolePlural(t.low) && !pluralCarrier(t.low) {
			continue
		}
		if poss >= 0 {
			for n := 0; n < 3 && poss > 0 && toks[poss-1].word && capital(toks[poss-1].str(text)) && capital(toks[poss].str(text)); n++ {
				poss-- // the possessor's whole name: "Ann Reed's"
			}
			return text[toks[poss].s:t.e]
		}
		// Back over at most three modifiers to a determiner, a
		// quantifier or a number, which a body needs.
		st := j
		for i := j - 1; i >= 0 && i >= j-4 && toks[i].word; i-- {
			w := &toks[i]
			if w.is(isDet|isQuantifier|isNumberWord) || numberTok(w) || w.is2(isPossessive) || w.low == "his" || w.low == "her" || w.low == "their" {
				st = i
				break
			}
			if w.is(isFunction|isPrep|isAuxiliary|isCue|isPronoun) || w.is(isReporting) && !w.is(isNounForm) || capital(w.str(text)) && !(i == 0 || !toks[i-1].word && boundary(text, toks, i-1)) {
				break
			}
			st = i
		}
		if i := st - 1; i >= 0 && toks[i].word && toks[i].is(isPrep) {
			continue // an object: "met with the officials" is seldom who speaks next
		}
		if t.low == "minutes" && (toks[st].is(isNumberWord) || numberTok(&toks[st])) {
			continue // a span of time: "five minutes behind their father"
		}
		return text[toks[st].s:t.e]
	}
	return ""
}

// theyName returns the name of "they" at offset at in narration, given
// nm, what resolveAt made of it: nm when it may name a group, else the
// group theyBefore finds, else "". A name that is surely one person's,
// a mention whose sex is known ("Ann Reed", "Mr. Moss"), is not whom
// "they" means; nor, as before, is none.
//
// Hook: parc.go's makeQuote asks it for every "they".
func (a *attributor) theyName(nm string, at int) string {
	if nm != "" && !a.onePerson(nm, at) {
		return nm
	}
	return a.theyBefore(at)
}

// onePerson reports whether the nearest mention named nm before offset
// at is known to be a man or a woman, and not joined to another name.
func (a *attributor) onePerson(nm string, at int) bool {
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].End > at })
	for j := i - 1; j >= 0 && j >= i-32; j-- {
		if m := a.mentions[j]; m.text == nm {
			// The second of two names joined by "and" ("Mr. Grassley
			// and Mr. Leahy say …", "Obama and Clinton"): both are
			// "they". resolveAt gives the names together where they
			// are a plain list (n56_they.go); where it gave the last
			// one alone, that name stands for them.
			if j > 0 && strings.HasSuffix(strings.TrimRight(a.text[max(0, m.Start-6):m.Start], " "), "and") && m.Start-a.mentions[j-1].End <= 6 {
				return false
			}
			return m.gender != 0 || n3PersonName(m.text)
		}
	}
	return false
}

// pluralCarrier reports whether w is the plural of a carrier of words
// (carriers.txt: "the emails", "the reports") or of a record that
// tells what it holds ("his tax returns", "the results"), which news
// prose lets speak as "they": "Ed Moss released his returns; they
// showed …".
func pluralCarrier(w string) bool {
	return strings.HasSuffix(w, "s") && carriers[strings.TrimSuffix(w, "s")] || records[w]
}

// records are plural nouns of records that tell what they hold.
var records = map[string]bool{"returns": true, "records": true, "results": true, "figures": true, "numbers": true, "data": true, "files": true, "minutes": true, "accounts": true, "statistics": true}
