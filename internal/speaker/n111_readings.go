package speaker

import (
	"sort"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n111Attitudes are the verbs n111GoesOn leaves inside a reported
// clause, in their finite forms: of expectation, hope, wish, plan or
// belief, and "found". A verb of intention that is a speech act
// ("promised", "vowed", "pledged") or of estimate ("projected") is the
// speaker's own second verb, as a verb of speech is.
var n111Attitudes = map[string]bool{
	"expected": true, "expects": true, "hoped": true, "hopes": true, "wanted": true, "wants": true,
	"planned": true, "plans": true, "intended": true, "intends": true, "thought": true, "thinks": true,
	"believed": true, "believes": true, "feared": true, "fears": true, "found": true, "finds": true,
}

// n111Speech reports whether w is a finite verb of speech (classes s,
// k and o of reporting.txt): "said", "told", "wrote".
func n111Speech(w string) bool {
	for _, s := range reportingSenses(w) {
		if (s.class == 's' || s.class == 'k' || s.class == 'o') && !s.ing && !s.base {
			return true
		}
	}
	return false
}

// n111GoesOn reports whether the verb after "and" at toks[v] (past two
// adverbs) goes on the content that starts at toks[first], for
// contentEnd, rather than being the speaker's second verb with a
// content of its own: "A spokeswoman said the company was hiring and
// expected sales to double", "He said he had lost $40,000 and wanted to
// know who would pay", "Tobias Wren said he woke to the dog barking and
// found water under the door". A verb of expectation, hope, wish, plan
// or belief (n111Attitudes), or "found" without "that", tells what the
// clause's subject holds, wants or comes upon, and news writers put it
// there far more often than as the speaker's next verb: in the team's
// dev sets 21 of 23 such verbs lie inside the reported clause, where
// a verb of speech ("and warned that …", "and insisted …", "and
// predicted …") is the speaker's own in every case, as is a judge's
// "and found that …". The content must be a verb of speech's, right
// after it or after its "that". The second verb's own reading stays,
// nested in the content it goes on.
func n111GoesOn(toks []tok, first, v int) bool {
	for n := 0; n < 2 && v < len(toks) && toks[v].word && toks[v].adverbish(); n++ {
		v++
	}
	if v >= len(toks) || !n111Attitudes[toks[v].low] || (toks[v].low == "found" || toks[v].low == "finds") && v+1 < len(toks) && toks[v+1].low == "that" {
		return false
	}
	j := first - 1
	if j >= 0 && toks[j].low == "that" {
		j--
	}
	return j >= 0 && toks[j].word && n111Speech(toks[j].low)
}

// n111Evidence reports whether the mention m names what finds as
// evidence does: a word of it is a carrier of words ("the study", "A
// poll released last week", "The survey of 812 voters"), a finder by
// trade ("Researchers", "the auditors"), or "it" or a relative pronoun,
// which stand for one. A person or a crew that "found" a thing
// ("Crews found heavy smoke rolling out", "Troopers found his pickup
// truck at the trailhead", "A jury found the former treasurer guilty")
// comes upon it or rules on it, and reports no finding: the team's news
// sets mark every "found" with an object after a study, a poll or a
// survey (3 of 3) and none after a person, a crew or a jury (0 of 9).
// evidenceHeads is not asked: its inquiry list holds a jury, a court
// and a judge, whose "found him guilty" is a verdict, no finding.
func n111Evidence(text string, m doc.Span) bool {
	if m.End <= m.Start || m.End > len(text) {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text[m.Start:m.End]), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if carriers[w] || carriers[strings.TrimSuffix(w, "s")] || n111Finders[w] {
			return true
		}
	}
	return false
}

// n111Finders are the finders by trade, and the pronouns, that
// n111Evidence reads as evidence.
var n111Finders = map[string]bool{
	"researcher": true, "researchers": true, "scientist": true, "scientists": true, "auditor": true, "auditors": true,
	"analyst": true, "analysts": true, "investigator": true, "investigators": true, "inspector": true, "inspectors": true,
	"economist": true, "economists": true, "author": true, "authors": true, "expert": true, "experts": true,
	"it": true, "which": true, "that": true,
}

