package speaker

import (
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n110ItFinds reports whether "it" at offset at is the subject of a
// verb of finding, decision or intention whose content the verb's own
// form marks: "It found that …", "It ruled that …", "It wants the
// ministry to …", "It plans to close the plant". itBefore reads a body
// named before "it" only for a verb of speech, as "it" before "showed"
// or "would prove" is as often a deal or a fact; a body that a
// sentence before named ("The board was not persuaded. It found that
// at least two of the firms …") is what finds and wants in news prose.
// A verb of belief ("It believes that …", "It concluded that …") stays
// out, as TestN1ItSpeech and TestN73ItConcludes hold; of the verbs of
// evidence only "found that" is read (a report shows and suggests, and
// thingBefore reads those). "it" opens its clause, or follows "and" or
// "but": "unless it wants to …" states a condition.
func (a *attributor) n110ItFinds(at int) bool {
	if w := strings.ToLower(wordBefore(a.text, at)); w != "" && w != "and" && w != "but" {
		return false
	}
	toks, k := a.verbAfterIt(at)
	if k < 0 {
		return false
	}
	v, next := toks[k].low, ""
	if k+1 < len(toks) {
		next = toks[k+1].low
	}
	return slices.ContainsFunc(reporting[v], func(s verbSense) bool {
		switch {
		case s.particle != "":
			return false
		case s.class == 'x':
			return next == "that"
		case s.class == 'i':
			return !s.ing
		case s.class == 'v':
			return next == "that" && (v == "found" || v == "finds")
		}
		return false
	})
}

// n110TrailingIt reports whether rest[c], a verb of evidence right
// after "it" that opens the words after a clause's comma, ends the
// clause as a trailing cue: "The new taxes will cover the payments, it
// found." As after a noun of finding (findingAfter: "…, the report
// found"), the verb reports; "it" is then named by the carrier of
// words before it (itBefore), or the attribution is dropped.
func n110TrailingIt(rest []tok, c int) bool {
	return c == 1 && rest[0].low == "it" && findingVerb(rest[c].senses())
}

// findingVerb reports whether senses hold a verb of evidence without a
// particle in a finite form: "found", "shows".
func findingVerb(senses []verbSense) bool {
	return slices.ContainsFunc(senses, func(s verbSense) bool { return s.class == 'v' && s.particle == "" && !s.ing })
}

// n110GerundObject reports whether toks[i], right after the verb of a
// relative clause, is a noun in -ing with no article, the verb's
// object, with a preposition or a comma after it: "Gretchen Aalto, who
// directs polling at Kessel, cautioned". The verb ("directs", a
// request's in the lexicon) then describes the speaker's work and
// reports nothing (n106NounObject). A gerund with an object of its own
// ("who urged saving the pier") is the request's content.
func n110GerundObject(text string, toks []tok, i int) bool {
	o := &toks[i]
	if len(o.low) <= 5 || !strings.HasSuffix(o.low, "ing") || capital(o.str(text)) || o.is(isFunction|isPronoun|isCue) || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.word && n.is(isPrep) && n.low != "to" || !n.word && n.str(text) == ","
}

// n110ListComma reports whether the comma toks[j], inside a clause that
// the comma toks[k] closes, separates the items of a list whose last
// item "and" or "or" opens before toks[k]: "The alliance, which
// represents tenured, tenure-track and part-time instructors, said",
// "The bloc, which includes Ardenia, Veltria and Osk, said". The items
// are words and hyphens with no verb: a comma before a clause of its
// own still ends the relative clause.
func n110ListComma(text string, toks []tok, j, k int) bool {
	if k-j > 14 || j < 1 || !toks[j-1].word {
		return false
	}
	and := false
	for i := j + 1; i < k; i++ {
		t := &toks[i]
		if !t.word {
			if s := t.str(text); s != "-" && s != "," {
				return false
			}
			continue
		}
		if t.low == "and" || t.low == "or" {
			and = and || i > j+1
			continue
		}
		if t.is(isAuxiliary|isFinite|isSubjectPronoun|isCue) || t.low == "who" || t.low == "which" || t.low == "that" {
			return false
		}
	}
	return and
}

// n110OneWordBody reports whether toks[cs], alone before the comma
// toks[j] and a clause of "which", is a name of one word: "Hopwell,
// which went public in 2023, warned", "Kolvenia, which claims the same
// stretch of sea, says". phraseAt leaves a name of one word to
// beforeCue, which reads no clause after it; "which" says the name is
// a body's or a place's, not a person's.
func n110OneWordBody(text string, toks []tok, cs, j int) bool {
	if j != cs+1 || j+1 >= len(toks) || toks[j+1].low != "which" {
		return false
	}
	t := &toks[cs]
	return t.word && len(t.low) > 2 && capital(t.str(text)) && !t.is(isFunction|isPronoun|isTimeWord|isAdverb|isCue)
}

// n110ReportsTo reports whether toks[k] is "reports" or "reported" to
// a person or a body named after "to": "Provost Ifeoma Nwachukwu, who
// reports to Strathdee-Moss, denied". The clause says whom the speaker
// answers to, as a post's line of command, and reports no words.
func n110ReportsTo(text string, toks []tok, k int) bool {
	if k+2 >= len(toks) || toks[k].low != "reports" && toks[k].low != "reported" || toks[k+1].low != "to" || !toks[k+2].word {
		return false
	}
	n := &toks[k+2]
	if !(capital(n.str(text)) && !n.is(isFunction) || n.low == "the" || possessivePronouns[n.low]) {
		return false
	}
	for i := k + 3; i < len(toks) && i <= k+8 && toks[i].word; i++ {
		if toks[i].low == "that" || toks[i].is(isWhWord) {
			return false // "who reported to the police that the van was stolen": words reported
		}
	}
	return true
}

// n110AgentPreps are the prepositions after a participle that n104AgentBefore
// reads as "by": "A filing Vantreece made with securities regulators
// last month warned", "A staff report presented to trustees on
// Tuesday said". The phrase of time after the participle's phrase
// dates the thing, and stays in the mention.
var n110AgentPreps = map[string]bool{"with": true, "to": true}

// n110OfficeBefore reports whether the words of a mention before its
// preposition and "the" (words[:r-2]) are all capitalised: the mention
// opens with an office in title case ("Leader of the Opposition Rana
// Tufail Akhtar", "Secretary of the Navy Ann Lee"), whose body and
// holder are one name, not a phrase of the sentence's opening whose
// object runs into the subject (gluedSplit: "In an interview with the
// editorial board of the Ledger Moss said" reads "the Ledger Moss").
func n110OfficeBefore(text string, words []doc.Span, r int) bool {
	if r < 3 {
		return false
	}
	for _, w := range words[:r-2] {
		if !gluedCapital(text, w) {
			return false
		}
	}
	return true
}

// n110CallModifiers are the nouns that make "call" a noun after them:
// "the company's earnings call", "a conference call".
var n110CallModifiers = map[string]bool{"earnings": true, "conference": true, "phone": true, "video": true, "investor": true, "investors": true, "analyst": true, "analysts": true, "briefing": true, "sales": true}

// n110CallNoun reports whether toks[c], "call" or "calls", is a noun
// after one of n110CallModifiers: "told analysts on the company's
// earnings call in July that …" read "the company's earnings" calling.
func n110CallNoun(toks []tok, c int) bool {
	return (toks[c].low == "call" || toks[c].low == "calls") && toks[c-1].word && n110CallModifiers[toks[c-1].low]
}

// n110PlaceOpener cuts off the front of a subject f that a preposition
// opening its sentence governs, up to its first comma, where a name
// follows that comma: "At the Ogbaruka Main Market, Mrs Chinyere
// Onwuka-Lawal, 52, who sells provisions, said" read the market as the
// subject and the woman as its appositive; the phrase of place is the
// sentence's, and the person after it speaks.
func n110PlaceOpener(text string, toks []tok, f found) found {
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m < 1 || m >= len(toks) || !toks[m-1].word || toks[m-1].is(isAuxiliary|isFinite|isPronoun) {
		return f
	}
	// The phrase opens the sentence: a capitalised preposition, then
	// words with no verb up to the subject ("At a computer shop near
	// the university’s main campus").
	o := m - 1
	for o > 0 && o > m-14 && (toks[o-1].word && !toks[o-1].is(isAuxiliary|isFinite|isPronoun) || possessiveMark(toks[o-1].str(text))) {
		o--
	}
	if !toks[o].is(isPrep) || !capital(toks[o].str(text)) || o > 0 && !boundary(text, toks, o-1) {
		return f
	}
	for p := m + 1; p+1 < len(toks) && toks[p].s < f.subj.End; p++ {
		if toks[p].word {
			continue
		}
		if toks[p].str(text) != "," {
			return f
		}
		n, ok := nameAt(text, toks, p+1)
		titled := toks[p+1].is(isTitle)
		if !ok || n.from != p+1 && !(titled && n.from == p+2) || n.gender == 0 && !titled {
			return f
		}
		f.subj.Start, f.name = toks[p+1].s, n.text
		return f
	}
	return f
}

// n110PostNominals are the letters of a rank or an honour written after
// a name: "Dr Kelechi Anyaegbu, SAN," (Senior Advocate of Nigeria),
// "Ann Lee, QC,", "Ed Moss, MP,".
var n110PostNominals = map[string]bool{"SAN": true, "QC": true, "KC": true, "SC": true, "MP": true, "MPP": true, "MLA": true, "MNA": true, "MCA": true, "MBE": true, "OBE": true, "CBE": true, "KBE": true, "OFR": true, "CON": true, "GCON": true, "JP": true, "PhD": true, "MD": true, "FRS": true}

// n110PostNominal reports whether t is one of n110PostNominals, as
// written (in capitals).
func n110PostNominal(text string, t *tok) bool {
	return t.word && n110PostNominals[t.str(text)]
}

// n110NameAnd reports whether "and" at toks[j] joins two capitalised
// words inside a name: "the Housing and Township Board".
func n110NameAnd(text string, toks []tok, j int) bool {
	return j >= 1 && j+1 < len(toks) && toks[j-1].word && toks[j+1].word && capital(toks[j-1].str(text)) && capital(toks[j+1].str(text))
}

// n110LabelledBeforeTime reports whether toks[at:x], a phrase after
// "according to", ends with a name (n104LabelledEnd) and then a phrase
// of time that dates the phrase's participle: "figures released by the
// Township Board (HTB) on Wednesday night", "data published by the
// Ministry of Health last week". The time is the thing's, and stays in
// the mention, as it does where no name comes before it.
func n110LabelledBeforeTime(text string, toks []tok, at, x int) bool {
	e := x
	for e > at && e > x-4 && toks[e-1].word && (toks[e-1].is(isTimeWord) || toks[e-1].is2(isMonth) || toks[e-1].low == "night" || toks[e-1].low == "morning" || toks[e-1].low == "evening" || toks[e-1].low == "afternoon") {
		e--
	}
	if e == x || e-1 <= at {
		return false
	}
	if w := toks[e-1].low; w == "on" || w == "last" || w == "this" || w == "in" {
		e--
	}
	return e < x && n104LabelledEnd(text, toks, at, e) && slices.ContainsFunc(toks[at:e], func(t tok) bool { return t.low == "by" })
}

// n110DemonstrativeCarrier reads a subject that is a demonstrative and
// a carrier of words opening its clause, toks[k] the carrier: "That
// filing said the firm would need $9.6 billion", "These figures show
// …". The lexicon's determiners leave out "this" and "that", which
// open clauses and point at things as often; before a carrier right
// before the verb they point back at a text the article named.
func n110DemonstrativeCarrier(text string, toks []tok, k int) found {
	if k < 1 || !toks[k].word || !toks[k-1].word {
		return found{}
	}
	switch toks[k-1].low {
	case "this", "that", "these", "those":
	default:
		return found{}
	}
	if !carriers[toks[k].low] && !carriers[strings.TrimSuffix(toks[k].low, "s")] {
		return found{}
	}
	if k >= 2 && (toks[k-2].word || !boundary(text, toks, k-2) && toks[k-2].str(text) != ",") {
		return found{} // "said that report …": the demonstrative opens no clause
	}
	sp := doc.Span{Start: toks[k-1].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// n110AndClauses ends an indirect quotation's content before ", and"
// or ", but" where a second attribution with its own subject and verb
// opens: "Prentiss said the offer had been received, and aides in both
// chambers said no meeting had been scheduled." The clause after the
// comma is the writer's, who reports a second source; read as part of
// Prentiss's words, it nested the aides' attribution inside them,
// where it is no source of its own. Only a cue before the content is
// read so: a trailing one ("…, and the district expects them by July,
// she said.") reports both clauses; nor is a second source that says
// nothing ("…, and the ministry has not said whether …"). The
// quotation whose content holds
// the comma is looked for among the eight before, so the pass stays
// linear.
func n110AndClauses(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		b := &d.Quotes[i]
		m := b.Speaker.Mention
		if b.Kind != doc.QuoteIndirect && b.Kind != doc.QuoteMixed || b.Speaker.Name == "" || m.End <= m.Start || b.Cue.Start < m.End || m.Start < 6 {
			continue
		}
		before := strings.TrimRight(text[max(0, m.Start-6):m.Start], " ")
		var conj string
		switch {
		case strings.HasSuffix(before, ", and"):
			conj = ", and"
		case strings.HasSuffix(before, ", but"):
			conj = ", but"
		default:
			continue
		}
		if v := text[m.End:b.Cue.Start]; strings.Contains(v, "not ") || strings.Contains(v, "n’t ") || strings.Contains(v, "n't ") || strings.Contains(b.Speaker.Name, "declin") {
			continue // "…, and the ministry has not said whether …": no words of the second source's
		}
		comma := max(0, m.Start-6) + len(before) - len(conj)
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			a := &d.Quotes[j]
			if a.Kind != doc.QuoteIndirect || len(a.Content) == 0 || a.Cue.End > a.Content[0].Start {
				continue // a trailing cue ("…, and the district expects …, she said.") reports both clauses
			}
			last := &a.Content[len(a.Content)-1]
			if last.Start < comma && comma < last.End && b.Cue.End <= last.End {
				last.End = comma
				if a.Span.End > comma {
					a.Span.End = comma
				}
				break
			}
		}
	}
}

// n110EndsWithName reports whether the source phrase before the comma
// toks[k] ends with a capitalised word, a name the appositive after the
// comma may describe: "According to a memo obtained by The Brackenridge
// Lantern, the student newspaper, the cuts …" (appositiveEnd reads an
// appositive after a source that opens with a name).
func n110EndsWithName(text string, toks []tok, k int) bool {
	return k >= 1 && toks[k-1].word && capital(toks[k-1].str(text)) && !toks[k-1].is(isTimeWord) && !toks[k-1].is2(isMonth)
}

// n110PlaceNouns name a kind of place before "of" and its name in a
// speaker's home: "Farida Oskuyi, 62, from the village of Tesh Darra,
// said" (homePlace).
var n110PlaceNouns = map[string]bool{"village": true, "town": true, "city": true, "district": true, "province": true, "county": true, "region": true, "island": true, "suburb": true, "state": true, "municipality": true, "township": true, "borough": true, "parish": true}

// n110Past reports whether t is a past: in -ed, or an irregular past of
// pastForm, finitePasts, n2IrregularPasts or n110MorePasts. After an
// inverted cue a subject that runs into one is the reported clause's
// ("…, said the boat sank."), as it is before a past in -ed
// (verbAfterSubject).
func n110Past(t tok) bool {
	return pastForm(t) || finitePasts[t.low] || n2IrregularPasts[t.low] || n110MorePasts[t.low]
}

// n110MorePasts are irregular pasts the other lists leave out.
var n110MorePasts = map[string]bool{"sank": true, "sang": true, "rang": true, "swam": true, "drank": true, "shrank": true, "sprang": true, "fled": true, "froze": true, "stole": true, "rode": true, "wrote": true, "hid": true, "shook": true, "woke": true, "tore": true, "swore": true, "blew": true, "drew": true, "struck": true, "stuck": true, "hung": true, "dug": true, "spun": true, "taught": true, "slept": true, "dealt": true, "meant": true, "lent": true, "bent": true, "fed": true, "bled": true, "sped": true, "shot": true, "lit": true, "slid": true, "burst": true, "forgot": true, "forgave": true, "withdrew": true, "overtook": true, "undertook": true}

// n110IngTitle reports whether toks[i], a word in -ing after an
// appositive's comma, opens a title with the person's noun after it:
// "managing director", "acting chairman", "presiding judge". The
// appositive then describes the person ("Bernadette Tuckwell, managing
// director of Tuckwell Haulage, a 90-truck firm, told"), where a
// participle in -ing would open a clause of its own.
func n110IngTitle(toks []tok, i int) bool {
	return i+1 < len(toks) && toks[i+1].word && toks[i+1].is(isPerson) && !toks[i].is(isCue)
}

// n110CallingItself widens a subject read from a reflexive after
// "calling" back to the noun phrase the participle describes: "a group
// of season-ticket holders calling itself Ironclad Nation accused" was
// named "itself Ironclad Nation". The phrase opens with "a", "an" or
// "the" at the clause's start, or after a phrase of time ("Earlier this
// month a group …"); the name after the reflexive names the group.
func n110CallingItself(text string, toks []tok, f found) found {
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m < 3 || m >= len(toks) || !toks[m-1].word {
		return f
	}
	switch toks[m].low {
	case "itself", "themselves":
	default:
		return f
	}
	if c := toks[m-1].low; c != "calling" && c != "calls" && c != "called" {
		return f
	}
	for j := m - 2; j >= 0 && j > m-14; j-- {
		t := &toks[j]
		if !t.word {
			if s := t.str(text); s != "-" && !possessiveMark(s) {
				return f
			}
			continue
		}
		if t.is(isFinite | isAuxiliary | isCue) {
			return f
		}
		if t.low == "a" || t.low == "an" || t.low == "the" {
			if j == 0 || !toks[j-1].word || toks[j-1].is(isTimeWord) {
				f.subj.Start, f.whole = t.s, true
				return f
			}
		}
	}
	return f
}

// n110BareNaming reads a bare noun of one or two lower-case words that
// opens a clause at toks[s], after a semicolon or at a line's start,
// as the subject of a naming verb right after it: headlines leave the
// article out ("Arlenne passes right-to-repair bill; sponsor calls it
// ‘overdue’", "…; union calls it 'one-sided'"). The noun's last word is
// a person's or a body's.
func n110BareNaming(text string, toks []tok, s int) (found, bool) {
	e := s
	for e < len(toks) && e < s+2 && toks[e].word && !capital(toks[e].str(text)) && !toks[e].is(isFunction|isAdverb|isAuxiliary|isCue|isPronoun|isNaming) {
		e++
	}
	if e == s || e >= len(toks) || !(toks[e-1].is(isPerson) || bodies[toks[e-1].low] || n110HeadlineSpeakers[toks[e-1].low]) {
		return found{}, false
	}
	if s > 0 && toks[s-1].str(text) != ";" {
		return found{}, false
	}
	v := voicedVerb(text, toks, e)
	if v != e {
		return found{}, false
	}
	sp := doc.Span{Start: toks[s].s, End: toks[e-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true, cue: doc.Span{Start: toks[v].s, End: toks[v].e}}, true
}

// n110HeadlineSpeakers are bare nouns that speak in headlines and that
// neither persons.txt nor bodies holds: "opposition calls it
// ‘eyewash’", "sponsor calls it ‘overdue’", "watchdog calls it …".
var n110HeadlineSpeakers = map[string]bool{"opposition": true, "sponsor": true, "watchdog": true, "regulator": true, "police": true, "critics": true, "residents": true, "family": true, "families": true, "experts": true, "officials": true, "minister": true, "mayor": true, "governor": true, "coach": true, "judge": true}
