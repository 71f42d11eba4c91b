package speaker

import (
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// This file reads a subject in news prose's most common shape for a
// named official: a description, a comma, the name, a comma, the cue
// ("The committee’s ranking Republican, Sen. Ann Reed, said …"). The
// mention is the whole phrase and the name the person's. Other readers
// took a part: a capitalised last word of the description read as a
// name with the person as its appositive ("Republican, Sen. Ann
// Reed,", "the Marlow Transit Authority, Ann Reed,"), a description
// opening with "Its" or "Their" left out ("Its culture lead,
// Councillor Neil Brathwaite,"), or the description read alone and the
// name after it lost ("The Civic Union’s chairman, Sir Malcolm
// Dray,").

// n92DescribedName returns the subject of the cue toks[c] as the whole
// description and name when f, the subject read, is one of the parts
// above; ok is false otherwise.
func n92DescribedName(text string, toks []tok, c int, f found) (found, bool) {
	if !f.ok || f.pronoun != "" || f.subj.Start >= toks[c].s || c < 3 || toks[c-1].e-toks[c-1].s != 1 || text[toks[c-1].s] != ',' {
		return found{}, false // every shape read here has a comma right before its cue
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m >= c {
		return found{}, false
	}
	// A sentence's opening adverb read into f is no part of it: "Back
	// in Colverton, the principal, Dana Whitcombe, wrote" (n100Opener).
	opened := false
	if k := n100Opener(text, toks, m, c); k > m {
		m, opened = k, true
		f.subj.Start = toks[m].s
	} else if k := n100PhraseOpener(text, toks, c); k > m && k < c-2 {
		// Or an opening phrase: "Reviewing the premiere, the critic,
		// Leonard Fenn, wrote".
		m, opened = k, true
		f.subj.Start = toks[m].s
	}
	if m >= 2 && toks[m-1].str(text) == "," && capital(f.name) && f.subj.End == toks[c-1].s && toks[c-1].str(text) == "," {
		// f is the name, the description before it: "Its culture
		// lead, Councillor Neil Brathwaite, said".
		c0 := clauseStart(text, toks, m-1)
		if c0 >= m-1 || !describesPerson(text, toks, c0, m-1) {
			return found{}, false
		}
		f.subj.Start, f.whole = toks[c0].s, true
		return f, true
	}
	// p: the comma between the description and the name, inside f or
	// right after it.
	p := -1
	for j := m + 1; j < c && toks[j].s < f.subj.End+1; j++ {
		if toks[j].str(text) == "," {
			p = j
			break
		}
	}
	if p < 0 || p+1 >= c {
		return found{}, false
	}
	at := p + 1
	if toks[at].word && !capital(toks[at].str(text)) && ((toks[at].is2(isModifierCueWord) || toks[at].low == "the") && titleNext(text, toks, at+1, c) || titledModifier(text, toks, at)) {
		at++ // "The committee’s chairman, state Sen. Lyle Haberman, said", "the Rev. Paul Okafor"
	} else if e := n101RoleRun(text, toks, at, c); e > at {
		at = e // "The leader of the opposition, former justice minister Roberto Salvane, told"
	}
	n, ok := nameAt(text, toks, at)
	if !ok || n.from != at {
		return found{}, false
	}
	// After the name, the comma before the cue, a party label ("…,
	// R-Pine Harbor,") or a second name ("Keira Lamb and Josh
	// Adeyinka"), which the name then holds.
	nm := n.text
	switch {
	case n.to == c-1, partyLabelTail(text, toks, n.to, c-1):
	case n.to+2 == c-1 && toks[n.to].str(text) == "," && (n104Age(&toks[n.to+1]) || n110PostNominal(text, &toks[n.to+1])):
		// an age: "Her neighbour, Madam Chan Lai Kuen, 63, said"; a
		// rank's letters: "the petitioner’s lead counsel, Dr Kelechi
		// Anyaegbu, SAN, said" (n110_readings.go)
	case (toks[n.to].low == "of" || toks[n.to].low == "from") && c-1-n.to <= 8 && onlyPhrases(text, toks[n.to:c-1]):
		// "The volunteer, Deb Harlan of Pine Orchard, said"
	case toks[n.to].str(text) == "," && n.to+1 < c-1 && n106ParticipleAside(text, toks, n.to+1, doc.Span{Start: toks[c].s, End: toks[c].e}):
		// a participle's aside after the name: "His father, Wayne
		// Mertle, reached by phone, said" (n106ParticipleAside)
	case n92WhoClause(text, toks, n.to, c-1):
		// "One of them, Yolanda Burke, who now teaches in Wexmoor,
		// wrote"
	case n92SecondAppositive(text, toks, n.to, c-1):
		// "The board’s chairman, the Rev. Paul Okafor, pastor of St.
		// Jude’s, said"
	case toks[n.to].low == "and" && n.to+1 < c-1:
		if m2, ok := nameAt(text, toks, n.to+1); !ok || m2.to != c-1 {
			return found{}, false
		}
		nm = text[n.start:toks[c-2].e]
	default:
		return found{}, false
	}
	// The description: from the clause's start, or from f's start when
	// f is the description, to the comma p.
	c0 := m
	if opened {
		// the description starts after the opener
	} else if toks[m].word && !capital(toks[m].str(text)) || m >= 1 && (toks[m-1].word || possessiveMark(toks[m-1].str(text)) || toks[m-1].str(text) == "&") {
		c0 = clauseStart(text, toks, m)
		if c0 < m && n100Opener(text, toks, c0, c) == m {
			c0 = m // "Back in Colverton, the principal, Dana Whitcombe, wrote"
		} else if k := n100PhraseOpener(text, toks, c); c0 < k && k < m {
			c0 = k // the description after an opening phrase: "Briefing journalists, the Governor of the Central Bank, Dr Njeri Wambugu, said"
		}
	} else if m >= 2 && toks[m-1].str(text) == "," {
		return found{}, false // a description before f's name: the reader after this one's
	}
	if c0 > m || !describesPerson(text, toks, c0, p) {
		return found{}, false
	}
	f.subj.Start, f.subj.End = toks[c0].s, max(f.subj.End, toks[c-2].e)
	f.name, f.whole = nm, true
	return f, true
}

// describesPerson reports whether toks[from:to] are a description that
// opens with an article, an owner ("Corvane’s", "The Civic Union’s"), a
// possessive pronoun ("Its", "Their") or a capitalised role and its
// phrase ("Counsel to the company": n104RoleOpens) and ends with a noun, words only
// but for possessives and hyphens, or a part of a group ("One of
// them").
func describesPerson(text string, toks []tok, from, to int) bool {
	if to-from < 2 || to-from > 12 || !toks[from].word {
		return false
	}
	ft := &toks[from]
	if to-from == 3 && toks[from+1].low == "of" && (ft.low == "one" || ft.is(isQuantifier) || numberTok(ft)) {
		// A part of a group: "One of them, Dariusz Kowalczyk, said".
		w := toks[from+2].low
		return w == "them" || w == "us" || w == "those"
	}
	if !(ft.is(isDet) && !ft.is(isPronoun) || ownerOpens(text, ft) || possessivePronouns[ft.low] || n104RoleOpens(text, toks, from, to)) {
		return false
	}
	if n104ShortFormAt(text, toks, to-3) {
		to -= 3 // a body's short form in brackets after its name: "the Managing Director of the Ports Authority (MPA)"
	}
	for j := from + 1; j < to; j++ {
		t := &toks[j]
		if !t.word {
			if s := t.str(text); s != "’s" && s != "'s" && s != "’" && s != "'" && s != "-" && s != "." && !(s == "&" && j+1 < to && capital(toks[j+1].str(text)) && capital(toks[j-1].str(text))) {
				return false // not a firm's ampersand: "His editor at Ember & Quire"
			}
			continue
		}
		if objectAfterPrep(toks, j, to) {
			continue // "The man behind him, Julio Sarmant, said"
		}
		if t.is(isAuxiliary) || t.is(isFinite) || t.is(isPronoun) || t.low == "who" || t.low == "that" || t.low == "which" {
			return false
		}
	}
	last := &toks[to-1]
	return last.word && (!last.is(isFunction|isDet) || objectAfterPrep(toks, to-1, to))
}

// objectAfterPrep reports whether toks[j], the last of toks[:to], is an
// object pronoun after a preposition: "behind him", "next to her".
func objectAfterPrep(toks []tok, j, to int) bool {
	return j == to-1 && j > 0 && toks[j].is(isObjectPronoun) && !toks[j].is(isSubjectPronoun) && (toks[j-1].is(isPrep) || placePreps[toks[j-1].low] || objectPreps[toks[j-1].low])
}

// partyLabelTail reports whether toks[from:to] are a party label after a
// name: a comma, a party's letter and a hyphen or a point, and the
// place in capitalised words ("…, R-Dunmore", "…, R-Pine Harbor").
func partyLabelTail(text string, toks []tok, from, to int) bool {
	if from+1 >= to || toks[from].str(text) != "," {
		return false
	}
	w := text[toks[from+1].s:toks[to-1].e]
	if len(w) < 3 || len(w) > 32 || w[0] != 'R' && w[0] != 'D' && w[0] != 'I' || w[1] != '-' && w[1] != '.' {
		return false
	}
	// After the hyphen, a place of capitalised words: "R-Pine Harbor".
	for _, p := range strings.Fields(w[2:]) {
		if !capital(p) {
			return false
		}
	}
	return true
}

// possessiveMark reports whether s is the mark of a possessive that
// stands as a token of its own ("Officers’ Association").
func possessiveMark(s string) bool { return s == "’" || s == "'" || s == "’s" || s == "'s" }

// n97ApposedNames renames a quotation whose mention is a description,
// a comma and a person's name ("the team's captain, senior Priya
// Vantongeren,", "the team's captain, guard Desmond Farrow-Ikeda,")
// and whose name is the description: the readers of a subject after a
// quotation ("“…,” the team's captain, senior Priya Vantongeren, said")
// name the head they read first. The name is the person's, with a
// lower-case word of role before it left out, as n92DescribedName
// names such a subject before its cue.
func (a *attributor) n97ApposedNames() {
	d := a.d
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, name := q.Speaker.Mention, q.Speaker.Name
		if m.End-m.Start < 8 || len(name) < 3 || name[len(name)-1] < 'a' || name[len(name)-1] > 'z' || strings.IndexByte(name, ' ') < 0 {
			continue // a description ends with a noun in lower case: "the team's captain"
		}
		if c := name[strings.LastIndexByte(name, ' ')+1]; c < 'a' || c > 'z' || !strings.HasPrefix(text[m.Start:m.End], name) || strings.IndexByte(text[m.Start+len(name):m.End], ',') < 0 {
			continue
		}
		toks := a.ix.tokens(m.Start, m.End)
		p := slices.IndexFunc(toks, func(t tok) bool { return t.e-t.s == 1 && text[t.s] == ',' })
		if p < 2 || p+2 >= len(toks) || toks[p-1].e-toks[0].s != len(name) || !describesPerson(text, toks, 0, p) {
			continue
		}
		at := p + 1
		if w := &toks[at]; w.word && !capital(w.str(text)) && (!w.is(isFunction|isDet|isPronoun|isCue|isAuxiliary) || w.low == "the" && at+1 < len(toks) && toks[at+1].is(isTitle)) {
			at++ // "senior", "guard": a role before the name; "the Rev."
		}
		n, ok := nameAt(text, toks, at)
		if !ok || n.from != at || n.to < len(toks) && toks[n.to].str(text) != "," {
			continue
		}
		if n.to < len(toks) && !onlyPhrases(text, toks[n.to:]) {
			continue // a clause after the name: no appositive
		}
		rename(q, name, n.text)
	}
}

// n92SecondAppositive reports whether toks[j:c], from the comma after
// the name to the comma before the cue, are a second appositive: two to
// eight tokens opening with a lower-case word, no verb, pronoun,
// relative word or comma ("pastor of St. Jude’s", "a retired
// teacher").
func n92SecondAppositive(text string, toks []tok, j, c int) bool {
	if j >= c || toks[j].low != "," || c-j < 3 || c-j > 9 || !toks[j+1].word || capital(toks[j+1].str(text)) {
		return false
	}
	for i := j + 1; i < c; i++ {
		if w := toks[i].low; w == "," || w == "who" || w == "which" || w == "whose" || w == "that" || w == "to" || toks[i].word && (pastForm(toks[i]) || strings.HasSuffix(w, "ing")) {
			return false // a clause: "declined to comment", "citing …"
		}
	}
	return onlyPhrases(text, toks[j+1:c])
}

// n92WhoClause reports whether toks[j:c], from the comma after the name
// to the comma before the cue, are a clause of "who", "whom" or "whose" that
// describes the person, maybe after an age: up to fourteen tokens, no
// comma, and no verb of the lexicon that reports a clause of its own.
func n92WhoClause(text string, toks []tok, j, c int) bool {
	if j+3 < c && toks[j].low == "," && n104Age(&toks[j+1]) && toks[j+2].low == "," {
		j += 2 // an age before the clause: "Madam Chan Lai Kuen, 63, who was in hospital for five days,"
	}
	if j >= c || toks[j].low != "," || c-j < 3 || c-j > 15 || toks[j+1].low != "who" && toks[j+1].low != "whom" && toks[j+1].low != "whose" {
		return false
	}
	for i := j + 2; i < c; i++ {
		if toks[i].low == "," || toks[i].word && toks[i].is(isCue) && !nounAfterDet(text, toks, i) && !writtenWork(toks, i) && !n102DeedObject(toks, i) {
			return false
		}
	}
	return true
}
