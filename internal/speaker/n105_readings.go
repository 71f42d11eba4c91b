package speaker

// The forty-third session's readers: what "it" stands for when a body
// speaks in narration, and where a reported clause ends before "it"
// speaks again.

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n105ItSpeaks reports whether "it" at toks[k], after a comma and a
// conjunction, is a second source's own report: "The agency noted that
// the trial has not shown …, and it said the approval would …". The
// verb after "it", past at most two adverbs, must be one of speech
// (reporting.txt classes s, k and o) and not in -ing; a verb of belief
// or evidence ("…, and it showed …", "…, and it expects …") is as
// often the content's own thing as the speaker's.
func n105ItSpeaks(text string, toks []tok, k int) bool {
	if k < 2 || toks[k].low != "it" || toks[k-2].str(text) != "," {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+3 && toks[e].word; e++ {
		t := &toks[e]
		if ss := reporting[t.low]; len(ss) > 0 {
			return !strings.HasSuffix(t.low, "ing") && onlyClasses(ss, "sko")
		}
		if !t.adverbish() {
			return false
		}
	}
	return false
}

// n105Channel reports whether the carrier nm that thingBefore found
// before "it" at offset at is only the channel of a verb of speech in
// the sentence before, "said in a statement that …", "said in a filing
// on Monday": "The ministry said in a statement that the changes … It
// estimated that …". The statement is how the ministry spoke; "it"
// stands for the body (bodyBefore), as n1Channel reads for a channel
// phrase that opens the clause of "it". The look-back is the 300 bytes
// thingBefore read.
func (a *attributor) n105Channel(at int, nm string) bool {
	lo := max(0, at-300)
	p := strings.LastIndex(a.text[lo:at], nm)
	if p < 0 {
		return false
	}
	toks := a.ix.scratch(slotItSaid, max(0, lo+p-40), lo+p)
	n := len(toks)
	if n < 2 || toks[n-1].low != "in" {
		return false
	}
	for j := n - 2; j >= 0 && j >= n-4 && toks[j].word; j-- {
		if ss := reporting[toks[j].low]; len(ss) > 0 {
			return onlyClasses(ss, "sko")
		}
		if !toks[j].adverbish() && !toks[j].is(isTimeWord) {
			return false
		}
	}
	return false
}

// n105NamedBody returns the name of a body whose description before
// "it" goes on with the name in apposition, at toks[e+1] after the
// body's noun at toks[e]: "Fair Passage" for "The group Fair Passage",
// "Unite" for "the union Unite". bodyBefore took a capitalised word
// after the noun for the noun going on ("the board game") and read no
// body. The name must be of no known sex and not a possessive; "" when
// there is none.
func n105NamedBody(text string, toks []tok, e int) string {
	if e+1 >= len(toks) || !toks[e+1].word || !capital(toks[e+1].str(text)) || toks[e+1].is(isFunction) {
		return ""
	}
	n, ok := nameAt(text, toks, e+1)
	if !ok || n.from != e+1 || n.gender != 0 || strings.HasSuffix(n.text, "’s") || strings.HasSuffix(n.text, "'s") {
		return ""
	}
	return n.text
}

// n105AndName returns the end of a body's name after "the" that goes
// on past "and" with a second name whose last word is a body's, "the
// Lintara Rescue and Fire Service", "the Parks and Recreation
// Department", where nameAt stopped at "and"; -1 when there is none.
func n105AndName(text string, toks []tok, n name) int {
	k := n.to // the token after the name
	if k+1 >= len(toks) || toks[k].low != "and" {
		return -1
	}
	m, ok := nameAt(text, toks, k+1)
	if !ok || m.from != k+1 || m.gender != 0 || !orgName(text, toks, m) {
		return -1
	}
	return m.end
}

// n105MarchNoun reports whether toks[j] is "march" as a noun, in lower
// case after an article: "Leaders of the march said …". The lexicon
// reads every word by its lower case, where "march" is the month's
// function word ("in March"), so a noun phrase that ended with it read
// no subject. A month takes no article and a capital.
func n105MarchNoun(text string, toks []tok, j int) bool {
	return toks[j].low == "march" && j > 0 && toks[j-1].is(isDet) && toks[j].str(text) == "march"
}

// n105RoleBeforeComma reports whether toks[j], a plural that is also
// a verb's form ("advocates", "supports"), ends the phrase at to as
// the noun of a role, a comma right after it: "Local advocates,
// however, argued …", "Immigrant advocates, for their part, said …".
// phraseAt took such a word after a capital for a verb ("Smith
// advocates a tax"), which takes no comma before its object.
func n105RoleBeforeComma(text string, toks []tok, j, to int) bool {
	return j == to-1 && to < len(toks) && toks[to].str(text) == "," && strings.HasSuffix(toks[j].low, "s") && rolePlural(toks[j].low)
}

// n105IsHow reads the narration right after a quotation that names
// its speaker in a clause of "how": "“Regrettable,” is how the mayor
// described the cuts", "“A slow bleed” was how one nurse put it". The
// subject of the clause is the speaker, as any cue's subject is, and
// the verb of describing the cue. Only a form of "be" right after the
// quotation (past a comma) opens it. The quotation is direct, or
// mixed where no comma follows it ("“A slow bleed” was how …").
func n105IsHow(text string, toks []tok) found {
	k := 0
	for k < len(toks) && k < 2 && !toks[k].word && toks[k].str(text) == "," {
		k++
	}
	if k+3 >= len(toks) || toks[k].low != "is" && toks[k].low != "was" || toks[k+1].low != "how" {
		return found{}
	}
	f, v := subjectAt(text, toks, k+2, len(toks))
	if !f.ok || f.pronoun == "it" || f.pronoun == "who" {
		return found{}
	}
	if v+2 < len(toks) && toks[v].str(text) == "," {
		// An appositive: "how Ann Lee, the mayor, described it".
		e := v + 1
		for e < len(toks) && e <= v+8 && toks[e].word {
			e++
		}
		if e == v+1 || e >= len(toks) || toks[e].str(text) != "," {
			return found{}
		}
		f.subj.End, v = toks[e].e, e+1
	}
	if v < len(toks) && toks[v].word && toks[v].adverbish() {
		v++ // "how the mayor later described it"
	}
	if v >= len(toks) || !toks[v].word || !howVerbs[toks[v].low] {
		return found{}
	}
	f.cue = doc.Span{Start: toks[v].s, End: toks[v].e}
	return f
}

// n105HowAfter reports whether "is how " or "was how " follows the
// quotation that ends at offset end, past a comma and spaces: the test
// of n105IsHow's bytes, asked before any toks are made.
func n105HowAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+12)]
	rest = strings.TrimLeft(rest, ", ")
	return strings.HasPrefix(rest, "is how ") || strings.HasPrefix(rest, "was how ")
}

