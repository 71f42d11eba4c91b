package speaker

import (
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n103Prep reports a preposition that opens a fronted phrase (preps,
// morePreps, c3FrontPreps, "beyond"): written with a capital at a
// sentence's start ("Among them:", "Despite this, …") it is no name.
func n103Prep(t *tok) bool {
	return t.word && (prepTok(t) || c3FrontPreps[t.low] || t.low == "beyond")
}

// n103BeingInverted reads the colon introduction whose subject comes
// after a verb of being, behind a fronted phrase: "Among those at the
// dinner was Neville Grigg, 81, a retired welder: “…”", "With her were
// her two sons:". The subject runs from after the verb to the colon,
// toks[:n] the clause before it; it is a name or a description of a
// person, and what follows its comma is its appositive.
func n103BeingInverted(text string, toks []tok, n int) found {
	if n < 4 || !n103Prep(&toks[0]) {
		return found{}
	}
	for v := 1; v < n-1 && v <= 12; v++ {
		if !toks[v].word {
			return found{}
		}
		switch toks[v].low {
		case "was", "were", "is", "are":
		default:
			continue
		}
		f, e := subjectAt(text, toks, v+1, n)
		if !f.ok || f.pronoun != "" || !(capital(f.name) && f.subj.Start == toks[v+1].s && !toks[v+1].is(isDet) || personSubject(text, toks, v+1, f)) {
			return found{}
		}
		if e < n {
			if toks[e].str(text) != "," {
				return found{}
			}
			f.subj = doc.Span{Start: f.subj.Start, End: toks[n-1].e}
			f.whole = true
		}
		return f
	}
	return found{}
}

// n103NamedSource reports whether the attribution p names its source by
// a full name, a given name of the lexicon and more, written at its
// mention, with a verb of speech or writing for its cue (k1SpeechCue):
// "Ilona Sardova, told supporters that …", not "the couple wanted",
// "Brickhaven Township told" nor "he said".
func n103NamedSource(text string, p *doc.Quote) bool {
	m, nm := p.Speaker.Mention, p.Speaker.Name
	sp := strings.IndexByte(nm, ' ')
	if m.End <= m.Start || sp < 0 || given[strings.ToLower(nm[:sp])] == 0 || !k1SpeechCue(text, p.Cue) {
		return false
	}
	return strings.Contains(text[m.Start:m.End], p.Speaker.Name)
}

// n103PersonAfterConjunction reports whether the subject that starts at
// offset at and ends at toks[e], a noun of a person, follows "after",
// "before" or "since" as a conjunction, whose clause it opens: "hours
// after his challenger, Ilona Sardova, told supporters that …". Before a
// noun of a thing the word is a preposition, and the phrase no subject:
// "After the vote, Ed Moss, the mayor, said".
func n103PersonAfterConjunction(toks []tok, at, e int) bool {
	if e < 0 || e >= len(toks) || !toks[e].is(isPerson) {
		return false
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i == 0 || !toks[i-1].word {
		return false
	}
	switch toks[i-1].low {
	case "after", "before", "since":
		return true
	}
	return false
}

// n103Month reports a month's name (the lexicon's months) that is no
// other word ("May" and "March" are): function.txt has them, as they are
// capitalised and name no one, but in a phrase of time between an
// addressee and the content ("told reporters in November that …") they
// end no phrase.
func n103Month(t *tok) bool {
	return t.is2(isMonth) && t.low != "may" && t.low != "march"
}

// n103ClauseAfterPhrase reports whether a content with no "that" opens
// at toks[i], after the addressee and a phrase of time or occasion that
// ends at toks[i-1] ("told council in November the service needed 28
// more officers", "told reporters after the meeting the plan would
// fail"): a determiner or a subject pronoun opening a bare clause, after
// a word that ends a phrase (a day, a month, a noun), not one that opens
// it. Without it, longer's search ran on into the content and took a
// "to" inside it for the content's start.
func n103ClauseAfterPhrase(text string, toks []tok, e, i int) bool {
	if i <= e+1 || !toks[i-1].word || !toks[i].is(isDet|isSubjectPronoun) || toks[i].low == "that" {
		return false
	}
	if p := &toks[i-1]; !p.is(isTimeWord) && !n103Month(p) && p.is(isFunction|isPrep|isDet|isAuxiliary) {
		return false
	}
	return bareClause(text, toks, i)
}

// n103AsideThenVerb reports whether toks[k] opens a phrase between
// commas, one of time or occasion (a preposition or a word of time
// first), with the second verb of the subject after it: "accused her of
// lying and, in a statement issued the following week, claimed that …".
// The content before "and" ends there, as before "and claimed".
func n103AsideThenVerb(text string, toks []tok, k int) bool {
	if k+2 >= len(toks) || toks[k].str(text) != "," || !toks[k+1].word || !toks[k+1].is(isPrep|isTimeWord) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+14; j++ {
		if !toks[j].word {
			return toks[j].str(text) == "," && coordinated(toks, j+1)
		}
	}
	return false
}

// n103AsideBack returns, where toks[k] closes a phrase of time or
// occasion between commas right after "and" (n103AsideThenVerb's
// phrase: "and, in a statement, claimed"), the index of that "and";
// otherwise k.
func n103AsideBack(text string, toks []tok, k int) int {
	if k < 3 || toks[k].word || !toks[k-1].word || toks[k].str(text) != "," {
		return k
	}
	for j := k - 1; j > 0 && j >= k-14; j-- {
		if !toks[j].word {
			if toks[j].str(text) == "," && toks[j-1].low == "and" && n103AsideThenVerb(text, toks, j) {
				return j - 1
			}
			return k
		}
	}
	return k
}

// n103TimeOpener returns the index after a phrase of time that opens the
// clause at toks[k], before toks[c]: "Last week," "This month," "That
// evening" and "Earlier this year," with their comma, or with none
// before a capitalised word or a determiner ("That evening Mabey went on
// television and …"); otherwise k. clauseStart passed over a function
// word's phrase and its comma, and "Last", neither, was read as a name.
func n103TimeOpener(text string, toks []tok, k, c int) int {
	if k+2 >= c || !toks[k].word || !toks[k+1].word || !n103TimeLead(toks[k].low) {
		return k
	}
	j := k + 1
	if (toks[k].low == "earlier" || toks[k].low == "later") && toks[j].low == "this" && j+2 < c && toks[j+1].word {
		j++ // "Earlier this year,"
	}
	if !n103TimeNoun(&toks[j]) {
		return k
	}
	n := &toks[j+1]
	if n.str(text) == "," {
		return j + 2
	}
	if n.word && (capital(n.str(text)) || n.is(isDet)) && !n.is(isFunction|isAuxiliary) {
		return j + 1
	}
	return k
}

// n103TimeNoun reports a noun of a stretch of time after "last", "this"
// or "that": "week", "month", "year", "evening", "spring", a day's name.
func n103TimeNoun(t *tok) bool {
	if t.is2(isWeekday|isPartOfDay) || t.low == "week" || t.low == "month" || t.low == "year" {
		return true
	}
	switch t.low {
	case "weekend", "summer", "winter", "spring", "autumn", "fall", "season", "term", "decade", "century", "time", "day", "night":
		return true
	}
	return false
}

// n103ToldModifiers returns the index of the plural noun that a trailing
// "told" spoke to after one or two words that modify it ("…, he told
// state legislators in March, …", "told local reporters"); a itself
// where there is none. The modifiers are lower-case words, no function
// word, auxiliary or cue but "state".
func n103ToldModifiers(text string, rest []tok, a int) int {
	for e := a; e < len(rest) && e <= a+2; e++ {
		t := &rest[e]
		if !t.word || capital(t.str(text)) || t.is(isFunction|isAuxiliary) || t.is(isCue) && t.low != "state" {
			return a
		}
		if e > a && t.pluralNoun() {
			return e
		}
	}
	return a
}

// n103PhraseThenAux reports whether a bare clause opens at toks[k] with
// a determiner's noun, a phrase of a preposition after it, then an
// auxiliary: "told trustees the addition at Maplestone would be ready",
// "said the plan for the pier had failed". bareClause read the subject
// and wanted its verb right after it.
func n103PhraseThenAux(text string, toks []tok, k int) bool {
	if k+4 >= len(toks) || !toks[k].is(isDet) || toks[k].is(isPronoun) {
		return false
	}
	prep := false // a preposition among the next words, before subjectAt is asked
	for j := k + 2; j <= k+4 && toks[j].word; j++ {
		if prepTok(&toks[j]) {
			prep = true
			break
		}
	}
	if !prep {
		return false
	}
	h, e := subjectAt(text, toks, k, len(toks))
	if !h.ok || h.pronoun != "" || e >= len(toks) || !prepTok(&toks[e]) {
		return false
	}
	j := n103PhraseEnd(toks, e+1, isCue)
	return j >= 0 && toks[j].is(isAuxiliary) && !capital(toks[j].str(text))
}

// n103PhraseEnd returns the index of the word after a short noun phrase
// at toks[j]: a determiner perhaps, then one to three words of no class
// of stop, nor a function word, an auxiliary or a finite verb. It
// returns -1 where no such word follows, or no word ends the phrase.
// The readers of a subject and its verb (n103PhraseThenAux,
// n103AnySubject, n103PhraseThenFinite) then ask the verb's class.
func n103PhraseEnd(toks []tok, j int, stop wordClass) int {
	if j < len(toks) && toks[j].word && toks[j].is(isDet) {
		j++
	}
	from := j
	for j < len(toks) && j < from+3 && toks[j].word && !toks[j].is(isFunction|isAuxiliary|isFinite|stop) {
		j++
	}
	if j == from || j >= len(toks) || !toks[j].word {
		return -1
	}
	return j
}

// n103ReducedParticiple reports whether the cue word toks[c] is a past
// participle in -ed that describes the noun before it, a determiner's
// (with at most one modifier between),
// with a day or a month after it, and later, before any mark, a verb
// of reporting with "that" after a name: "A study published Wednesday
// in the journal Science found that …". Read as a cue, the participle
// took the finite verb's content and made a second attribution of it.
func n103ReducedParticiple(text string, toks []tok, c int, trig []int32, limit int) bool {
	if c < 2 || c+1 >= len(toks) {
		return false
	}
	// The day or month after it first, a bit of the lexicon's entry:
	// the test is asked of every verb of reporting, and most have none.
	if n := &toks[c+1]; !n.word || !n.is(isTimeWord) && !(n.is(isFunction) && n103Month(n)) {
		return false // a day or a month: not "The mayor declined to say …"
	}
	if !pastInEd(toks[c].low) || !toks[c-1].word || !toks[c-2].word {
		return false
	}
	if d := c - 2; !toks[d].is(isDet) || toks[d].is(isPronoun) {
		// One modifier between: "a large study published …"
		// (n109ModifiedHead).
		if !n109ModifiedHead(text, toks, c-1) {
			return false
		}
	}
	if p := &toks[c-1]; capital(p.str(text)) || p.is(isFunction|isAuxiliary|isAdverb) {
		return false
	}
	for _, s := range toks[c].senses() {
		if s.particle != "" && s.particle == toks[c+1].low {
			return false // "The letter called for a bonus": the verb and its particle
		}
	}
	for j := c + 1; j < len(toks) && toks[j].s < limit; j++ {
		if !toks[j].word {
			limit = toks[j].s // the verb before any mark: "…, saying …" is the first verb's
			break
		}
	}
	for _, x := range trig {
		if j := int(x); j > c+1 && j+1 < len(toks) && toks[j].s < limit && toks[j].word && !capital(toks[j].str(text)) && toks[j].is(isCue|isReporting) && toks[j+1].low == "that" && toks[j-1].word && capital(toks[j-1].str(text)) {
			return true
		}
	}
	return false
}

// n103SourceParticiple returns the end of a phrase of a past participle
// after the comma at toks[j] that runs to the sentence's end (end) with
// no other mark, which describes the source of a trailing "according
// to": "…, according to the study, published Wednesday in the journal
// Polar Science." It returns 0 otherwise.
func n103SourceParticiple(text string, toks []tok, j, end int) int {
	if j+2 >= len(toks) || !toks[j+1].word || !pastInEd(toks[j+1].low) || capital(toks[j+1].str(text)) {
		return 0
	}
	last := j + 1
	for i := j + 2; i < len(toks) && toks[i].s < end; i++ {
		if !toks[i].word {
			if toks[i].str(text) == "." && toks[i].e >= end-1 {
				break
			}
			return 0
		}
		if toks[i].is(isAuxiliary | isFinite | isCue | isReporting) {
			return 0 // a clause: "…, according to the board, published data show …"
		}
		last = i
	}
	return toks[last].e
}

// n103DescriptionNear reports whether name, a description with its
// article ("the baker"), is written in the f12FarReach bytes before at:
// a "he" or "she" resolved to the description a quotation just before
// was said by is near it, though no mention of a name is ("“…,” said
// the baker. ¶ “…,” he added."). Only a description is looked for, in
// a bounded window, so the cost stays linear.
func n103DescriptionNear(text, name string, at int) bool {
	low := strings.ToLower(name)
	if !strings.HasPrefix(low, "the ") && !strings.HasPrefix(low, "a ") && !strings.HasPrefix(low, "an ") || at > len(text) {
		return false
	}
	lo := max(0, at-f12FarReach)
	w := text[lo:at]
	return strings.Contains(w, name) || strings.Contains(w, strings.ToUpper(name[:1])+name[1:])
}

// n103AnySubject reports whether "any" at toks[k] opens the subject of a
// clause: "any", "of" and a determiner at most, one to three words of
// the noun phrase, then an auxiliary or a finite verb ("said any
// complaints would be investigated", "any such move would be
// challenged"). An object ("showed any tendency to coquetry he would
// …", "accept any excuse") has no verb right after its noun.
func n103AnySubject(toks []tok, k int) bool {
	j := k + 1
	if j+1 < len(toks) && toks[j].low == "of" {
		j++
	}
	j = n103PhraseEnd(toks, j, 0)
	return j >= 0 && toks[j].is(isAuxiliary|isFinite)
}

// n103RatioOf reads a ratio's subject with its "of" phrase, ending at
// toks[k] before the cue: "Almost six in ten of those who vaped", "one
// in four of the pilots". The ratio is ratioSubject's, before "of"
// within eight words back; the words between hold no mark.
func n103RatioOf(text string, toks []tok, k int) found {
	for j := k - 1; j >= 2 && j >= k-8; j-- {
		if !toks[j].word {
			return found{}
		}
		if len(toks[j].low) != 2 || toks[j].low != "of" || !numberTok(&toks[j-1]) && toks[j-1].low != "one" {
			continue
		}
		f := ratioSubject(text, toks, j-1)
		if !f.ok {
			return found{}
		}
		f.subj.End = toks[k].e
		f.name = text[f.subj.Start:f.subj.End]
		return f
	}
	return found{}
}

// n103AsideThenFinite reports whether the noun phrase at toks[k] (one to
// three words, after a possessive) is the subject of a finite verb that
// follows an aside of a participle between commas: "said its own tally,
// based on copies of result sheets collected by party agents, put
// Ostrovan narrowly ahead". finiteSoon stops at the aside's comma. The
// aside runs at most 24 tokens, with no other mark.
func n103AsideThenFinite(text string, toks []tok, k int) bool {
	j := k
	for j < len(toks) && j < k+3 && toks[j].word && !toks[j].is(isFunction|isAuxiliary|isFinite|isCue) {
		j++
	}
	if j == k || j+2 >= len(toks) || toks[j].str(text) != "," || !toks[j+1].word {
		return false
	}
	if w := toks[j+1].low; !pastInEd(w) && !strings.HasSuffix(w, "ing") && w != "based" {
		return false
	}
	for i := j + 2; i < len(toks) && i <= j+24; i++ {
		if toks[i].word {
			continue
		}
		if toks[i].str(text) != "," || i+1 >= len(toks) || !toks[i+1].word {
			return false
		}
		n := &toks[i+1]
		return !capital(n.str(text)) && (n.is(isFinite|isAuxiliary) || pastForm(*n) || n.is2(isPastVerb))
	}
	return false
}

// n103TimeLead reports a word that opens n103TimeOpener's phrase:
// "last", "this", "that", "next", "earlier", "later". Its callers ask
// it first, inlined: most clauses open with none.
func n103TimeLead(w string) bool {
	if len(w) < 4 || len(w) > 7 || w[0] != 'l' && w[0] != 't' && w[0] != 'n' && w[0] != 'e' {
		return false
	}
	return w == "last" || w == "this" || w == "that" || w == "next" || w == "earlier" || w == "later"
}

// n103CourtRoles are the participles that give a lawyer's or a judge's
// part in a hearing after the name, between commas, as court reports
// write them: "Gemma Oakridge, prosecuting, said", "…, defending,
// told the court", "…, representing Oldroyd Leisure, said", "District
// Judge Ann Lee, sitting at Carrowby Magistrates’ Court, said".
var n103CourtRoles = map[string]bool{"prosecuting": true, "defending": true, "mitigating": true, "representing": true, "sitting": true, "presiding": true, "appearing": true}

// n103CourtRole returns the index of the comma that closes a part in a
// hearing after the mention's name, the comma at toks[k] opening it
// (n103CourtRoles, or "for" and the side: "Ann Lee, for the council,"),
// when the part ends the window (the cue follows it) or the sentence;
// otherwise k. The part holds words only, ten at most.
func n103CourtRole(text string, toks []tok, k int) int {
	if k < 1 || k+2 >= len(toks) || toks[k].word || !toks[k+1].word || !capital(toks[k-1].str(text)) || toks[k].str(text) != "," {
		return k // after a name only: not "the company, sitting in …"
	}
	w := toks[k+1].low
	if !n103CourtRoles[w] && !(w == "for" && (toks[k+2].low == "the" || capital(toks[k+2].str(text)))) {
		return k
	}
	named := w == "prosecuting" || w == "defending" || w == "mitigating" || w == "for" || w == "representing" // the others want a court's name: "sitting at Carrowby Magistrates’ Court"
	for j := k + 2; j < len(toks) && j <= k+11; j++ {
		if toks[j].word {
			named = named || capital(toks[j].str(text))
			continue
		}
		p := toks[j].str(text)
		if p == "’" || p == "'" || p == "’s" || p == "'s" {
			continue // "Carrowby Magistrates’ Court"
		}
		if !named || p != "," && p != "." {
			return k
		}
		if j+1 == len(toks) || p == "." {
			return j
		}
		return k
	}
	return k
}

// n103PastAppositiveName returns the index after a name between commas
// that opens at toks[k] (the comma), one to four capitalised words:
// "his mother, Leanne, had not left" goes on with its verb after it.
// It returns k where none is.
func n103PastAppositiveName(text string, toks []tok, k int) int {
	if k+2 >= len(toks) || toks[k].word || toks[k].str(text) != "," {
		return k
	}
	j := k + 1
	for j < len(toks) && j <= k+4 && toks[j].word && capital(toks[j].str(text)) {
		j++
	}
	if j == k+1 || j+1 >= len(toks) || toks[j].str(text) != "," {
		return k
	}
	return j + 1
}

// n103NounThenPast reports whether one or two nouns at toks[j], after a
// possessive, are a clause's subject with a past in "-ed" or an
// irregular past after them: "says its plan failed", "says its revenue
// tripled last year", "said its chief executive resigned". finiteSoon
// knows no regular past. The first word is no participle ("its revised
// plan" is a noun phrase), and none is a function word or a capital.
func n103NounThenPast(text string, toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j].word || pastInEd(toks[j].low) {
		return false
	}
	for i := j; i < len(toks) && i <= j+2; i++ {
		t := &toks[i]
		if !t.word || capital(t.str(text)) || t.is(isFunction|isAuxiliary|isAdverb) {
			return false
		}
		if i > j && (pastInEd(t.low) || t.is2(isPastVerb)) {
			return true
		}
	}
	return false
}

// n103PhraseThenFinite reports whether the preposition at toks[j] opens
// a short phrase (a determiner and one to three words) that a finite
// verb follows: the phrase ends a subject ("no one in the front office
// had told him").
func n103PhraseThenFinite(toks []tok, j int) bool {
	i := n103PhraseEnd(toks, j+1, 0)
	return i >= 0 && toks[i].is(isFinite)
}

// n103NoOneBefore reports whether the subject read at offset at is the
// object of a preposition after "no one", "nobody" or "none": "no one
// in the front office had told him" names no source (the product gives
// none for "no one", as for "nobody": indefinites), and the office is
// no speaker.
func n103NoOneBefore(toks []tok, at int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i < 2 || !toks[i-1].word || !prepTok(&toks[i-1]) || !toks[i-2].word {
		return false
	}
	switch toks[i-2].low {
	case "nobody", "none":
		return true
	case "one":
		return i >= 3 && toks[i-3].low == "no"
	}
	return false
}

// n103Amount reports whether an amount opens at toks[j]: a number, a
// currency's sign, or "about", "nearly", "roughly", "some", "another",
// "over", "almost" or "more than" before one ("would add about 1,100
// permanent jobs", "added $2 million").
func n103Amount(text string, toks []tok, j int) bool {
	if j >= len(toks) {
		return false
	}
	if t := &toks[j]; t.word {
		switch t.low {
		case "about", "nearly", "roughly", "some", "another", "over", "almost", "around", "up":
			j++
		case "more", "less", "fewer":
			if j+1 < len(toks) && toks[j+1].low == "than" {
				j += 2
			}
		}
	}
	if j >= len(toks) {
		return false
	}
	t := &toks[j]
	if !t.word {
		w := t.str(text)
		return w == "$" || w == "£" || w == "€"
	}
	return numberTok(t) || t.low != "" && t.low[0] >= '0' && t.low[0] <= '9'
}

// n103AcquaintedObject returns the words before an adjective of
// acquaintance and its preposition (acquaintance: "familiar with",
// "close to") when the name read is the object after them at the
// mention's end: "Two people familiar with its finances" is "Two
// people", not "finances".
func n103AcquaintedObject(name, mention string) (string, bool) {
	if !strings.HasSuffix(mention, name) {
		return "", false
	}
	w := strings.Fields(mention[:len(mention)-len(name)])
	for i := 1; i+1 < len(w); i++ {
		if acquaintance[strings.ToLower(w[i])+" "+strings.ToLower(w[i+1])] {
			return strings.Join(w[:i], " "), true
		}
	}
	return "", false
}

// n103OneApposed reads "One" that opens its sentence before the comma at
// toks[j] (toks[e] the word before it) as a subject whose appositive
// follows: "Three of them worked late. One, a senior engineer who asked
// not to be named, said he had slept in his car." One of a group just
// named speaks; the appositive says who.
func n103OneApposed(text string, toks []tok, e, j int) found {
	if e < 0 || e+1 != j || j+1 >= len(toks) || toks[e].low != "one" || !capital(toks[e].str(text)) || !sentenceFirst(text, toks, e) || !toks[j+1].is(isDet) {
		return found{}
	}
	return found{subj: doc.Span{Start: toks[e].s, End: toks[e].e}, name: "One", ok: true}
}

// n103Habit reports whether "to" at toks[k] follows a verb of habit or
// liking ("liked to say", "used to tell", "loved to boast") and comes
// right before the cue toks[c], a verb of saying: the subject says so
// as a habit, an attribution as "said" is. Not before a verb of thought
// or sense ("loved to feel", "would have liked to know"), nor after an
// auxiliary, as a passive is ("was used to pay").
func n103Habit(toks []tok, k, c int) bool {
	if c != k+1 || k < 2 || toks[k-2].is(isAuxiliary) {
		return false
	}
	switch toks[k-1].low {
	case "liked", "likes", "loved", "loves", "used":
	default:
		return false
	}
	switch toks[c].low {
	case "say", "tell", "joke", "boast", "remark", "quip", "insist", "complain", "claim", "argue", "recall", "point":
		return true
	}
	return false
}

// n103AmountThenVerb reports whether an approximate amount at toks[k]
// ("about £240,000", "nearly 300 people") is the subject of a verb of
// the clause: a past in "-ed", an irregular past or a finite verb within
// four words after the number. "said about 40 minutes" is no clause.
func n103AmountThenVerb(text string, toks []tok, k int) bool {
	if !n103Amount(text, toks, k) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		t := &toks[j]
		if !t.word {
			if w := t.str(text); w == "," || w == "." || w == ";" {
				return false
			}
			continue // a currency's sign, a thousands comma's parts
		}
		if t.is(isFinite|isAuxiliary) || pastInEd(t.low) || t.is2(isPastVerb) {
			return true
		}
	}
	return false
}
