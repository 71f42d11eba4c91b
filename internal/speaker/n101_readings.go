package speaker

// This file holds the readers of the thirty-ninth session's round, each
// a shape of plain news prose that the blind sets (newsprobe) showed
// read wrong. Each is wired where the reading it mends was made, and
// tested in TestN101Readings.

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n101OwnersBody reports whether the mark toks[j], an apostrophe right
// after a plural word of a name, is the plural possessive inside a
// body's name: "the Rail Drivers’ Federation", "the National Farmers’
// Union", "the Ferrow Patients’ Advocacy Forum". nameAt ended the name
// at the mark, so the body was read as "Federation" and its appositive
// or bracketed initials cut from the speaker's mention. The name goes on
// only when the capitalised words after the mark (one or two) end in a
// noun of bodies: "the Democrats’ Senate majority" is two names.
func n101OwnersBody(text string, toks []tok, j int) bool {
	if t := toks[j].low; t != "’" && t != "'" || j+1 >= len(toks) || toks[j].s != toks[j-1].e {
		return false
	}
	if w := toks[j-1].low; len(w) < 3 || w[len(w)-1] != 's' || w[len(w)-2] == '\'' {
		return false // no plural before the mark
	}
	for h := j + 1; h <= j+2 && h < len(toks); h++ {
		t := &toks[h]
		if !t.word || !capital(t.str(text)) || t.s != toks[h-1].e+1 && h > j+1 || h == j+1 && t.s != toks[j].e+1 {
			return false
		}
		if n101BodyHeads[t.low] || n102BodyAppositive(toks, h+1) {
			return true // or an appositive that says it is a body: "Reporters’ Shield, a press-freedom group," (n102_readings.go)
		}
	}
	return false
}

// n101BodyHeads are the last words of bodies whose names hold a plural
// possessive: unions, associations and forums of their members.
var n101BodyHeads = map[string]bool{"union": true, "federation": true, "association": true, "forum": true, "league": true, "alliance": true, "coalition": true, "guild": true, "council": true, "institute": true, "foundation": true, "society": true, "fund": true, "trust": true, "network": true, "club": true, "cooperative": true, "co-operative": true, "collective": true, "committee": true, "campaign": true, "group": true, "front": true, "party": true, "movement": true}

// n101OwnedKin reports whether toks[j], before the words of a mention
// that begin at toks[j+1] (j+1 < i0, the name's first token), is "his",
// "her" or "their" opening the sentence before a noun of a person:
// "Her brother Jonah, 12, said", "Their son Eli, 10, said". The look
// back from the name stops at a possessive pronoun, which elsewhere is
// the object's ("told her brother Jonah"), so the mention began at the
// noun; an age or an appositive after the name kept the reading that
// takes the pronoun in from reaching it. At the sentence's start the
// pronoun can only be the subject's.
func n101OwnedKin(text string, toks []tok, j, i0 int) bool {
	w := toks[j].low
	return (w == "her" || w == "his" || w == "their") && j+1 < i0 && toks[j+1].is(isPerson) && sentenceFirst(text, toks, j)
}