// howVerbs are the verbs of describing that n105IsHow reads after
// "is how" and a subject.
var howVerbs = map[string]bool{"described": true, "describes": true, "put": true, "puts": true, "characterized": true, "characterised": true, "characterizes": true, "characterises": true, "summed": true, "sums": true, "called": true, "calls": true, "explained": true, "explains": true, "framed": true, "frames": true, "phrased": true, "summarized": true, "summarised": true, "defined": true, "defines": true, "referred": true, "refers": true}

// n105Repeat reports whether the last quotation of out repeats one
// before it in the same clause, the same span and kind, and keeps in
// the earlier one's place the one whose mention is the longer: two of
// attributions' rules may read one content ("She accused the board of
// “…” by refusing to seek a second bidder" read "to seek …" twice; "A
// review of the bid documents by the Ledger found that …" was read
// with that mention and with "A review of the bid"), and the document
// would hold the one quotation twice. The longer mention is the
// fuller reading of the subject. out holds at most parcMaxPerSentence
// quotations.
func n105Repeat(out []doc.Quote) bool {
	n := len(out) - 1
	last := &out[n]
	for i := range n {
		if q := &out[i]; q.Start == last.Start && q.End == last.End && q.Kind == last.Kind {
			if m, lm := q.Speaker.Mention, last.Speaker.Mention; lm.End-lm.Start > m.End-m.Start {
				*q = *last
			}
			return true
		}
	}
	return false
}

