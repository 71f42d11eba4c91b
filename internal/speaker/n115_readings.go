package speaker

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n115NamedCue reports whether rest[c], a cue word, is a surname after a
// capitalised word, with a verb of reporting after it: "…, CS Sang told
// the Senate team", "…, Joseph Sang said" ("sang", a past of singing).
// Inside a sentence a verb has no capital, and the verb after it is the
// cue.
func n115NamedCue(text string, rest []tok, c int) bool {
	if b := text[rest[c].s]; b < 'A' || b > 'Z' {
		return false // most cue words: in lower case
	}
	return c >= 1 && c+1 < len(rest) && rest[c-1].word && rest[c+1].word && capital(rest[c-1].str(text)) &&
		!capital(rest[c+1].str(text)) && rest[c+1].gate(isCue|isReporting)
}

// n115Headlines reads five shapes of a news headline, its first line,
// that the sentence reader, made for prose, leaves or misreads; a
// headline drops its articles and joins clauses with a comma or a
// semicolon where prose would write a sentence each:
//
//   - a clause, a comma (and "and"), and a verb of saying that shares
//     the clause's subject: "Vuorimaa signs 8-year extension, says he
//     ‘never wanted to be anywhere else’", "Fake drugs: DFCA uncovers
//     warehouse, says products went to five states", "Thirty-one school
//     districts sue state, saying aid formula shortchanges poor
//     children" (n115SharedSays);
//   - a clause after a semicolon or ", and" whose subject is a bare noun
//     of a person or a body, or a possessive's: "…; regulator says some
//     patients lost vision", "…; union faults county over pay", "…, and
//     its creator calls the move ‘a gut punch’" (n115BareClause);
//   - a label of a person or a body before a colon: "Health officials:
//     Rooftop cooling tower likely source of cluster", "…; Ferrer:
//     ‘This one is for Coach Bong’" (n115Label);
//   - a quotation, then such a bare noun's clause: "‘I saw him with my
//     own two eyes,’ witness tells murder trial";
//   - words that end in ", jury told" or ", inquest told": the hearer
//     was told them, and no one the line names said them
//     (n115PassiveTold).
//
// Each reads only where the sentence reader gave the words no speaker
// of their own clause, and gives one to the reading it made or adds
// one. Only the first paragraph is read, a line of at most n13MaxBytes
// bytes: the rule costs a constant.
func n115Headlines(d *doc.Document) {
	p, ok := headlineLine(d)
	if !ok {
		return
	}
	text := d.Text
	toks := tokenize(text, p.Start, p.End)
	if len(toks) < 4 {
		return
	}
	end := p.End // the words end before the line's closing stop
	for end > p.Start && strings.ContainsRune(" \t.", rune(text[end-1])) {
		end--
	}
	if subj, cue, from, ok := n115SharedSays(text, toks); ok {
		n115Give(d, p, subj, cue, doc.Span{Start: from, End: end})
	}
	for b := 0; b+2 < len(toks); b++ {
		if t := toks[b].str(text); b > 0 && t != ";" && !(t == "," && toks[b+1].low == "and") {
			continue
		}
		s := b + 1
		if b == 0 {
			s = 0 // the line's own subject: "Leaked memo shows state weighed …"
		}
		if toks[s].low == "and" {
			s++
		}
		if subj, cue, from, ok := n115BareClause(text, toks, s, 2); ok {
			n115Give(d, p, subj, cue, doc.Span{Start: from, End: end})
		}
	}
	// A quotation, then such a clause: "‘I saw him,’ witness tells
	// murder trial".
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Start >= p.End {
			break
		}
		if q.Kind != doc.QuoteDirect || q.Parent >= 0 || q.Speaker.Mention.End > q.Speaker.Mention.Start {
			continue
		}
		s := sort.Search(len(toks), func(k int) bool { return toks[k].s >= q.End })
		for s < len(toks) && toks[s].str(text) == "," {
			s++
		}
		if subj, cue, _, ok := n115BareClause(text, toks, s, 0); ok && q.End <= subj.Start {
			n115Give(d, p, subj, cue, q.Span)
		}
	}
	n115PassiveTold(d, toks, end)
	for s := 0; s+2 < len(toks); s++ {
		if s > 0 && toks[s-1].str(text) != ";" {
			continue
		}
		if subj, cue, from, ok := n115Label(d, p, toks, s); ok {
			n115Give(d, p, subj, cue, doc.Span{Start: from, End: end})
		}
	}
}