// n101AnonSubject is n99BecauseSubject for a reason that runs to the
// cue with no "because": "A woman who was pumping gas across the road
// and did not want to give her name told KVRN News she heard the
// crash", "A man who works at the depot and asked not to be named
// said". The readers of a subject read back from the cue into the
// reason and named "her name". The reason's last words, right before
// the cue (toks[k] the subject's last), must name the name withheld or
// the anonymity kept, which is asked first of the last few words, so
// that most cues read nothing more; the clause of "who" must hold the
// reason (anonHead). The mention is the whole phrase, the name the noun
// phrase before "who".
func n101AnonSubject(text string, toks []tok, k int) found {
	if k < 5 || k+1 >= len(toks) {
		return found{}
	}
	// The name given, after the reason and its comma: "and would give
	// only his first name, Declan, said". The person is the name.
	e, given := k, ""
	if toks[e].low == "," {
		e--
	}
	if toks[e].word && capital(toks[e].str(text)) && e >= 4 {
		switch {
		case toks[e-1].low == "," && toks[e-2].low == "name":
			given, e = toks[e].str(text), e-2
		case toks[e-1].low == "as" && toks[e-2].low == "name":
			given, e = toks[e].str(text), e-2 // "gave her name as Trish"
		case toks[e-1].low == "as" && toks[e-2].low == "only" && toks[e-3].low == "name":
			given, e = toks[e].str(text), e-3 // "gave her name only as Trish"
		}
	}
	if !toks[e].word {
		return found{}
	}
	switch toks[e].low {
	case "name", "names", "named", "identified", "anonymity", "anonymous", "surname", "used", "publicly":
	default:
		return found{}
	}
	cs := clauseStart(text, toks, e+1)
	if e-cs > 30 {
		return found{}
	}
	head, ok := anonHead(text, toks, cs, e+1, false) // n95_andwho.go
	if !ok {
		return found{}
	}
	f := found{subj: doc.Span{Start: head.Start, End: toks[e].e}, name: text[head.Start:head.End], ok: true, whole: true}
	if given != "" {
		f.subj.End, f.name = toks[k].e, given
		if toks[k].low == "," {
			f.subj.End = toks[k-1].e
		}
	}
	return f
}

// n101WhoThenNames reads the subject of a cue after toks[k], a comma,
// that is a noun phrase with a clause of "who" and then, between
// commas, the names of the persons it describes: "Two undecided voters
// who watched at a bar, Alma Rusk and Terrence Boyle, said that …", "A
// nurse who worked that night, Ann Lee, said …". The readers of a
// subject read the names alone, or, with two, nothing. The names are
// one or two as nameAt reads them, joined by "and", and the clause
// holds only words from its "who" to the names' comma. The mention is
// the whole phrase, the speaker the names.
func n101WhoThenNames(text string, toks []tok, k int) found {
	if k < 6 || toks[k].low != "," {
		return found{}
	}
	c := -1 // the comma before the names
	for i := k - 2; i >= 3 && i >= k-12; i-- {
		if !toks[i].word {
			if toks[i].low == "," {
				c = i
			}
			break
		}
	}
	if c < 0 || !mayName(text, toks, c+1) {
		return found{}
	}
	n, ok := nameAt(text, toks, c+1)
	if !ok || n.from != c+1 {
		return found{}
	}
	if n.to < k && toks[n.to].low == "and" {
		m, ok := nameAt(text, toks, n.to+1)
		if !ok || m.from != n.to+1 {
			return found{}
		}
		n.to, n.end = m.to, m.end
	}
	if n.to != k {
		return found{}
	}
	cs := clauseStart(text, toks, c)
	w := -1
	for i := cs + 1; i < c; i++ {
		if !toks[i].word && toks[i].str(text) != "’s" && toks[i].str(text) != "'s" {
			return found{}
		}
		if w < 0 && toks[i].low == "who" && toks[i-1].word {
			w = i
		}
	}
	if w < 0 || c-w > 20 || reportsClause(text, toks, w+1) {
		return found{}
	}
	if !n101Head(text, toks, cs, w) {
		return found{}
	}
	return found{subj: doc.Span{Start: toks[cs].s, End: toks[k-1].e}, name: text[toks[c+1].s:n.end], ok: true, whole: true}
}

// n101Head reports whether toks[from:to] is a short noun phrase that a
// clause of "who" may follow: phraseAt's, or a determiner or a number
// and up to four words, none a verb, ending in a noun of persons or a
// plural ("Two undecided voters", whose adjective in -ed phraseAt takes
// for a verb).
func n101Head(text string, toks []tok, from, to int) bool {
	if _, ok := phraseAt(text, toks, from, to); ok {
		return !toks[from].is(isPronoun)
	}
	if to-from < 2 || to-from > 5 || !(toks[from].is(isDet) && !toks[from].is(isPronoun) || toks[from].is(isNumberWord) || numberTok(&toks[from])) {
		return false
	}
	for j := from + 1; j < to; j++ {
		if t := &toks[j]; !t.word || t.is(isFunction|isAuxiliary|isFinite|isCue) || capital(t.str(text)) {
			return false
		}
	}
	last := &toks[to-1]
	return last.is(isPerson) || last.pluralNoun()
}

