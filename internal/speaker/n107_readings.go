package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Readings of the forty-sixth session.

// colonDateline returns the dateline that opens one of the document's
// first paragraphs with a colon, as Indian and some other English
// papers print it ("AMRAKOT: The High Court …", "NEW DELHI: …",
// "BARKHERA (CHANDRASILA): Chief Minister …"): the place in capitals,
// perhaps a district in brackets, the colon, and the sentence's first
// word. The span runs from the place to that word, where the sentence
// begins. A dateline names where the story was filed, never a speaker
// ("AMRAKOT" was the speaker of the words after it) nor anyone a
// pronoun stands for.
//
// A transcript labels its turns the same way ("PENCE: Well, look …"):
// a document where more than one paragraph opens with such a label has
// no dateline, and the zero span is returned.
func colonDateline(d *doc.Document) doc.Span {
	var dl doc.Span
	for i := range d.Paragraphs {
		if i >= colonDatelineParagraphs && dl.End == 0 {
			return dl // none at the story's opening: the rest is not read
		}
		p := &d.Paragraphs[i].Span
		e := colonLabelEnd(d.Text, p.Start, p.End)
		if e < 0 {
			continue
		}
		if dl.End > 0 || i >= colonDatelineParagraphs {
			return doc.Span{} // a second label, or one past the story's opening: a transcript's
		}
		dl = doc.Span{Start: p.Start, End: e}
	}
	return dl
}

// colonDatelineParagraphs is how many paragraphs from the document's
// start a colon dateline may open: the headline, a standfirst, the
// first paragraph of the story.
const colonDatelineParagraphs = 3