// n115SayWords are the verbs of saying that share a headline clause's
// subject after its comma.
var n115SayWords = map[string]bool{"says": true, "saying": true, "said": true, "adds": true, "warns": true, "insists": true, "claims": true, "vows": true}

// n115SharedSays reads "Subject verb …, [and] says …" (n115Headlines):
// the subject opens the line (or follows a topic's colon: "Fake drugs:
// DFCA uncovers …"), a verb of the present tense ends it, and the words
// after the verb of saying are at least four, a clause: "…, says NPRC
// member" names its speaker after the verb, and the sentence reader
// reads that.
func n115SharedSays(text string, toks []tok) (subj, cue doc.Span, from int, ok bool) {
	v := -1
	for k := 2; k+4 < len(toks); k++ {
		if !toks[k].word || !n115SayWords[toks[k].low] {
			continue
		}
		j := k - 1
		if toks[j].low == "and" {
			j--
		}
		for j > 0 && !toks[j].word && strings.Contains("’”'\"", toks[j].str(text)) {
			j-- // "Pellucid unveils ‘Vela Fold,’ says …": the comma inside the marks
		}
		if toks[j].str(text) == "," {
			v = k
		}
		break
	}
	if v < 0 || !wordsAtLeast(toks[v+1:], 4) || n115PersonAt(toks, v+1) {
		return // "…, says woman who set it": the speaker after the verb
	}
	for k := 1; k < v; k++ {
		if toks[k].str(text) == ";" {
			return // "Tverberg breaks record; old mark ‘…,’ says …": another clause's
		}
	}
	s := 0
	for c := 1; c < v && c <= 3; c++ {
		if toks[c].str(text) == ":" {
			s = c + 1 // a topic's label: "Okada ban: Riders’ association heads to court, says …"
		}
	}
	vb := n115HeadVerb(text, toks, s, v)
	if vb < 0 {
		return
	}
	return doc.Span{Start: toks[s].s, End: toks[vb-1].e}, doc.Span{Start: toks[v].s, End: toks[v].e}, toks[v+1].s, true
}

// n115PersonAt reports whether a noun of a person opens toks[k:], after
// an article or none: "woman who set it", "a spokesman for the club".
func n115PersonAt(toks []tok, k int) bool {
	if k < len(toks) && toks[k].is(isDet) && !toks[k].is(isPronoun) {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return false
	}
	_, person := persons[toks[k].low]
	return person || toks[k].is(isPerson)
}