// n105AmountClause reports whether toks[j], a currency sign before a
// number, opens a bare reported clause after a verb of speech, belief
// or evidence: the amount, a word of its size, then an auxiliary or a
// finite verb within three words, before the limit: "said $180 million
// had been set aside", "estimated €2bn would be lost". After other
// verbs an amount is mostly their object ("raised $5 million"), and
// without a verb after it it is one after these too ("said $5 was too
// much" has one; "reported $215 billion offshore" has none).
func n105AmountClause(text string, toks []tok, j, limit int) bool {
	if !currencyAmount(text, toks, j) {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+4 && toks[k].s < limit && toks[k].word; k++ {
		if (toks[k].is(isAuxiliary) || toks[k].is(isFinite)) && !capital(toks[k].str(text)) {
			return true // not "in May"
		}
	}
	return false
}

// n105SharedSubjects gives a quotation whose speaker's mention is the
// head of a longer one, read for another quotation from the same place
// in the text, the longer mention and its name: "The Opposition’s
// spokesman on tourism, Glenroy Pusey-Adair, accused the minister of
// “…”, and argued that …" read the subject of "accused" whole and the
// shared subject of "argued" only up to "on". Both mentions start at
// one word, so they read one phrase; the longer ends with the comma of
// a name in apposition and before the quotation's cue, so it is the
// fuller reading of the subject, not a phrase that runs into the words.
// Each quotation looks at the eight before and after it, no more: the
// cost stays linear.
func n105SharedSubjects(d *doc.Document) {
	qs := d.Quotes
	for i := range qs {
		ms := qs[i].Speaker.Mention
		if ms.End <= ms.Start {
			continue
		}
		// The quotations read from one sentence lie near each other in
		// the document's order: the longest mention from the same word
		// among the eight before and after, ending with a comma.
		l := -1
		for j := max(0, i-8); j < len(qs) && j <= i+8; j++ {
			m := qs[j].Speaker.Mention
			if j == i || m.Start != ms.Start || m.End <= ms.End || d.Text[m.End-1] != ',' {
				continue
			}
			if l < 0 || m.End > qs[l].Speaker.Mention.End {
				l = j
			}
		}
		if l < 0 {
			continue
		}
		q, lsp := &qs[i], qs[l].Speaker
		if q.Cue.End <= q.Cue.Start || q.Cue.Start < lsp.Mention.End || q.Start < lsp.Mention.End && q.Start >= ms.End {
			continue
		}
		if n := len(q.Chain); n > 0 && q.Chain[n-1] == q.Speaker.Name && lsp.Name != q.Speaker.Name {
			q.Chain = append(q.Chain[:n-1:n-1], lsp.Name) // the last hand is the speaker; a copy, as chains share arrays
		}
		q.Speaker = lsp
	}
}

// n105PastAfterPhrase reports whether toks[v], a past in -ed after an
// aside ("The river, according to the complaint, stopped flowing"), is
// the main verb of the noun phrase toks[:k] before the aside: the
// clause before it is that phrase alone, a name or a description, so
// the past is its verb and not a participle that describes the source
// ("Sea ice shrank, according to the study, published Wednesday …").
// The lexicon flags only irregular pasts as finite.
func n105PastAfterPhrase(text string, toks []tok, k, v int) bool {
	if !pastInEd(toks[v].low) || capital(toks[v].str(text)) {
		return false
	}
	if _, ok := phraseAt(text, toks, 0, k); ok && toks[0].is(isDet) && k <= 6 {
		// With its article ("Sea ice shrank" reads as a phrase too),
		// short, and no past in it: "The glacier lost a fifth of its
		// volume" is a clause.
		for i := 1; i < k; i++ {
			if w := toks[i].low; pastVerbs[w] || pastInEd(w) || toks[i].is(isFinite) {
				return false
			}
		}
		return true
	}
	n, ok := nameAt(text, toks, 0)
	return ok && n.to == k
}

// n105DateEnd returns the index after a date that starts at toks[i],
// a month's name or its short form with its full stop and a day ("Oct.
// 30", "March 3", "Sept. 12, 2026"), or a day and a month ("30
// October"); i when none starts there. The phrases of time before a
// reported clause ("said on Oct. 30 that …", "wrote in a letter dated
// Oct. 30 that …") read a month's short form as a word and its full
// stop as a mark that ended the phrase; "on" and a date were read as
// the content's first words.
func n105DateEnd(text string, toks []tok, i int) int {
	if i+1 >= len(toks) || !toks[i].word {
		return i
	}
	day := func(t *tok) bool {
		return t.word && len(t.low) <= 2 && t.low[0] >= '0' && t.low[0] <= '9' && strings.Trim(t.low, "0123456789") == ""
	}
	month := func(t *tok) bool {
		return capital(t.str(text)) && (t.is2(isMonth) || monthShort[t.low])
	}
	k := i
	switch {
	case month(&toks[k]):
		k++
		if monthShort[toks[i].low] && k < len(toks) && toks[k].str(text) == "." && toks[k].s == toks[k-1].e {
			k++
		}
		if k >= len(toks) || !day(&toks[k]) {
			return i
		}
		k++
		if k+1 < len(toks) && toks[k].str(text) == "," && len(toks[k+1].low) == 4 && yearWord(toks[k+1].low) {
			k += 2 // "Sept. 12, 2026"
		}
		return k
	case day(&toks[k]) && month(&toks[k+1]) && !monthShort[toks[k+1].low]:
		return k + 2
	}
	return i
}

// monthShort are the short forms of months' names that news prose
// writes with a full stop before a day.
var monthShort = map[string]bool{"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "apr": true, "jun": true, "jul": true}

// n105ContactNoun reports whether rest, the words after a clause's
// comma, are a noun in apposition to the clause with a relative clause
// on it that has no pronoun, its verb the cue word rest[c] that ends
// the sentence: "…, a figure the administration disputes.", "…, a
// claim the company denies.", "…, a view Ann Lee rejects." The noun
// sums up the clause, and the clause on it says who disputes it; the
// words are not the subject's report. An article opens the noun, one
// or two lower-case words make it, and a determiner, a pronoun or a
// capital opens the clause's subject. "…, a senior official said" has
// no such subject between its noun and its verb.
func n105ContactNoun(text string, rest []tok, c int) bool {
	if rest[0].low != "a" && rest[0].low != "an" || c+1 < len(rest) && rest[c+1].word {
		return false
	}
	h := 1
	for h < c && h <= 2 && rest[h].word && !capital(rest[h].str(text)) && !rest[h].is(isFunction|isPronoun|isAuxiliary) && !strings.HasSuffix(rest[h].low, "ing") {
		h++
	}
	if h == 1 || h >= c {
		return false
	}
	// The subject, then at most two auxiliaries or adverbs and the
	// verb: a pronoun, a name ("a charge Ann Lee denies", "a trade-off
	// Ann Lee has also described"; not "a senior State Department
	// official said"), or a determiner and one or two lower-case words.
	v := c
	for v > h+1 && v >= c-2 && rest[v-1].word && (rest[v-1].is(isAuxiliary) || rest[v-1].adverbish()) {
		v--
	}
	s := &rest[h]
	switch {
	case !s.word:
		return false
	case s.is(isSubjectPronoun):
		return s.low != "who" && v == h+1
	case capital(s.str(text)):
		for i := h; i < v; i++ {
			if !rest[i].word || !capital(rest[i].str(text)) {
				return false
			}
		}
		return true
	case s.is(isDet) && s.low != "a" && s.low != "an":
		for i := h + 1; i < v; i++ {
			if !rest[i].word || capital(rest[i].str(text)) || rest[i].is(isFunction|isAuxiliary) {
				return false
			}
		}
		return v-h >= 2 && v-h <= 3
	}
	return false
}

// n105ContactTail reports whether the words from toks[from] to the
// content's end at offset to are a noun in apposition with a relative
// clause on it whose verb ends them (n105ContactNoun): "said reserves
// grew by $48 million, a figure the administration disputes". The
// noun and its clause are the writer's note on the content, and the
// content ends before their comma. The tail is at most twelve tokens.
func n105ContactTail(text string, toks []tok, from, to int) bool {
	if from >= len(toks) || toks[from].low != "a" && toks[from].low != "an" {
		return false
	}
	e := from
	for e < len(toks) && e < from+12 && toks[e].s < to {
		e++
	}
	if e < len(toks) && toks[e].s < to {
		return false // longer than the tail's reach
	}
	rest := toks[from:e]
	c := len(rest) - 1
	for c >= 0 && !rest[c].word {
		c--
	}
	if c < 3 {
		return false
	}
	v := &rest[c]
	if capital(v.str(text)) || !(v.is(isReporting|isFinite) || strings.HasSuffix(v.low, "s") || pastInEd(v.low)) {
		return false
	}
	return n105ContactNoun(text, rest, c)
}

// n105ToldThe returns the index after the one a trailing "told" spoke
// to when that is "the" and a noun of a body or a hearing, maybe with
// one word before it: "…, the company told the state board.", "…, she
// told the court on Monday.", "…, he told the jury." n102Told read
// only a bare plural there ("told families"): after "a" the words are
// as often a relative clause ("something a caller also told a
// dispatcher"). It returns e when there is none.
func n105ToldThe(text string, rest []tok, e int) int {
	if e+1 >= len(rest) || rest[e].low != "the" {
		return e
	}
	// One lower-case word may stand before the noun, and a body's name
	// of up to two capitalised words: "told the Senate team", "told the
	// House ethics panel" (n115_readings.go).
	plain := 0
	for i := e + 1; i < len(rest) && i <= e+3 && rest[i].word && !rest[i].is(isFunction|isAuxiliary); i++ {
		if capital(rest[i].str(text)) {
			if plain > 0 {
				break
			}
			continue
		}
		if w := rest[i].low; bodies[w] || toldBodies[w] {
			return i + 1
		}
		if plain++; plain > 1 {
			break
		}
	}
	return e
}

// toldBodies are the nouns, beyond bodies', of those a source tells in
// a hearing or a paper: "told the jury", "told the inquiry", "told the
// stock exchange", "told the paper".
var toldBodies = map[string]bool{"court": true, "jury": true, "judge": true, "tribunal": true, "inquiry": true, "hearing": true, "magistrate": true, "magistrates": true, "coroner": true, "commission": true, "regulator": true, "legislature": true, "senate": true, "assembly": true, "audience": true, "crowd": true, "magazine": true, "station": true, "broadcaster": true, "outlet": true, "conference": true, "summit": true, "meeting": true,
	"exchange": true, "inquest": true, "parliament": true, "newspaper": true, "paper": true, "podcast": true, "programme": true, "program": true, "network": true, "channel": true, "team": true, "delegation": true, "caucus": true, "trial": true}

// n105NameLink reports whether rest[j], a lower-case word inside a
// body's name, joins two capitalised words of it: "and" or "of" ("the
// Oil and Gas Conservation Board", "the Bank of Ellesford").
func n105NameLink(text string, rest []tok, j int) bool {
	return (rest[j].low == "and" || rest[j].low == "of") && j > 0 && rest[j-1].word && capital(rest[j-1].str(text)) && j+1 < len(rest) && rest[j+1].word && capital(rest[j+1].str(text))
}

// n105CommaAside returns the offset after an aside of one or two
// lower-case words between commas that starts at from, a name's end,
// before gapEnd: ", prosecuting," in "Gemma Oakridge, prosecuting, said
// Brandrick had …", the court reporter's word for counsel's side; from
// when there is none. n4Reporter reads the reporter's verb after it.
func n105CommaAside(text string, from, gapEnd int) int {
	if from+4 >= gapEnd || text[from] != ',' || text[from+1] != ' ' {
		return from
	}
	words := 1
	for p := from + 2; p < gapEnd; p++ {
		switch b := text[p]; {
		case b >= 'a' && b <= 'z':
		case b == ' ':
			if words++; words > 2 {
				return from
			}
		case b == ',':
			if p == from+2 {
				return from
			}
			return p + 1
		default:
			return from
		}
	}
	return from
}

// n105PossessiveDate reports whether toks[j] and toks[j+1] are "next",
// "last" or "this" and a day's or a month's possessive: "next
// Monday's sale", "last year's figures". After a cue they open the
// reported clause's subject; contentStart took "next Monday" for the
// cue's time and read nothing after it.
func n105PossessiveDate(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j].word || !toks[j+1].word {
		return false
	}
	switch toks[j].low {
	case "next", "last", "this":
	default:
		return false
	}
	w := toks[j+1].str(text)
	base, ok := strings.CutSuffix(w, "’s")
	if !ok {
		if base, ok = strings.CutSuffix(w, "'s"); !ok {
			return false
		}
	}
	base = strings.ToLower(base)
	return timeWords[base] || wordIs2(base, isMonth|isWeekday)
}

// n105AskedOpener reports whether toks[k] opens its sentence with a
// reporter's question put to the subject: "Asked whether she worried
// that …, Ann Lee said …", "Pressed about the cost, …". A reported
// clause inside it ends at the comma before the main clause, as one
// inside "When …," does (frontedEnd).
func n105AskedOpener(text string, toks []tok, k int) bool {
	if k+1 >= len(toks) || !capital(toks[k].str(text)) {
		return false
	}
	switch toks[k].low {
	case "asked", "pressed", "questioned", "challenged":
	default:
		return false
	}
	switch toks[k+1].low {
	case "whether", "if", "about", "why", "how", "what", "when", "on":
		return true
	}
	return false
}

// n105PredicateAppositive reports whether the words at toks[a], after
// a subject's comma, open its predicate rather than an appositive: a
// past in -ed or an irregular past in lower case, then a determiner or
// a possessive ("closed the hearing", "ended her speech", "told the
// board"). widenText read them as an appositive up to the cue when no
// comma closed them.
func n105PredicateAppositive(text string, toks []tok, a int) bool {
	if a+1 >= len(toks) || !toks[a].word || capital(toks[a].str(text)) {
		return false
	}
	w := toks[a].low
	if !pastInEd(w) && !pastVerbs[w] {
		return false
	}
	n := &toks[a+1]
	return n.word && (n.is(isDet) || possessivePronouns[n.low] || n.is2(isPossessive) || strings.HasSuffix(n.low, "’s") || strings.HasSuffix(n.low, "'s"))
}

// n105IngName reports whether w, one capitalised word in -ing read as
// the subject at offset at, is a surname ("Manning", "Wakeling",
// "Fleming") rather than a participle or a gerund ("Having said that,
// …", "Housing advocates …"): in the 3,000 bytes before it the word
// follows another capitalised word, a given name or a title ("Ann
// Wakeling", "Sen. Manning"), as a participle does not. The window is
// bounded, so the search costs a sentence at most that much.
func n105IngName(text, w string, at int) bool {
	lo := max(0, at-3000)
	win := text[lo:at]
	for {
		i := strings.Index(win, w)
		if i < 0 {
			return false
		}
		end := i + len(w)
		if i >= 2 && win[i-1] == ' ' && (end == len(win) || !asciiWord[win[end]]) {
			p := i - 2 // back to the start of the word before
			for p >= 0 && (asciiWord[win[p]] || win[p] == '.') {
				p--
			}
			if p++; p < i-1 && win[p] >= 'A' && win[p] <= 'Z' {
				return true // "Ann Wakeling", "Sen. Manning"
			}
		}
		win = win[end:]
	}
}

// n105HeadlineModifier reports whether rest[j], a word in -ing among a
// headline's bare nouns before its cue at rest[c], modifies the noun of
// a person right after it: "returning officer", "presiding judge".
func n105HeadlineModifier(rest []tok, j, c int) bool {
	return j+1 < c && rest[j].word && len(rest[j].low) > 5 && strings.HasSuffix(rest[j].low, "ing") && rest[j+1].word && rest[j+1].is(isPerson)
}

// n105EverySubject reports whether "every" or "each" at toks[k] opens a
// bare clause's subject, one lower-case noun (after a modifier perhaps)
// and then a past in -ed or a finite verb: "said every shift complied
// with the rules", "said every officiating crew is graded". subjectAt
// reads "every" only before a cue or an auxiliary (g2Each).
func n105EverySubject(text string, toks []tok, k int) bool {
	if k+2 >= len(toks) || toks[k].low != "every" && toks[k].low != "each" {
		return false
	}
	n, v := &toks[k+1], &toks[k+2]
	if k+3 < len(toks) && n.word && !capital(n.str(text)) && !n.is(isFunction|isTimeWord) && v.word && !capital(v.str(text)) && !v.is(isFunction|isTimeWord|isAuxiliary) && !pastInEd(v.low) && !v.is(isFinite) {
		n, v = v, &toks[k+3] // one modifier before the noun: "said every officiating crew is graded"
	}
	return n.word && !capital(n.str(text)) && !n.is(isFunction|isTimeWord) && v.word && !capital(v.str(text)) && (pastInEd(v.low) || v.is(isFinite))
}

// n105AgoAfterParticiple reports whether "ago" at toks[k] ends a phrase
// of time after a participle: "released two weeks ago", "published a
// month ago". The phrase is the participle's, and the participle's
// phrase describes the subject: "A poll released two weeks ago showed
// …" (cueSubject took "ago" for an adverb of the verb's, and
// reducedRelative read no participle before a number).
func n105AgoAfterParticiple(toks []tok, k int) bool {
	if k < 3 || !n105Ago(toks, k-2) || !toks[k-3].word {
		return false
	}
	p := &toks[k-3]
	return pastForm(*p) || p.is2(isRelParticiple)
}

// n105Ago reports whether toks[j:j+3] are a phrase of time that ends
// with "ago": a number or "a", a noun of time, "ago" ("two weeks ago",
// "a year ago").
func n105Ago(toks []tok, j int) bool {
	if j+2 >= len(toks) || toks[j+2].low != "ago" || !toks[j].word || !toks[j+1].word {
		return false
	}
	n := &toks[j]
	if !(numberTok(n) || n.low == "a" || n.low == "an" || n.low == "several" || n.low == "few") {
		return false
	}
	switch strings.TrimSuffix(toks[j+1].low, "s") {
	case "minute", "hour", "day", "week", "month", "year", "decade":
		return true
	}
	return false
}

// n105TimeOpenerEnd returns the length of a phrase of time with its
// comma and space that opens s, a mention, before its subject: "An hour
// earlier, ", "Two days later, ", "Minutes after, ", "a week ago, "; 0
// when there is none. The phrase is two or three words: a number or an
// article maybe, a noun of time, then "earlier", "later", "ago",
// "after" or "before".
func n105TimeOpenerEnd(s string) int {
	c := strings.Index(s[:min(len(s), 40)], ", ")
	if c < 0 {
		return 0
	}
	// The phrase's last word first, read without splitting the words
	// (lastField): most mentions with a comma in their first 40 bytes
	// end it otherwise ("Ann Lee, who …"), and strings.Fields made a
	// list for each (some 6.6 k of the 30 k allocations of the bench
	// text's quote and speaker stages).
	switch last, _ := lastField(s[:c]); last {
	case "earlier", "later", "ago", "after", "before":
	default:
		return 0
	}
	w := strings.Fields(s[:c])
	if len(w) == 4 && strings.EqualFold(w[0], "a") && w[1] == "few" {
		w = w[1:] // "a few days later"
	}
	if len(w) < 2 || len(w) > 3 {
		return 0
	}
	switch strings.TrimSuffix(strings.ToLower(w[len(w)-2]), "s") {
	case "minute", "moment", "hour", "day", "week", "month", "year":
	default:
		return 0
	}
	if len(w) == 3 {
		switch strings.ToLower(w[0]) {
		case "a", "an", "one", "two", "three", "four", "five", "six", "several", "few":
		default:
			return 0
		}
	}
	return c + 2
}

// n105TimeOpenerMentions takes a phrase of time that opens the sentence
// out of a mention that starts with it: "An hour earlier, former Gov.
// Ann Lee, who …, predicted" read the mention from the sentence's
// start, where a subject with a relative clause is read from. The
// phrase dates the verb; the mention starts at the subject.
func n105TimeOpenerMentions(d *doc.Document) {
	for i := range d.Quotes {
		m := &d.Quotes[i].Speaker.Mention
		if m.End-m.Start < 12 {
			continue
		}
		n := n105TimeOpenerEnd(d.Text[m.Start:m.End])
		if n == 0 || m.Start+n >= m.End {
			continue
		}
		q := &d.Quotes[i]
		cut := d.Text[m.Start : m.Start+n]
		m.Start += n
		if nm := q.Speaker.Name; nm != "" && strings.Contains(cut, nm) {
			// The name was read from the phrase of time: the subject's
			// words up to its appositive are the name.
			rest := d.Text[m.Start:m.End]
			if c := strings.Index(rest, ", "); c > 0 {
				rest = rest[:c]
			}
			q.Speaker.Name = strings.TrimRight(rest, ", ")
			if n := len(q.Chain); n > 0 && q.Chain[n-1] == nm {
				q.Chain = append(q.Chain[:n-1:n-1], q.Speaker.Name)
			}
		}
	}
}