// n101AndAppositive widens a mention that ends with a description and
// its name to a second such pair joined by ", and" that runs to the cue:
// "Mercer’s campaign manager, Rosalind Tey, and her communications
// director, Ben Arkwright, said that …", "The mayor, Ann Lee, and the
// city manager, Ed Moss, said". The readers of a subject stop at the
// comma before "and", which elsewhere joins a clause, and kept the first
// person alone. The second pair is a determiner or a possessive and up
// to five lower-case words, a comma, and a name of up to four
// capitalised words, with its closing comma right before the cue; the
// speaker becomes both names. One pass, constant work a quotation.
func n101AndAppositive(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := &q.Speaker.Mention, q.Cue
		if m.End <= m.Start || c.Start < m.End+12 || c.Start-m.End > 120 || text[m.End] != ',' || !strings.HasPrefix(text[m.End:], ", and ") {
			continue
		}
		from := m.End + len(", and ")
		gap := strings.TrimRight(text[from:c.Start], " ")
		if !strings.HasSuffix(gap, ",") {
			continue
		}
		desc, name, ok := strings.Cut(gap[:len(gap)-1], ", ")
		if !ok || !n101Description(desc) || !n101Name(name) || !n101Name(q.Speaker.Name) {
			continue
		}
		old := q.Speaker.Name
		q.Speaker.Name += " and " + name
		// The chain may be shared with a phrase in marks inside the
		// quotation: renamed in a copy, as n39Coordinated does.
		q.Chain = slices.Clone(q.Chain)
		for k, h := range q.Chain {
			if h == old {
				q.Chain[k] = q.Speaker.Name
			}
		}
		m.End = from + len(gap) - 1 // before the closing comma, which n70CloseAppositives takes
	}
}

// n101Description reports whether s is a description that may stand
// before a name in apposition: a determiner or a possessive and one to
// five lower-case words ("her communications director", "the city
// manager", "Acme’s lawyer").
func n101Description(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	switch h := f[0]; {
	case h == "the" || h == "her" || h == "his" || h == "their" || h == "its" || h == "a" || h == "an" || h == "The":
	case strings.HasSuffix(h, "’s") || strings.HasSuffix(h, "'s"):
	default:
		return false
	}
	for _, w := range f[1:] {
		if w[0] < 'a' || w[0] > 'z' || strings.ContainsAny(w, ",;:\"“”") {
			return false
		}
	}
	return true
}

// n101Name reports whether s is one to four capitalised words, a
// person's name as news prose gives it after a description.
func n101Name(s string) bool {
	f := strings.Fields(s)
	if len(f) < 1 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if r := firstRune(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:\"“”") {
			return false
		}
	}
	return true
}

// n101AttachedEnd reports whether toks[j] is a mark that ends the word
// before it: the full stop of an abbreviation ("began at 6 a.m., the
// union said") or a percent sign ("fell 4.1%, the company reported").
// trailingCue wanted a word or a bracket before the comma that a
// trailing cue follows, and pastAside words only in an appositive
// ("Felix Carrodus, whose fund owns 4% of Velloran, accused …"): both
// read the sentences as having no attribution.
func n101AttachedEnd(text string, toks []tok, j int) bool {
	if j < 1 || !toks[j-1].word || toks[j].s != toks[j-1].e {
		return false
	}
	switch toks[j].str(text) {
	case ".":
		return initialTok(text, &toks[j-1]) || strings.Contains(toks[j-1].str(text), ".") // "a.m.", "U.S.", "Inc."
	case "%":
		return true
	}
	return false
}