// n115HeadVerb returns the index of the verb that ends a headline's
// subject opening at toks[s], before toks[stop], or -1: a word in -s
// after one to four words of a name or a noun phrase ("Vuorimaa signs",
// "Riders’ association heads", "A Chef Closes"), or a plain verb after a
// plural ("Thirty-one school districts sue"). The subject opens with a
// capital or a digit and holds no function word but an article first, no
// verb of reporting and no mark but an apostrophe or a hyphen.
func n115HeadVerb(text string, toks []tok, s, stop int) int {
	if s >= stop || !toks[s].word {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(toks[s].str(text)); !unicode.IsDigit(r) && !capital(toks[s].str(text)) {
		return -1
	}
	words := 0
	for k := s; k < stop && words <= 4; k++ {
		t := &toks[k]
		if !t.word {
			if m := t.str(text); m != "’" && m != "'" && m != "-" {
				return -1
			}
			continue
		}
		if k > s && words >= 1 && n115PluralThenPlain(text, toks, k) {
			return k + 1
		}
		// A capitalised plural before a verb in -s is the name's:
		// "Tidewater Lines cuts prices".
		nameWord := capital(t.str(text)) && k+1 < stop && toks[k+1].word && !capital(toks[k+1].str(text)) && toks[k+1].pluralNoun()
		if k > s && words >= 1 && t.pluralNoun() && !nameWord && !t.is(isPerson|isPronoun) && !groupNouns[t.low] {
			if _, person := persons[strings.TrimSuffix(t.low, "s")]; !person {
				return k
			}
		}
		if t.is(isReporting|isCue) || t.is(isFunction) && !(k == s && t.is(isDet) && !t.is(isPronoun)) {
			return -1
		}
		words++
	}
	return -1
}

// n115PluralThenPlain reports whether toks[k] is a plural noun with one
// of n115PlainVerbs after it: "school districts sue state".
func n115PluralThenPlain(text string, toks []tok, k int) bool {
	return k+1 < len(toks) && toks[k].pluralNoun() && toks[k+1].word && !capital(toks[k+1].str(text)) && n115PlainVerbs[toks[k+1].low]
}

// n115PlainVerbs are verbs a headline gives a plural subject in their
// plain form, none of them a noun after a plural: "Districts sue
// state", "Growers vow to fight".
var n115PlainVerbs = map[string]bool{"sue": true, "vow": true, "urge": true, "slam": true, "seek": true, "reject": true, "demand": true, "threaten": true, "accuse": true, "announce": true, "unveil": true, "launch": true, "sign": true, "take": true, "win": true, "lose": true, "file": true, "warn": true, "go": true, "head": true, "join": true, "quit": true, "agree": true, "refuse": true, "approve": true}

// n115BareClause reads a headline clause at toks[s] whose subject is a
// bare noun of a person or a body, one or two lower-case words
// ("regulator", "health district"), or a possessive pronoun and such a
// noun ("its creator"), and whose verb right after it is a cue in -s:
// "regulator says some patients lost vision".
func n115BareClause(text string, toks []tok, s, after int) (subj, cue doc.Span, from int, ok bool) {
	k := s
	if k < len(toks) && toks[k].word && possessivePronouns[toks[k].low] {
		k++
	}
	v := k
	for v < len(toks) && v < k+2 && toks[v].word && (!capital(toks[v].str(text)) || v == 0) && !toks[v].is(isFunction|isCue|isReporting) {
		v++ // the line's first word has its capital: "Leaked memo shows …"
	}
	if v == k || v >= len(toks) || !toks[v].word || capital(toks[v].str(text)) || !toks[v].is(isCue) && !isReportingWord(toks[v].low) || !strings.HasSuffix(toks[v].low, "s") {
		return
	}
	head := &toks[v-1]
	if s == 0 && (!carriers[head.low] || !slices.ContainsFunc(reporting[toks[v].low], func(vs verbSense) bool { return strings.IndexByte("skov", vs.class) >= 0 })) {
		return // the line's own subject: only a document that says or shows ("Leaked memo shows …"); a body's verb may be a deed ("Council votes 5-2 …"), a judgment ("Inquiry faults operator …")
	}
	if _, person := persons[head.low]; !person && !head.is(isPerson) && !n107Bodies[head.low] && !bodies[head.low] && !toldBodies[head.low] && !groupNouns[head.low] && !n102ItsOwners[head.low] && head.low != "creator" && !(carriers[head.low] && v < len(toks) && toks[v].is(isReporting)) {
		return
	}
	if !wordsAtLeast(toks[v+1:], after) {
		return
	}
	from = toks[v].e
	if v+1 < len(toks) {
		from = toks[v+1].s
	}
	return doc.Span{Start: toks[s].s, End: head.e}, doc.Span{Start: toks[v].s, End: toks[v].e}, from, true
}

// n115Label reads a label of one to three words before a colon at
// toks[s] that names a person or a body: its last word a noun of one
// ("Health officials:", "Glidewise chief:") or a name the body gives a
// speaker ("Ferrer:", n13BodySpeaker). A topic's label names none ("Fake
// drugs:", "Okada ban:"). The words after it are at least three, and
// no question's.
func n115Label(d *doc.Document, p doc.Span, toks []tok, s int) (subj, cue doc.Span, from int, ok bool) {
	text := d.Text
	c := s
	for c < len(toks) && c < s+3 && toks[c].word {
		c++
	}
	if c == s || c+3 >= len(toks) || toks[c].str(text) != ":" || !capital(toks[s].str(text)) || !wordsAtLeast(toks[c+1:], 3) {
		return
	}
	if next := &toks[c+1]; next.word && next.is(isWhWord) || strings.HasSuffix(strings.TrimSpace(text[toks[c].e:p.End]), "?") {
		return
	}
	for k := s; k < c; k++ {
		if toks[k].is(isFunction | isCue | isReporting) {
			return
		}
	}
	head := &toks[c-1]
	subj = doc.Span{Start: toks[s].s, End: head.e}
	_, person := persons[head.low]
	if !person {
		_, person = persons[strings.TrimSuffix(head.low, "s")]
	}
	if !person && !head.is(isPerson) && !n107Bodies[head.low] && !(capital(head.str(text)) && n13BodySpeaker(d, p, text[subj.Start:subj.End])) {
		return
	}
	return subj, doc.Span{Start: toks[c].s, End: toks[c].e}, toks[c+1].s, true
}

// n115Give gives the headline's words at content the speaker at subj
// with the cue cue: a reading of the sentence reader's that has the
// same cue, or a quotation in marks that fills the words, takes it where
// it has no speaker, or one that is no part of its own clause (a
// topic's label, a piece of the subject); otherwise, where no quotation
// in the words has a speaker, a reading is added. A reading whose
// speaker follows its cue ("…, says NPRC member") is left alone.
func n115Give(d *doc.Document, p, subj, cue, content doc.Span) {
	text := d.Text
	if content.End <= content.Start {
		return
	}
	name := text[subj.Start:subj.End]
	spk := doc.Speaker{Name: name, Mention: subj}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Start >= content.End || q.End <= content.Start {
			continue
		}
		m := q.Speaker.Mention
		had := m.End > m.Start
		sameCue := q.Cue.Start == cue.Start && q.Cue.End == cue.End
		if sameCue && had && m.Start > cue.Start {
			return // the speaker after the cue: the sentence reader's reading
		}
		fills := q.Kind == doc.QuoteDirect && q.Start == content.Start && q.End >= content.End-3
		if sameCue || fills {
			if had && m.Start >= subj.Start && m.End <= subj.End && m != subj || had && m.End <= subj.Start && m.Start >= p.Start || !had {
				old := q.Speaker.Name
				q.Speaker, q.Cue = spk, cue
				if n := len(q.Chain); n > 0 && q.Chain[n-1] == old && old != "" {
					q.Chain = append(q.Chain[:n-1:n-1], name)
				} else {
					q.Chain = append(slices.Clone(q.Chain), name)
				}
				for k := range d.Quotes {
					if r := &d.Quotes[k]; r.Parent == i && r.Kind == doc.QuoteMixed && (r.Speaker.Name == "" || r.Speaker.Name == old) {
						r.Speaker, r.Chain = spk, q.Chain
					}
				}
			}
			return
		}
		if had && !(q.Kind == doc.QuoteMixed && m.End <= subj.Start) {
			return // the words have a speaker of their own
		}
	}
	for i := range d.Quotes {
		// A phrase in marks that an earlier clause's subject took
		// ("Paravell cancels …, and its creator calls the move ‘a gut
		// punch’") is this clause's.
		if q := &d.Quotes[i]; q.Kind == doc.QuoteMixed && q.Start >= content.Start && q.End <= content.End && q.Speaker.Mention.End <= subj.Start {
			q.Speaker, q.Chain = doc.Speaker{}, nil
		}
	}
	insertHeadlineQuote(d, content, content.End, subj, name, cue)
}