// colonLabelEnd reads a label in capitals at text[s:e] ("AMRAKOT: ",
// "NEW DELHI: ", "BARKHERA (CHANDRASILA): "): ASCII capitals, spaces,
// full stops, apostrophes and hyphens, at least three letters, a part in
// brackets of the same, then a colon, one space and a capital or an
// opening quotation mark. It returns where that capital or mark starts,
// or -1.
func colonLabelEnd(text string, s, e int) int {
	letters, paren := 0, false
	for i := s; i+2 < e && i < s+colonLabelReach; i++ {
		switch c := text[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == '\'' || c == '-':
			if i == s {
				return -1
			}
		case c == '(' && !paren && i > s && text[i-1] == ' ':
			paren = true
		case c == ')' && paren:
		case c == ':':
			if letters < 3 || text[i+1] != ' ' {
				return -1
			}
			if n := text[i+2]; n >= 'A' && n <= 'Z' || n == '"' || n == '\xe2' {
				return i + 2 // '\xe2' opens “ and ‘
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// colonLabelReach bounds the label colonLabelEnd reads, in bytes.
const colonLabelReach = 48

// n107AddresseeEnd moves the end e of the addressee that starts at
// toks[j] past what the reading of its noun phrase left out before
// "that": a noun of audience that is also a verb, after an adjective
// ("told a packed rally that", "a large rally": the phrase was read as
// "a packed" and its verb), and "here" or "there", the place the
// dateline names ("told reporters here that", as Indian papers write
// it).
func n107AddresseeEnd(toks []tok, j, e int) int {
	if e <= j || e+1 >= len(toks) {
		return e
	}
	if n104Audiences[toks[e].low] && (toks[e+1].low == "that" || toks[e+1].low == "here") {
		e++
	}
	if e+1 < len(toks) && (toks[e].low == "here" || toks[e].low == "there") && toks[e+1].low == "that" {
		e++
	}
	return e
}

// n107PastAppositive returns the token after an appositive between
// commas that opens at toks[k], a comma, with a determiner or a number
// ("…, said the price, a little under $8,900 an acre, was a record":
// the subject of the reported clause, its verb after the appositive),
// up to n107AppositiveReach tokens with no verb; k when there is none.
func n107PastAppositive(text string, toks []tok, k int) int {
	if k+2 >= len(toks) || toks[k].str(text) != "," || !toks[k+1].word || !toks[k+1].is(isDet) && !numberTok(&toks[k+1]) {
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+n107AppositiveReach; j++ {
		t := &toks[j]
		if t.word {
			if t.is(isAuxiliary|isFinite|isCue|isSubjectPronoun) || t.low == "who" || t.low == "which" || t.low == "that" {
				return k
			}
			continue
		}
		if t.str(text) == "," {
			if j+1 < len(toks) && toks[j+1].word {
				return j + 1
			}
			return k
		}
		if boundary(text, toks, j) {
			return k
		}
	}
	return k
}

// n107AppositiveReach bounds the appositive n107PastAppositive reads.
const n107AppositiveReach = 12

// n107OpenerAside reports whether an "according to" aside between the
// commas at toks[k] and toks[j] follows an opening phrase of time or
// place at the sentence's start and comes before a clause: "In that
// time, according to the league, his teams have won …", "Last year,
// according to police, crime fell." The phrase has no verb and opens
// with a preposition or a word of time; the clause after the aside
// opens with a subject (a determiner, a possessive, a pronoun or a
// noun) and has two words at least (no lexicon of verbs tells "crime
// fell" from a fragment).
func n107OpenerAside(text string, toks []tok, k, j int) bool {
	if k < 2 || k > 6 || j+2 >= len(toks) || !toks[0].word || !(toks[0].is(isPrep|isTimeWord) || toks[0].low == "last" || toks[0].low == "this" || toks[0].low == "since") {
		return false
	}
	for i := 1; i < k; i++ {
		if t := &toks[i]; !t.word || t.is(isAuxiliary|isFinite|isCue|isSubjectPronoun) {
			return false
		}
	}
	s := &toks[j+1]
	if !s.word || s.is(isAuxiliary|isCue) || !(s.is(isDet|isSubjectPronoun) || possessivePronouns[s.low] || capital(s.str(text)) || !s.is(isFunction)) {
		return false
	}
	return wordsAtLeast(toks[j+1:], 2)
}

// n107DropLabels returns toks without the short labels in brackets that
// stand inside a noun phrase, between a capitalised word and a word of
// the phrase that is no verb ("The Lok Jagriti Dal (LJD) leader
// promised", "The Vanshala Cricket Association’s (VCA) senior
// selection committee said"), as Indian and African papers print a
// body's initials: the readers of subjects stop at a bracket, and read
// the phrase as if the label were not there (its offsets, and so its
// mention, still cover it). pre's positions of verbs of reporting are
// moved to match. A label before a cue ("the Ministry of Health (MOH)
// said"), a party's ("(D-Ore.)") or an agency's before a dash stays:
// other readers read them. toks is not changed: it may be the index's
// kept slice; a new one is made when a label goes.
func n107DropLabels(text string, toks []tok, pre *clauseRead) ([]tok, *clauseRead) {
	var out []tok
	var drop []int // the first token of each label dropped
	for j := 1; j+3 < len(toks); j++ {
		if toks[j].str(text) != "(" || !toks[j-1].word || !capital(toks[j-1].str(text)) {
			continue
		}
		l := &toks[j+1]
		if !l.word || toks[j+2].str(text) != ")" || !upperName(l.str(text)) || len(l.str(text)) > 6 {
			continue
		}
		n := &toks[j+3]
		if !n.word || n.is(isCue|isReporting|isAuxiliary|isFinite) {
			continue
		}
		drop = append(drop, j)
	}
	if len(drop) == 0 {
		return toks, pre
	}
	out = make([]tok, 0, len(toks)-3*len(drop))
	k := 0
	for _, j := range drop {
		out = append(out, toks[k:j]...)
		k = j + 3
	}
	out = append(out, toks[k:]...)
	if pre != nil {
		p := *pre
		p.trig = make([]int32, 0, len(pre.trig))
		for _, t := range pre.trig {
			shift, gone := 0, false
			for _, j := range drop {
				if int(t) >= j && int(t) < j+3 {
					gone = true
				}
				if int(t) >= j+3 {
					shift += 3
				}
			}
			if !gone {
				p.trig = append(p.trig, t-int32(shift))
			}
		}
		pre = &p
	}
	return out, pre
}

// n107TitleBefore widens g, a trailing cue's subject that ends with a
// name right before the cue, back to the comma before it when the
// words between are a title in lower case: "…, chief operating officer
// Nivedita Lakra said", "…, co-founder and chief executive Ann Lee
// said" (the reading of the subject stopped at "operating", a verb's
// form, or at "and"). rest opens after the comma. The words are at
// most six, lower case, none a function word but an "and" between two
// of them, none a verb of reporting, an auxiliary, an adverb or a word
// in -ly; the name is capitalised.
func n107TitleBefore(text string, rest []tok, g found) found {
	if !capital(g.name) {
		return g
	}
	k := 0
	for k < len(rest) && rest[k].s < g.subj.Start {
		k++
	}
	if k == 0 || k > 6 {
		return g
	}
	for j := 0; j < k; j++ {
		t := &rest[j]
		if !t.word && t.str(text) == "-" && j > 0 && j < k-1 {
			continue // "co-founder"
		}
		if !t.word || capital(t.str(text)) || t.is(isCue|isReporting|isAuxiliary|isFinite|isAdverb|isPronoun) || strings.HasSuffix(t.low, "ly") {
			return g
		}
		if t.is(isFunction) && !(t.low == "and" && j > 0 && j < k-1) {
			return g
		}
	}
	g.subj.Start = rest[0].s
	return g
}

// n107ThoseParticiple reads a subject that ends with "those" and a past
// participle at toks[k] ("those killed", "those affected"): the people
// the participle tells of, whom the readers of subjects took for a
// pronoun and a verb. The subject is the pair where it opens the
// clause ("Those affected said"), or the head and its phrase of "of"
// before it ("Relatives of those killed said", "Several families of
// those killed said").
func n107ThoseParticiple(text string, toks []tok, k int) found {
	if k < 1 || !toks[k].word || toks[k-1].low != "those" || capital(toks[k].str(text)) || !pastForm(toks[k]) {
		return found{}
	}
	if k == 1 || !toks[k-2].word && boundary(text, toks, k-2) {
		sp := doc.Span{Start: toks[k-1].s, End: toks[k].e}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
	}
	if k < 3 || toks[k-2].low != "of" {
		return found{}
	}
	f := subjectEnding(text, toks, k-3)
	if !f.ok || f.pronoun != "" || f.subj.End != toks[k-3].e {
		return found{}
	}
	f.subj.End = toks[k].e
	f.name = text[f.subj.Start:f.subj.End]
	f.whole = true
	return f
}

// n107PerRule reports whether the source g that "per" gives is a rule a
// thing goes by rather than a text that reports: "A quarter of that,
// per the McKinley plan, is $40,000", "per its bylaws", "per the
// contract". "Per" reports for a bulletin, a notice, a report, a
// person ("…, per the agency’s bulletin"), and prescribes for these.
func n107PerRule(text string, g found) bool {
	s := text[g.subj.Start:g.subj.End]
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return n107Rules[strings.ToLower(s)]
}

// n115OfHead cuts g's mention before its first " of " ("the terms of
// the deal" → "the terms"), so that n107PerRule reads the phrase's head;
// it reports whether there was one.
func n115OfHead(text string, g *found) bool {
	i := strings.Index(text[g.subj.Start:g.subj.End], " of ")
	if i < 0 {
		return false
	}
	g.subj.End = g.subj.Start + i
	return true
}

var n107Rules = map[string]bool{"plan": true, "plans": true, "rule": true, "rules": true, "policy": true, "policies": true, "guidelines": true, "law": true, "laws": true, "contract": true, "agreement": true, "terms": true, "bylaws": true, "schedule": true, "protocol": true, "regulations": true, "custom": true, "tradition": true, "instructions": true, "orders": true, "request": true, "formula": true}

// n107HeadlineDash reads a headline that gives its speaker after a
// spaced dash at the line's end, as Caribbean, West African and
// Philippine papers write them: "Queues will disappear in 72 hours —
// FPMC", "‘We are not going away’ — transport group", "Murders down 18
// per cent — Commissioner". The speaker is the one to four words after
// the dash (a name, initials, or a noun phrase whose head names a
// person or a group; no verb and no function word but "of" or "the"),
// the dash the cue; a quotation in marks that
// is all the words before the dash is theirs, and words in no marks are
// an indirect attribution of their own. The headline is the document's
// first paragraph, one line of at most 200 bytes before a body; a line
// whose words the other readers attributed is left alone. Constant work
// a document.
func n107HeadlineDash(d *doc.Document) {
	if len(d.Paragraphs) < 2 {
		return
	}
	text := d.Text
	p := d.Paragraphs[0].Span
	line := strings.TrimRight(text[p.Start:p.End], " \t")
	if len(line) > 200 || len(line) < 8 || strings.IndexByte(line, '\n') >= 0 || strings.ContainsAny(line[len(line)-1:], ".!?:,;") {
		return
	}
	dash, dl := -1, 0
	for _, m := range [...]string{" — ", " – ", " - ", " -- "} {
		if i := strings.LastIndex(line, m); i > dash {
			dash, dl = i, len(m)
		}
	}
	if dash <= 0 {
		return
	}
	lo, hi := p.Start+dash+dl, p.Start+len(line)
	toks := tokenize(text, lo, hi)
	if len(toks) == 0 || len(toks) > 4 {
		return
	}
	for k := range toks {
		t := &toks[k]
		if !t.word || t.is(isAuxiliary|isFinite|isCue|isReporting|isPronoun) || t.is(isFunction) && t.low != "of" && t.low != "the" {
			return
		}
	}
	last := &toks[len(toks)-1]
	if toks[0].low == "of" || last.low == "of" || last.low == "the" {
		return
	}
	if _, person := persons[last.low]; !capital(text[toks[0].s:toks[0].e]) && !person && !groupNouns[last.low] && !last.is(isPerson) && !n107Bodies[last.low] && !n107Bodies[strings.TrimSuffix(last.low, "s")] {
		return // "Rain, rain and more rain - the week ahead": no one speaks
	}
	mention := doc.Span{Start: toks[0].s, End: toks[len(toks)-1].e}
	name := text[mention.Start:mention.End]
	cue := doc.Span{Start: p.Start + dash + 1, End: p.Start + dash + dl - 1}
	ce := p.Start + len(strings.TrimRight(line[:dash], " "))
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Start >= hi || q.End <= p.Start {
			continue
		}
		if q.Speaker.Mention.End > q.Speaker.Mention.Start || q.Cue.End > q.Cue.Start {
			return // read already
		}
		if q.Parent < 0 && q.Start == p.Start && q.End == ce && (q.Kind == doc.QuoteDirect || len(q.Marks) > 0) {
			q.Kind = doc.QuoteDirect // "‘We are not going away’ — transport group": a short quotation the quote stage typed scare
			q.Speaker = doc.Speaker{Name: name, Mention: mention}
			q.Cue = cue
			q.Chain = append(slices.Clone(q.Chain), name)
			return
		}
	}
	content := doc.Span{Start: p.Start, End: ce}
	if !wordsAtLeast(tokenize(text, content.Start, content.End), 3) {
		return
	}
	insertHeadlineQuote(d, content, content.End, mention, name, cue) // a phrase in marks in the headline's words is theirs
}

// n107Bodies are nouns for bodies that speak (a plural in -s is read
// as its singular).
var n107Bodies = map[string]bool{"group": true, "union": true, "association": true, "council": true, "board": true, "ministry": true, "department": true, "party": true, "agency": true, "firm": true, "company": true, "court": true, "commission": true, "committee": true, "coalition": true, "federation": true, "league": true, "club": true, "team": true, "campaign": true, "government": true, "office": true, "bureau": true, "institute": true, "official": true, "authority": true, "authorities": true}

// n107PastParticipleSubject reads a trailing cue's subject (rest[:sc],
// after the clause's comma) that is a noun phrase with a past
// participle's phrase after it: "…, an order issued by the Collector
// late on Wednesday said", "…, a notice posted on the portal said".
// The noun phrase opens with a determiner; the participle ends in -ed
// or is one of n27Participles, a preposition follows it, and no verb
// comes before the cue.
func n107PastParticipleSubject(text string, rest []tok, sc int) (found, bool) {
	if sc < 4 || sc > 16 || !rest[0].word || !rest[0].is(isDet) || rest[0].is(isPronoun) {
		return found{}, false
	}
	f, e := subjectAt(text, rest, 0, sc)
	if !f.ok || f.pronoun != "" || e+2 >= sc {
		return found{}, false
	}
	p := &rest[e]
	if !p.word || capital(p.str(text)) || !(pastInEd(p.low) || n27Participles[p.low]) || !rest[e+1].word || !rest[e+1].is(isPrep) {
		return found{}, false
	}
	for j := e + 1; j < sc; j++ {
		if t := &rest[j]; !t.word && t.str(text) != "." || t.word && t.is(isAuxiliary|isFinite|isCue|isSubjectPronoun) && !(t.is2(isMonth) && capital(t.str(text))) {
			return found{}, false
		}
	}
	sp := doc.Span{Start: rest[0].s, End: rest[sc-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, true
}

// n107ToldAudience returns the index after an audience that a trailing
// "told" spoke to, an article and at most two words ending in a noun of
// an audience or a meeting ("…, Dr. Mishra told a press conference",
// "told the gathering", "told a packed hall"), or e when there is none.
// An article and any other noun is no audience: "something a 911 caller
// also told a dispatcher" is a relative clause (n102Told).
func n107ToldAudience(rest []tok, e int) int {
	if e >= len(rest) || !rest[e].word || rest[e].low != "a" && rest[e].low != "an" && rest[e].low != "the" {
		return e
	}
	for j := e + 1; j < len(rest) && j <= e+3 && rest[j].word; j++ {
		if n104Audiences[rest[j].low] || rest[j].low == "conference" || rest[j].low == "briefing" {
			return j + 1
		}
	}
	return e
}