// n101OpenerPronoun reports whether toks[j], a subject pronoun, follows
// an opening phrase with no comma that starts at toks[s] with an adverb
// of time or a preposition: "Later in the interview he accused the
// Cobras of “…”", "In a radio interview she called it “…”". The
// pronoun opens the clause whose verb names the phrase in marks; the
// readers of that clause looked for a subject at the sentence's start,
// or after a comma, and found none.
func n101OpenerPronoun(toks []tok, s, j int) bool {
	if j-s < 2 || !toks[j].is(isSubjectPronoun) || toks[j].low == "it" {
		return false
	}
	return toks[s].is(isPrep) || toks[s].is(isTimeWord) || toks[s].low == "later" || toks[s].low == "earlier"
}

// n101Spans are the plural nouns of time after "for" between an
// auxiliary and its verb: "has for months accused …".
var n101Spans = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "decades": true}

// n101MonthAt reports whether the letter at text[i] lies in the name of
// a month, whole or cut short, in a dateline's date: "QUENWICK CITY,
// March 11 (Pennard Wire) - …", "VESTRAM, Sept. 4 -". datelineSkip
// turned a dateline away at its first lower-case word of more than
// three letters, and the sentence's subject was read as the city.
func n101MonthAt(text string, i int) bool {
	ws := i
	for ws > 0 && (text[ws-1] >= 'a' && text[ws-1] <= 'z' || text[ws-1] >= 'A' && text[ws-1] <= 'Z') {
		ws--
	}
	we := i
	for we < len(text) && text[we] >= 'a' && text[we] <= 'z' {
		we++
	}
	return n101Months[text[ws:we]]
}