// n111Judged reports whether the content w of "found" ends in a word
// of judgement, the predicate of a small clause whose verb is left
// out: "found the flaw in the plan troubling", "found the terms
// reasonable". Such a finding is a view, whoever holds it.
func n111Judged(w string) bool {
	ws := strings.Fields(strings.ToLower(w))
	if len(ws) < 2 {
		return false
	}
	last := strings.TrimRight(ws[len(ws)-1], ".,;:!?”’\"'")
	if len(last) < 5 || n24Det[ws[len(ws)-2]] || n24Link[ws[len(ws)-2]] {
		return false // a noun after a determiner or a preposition: "found him in the building"
	}
	for _, suf := range []string{"ous", "ful", "able", "ible"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	return n111JudgingForms[last]
}

// n111JudgingForms are the forms in -ing that judge ("found the plan
// troubling"); most words in -ing that end a content are nouns ("in the
// morning", "near the building") or a participle's own clause.
var n111JudgingForms = map[string]bool{
	"troubling": true, "disturbing": true, "alarming": true, "encouraging": true, "worrying": true, "surprising": true,
	"concerning": true, "compelling": true, "convincing": true, "unconvincing": true, "misleading": true, "interesting": true,
	"reassuring": true, "disappointing": true, "puzzling": true, "confusing": true, "lacking": true, "wanting": true, "striking": true,
}

// n111MarkedTails joins to a reported clause the words in marks later
// in its sentence that the same verb is read to report: "The foreign
// secretary said she had spoken to both ministers and urged ‘restraint
// on all sides’", "Lyle said the roof would need mending first, but
// that the council was ‘broadly sympathetic’", "said the player had
// not been told …, and found out about his omission “from a group
// chat”". The clause was ended before "and", "but" or "though", and
// the phrase in marks given the same cue as a quotation of its own: one
// act of saying then counts twice, and the clause loses its end. When
// a top-level quotation in marks has the very cue of an indirect one
// whose words end before it in the same sentence, with no other
// top-level quotation between, the clause's words run on to the
// phrase's closing mark and the phrase becomes its child, as a phrase
// in marks inside a clause is. News attribution sets draw such a
// sentence as one attribution whose content ends with the phrase.
func n111MarkedTails(d *doc.Document) {
	text := d.Text
	last := -1 // the latest top-level indirect quotation with a cue
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 {
			continue
		}
		if q.Kind == doc.QuoteIndirect {
			last = -1
			if q.Cue.End > q.Cue.Start && len(q.Content) > 0 {
				last = i
			}
			continue
		}
		p := last
		last = -1
		if p < 0 || len(q.Marks) == 0 || q.Cue != d.Quotes[p].Cue || q.Kind != doc.QuoteMixed && q.Kind != doc.QuoteDirect {
			continue
		}
		o := &d.Quotes[p]
		end := o.Content[len(o.Content)-1].End
		if end > q.Start || q.Speaker.Mention != o.Speaker.Mention || !n111SameSentence(text[end:q.Start]) || n111SpeechIn(text[end:q.Start]) {
			continue
		}
		o.Content[len(o.Content)-1].End = q.End
		o.End = max(o.End, q.End)
		q.Parent = p
	}
}

// n111SameSentence reports whether the words between a clause's end
// and a phrase in marks, gap, stay in one sentence and are few: no
// sentence's end, no paragraph's, at most n111TailGap bytes.
func n111SameSentence(gap string) bool {
	if len(gap) > n111TailGap || strings.IndexByte(gap, '\n') >= 0 {
		return false
	}
	for i := 0; i+1 < len(gap); i++ {
		if (gap[i] == '.' || gap[i] == '?' || gap[i] == '!' || gap[i] == ';') && gap[i+1] == ' ' {
			return false
		}
	}
	return true
}

// n111SpeechIn reports whether the words gap hold a finite verb of
// speech or evaluation (classes s, k, o and e of reporting.txt), whose
// own report the phrase in marks after it is: "said the show had lost
// its heart and accused producers of ‘driving out every familiar
// face’". A request ("and urged ‘restraint’") or a verb of belief goes
// on the clause.
func n111SpeechIn(gap string) bool {
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		for _, s := range reportingSenses(strings.Trim(w, ",;:—–-")) {
			if strings.IndexByte("skoe", s.class) >= 0 && !s.ing && !s.base {
				return true
			}
		}
	}
	return false
}