// n115Rules reports whether "rules" at rest[c] ends a sentence as its
// attribution after a ruling body, or opens an inverted one before the
// body's name: "…, coroner rules", "…, the court rules.", "…, rules
// High Court". Elsewhere "rules" is a plural noun as often (nounForms).
func n115Rules(text string, rest []tok, c int) bool {
	if rest[c].low != "rules" {
		return false
	}
	e := len(rest)
	for e > 0 && !rest[e-1].word {
		e--
	}
	if c > 0 {
		return c+1 == e && rulers[rest[c-1].low]
	}
	for k := 1; k < e; k++ {
		if !capital(rest[k].str(text)) {
			return false
		}
	}
	return e >= 2 && rulers[rest[e-1].low]
}

// n115BodyTail returns the index after one or two lower-case words at
// rest[j] that end in a noun of a body or a hearing, after the
// capitalised words of the one a trailing "told" spoke to: "…, witness
// tells Bellhaven murder trial", "…, Ann Lee told Harbour Road
// residents' committee"; j when they do not.
func n115BodyTail(text string, rest []tok, j int) int {
	for k := j; k < len(rest) && k < j+2 && rest[k].word && !capital(rest[k].str(text)) && !rest[k].is(isFunction|isAuxiliary|isCue); k++ {
		if w := rest[k].low; bodies[w] || toldBodies[w] {
			return k + 1
		}
	}
	return j
}