// n101Months are the months' names with more than three lower-case
// letters; a short form ("Sept.", "Nov.") passes datelineSkip anyway.
var n101Months = map[string]bool{"January": true, "February": true, "March": true, "April": true, "June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true}

// n101HeadlineNoun reads the subject of a headline's trailing cue that
// is a bare noun with no article, as headlines write one: "Diet capsules
// contain withdrawn drug, regulator warns", "…, club doctor says",
// "…, charity says". rest[:c] are the words between the comma and the
// cue, which ends the sentence (toks is the whole sentence); the
// sentence must be a line of its own with no full stop, as a headline
// is. Body prose names such a source with its article ("the regulator
// warned"), and beforeCue reads only plurals bare ("…, unions warn").
// The words must be one to three lower-case nouns, none a function
// word, adverb or verb form, and the cue in the present.
func n101HeadlineNoun(text string, toks, rest []tok, c int) found {
	if c > 3 || !strings.HasSuffix(rest[c].low, "s") {
		return found{}
	}
	if !n106HeadlineLine(text, toks) || toks[len(toks)-1].e != rest[c].e {
		return found{}
	}
	return n101HeadlineWords(text, rest, c)
}

// n101HeadlineWords reads rest[:c], the words before a headline's
// trailing cue, as its bare subject (see n101HeadlineNoun).
func n101HeadlineWords(text string, rest []tok, c int) found {
	for j := 0; j < c; j++ {
		t := &rest[j]
		if t.low == "of" && j > 0 && j < c-1 || n105HeadlineModifier(rest, j, c) {
			continue // "…, secretary of state says", "…, returning officer says" (n105_readings.go)
		}
		if !t.word || capital(t.str(text)) || t.is(isFunction|isAdverb|isAuxiliary|isCue|isPronoun) || strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
			return found{}
		}
	}
	sp := doc.Span{Start: rest[0].s, End: rest[c-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// n101ThisNoun reports whether toks[j] is "this" or "that" before one
// lower-case noun, the addressee of a verb of telling: "told this
// newspaper that …", as British papers name themselves, "told this
// reporter that …". contentStart took "this" for a function word that
// opens a phrase before the content, and subjectAt reads no subject at
// a demonstrative: no attribution was read. After the noun, "that", or
// a phrase of time or occasion: "told this newspaper at the time that".
func n101ThisNoun(text string, toks []tok, j int) bool {
	if toks[j].low != "this" && toks[j].low != "that" || j+2 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	return n.word && !capital(n.str(text)) && !n.is(isFunction|isAuxiliary|isFinite|isPronoun|isAdverb|isTimeWord) && !n.is2(isPartOfDay) && toks[j+2].word && (toks[j+2].low == "that" || toks[j+2].is(isPrep|isTimeWord))
}

// n101AndClause returns the index of the first word of a clause that
// follows an "according to" phrase ending at byte at, after ", and" or
// ", but": "Velloran has $11 billion of bonds, according to data
// compiled by Pellbright, and its notes fell on Monday, traders said."
// The phrase's reader gave the sentence one attribution, and the
// trailing cue of the second clause was never read. It returns 0 when
// no such clause follows, or it is too short to hold a clause and its
// cue (five words).
func n101AndClause(text string, toks []tok, at int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i+2 >= len(toks) || toks[i].low != "," || toks[i+1].low != "and" && toks[i+1].low != "but" || !wordsAtLeast(toks[i+2:], 5) {
		return 0
	}
	return i + 2
}

// n101AndName reads a body's name with "and" inside it that fills
// rest[:sc], the words between a comma and its trailing cue: "…, the
// Food and Drug Administration said", "…, the Maritime and Harbor
// Workers Union said". beforeCue read the name after "and" alone, and
// the readers of a description before it took none, so the sentence
// had no attribution. The words are an optional "the" and capitalised
// words, with "and", "of", "for" or "&" between two of them, at least
// one "and" or "&", and a capital last.
func n101AndName(text string, rest []tok, sc int) (found, bool) {
	i := 0
	if sc > 0 && rest[0].low == "the" {
		i = 1
	}
	if sc-i < 3 || !capital(rest[sc-1].str(text)) {
		return found{}, false
	}
	and := false
	for j := i; j < sc; j++ {
		t := &rest[j]
		switch w := t.str(text); {
		case w == "and" || w == "&":
			and = true
			fallthrough
		case w == "of" || w == "for":
			if j == i || !capital(rest[j+1].str(text)) {
				return found{}, false
			}
		case !t.word || !capital(w):
			return found{}, false
		}
	}
	if !and {
		return found{}, false
	}
	sp := doc.Span{Start: rest[0].s, End: rest[sc-1].e}
	return found{subj: sp, name: text[rest[i].s:sp.End], ok: true, whole: true}, true
}

// n101InvertedAndName is n101AndName after an inverted cue at rest[0]:
// "…, said the Food and Drug Administration". It returns the index
// after the name, or 0 when no such name follows the cue.
func n101InvertedAndName(text string, rest []tok) (found, int) {
	j := 1
	if j < len(rest) && rest[j].low == "the" {
		j++
	}
	for j < len(rest) && rest[j].word && (capital(rest[j].str(text)) || (rest[j].low == "and" || rest[j].low == "of" || rest[j].low == "for") && j+1 < len(rest) && capital(rest[j+1].str(text))) {
		j++
	}
	if f, ok := n101AndName(text, rest[1:], j-1); ok {
		return f, j
	}
	return found{}, 0
}

// n101CommaAnd reports whether toks[k] is "and", "but" or "while" after
// a comma, which opens a second clause whose subject starts after it:
// "…, but former Cobras captain Jarrod Quilty predicted the deal would
// be done". widenText gives the words before a name back to the name
// alone after a function word, which "In a Bloomberg interview Trump
// declared" needs; after such a conjunction it keeps them when they
// hold a noun of a role.
func n101CommaAnd(text string, toks []tok, k int) bool {
	switch toks[k].low {
	case "and", "but", "while":
		return k > 0 && toks[k-1].str(text) == ","
	}
	return false
}

// n101HeadlineColon names the speaker of a headline that opens with a
// quotation in marks and gives its speaker after a colon: "‘This one’s
// for the ones who never got here’: Marrinan after Currawongs end
// 31-year drought", "'We will not be moved': Union vows to fight
// closure", "'It's time': Dunwiddie to retire after 34 seasons", as
// British, Australian and American papers write them. The line is the
// quotation (a short one the quote stage typed scare too), a colon and
// a name (nameAt) that ends the line or is followed by a lower-case word
// of the headline (a preposition, "to", or a verb in -s: "vows",
// "says"), or a bare plural with its verb ("‘…’: growers block
// highway", n113HeadlineGroup); the colon is the cue, as in a colon's
// introduction. A quotation with a speaker already, or one inside
// another, is left alone. One pass, constant work a quotation.
func n101HeadlineColon(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect && !(q.Kind == doc.QuoteScare && len(q.Marks) > 0) || q.Parent >= 0 || q.Speaker.Mention.End > q.Speaker.Mention.Start || q.End+4 > len(text) || text[q.End] != ':' || text[q.End+1] != ' ' {
			continue
		}
		if q.Start > 0 && text[q.Start-1] != '\n' {
			continue // not at a line's start
		}
		eol := strings.IndexByte(text[q.End:], '\n')
		if eol < 0 {
			eol = len(text) - q.End
		}
		lo, hi := q.End+2, q.End+eol
		if hi-lo > 200 {
			continue
		}
		toks := tokenize(text, lo, hi)
		n, ok := nameAt(text, toks, 0)
		group := false // a plural speaks, its verb read (n113_readings.go)
		if !ok || n.from != 0 || toks[0].is(isFunction|isWhWord) {
			if n, group = n113HeadlineGroup(text, toks); !group {
				continue
			}
		}
		if !group && n.to+1 < len(toks) && toks[n.to].word && !capital(toks[n.to].str(text)) && rolePlural(toks[n.to].low) && toks[n.to+1].word && !capital(toks[n.to+1].str(text)) {
			// "‘…’: VCA selectors defend dropping …": the name is the
			// group's, its noun part of the mention (n115).
			n.end, n.text, n.to = toks[n.to].e, text[n.start:toks[n.to].e], n.to+1
			group = true // its verb read
		}
		if n.to < len(toks) && !group {
			t := &toks[n.to]
			if !t.word || capital(t.str(text)) || !(t.is(isPrep) || t.low == "to" || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") || pastInEd(t.low) && n116FirstPerson(text[q.Start:q.End])) {
				continue // a passive only after words in the first person: "‘I’d never try to hurt anyone’: Kinross banned for four weeks" (n116_readings.go)
			}
		}
		q.Kind = doc.QuoteDirect // "'It's time': Dunwiddie to retire …": a short quotation the quote stage typed scare
		q.Speaker = doc.Speaker{Name: n.text, Mention: doc.Span{Start: n.start, End: n.end}}
		q.Cue = doc.Span{Start: q.End, End: q.End + 1}
		q.Chain = append(slices.Clone(q.Chain), n.text)
	}
}

// n101Places are nouns of kinds of places.
var n101Places = map[string]bool{"town": true, "city": true, "village": true, "district": true, "region": true, "province": true, "county": true, "capital": true, "port": true, "suburb": true, "neighbourhood": true, "neighborhood": true, "settlement": true, "camp": true, "island": true, "valley": true, "hamlet": true, "borough": true, "township": true, "parish": true}

// n101RoleRun returns the index of the name after a run of lower-case
// words that give a person's role before it, from toks[at] (before the
// cue at toks[c]): "former justice minister Roberto Salvane", "retired
// judge Ann Lee". The run is one to four words, none a function word,
// that opens with "former" or "retired" or ends in a noun of a role
// (persons.txt); at is returned when there is none.
func n101RoleRun(text string, toks []tok, at, c int) int {
	j := at
	for j < c && j < at+4 && toks[j].word && !capital(toks[j].str(text)) && !toks[j].is(isFunction|isCue|isAuxiliary) {
		j++
	}
	if j == at || j >= c || !toks[j].word || !capital(toks[j].str(text)) {
		return at
	}
	if w := toks[at].low; w != "former" && w != "retired" && !toks[j-1].is(isPerson) {
		return at
	}
	return j
}