// n111TailGap is how many bytes may lie between a clause's end and the
// phrase in marks n111MarkedTails joins to it.
const n111TailGap = 200

// n111ColonAfter reports whether t, the token right after a sentence's
// last word, is a colon: "Pressed on whether the audit should have been
// public, the mayor said:" introduces the words after the colon, most
// often a quotation in the next paragraph, and the phrase before the
// comma is no clause the cue reports.
func n111ColonAfter(text string, t tok) bool {
	return t.e == t.s+1 && text[t.s] == ':'
}

// n111TimeInMention widens the subject f of the cue at toks[c] over a
// phrase of time that stands between them when the subject's noun has a
// clause after it: "Workers leaving the plant’s last shift on Friday
// said", "A filing the company made with regulators last month
// warned", "Lawyers for a woman who sued the company on Thursday said".
// The time is the clause's (when they left, when it was filed), and
// news attribution sets hold it in the mention; after a bare noun
// ("Officials on Friday said") it dates the saying and stays out. The
// phrase is read from a few words of time only (n111TimeWords), with no
// comma.
func n111TimeInMention(text string, toks []tok, c int, f found) found {
	if !f.ok || f.pronoun != "" || c < 2 || toks[c-1].e <= f.subj.End || toks[c-1].s-f.subj.End > n111TimeReach {
		return f
	}
	e := sort.Search(c, func(i int) bool { return toks[i].s >= f.subj.End })
	if e >= c || e == 0 {
		return f
	}
	dated := false
	for j := e; j < c; j++ {
		w := toks[j].low
		if !toks[j].word || !n111TimeWords[w] && !n111TimeFillers[w] && !allDigits(w) {
			return f
		}
		dated = dated || n111TimeWords[w]
	}
	if !dated {
		return f
	}
	s := sort.Search(e, func(i int) bool { return toks[i].s >= f.subj.Start })
	for j := s + 1; j < e; j++ {
		w := toks[j].low
		if toks[j].word && (w == "who" || w == "which" || relParticiples[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))) {
			f.subj.End = toks[c-1].e
			return f
		}
	}
	return f
}

// n111TimeReach bounds, in bytes, the phrase of time n111TimeInMention
// reads.
const n111TimeReach = 30

// n111TimeWords name a time; n111TimeFillers may stand with them in a
// phrase of time.
var (
	n111TimeWords = map[string]bool{
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
		"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
		"september": true, "october": true, "november": true, "december": true, "week": true, "month": true, "year": true,
		"weeks": true, "months": true, "years": true, "days": true, "weekend": true, "morning": true, "afternoon": true, "evening": true, "night": true,
	}
	n111TimeFillers = map[string]bool{"on": true, "in": true, "last": true, "this": true, "ago": true, "two": true, "three": true, "four": true, "several": true, "earlier": true}
)

// allDigits reports whether w is a number written in digits: "2019".
func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// n111PaperLy reports whether toks[k], a word in -ly of frequency
// ("weekly", "daily"), is a paper's noun after an adjective or a
// determiner: "a reviewer for a national weekly complained", "the
// business daily reported". Before a verb it is no adverb there.
func n111PaperLy(text string, toks []tok, k int) bool {
	if !n111Papers[toks[k].low] || k == 0 || !toks[k-1].word {
		return false
	}
	p := &toks[k-1]
	return p.is(isDet) || !p.is(isAuxiliary|isAdverb|isPronoun) && !capital(p.str(text)) && !p.is(isReporting)
}

// n111Papers are the words in -ly that name a paper by how often it
// comes out.
var n111Papers = map[string]bool{"weekly": true, "daily": true, "monthly": true, "quarterly": true, "biweekly": true, "fortnightly": true}