// n115VerbEnds reports whether rest[k] is the last word, a lower-case
// verb of reporting in -s: then the word before it, a verb's base form
// too ("report", "study"), is its subject, a noun: "…, report shows",
// "…, survey finds".
func n115VerbEnds(text string, rest []tok, k int) bool {
	if k >= len(rest) || !rest[k].word || capital(rest[k].str(text)) || !strings.HasSuffix(rest[k].low, "s") || !rest[k].is(isCue) && !isReportingWord(rest[k].low) {
		return false
	}
	return !wordsAtLeast(rest[k+1:], 1)
}

// n115PassiveTold reads a headline that ends in a bare noun of a
// hearing and "told": "Chief ‘treated the money as his own’, jury
// told", "Council knew the causeway was unsafe, inquest told". The
// headline drops "was": the jury was told the words before the comma,
// by a witness or counsel the line does not name. They become one
// reading with no speaker and "told" its cue: the hearer speaks
// nothing, and a reading of the sentence reader's that runs past the
// comma ("Council knew …, inquest told") is that reading.
func n115PassiveTold(d *doc.Document, toks []tok, end int) {
	text := d.Text
	n := len(toks)
	for n > 0 && !toks[n-1].word {
		n--
	}
	if n < 5 || toks[n-1].low != "told" || toks[n-1].e < end || toks[n-3].str(text) != "," {
		return
	}
	if w := toks[n-2].low; !toldBodies[w] {
		return
	}
	hearer := doc.Span{Start: toks[n-2].s, End: toks[n-2].e}
	cue := doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
	content := doc.Span{Start: toks[0].s, End: toks[n-3].s}
	done := false
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Start >= end {
			break
		}
		if q.Speaker.Mention == hearer {
			q.Speaker, q.Cue, q.Chain = doc.Speaker{}, cue, nil
		}
		if q.Kind == doc.QuoteIndirect && q.End > content.End && !done {
			if i > 0 {
				return // its start moves to the line's: only the first keeps the quotations in order
			}
			q.Span, q.Content, q.Speaker, q.Cue, q.Chain = content, []doc.Span{content}, doc.Speaker{}, cue, nil
			done = true
		}
	}
	if !done && wordsAtLeast(toks[:n-3], 3) {
		insertHeadlineQuote(d, content, content.End, doc.Span{}, "", cue)
	}
}

// n115NameThenRole widens an inverted cue's subject g, a capitalised
// name ending before rest[e], by a lower-case noun of a person that
// ends the sentence: "…, says NPRC member", "…, said Harbour Trust
// spokeswoman". The name is a modifier of the role, and the mention
// the whole.
func n115NameThenRole(text string, rest []tok, g found, e int) (found, int) {
	if !g.ok || g.pronoun != "" || e >= len(rest) || !rest[e].word || capital(rest[e].str(text)) || !capital(g.name) || wordsAtLeast(rest[e+1:], 1) {
		return g, e
	}
	if _, person := persons[rest[e].low]; !person && !rest[e].is(isPerson) && rest[e].low != "member" {
		return g, e
	}
	g.subj.End = rest[e].e
	g.name = text[g.subj.Start:g.subj.End]
	g.whole = true
	return g, e + 1
}