// n111ClockEnd returns the index of the token after a clock time read
// from "at" at toks[j] ("at 04:07", "at 4 p.m.", "at about 10.30am",
// "at noon"), or j when none follows: "announced at 04:07 that …"
// reports the clause after the time. The time is read from the bytes:
// a number of one or two digits, maybe minutes after ":" or ".", maybe
// "am" or "pm" with or without full stops.
func n111ClockEnd(text string, toks []tok, j int) int {
	i := toks[j].e
	rest := text[i:min(len(text), i+24)]
	n := len(rest) - len(strings.TrimLeft(rest, " "))
	for _, w := range []string{"about ", "around "} {
		if strings.HasPrefix(rest[n:], w) {
			n += len(w)
		}
	}
	end := -1
	switch {
	case strings.HasPrefix(rest[n:], "noon"):
		end = n + 4
	case strings.HasPrefix(rest[n:], "midnight"):
		end = n + 8
	default:
		d := n
		for d < len(rest) && d-n < 2 && rest[d] >= '0' && rest[d] <= '9' {
			d++
		}
		if d == n {
			return j
		}
		clock := false
		if d+2 < len(rest) && (rest[d] == ':' || rest[d] == '.') && isDigitByte(rest[d+1]) && isDigitByte(rest[d+2]) {
			d, clock = d+3, true
		}
		m := strings.TrimLeft(rest[d:], " ")
		for _, suf := range []string{"a.m.", "p.m.", "am", "pm"} {
			if strings.HasPrefix(m, suf) {
				d, clock = len(rest)-len(m)+len(suf), true
				break
			}
		}
		if !clock {
			return j
		}
		end = d
	}
	at := i + end
	k := j + 1
	for k < len(toks) && toks[k].s < at {
		k++
	}
	if k >= len(toks) || toks[k].low != "that" {
		return j
	}
	return k
}

// isDigitByte reports whether b is an ASCII digit.
func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// n111CompoundAddressee returns where an addressee that ends before
// toks[e] ends when a plural noun at toks[e], right before "that" or
// "to", is the head of a compound whose first noun the addressee read
// took alone: "told aid workers that …", "told rescue crews to …". A
// word in lower case after the addressee read, with a plural ending
// and then the clause's opener, is its head, not the clause's start.
func n111CompoundAddressee(text string, toks []tok, e int) int {
	if e < 1 || e+2 >= len(toks) || !toks[e].word || !toks[e-1].word || capital(toks[e].str(text)) {
		return e
	}
	t := &toks[e]
	if !t.pluralNoun() || t.is(isFunction|isAuxiliary|isPronoun|isReporting) || toks[e-1].is(isFunction|isPronoun) {
		return e
	}
	if x := toks[e+1].low; (x == "that" || x == "to") && toks[e+2].word {
		return e + 1
	}
	return e
}

// n111WhoseSubject reads a subject whose noun a clause of "whose"
// follows with no comma, the clause ending at toks[k] right before the
// verb: "A student whose car was damaged said", "Residents whose homes
// were flooded told". The clause restricts the noun, and the mention
// holds it, as it holds a clause of "who" ("A student who was hurt
// said"); relativeSubject reads such clauses between commas. The
// clause must hold a verb, and "whose" must stand within n111WhoseReach
// tokens of the verb.
func n111WhoseSubject(text string, toks []tok, k int) found {
	if k < 3 || k >= len(toks) {
		return found{}
	}
	j := k
	for ; j > 0 && j > k-n111WhoseReach; j-- {
		if !toks[j].word {
			if s := toks[j].str(text); s != "’" && s != "'" && s != "-" {
				return found{}
			}
			continue
		}
		if toks[j].low == "whose" {
			break
		}
	}
	if j <= 0 || toks[j].low != "whose" || j+2 > k || !toks[j-1].word || toks[j-1].is(isFunction|isPronoun) {
		return found{}
	}
	verb := false
	for i := j + 2; i <= k; i++ {
		w := toks[i].low
		verb = verb || toks[i].is(isAuxiliary|isFinite) || len(w) > 4 && strings.HasSuffix(w, "ed")
	}
	if !verb {
		return found{}
	}
	g := beforeCue(text, toks, j)
	if !g.ok || g.pronoun != "" || g.subj.End != toks[j-1].e {
		return found{}
	}
	return found{subj: doc.Span{Start: g.subj.Start, End: toks[k].e}, name: g.name, ok: true, whole: true}
}

// n111WhoseReach is how many tokens before the verb n111WhoseSubject
// looks for "whose".
const n111WhoseReach = 14

// n111Ruling reports whether w is the form of "rule" that may end a
// sentence as its attribution: "He was unfairly dismissed, an
// employment tribunal has ruled.", "…, the judge ruled." A court's
// ruling states what it holds, as a finding does; other verbs of
// decision ("…, the council decided.") report an act, not words, and
// "rule" and "rules" are nouns there as often ("…, from British rule
// before …").
func n111Ruling(w string) bool {
	return w == "ruled"
}

// n111OwnedVerb reports whether the words from toks[j], after a
// possessive, are a noun and a verb in -s with a determiner, a number
// or a possessive after it, for bareClause: "claims its software
// matches 96 percent of documents", "says its system beats the rivals'
// by far". The plural reading of the word in -s ("its software
// matches") would need a noun after it as its head, not a determiner.
func n111OwnedVerb(toks []tok, j int) bool {
	if j+2 >= len(toks) || !toks[j].word || !toks[j+1].word || toks[j].is(isFunction|isAuxiliary) {
		return false
	}
	w := toks[j+1].low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || toks[j+1].is(isFunction|isAdverb) {
		return false
	}
	n := &toks[j+2]
	return n.word && (n.is(isDet) && n.low != "that" || n.is2(isPossessive)) || numberTok(n) || n.low != "" && isDigitByte(n.low[0])
}

// n111MarkThenVerb reports whether toks[e], right after a pronoun that
// may open a reported clause, is an opening mark before a verb, for
// bareClause: "said they “almost certainly bought people a couple of
// minutes”". The words in marks are the clause's predicate, quoted; an
// adverb or two may stand first. A verb here is a finite word, a past
// form or a word in -ed.
func n111MarkThenVerb(text string, toks []tok, e int) bool {
	if e+1 >= len(toks) || toks[e].word || marksIn(toks[e].str(text))&(mLeftDouble|mLeftSingle|mDouble) == 0 || !toks[e+1].word || toks[e+1].s != toks[e].e {
		return false
	}
	v := e + 1
	for n := 0; n < 2 && v+1 < len(toks) && toks[v].word && toks[v].adverbish(); n++ {
		v++
	}
	t := &toks[v]
	return t.word && !capital(t.str(text)) && (t.is(isFinite|isAuxiliary) || t.is2(isPastVerb) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed"))
}

// n111AsideAdverbBack returns the index of the subject's last token
// when toks[k] closes a connective set off by commas between the
// subject and its verb ("Data from the tracking service, however,
// show", "The board, meanwhile, said"), else k. The connective ties
// the sentence to the one before; it is no part of the subject. A
// participle at toks[c] after it ("He disputed the figure, however,
// arguing that …") takes the main clause's subject, not the words
// before the comma.
func n111AsideAdverbBack(text string, toks []tok, k, c int) int {
	if k < 3 || strings.HasSuffix(toks[c].low, "ing") || toks[k].word || toks[k].str(text) != "," || !toks[k-1].word || toks[k-2].str(text) != "," || !toks[k-3].word {
		return k
	}
	if n111Connectives[toks[k-1].low] {
		return k - 3
	}
	return k
}

// n111Connectives are the adverbs that link a sentence to the one
// before and may stand between a subject and its verb; "too", "also"
// and "meanwhile" after a plural with no article n37Subject reads
// ("But police, too, said"), and "costs, too, show" names no one.
var n111Connectives = map[string]bool{
	"however": true, "though": true, "moreover": true, "furthermore": true, "nonetheless": true, "nevertheless": true, "instead": true,
}

// n111ParticipleHead widens a mention that opens with an article right
// after a present participle back to the head noun the participle
// follows at the clause's start: "Counsel assisting the coroner,
// Michael Otieno, told" names counsel, not the coroner. The head is one
// to three words with no function word but an article, and the
// participle a word in -ing in lower case.
func n111ParticipleHead(text string, toks []tok, f found, c int) found {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if i < 2 || i >= c || !toks[i].is(isDet) {
		return f
	}
	p := &toks[i-1]
	if !p.word || len(p.low) < 6 || !strings.HasSuffix(p.low, "ing") || capital(p.str(text)) {
		return f
	}
	cs := clauseStart(text, toks, c)
	if cs >= i-1 || i-1-cs > 3 {
		return f
	}
	for j := cs; j < i-1; j++ {
		if !toks[j].word || toks[j].is(isFunction|isPronoun|isAuxiliary) && !toks[j].is(isDet) || toks[j].is(isReporting) && j == i-2 && !capital(toks[j].str(text)) {
			return f
		}
	}
	f.subj.Start = toks[cs].s
	f.whole = true
	return f
}