// n115Party reports whether mention j, whose text is a name the
// pronoun pron ("he" or "she") at offset at may mean instead of the
// last turn's speaker, is a party to an exchange of turns (c4Exchange):
// a name whose sex is the pronoun's, told by a title or a given name or
// learned from the narration's pronouns (f4SexOf), or one that has
// spoken a quotation before. A name of no known sex that has not spoken
// is as often a place: "residents of Mount Pleasance, in western Kent,
// said …. ¶ “…,” said Mary Dawkins. ¶ “…,” she said." is Mary
// Dawkins's again, as news quotes one speaker paragraph after
// paragraph.
func (a *attributor) n115Party(j int, pron string, at int) bool {
	m := &a.mentions[j]
	sex := pronounSex(pron)
	if m.gender != 0 {
		return m.gender == sex
	}
	if m.person || a.f4SexOf(j) == sex {
		return true
	}
	qs := a.d.Quotes
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= at })
	for i := k - 1; i >= 0 && i >= k-64; i-- {
		if qs[i].End <= at && qs[i].Speaker.Name == m.text {
			return true
		}
	}
	return false
}

// n115ByName reports whether the words toks[at:x] after "according
// to", too long for n104LabelledEnd, are a noun phrase whose maker
// follows "by" and ends them with a name: "according to tracking data
// compiled by the maritime analytics firm Harrowgate Marine Data".
// The agent's name bounds what a long phrase may be.
func n115ByName(text string, toks []tok, at, x int) bool {
	last := x - 1
	if last <= at+2 || last-at >= 15 || !toks[last].word || !capital(toks[last].str(text)) || toks[last].is(isTimeWord) || toks[last].is2(isMonth) {
		return false
	}
	for j := at + 1; j < last; j++ {
		if toks[j].low == "by" {
			return true
		}
	}
	return false
}

// n115Finish runs the session's readings of a finished attribution over
// the quotations in one pass, after the others (speaker.go): a mention
// takes the title it names (n115TitleTail) and an abbreviation's stop
// (n115AbbrevStop), and "it" is named for the body that spoke before it
// (n115ItName). n115ItName reads only the quotations before the one it
// names, which the pass has finished already, so one pass gives what
// three did.
func n115Finish(d *doc.Document) {
	for i := range d.Quotes {
		m := &d.Quotes[i].Speaker.Mention
		if m.End <= m.Start {
			continue
		}
		n115TitleTail(d, m)
		n115AbbrevStop(d.Text, m)
		n115ItName(d, i)
	}
}

// n115TitleTail widens a speaker's mention m that ends before a title in
// marks it names, after "of" or "by" or a noun of a work: "said Dr Ann
// Lee, a psychotherapist and the author of ‘Two Diaries, One Bed’",
// "said Ann Lee, host of the podcast “Two Diaries.”" The quotation
// stage read the title as a title; the speaker reader stopped at its
// mark.
func n115TitleTail(d *doc.Document, m *doc.Span) {
	text := d.Text
	at := m.End
	for at < len(text) && text[at] == ' ' {
		at++
	}
	if at == m.End || at >= len(text) || text[at] != 0xE2 && text[at] != '"' && text[at] != '\'' {
		return // no opening mark ("‘" and "“" start with 0xE2): most mentions end before a comma or a verb
	}
	qs := d.Quotes
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= at })
	for ; k < len(qs) && qs[k].Start == at; k++ {
		if qs[k].Kind != doc.QuoteTitle {
			continue
		}
		last := text[m.Start:m.End]
		if i := strings.LastIndexByte(last, ' '); i >= 0 {
			last = last[i+1:]
		}
		if last == "of" || last == "by" || n115WorkNouns[strings.ToLower(last)] {
			m.End = qs[k].End
		}
		return
	}
}

// n115AbbrevStop gives a mention m that ends a sentence with an
// abbreviation its full stop, which is the abbreviation's as well as
// the sentence's: "said Sen. Ann Moss, D-Ore.", "said Martin Lowe Jr.",
// "said Harbour Holdings Inc." The segmenter ends the sentence there,
// and the mention reader stopped before the stop.
func n115AbbrevStop(text string, m *doc.Span) {
	if m.End >= len(text) || text[m.End] != '.' {
		return
	}
	last := text[m.Start:m.End]
	if k := strings.LastIndexAny(last, " ,"); k >= 0 {
		last = last[k+1:]
	}
	if n115Abbrevs[last] || n115PartyLabel(last) {
		m.End++
	}
}

// n115Abbrevs are abbreviations that end a name.
var n115Abbrevs = map[string]bool{"Jr": true, "Sr": true, "Inc": true, "Ltd": true, "Co": true, "Corp": true, "Bros": true, "Esq": true}

// n115PartyLabel reports whether w is an American party and state
// label: "D-Ore", "R-Tex", "I-Vt".
func n115PartyLabel(w string) bool {
	if len(w) < 4 || len(w) > 7 || w[1] != '-' || !strings.ContainsRune("DRI", rune(w[0])) || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	for _, c := range w[3:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// n115WorkNouns name a work whose title may follow them in marks.
var n115WorkNouns = map[string]bool{"podcast": true, "book": true, "show": true, "film": true, "series": true, "novel": true, "memoir": true, "column": true, "blog": true, "documentary": true, "album": true, "newsletter": true, "programme": true, "program": true, "play": true, "study": true, "report": true}

// n115DescribedNameTail reports whether the words from at to end, after
// an inverted cue's subject, are the rest of a description and the
// name in apposition to it: "…, said the head of the union, Ann Lee.",
// "…, said a spokesman for the board, Dr. Ed Moss." A phrase of "of",
// "for" or "at" of at most eight words with no verb, a comma, and
// capitalised words (a title's stop among them) to the sentence's end.
func n115DescribedNameTail(text string, at, end int) bool {
	text = text[at:min(end, at+160)]
	toks := tokenize(text, 0, len(text))
	if len(toks) < 4 || !toks[0].word || toks[0].low != "of" && toks[0].low != "for" && toks[0].low != "at" {
		return false
	}
	c := 1
	for c < len(toks) && c <= 9 && toks[c].word && !toks[c].is(isFinite|isAuxiliary|isCue|isPronoun|isWhWord) {
		c++
	}
	if c == 1 || c+1 >= len(toks) || toks[c].str(text) != "," {
		return false
	}
	names := 0
	for k := c + 1; k < len(toks); k++ {
		t := &toks[k]
		switch {
		case t.word && capital(t.str(text)):
			names++
		case !t.word && t.str(text) == "." && k > c+1:
			// a title's stop ("Dr."), or the sentence's at the end
		default:
			return false
		}
	}
	return names >= 1 && names <= 5
}

// n115RoleName reads a bare role and a name at rest[k], after an
// inverted cue: one to three lower-case words, the last a noun of a
// person, and a name right after them that ends the clause or meets a
// comma: "…, said spokeswoman Ann Lee", "…, said operator spokeswoman
// Ann Lee, who …". The mention is the whole, the name the person's.
func n115RoleName(text string, rest []tok, k int) (found, int) {
	j := k
	for j < len(rest) && j < k+3 && rest[j].word && !capital(rest[j].str(text)) && !rest[j].is(isFunction|isPronoun|isAuxiliary|isFinite|isCue|isReporting) {
		j++
	}
	if j == k || j >= len(rest) {
		return found{}, k
	}
	if _, person := persons[rest[j-1].low]; !person && !rest[j-1].is(isPerson) {
		return found{}, k
	}
	n, ok := nameAt(text, rest, j)
	if !ok || n.from != j || n.to < len(rest) && rest[n.to].word {
		return found{}, k
	}
	sp := doc.Span{Start: rest[k].s, End: rest[n.to-1].e}
	return found{subj: sp, name: n.text, ok: true, whole: true}, n.to
}

// n115RelativeBefore reports whether the words of rest before a cue at
// rest[c], right after a comma, are a short noun phrase and a clause of
// "who" or "which" between commas: "…, one passenger, who asked not to
// be named, said." The clause makes the cue farther than a trailing
// cue's reach; its subject is the phrase with the clause.
func n115RelativeBefore(rest []tok, c int) bool {
	for w := 2; w < c-2 && w <= 5; w++ {
		if rest[w].low != "who" && rest[w].low != "which" {
			continue
		}
		if rest[w-1].word || !rest[w-2].word {
			return false
		}
		for k := 0; k < w-1; k++ {
			if !rest[k].word || rest[k].is(isCue|isReporting|isFinite|isAuxiliary) {
				return false
			}
		}
		return true
	}
	return false
}

// n115ItName names the speaker "it" of attribution i after the speaker
// of the attribution before it, in its sentence or the one before, when
// that one is a body, a company or a document ("the ministry", "Kestrel
// Ltd", "The report", "the QJM"): "The ministry said the rules would
// change. It estimated that …" is the ministry's again. The reader of
// "it" (itBefore) took the nearest carrier of words ("the rules") or a
// headline's noun; the attributions before are all known only once the
// sentence readers have run, so it is read in n115Finish. A person's
// name or a pronoun is no antecedent of "it", and the name is left as
// it was then. It looks back over at most eight attributions.
func n115ItName(d *doc.Document, i int) {
	text := d.Text
	q := &d.Quotes[i]
	m := q.Speaker.Mention
	if m.End-m.Start != 2 || text[m.Start+1] != 't' || text[m.Start] != 'i' && text[m.Start] != 'I' {
		return
	}
	lo := max(0, m.Start-300)
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		p := &d.Quotes[j]
		pm := p.Speaker.Mention
		if pm.End <= pm.Start || pm.Start >= m.Start || p.Speaker.Name == "" || pm.End-pm.Start == 2 && strings.EqualFold(text[pm.Start:pm.End], "it") {
			continue
		}
		if pm.Start < lo || strings.Count(text[pm.End:m.Start], ". ") > 1 || strings.Contains(text[pm.End:m.Start], "\n\n") && strings.Count(text[pm.End:m.Start], ". ") > 0 {
			return
		}
		if n115Thing(text[pm.Start:pm.End]) && q.Speaker.Name != p.Speaker.Name {
			old := q.Speaker.Name
			q.Speaker.Name = p.Speaker.Name
			if n := len(q.Chain); n > 0 && q.Chain[n-1] == old {
				q.Chain = append(q.Chain[:n-1:n-1], p.Speaker.Name)
			}
		}
		return
	}
}

// n115Thing reports whether a speaker's mention names a body, a company
// or a document rather than a person: its last word a noun of a body
// or a carrier of words, a company's suffix, or a name in capitals.
func n115Thing(m string) bool {
	last := m
	if i := strings.LastIndexByte(m, ' '); i >= 0 {
		last = m[i+1:]
	}
	last = strings.TrimRight(last, ",.")
	low := strings.ToLower(last)
	if bodies[low] || n107Bodies[low] || toldBodies[low] || carriers[low] || n115Companies[low] {
		return true
	}
	if len(last) >= 2 && len(last) <= 6 && strings.ToUpper(last) == last && strings.IndexFunc(last, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 {
		return true // "the QJM", "NASA"
	}
	return false
}

// n115Companies are the suffixes of a company's name.
var n115Companies = map[string]bool{"ltd": true, "inc": true, "corp": true, "plc": true, "llc": true, "group": true, "holdings": true, "co": true, "limited": true, "trust": true}

// n115MentionInWords reports whether the phrase k's own reading gave it
// a mention that runs into the reported words of p, the attribution
// whose words hold it: "According to the mayor, the plan is “a
// disaster.”" gave the phrase "the mayor, the plan is". No mention
// overlaps the words it reports; the phrase takes p's source.
func n115MentionInWords(k, p *doc.Quote) bool {
	m := k.Speaker.Mention
	if m.End <= m.Start || len(p.Content) == 0 || p.Speaker.Name == "" {
		return false
	}
	c := p.Content[0]
	return m.Start < c.Start && m.End > c.Start
}

// n115NameOfBody widens an inverted cue's subject g, a capitalised name
// ending before rest[e], by "of", "from" or "at", "the" and one or two
// lower-case words ending in a noun of a body, when they end the
// sentence: "…, said Ann Lee of the union", "…, said Ed Moss from the
// local council". A body's name in capitals is read already ("of the
// Harbour Trust").
func n115NameOfBody(text string, rest []tok, g found, e int) (found, int) {
	if !g.ok || g.pronoun != "" || e+2 >= len(rest) || !capital(g.name) {
		return g, e
	}
	if w := rest[e].low; w != "of" && w != "from" && w != "at" || rest[e+1].low != "the" {
		return g, e
	}
	j := n116BodyOfName(text, rest, e+2) // the body's one or two words, as after a direct quotation's cue
	if j == e+2 || wordsAtLeast(rest[j:], 1) {
		return g, e
	}
	g.subj.End = rest[j-1].e // the mention takes the body; the name stays the person's
	g.whole = true
	return g, j
}
