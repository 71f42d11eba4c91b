package speaker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n13Headlines reads the attribution of a news article's headline, its
// first line, where the sentence reader found none. A headline states
// a stance in a few words with a verb of the present tense and no
// complementizer, and in title case every word looks like a name, so
// verbs that report a stance only in this register are read here, for
// the first line alone:
//
//   - a subject, then a verb of taking a side or a view, then what the
//     view is about: "Senator Goes After Mayor On Housing", "Appeals
//     court rules against the county's new map", "Farm leaders weigh
//     plans for a grain reserve", "Governor Sees 'Grave Risk' in Cuts",
//     "Two Nurses Share Their Thoughts On Overtime", "The mayor still
//     ducks on pensions" (n13Verbs; the speaker is the subject, the cue
//     the verb and its particle, the content the rest of the line);
//   - a name, "on" and a topic, a colon, and a clause: "Ortiz on
//     Housing: The Market Is 'Broken.'" (the cue is "on … :", the
//     content the clause after the colon).
//
// What it must not read: a headline whose verb is an act and no stance
// ("Mayor Visits Flooded Towns", "Boats Side With Pier", "Senator
// Shares Stage With Rival": "share" counts only before a possessive or
// a noun of opinion, "rule" only before "against", "for" or "in favor
// of"); a line that already has an attribution (the sentence reader's
// own reading stands); a line that holds a direct quotation ("Focus on
// the Strike: “…”" is the quotation readers' line); a line that is the
// whole text; a question, a line of more than n13MaxWords words, or a
// subject that opens with a question word or holds a word of grammar
// ("How Voters See Taxes", "Plan to Weigh Bids"). Only the first
// paragraph is read, a line of at most n13MaxBytes bytes: the rule
// costs a constant. Before it reads, n13DropHeadNouns drops the
// sentence reader's readings of the line whose cue is a noun.
func n13Headlines(d *doc.Document) {
	p, ok := headlineLine(d)
	if !ok {
		return
	}
	text := d.Text
	n13DropHeadNouns(d, p)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker.Mention.End > q.Speaker.Mention.Start && q.Speaker.Mention.Start < p.End && q.Speaker.Mention.End > p.Start {
			return // the sentence reader read it
		}
		if q.Cue.End > q.Cue.Start && q.Cue.Start < p.End && q.Cue.End > p.Start {
			return
		}
		if q.Kind == doc.QuoteDirect && q.Start < p.End {
			return // "Focus on the strike: “…”": the quotation's readers' line
		}
	}
	toks := n13Words(text, p)
	if len(toks) < 3 || len(toks) > n13MaxWords || strings.HasSuffix(strings.TrimSpace(text[p.Start:p.End]), "?") {
		return
	}
	subj, cue, content, ok := n13OnTopic(text, toks, p.End)
	spoken := ok // "Name on Topic:" names a speaker of the body
	if !ok {
		var base string
		subj, cue, content, base, ok = n13Stance(text, toks, p.End)
		spoken = n13Spoken[base]
	}
	if !ok || spoken && !n13BodySpeaker(d, p, text[subj.Start:subj.End]) {
		return
	}
	// The content ends before the line's closing stop or semicolon; a
	// stop inside closing marks is the quoted words' own.
	e := content.End
	for e > content.Start && strings.ContainsRune(" \t;.", rune(text[e-1])) {
		e--
	}
	content.End = e
	if content.End <= content.Start {
		return
	}
	insertHeadlineQuote(d, content, p.End, subj, text[subj.Start:subj.End], cue)
}

// headlineLine returns the document's first paragraph when it may be a
// headline the headline readers read: a single line of at most
// n13MaxBytes bytes that heads a body, so that each reader costs a
// constant.
func headlineLine(d *doc.Document) (doc.Span, bool) {
	if len(d.Paragraphs) < 2 {
		return doc.Span{}, false // a headline heads a body
	}
	p := d.Paragraphs[0].Span
	if p.End-p.Start > n13MaxBytes || p.End <= p.Start || strings.IndexByte(d.Text[p.Start:p.End], '\n') >= 0 {
		return doc.Span{}, false
	}
	return p, true
}

// insertHeadlineQuote inserts, in text order, an indirect attribution of
// a headline's words (content) to name, mentioned at subj, with the cue
// cue, and makes every quotation in marks with no parent from the
// content's start up to end its child: a phrase in marks inside the
// headline's words is part of what the speaker said ("Sees 'Grave Risk'
// in Cuts"), and a mixed one with no speaker takes the speaker.
func insertHeadlineQuote(d *doc.Document, content doc.Span, end int, subj doc.Span, name string, cue doc.Span) {
	q := doc.Quote{
		Span:    content,
		Content: []doc.Span{content},
		Kind:    doc.QuoteIndirect,
		Parent:  -1,
		Element: -1,
		Speaker: doc.Speaker{Name: name, Mention: subj},
		Cue:     cue,
	}
	if name != "" {
		q.Chain = []string{name} // none where the line names no speaker (n115PassiveTold)
	}
	at := 0
	for at < len(d.Quotes) && d.Quotes[at].Start < content.Start {
		at++
	}
	d.Quotes = slices.Insert(d.Quotes, at, q)
	for k := range d.Quotes {
		if k == at {
			continue
		}
		r := &d.Quotes[k]
		if r.Parent >= at {
			r.Parent++
		}
		if r.Parent < 0 && r.Start >= content.Start && r.End <= end {
			r.Parent = at
			if r.Kind == doc.QuoteMixed && r.Speaker.Name == "" {
				r.Speaker, r.Chain = q.Speaker, q.Chain
			}
		}
	}
}

// n13MaxBytes and n13MaxWords bound the first line that n13Headlines
// reads as a headline.
const (
	n13MaxBytes = 200
	n13MaxWords = 16
)

// n13Word is one word of a headline: its span (punctuation that ends
// it included), and its lower-case form without that punctuation.
type n13Word struct {
	s, e int
	low  string
	end  byte // the punctuation mark it ends with (',', ':', ';'), or 0
}

// n13Words cuts the line p into words at white space.
func n13Words(text string, p doc.Span) []n13Word {
	var out []n13Word
	for i := p.Start; i < p.End; {
		for i < p.End && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		j := i
		for j < p.End && text[j] != ' ' && text[j] != '\t' {
			j++
		}
		if j > i {
			w := text[i:j]
			var end byte
			if c := w[len(w)-1]; c == ',' || c == ':' || c == ';' {
				end = c
			}
			out = append(out, n13Word{s: i, e: j, low: strings.ToLower(strings.TrimRight(w, ",:;.!")), end: end})
		}
		i = j
	}
	return out
}

// n13OnTopic reads "Name on Topic: clause": a name of one to three
// capitalised words, "on", a topic of one to four words ending in the
// colon, and a clause of at least three words.
func n13OnTopic(text string, toks []n13Word, end int) (subj, cue, content doc.Span, ok bool) {
	on := -1
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].low == "on" {
			on = k
			break
		}
		if toks[k].end != 0 {
			return
		}
	}
	if on < 0 {
		return
	}
	for k := 0; k < on; k++ {
		if !capital(text[toks[k].s:toks[k].e]) || n13NotSubject[toks[k].low] || function[toks[k].low] {
			return
		}
	}
	colon := -1
	for k := on + 1; k < len(toks) && k <= on+4; k++ {
		if toks[k].end == ':' {
			colon = k
			break
		}
		if toks[k].end != 0 {
			return
		}
	}
	if colon < 0 || len(toks)-colon-1 < 3 {
		return
	}
	return doc.Span{Start: toks[0].s, End: toks[on-1].e}, doc.Span{Start: toks[on].s, End: toks[colon].e},
		doc.Span{Start: toks[colon+1].s, End: end}, true
}

// n13Stance reads "Subject [adverb] verb [particle] rest", with the verb
// one of n13Verbs among the line's first words. A fronted phrase ending
// in a comma or colon ("With a week to go, …") is passed over.
func n13Stance(text string, toks []n13Word, end int) (subj, cue, content doc.Span, base string, ok bool) {
	for k := 1; k < len(toks)-1 && k <= 9; k++ {
		b, fits := n13Verb(toks[k].low)
		if !fits {
			continue
		}
		pe, fits := n13Particle(b, toks, k)
		if !fits || pe >= len(toks) || n13NotAfter[b][toks[k+1].low] || n13NotAfter[b][toks[pe].low] {
			continue
		}
		// The subject: back from the verb, past a few adverbs, to the
		// line's start or a comma or colon.
		se := k
		for se > 0 && n13Adverbs[toks[se-1].low] {
			se--
		}
		ss := se
		for ss > 0 && toks[ss-1].end == 0 {
			ss--
		}
		if se-ss < 1 || se-ss > 5 || !n13SubjectWords(text, toks[ss:se], ss > 0) {
			return
		}
		// The plain form agrees with a plural subject only: "Farm
		// Leaders Weigh …", but "Spring Break With Kids" is a noun.
		if toks[k].low == b && !strings.HasSuffix(toks[se-1].low, "s") {
			return
		}
		return doc.Span{Start: toks[ss].s, End: toks[se-1].e}, doc.Span{Start: toks[k].s, End: toks[pe-1].e},
			doc.Span{Start: toks[pe].s, End: end}, b, true
	}
	return
}

// n13SubjectWords reports whether ws may be a headline's subject: its
// first word capitalised or a number ("31 Nurses", "One Letter"; or,
// after a fronted phrase, a lower-case article: "With a week to go, the
// mayor …"), no question word or word of grammar in it ("of", "and"
// and a possessive are kept: "Secretary of State", "Nurses' union").
func n13SubjectWords(text string, ws []n13Word, afterComma bool) bool {
	first := text[ws[0].s:ws[0].e]
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsDigit(r) && !capital(first) && !(afterComma && (first == "the" || first == "a" || first == "an")) {
		return false
	}
	for i, w := range ws {
		// A verb of reporting inside the subject ("Mayor Promises
		// Voters See …") is a clause the sentence reader passed over;
		// one that opens or ends it is a noun ("Appeals court",
		// "Federal judge").
		if w.end != 0 || n13NotSubject[w.low] || i > 0 && i < len(ws)-1 && isReportingWord(w.low) {
			return false
		}
		if function[w.low] && w.low != "of" && w.low != "and" && !(i == 0 && (w.low == "the" || w.low == "a" || w.low == "an" || n13Numbers[w.low])) {
			return false
		}
	}
	return true
}

// isReportingWord reports whether w is a form of a verb of reporting
// (reporting.txt): a subject that holds one is the sentence reader's.
func isReportingWord(w string) bool {
	return len(reporting[w]) > 0
}

// n13Verb returns the base of a headline verb of stance w ("sees" →
// "see"), in the present tense of the third person or the plural.
func n13Verb(w string) (string, bool) {
	if _, ok := n13Verbs[w]; ok {
		return w, true
	}
	for _, suf := range []string{"es", "s"} {
		if b, ok := strings.CutSuffix(w, suf); ok {
			if _, ok := n13Verbs[b]; ok {
				return b, true
			}
		}
	}
	return "", false
}

// n13Particle returns the index of the word after the verb's particle
// at toks[k], and whether a particle the verb needs is there.
func n13Particle(base string, toks []n13Word, k int) (int, bool) {
	next := func(i int) string {
		if i < len(toks) {
			return toks[i].low
		}
		return ""
	}
	if toks[k].end != 0 {
		return 0, false
	}
	for _, p := range n13Verbs[base] {
		if p == "" {
			return k + 1, true
		}
		if p == "POSS" {
			if possessivePronouns[next(k+1)] || n13Opinion[next(k+1)] {
				return k + 1, true
			}
			continue
		}
		ws := strings.Fields(p)
		j := k + 1
		for _, w := range ws {
			if next(j) != w {
				j = -1
				break
			}
			j++
		}
		if j > 0 {
			return j, true
		}
	}
	return 0, false
}

// n13Verbs are verbs that report a stance in a headline and that the
// sentence reader's lexicon (reporting.txt) does not hold in that
// sense, with the particles they need ("" for none; "POSS" for a
// possessive or a noun of opinion after the verb: "Share Their
// Views"). Each is a view taken or withheld, never a bare act: "rule"
// needs the side it rules for, "go" needs "after".
var n13Verbs = map[string][]string{
	"go":        {"after"},
	"break":     {"with"},
	"rule":      {"against", "for", "in favor of", "in favour of"},
	"weigh":     {""},
	"see":       {""},
	"sum":       {"up"},
	"duck":      {"on", "questions", "question"},
	"sidestep":  {""},
	"share":     {"POSS"},
	"hit":       {"back at"},
	"fire":      {"back at"},
	"backtrack": {"on"},
	"flip-flop": {"on"},
	"waffle":    {"on"},
	"jab":       {"at"},
	"sound":     {"off on", "the alarm on", "the alarm about", "alarm on", "alarm about"},
	"make":      {"the case for", "case for"},
}

// n13NotAfter are words that, right after a verb of n13Verbs, make it
// no stance: "Snow Weighs On Markets", "Debt Weighs Down Town".
var n13NotAfter = map[string]map[string]bool{
	"weigh": {"on": true, "down": true, "heavily": true, "in": true, "less": true, "more": true},
	"break": {"tradition": true, "precedent": true, "custom": true, "convention": true, "protocol": true, "the": true, "past": true},
}

// n13Spoken are the verbs of n13Verbs that also name an experience or
// a pursuit ("Visitors See Pandas", "Team Goes After Pitcher"): they
// are read only when the subject speaks in the body too, as does the
// name of "Name on Topic:" ("Ohio on Edge:" is no speaker).
var n13Spoken = map[string]bool{"see": true, "go": true}

// n13BodySpeaker reports whether the last word of subj (a headline's
// subject) is in the name of a speaker the sentence reader found after
// the headline p: the article quotes the one its headline names.
func n13BodySpeaker(d *doc.Document, p doc.Span, subj string) bool {
	f := strings.Fields(subj)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for _, s := range [...]string{"'s", "’s", "'", "’"} {
		last = strings.TrimSuffix(last, s)
	}
	if len(last) < 3 || !capital(last) {
		return false
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker.Mention.Start >= p.End && slices.Contains(strings.Fields(q.Speaker.Name), last) {
			return true // "Moss" in "Senator Ann Moss", not in "Mossman"
		}
	}
	return false
}

// n13Opinion are the nouns of opinion after "share" that make it a verb
// of saying, as a possessive does (possessivePronouns).
var (
	n13Opinion = map[string]bool{"thoughts": true, "views": true, "concerns": true, "fears": true, "hopes": true, "doubts": true, "opinions": true, "stories": true, "story": true}
)

// n13Adverbs may stand between a headline's subject and its verb.
var n13Adverbs = map[string]bool{"still": true, "now": true, "again": true, "also": true, "openly": true, "quietly": true, "finally": true}

// n13NotSubject are words that open a question or a phrase, never a
// speaker: "How Voters See Taxes", "Why Farmers Weigh …".
var n13NotSubject = map[string]bool{
	"how": true, "why": true, "what": true, "when": true, "where": true, "who": true, "which": true,
	"can": true, "could": true, "will": true, "would": true, "should": true, "is": true, "are": true,
	"does": true, "do": true, "did": true, "here's": true, "inside": true, "meet": true, "watch": true,
	"to": true, "not": true, "if": true, "as": true, "in": true, "for": true, "with": true, "on": true,
	"at": true, "by": true, "from": true, "after": true, "about": true, "over": true,
}

// n13Numbers may open a headline's subject: "One Letter Sums Up …",
// "Two Nurses Share …".
var n13Numbers = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true}

// n13DropHeadNouns drops a reading of the headline p whose cue is the
// head noun of the subject the sentence reader took for its verb, in
// title case where every noun looks like a verb:
//
//   - "rules" after a word that names no ruling body (rulers) and
//     before no side it rules for: "Port Safety Rules Face Review" is
//     the rules' news, where "Court Rules Against Port" keeps its
//     reading;
//
//   - any one-word cue after an article and one adjective: "A Dangerous Plan
//     to Save the Ferry" (n9AdjectiveLike) has no speaker "A Dangerous".
//
//   - a cue in its plain form after a singular subject, before a
//     participle in "-ing" (after an adverb or none): "Harbour Campaign
//     Quietly Seeking Donors" drops its "is", and "Campaign" is the
//     subject's noun (a verb would agree: "Harbour Campaigns …"); where
//     the adverb is one of hearsay ("Reportedly", "Allegedly") the
//     reading stays, with that adverb as its cue, no source, and the
//     whole line as its words.
//
// It reads the headline's readings, a few words each.
func n13DropHeadNouns(d *doc.Document, p doc.Span) {
	text := d.Text
	var gone []bool
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, c := q.Speaker.Mention, q.Cue
		if q.Kind != doc.QuoteIndirect || len(q.Content) == 0 || m.End <= m.Start || c.End <= c.Start || m.Start < p.Start || c.End > p.End || c.Start != m.End+1 || c.End-c.Start > 16 {
			continue
		}
		mw := strings.Fields(text[m.Start:m.End])
		if len(mw) == 0 {
			continue
		}
		cue := strings.ToLower(text[c.Start:c.End])
		next := ""
		if f := strings.Fields(text[c.End:min(p.End, c.End+24)]); len(f) > 0 {
			next = strings.ToLower(strings.TrimRight(f[0], ",.;:"))
		}
		last := strings.ToLower(mw[len(mw)-1])
		if n13DroppedBe(text, c, p, cue, last) {
			if a := n13HearsayAdverb(text, c, p); a.End > a.Start && q.Content[len(q.Content)-1].End > a.End+1 {
				// "Campaign Reportedly Seeking …": the adverb is the
				// cue of a report with no source, of the whole line.
				e := q.Content[len(q.Content)-1].End
				q.Speaker, q.Chain, q.Cue = doc.Speaker{}, nil, a
				q.Content = []doc.Span{{Start: m.Start, End: c.End}, {Start: a.End + 1, End: e}}
				q.Start = m.Start
				continue
			}
			gone = markGone(gone, len(d.Quotes), i)
			continue
		}
		drop := cue == "rules" && !rulers[last] && !n13RuleSides[next] ||
			len(mw) == 2 && n13Article[strings.ToLower(mw[0])] && capital(mw[1]) && capital(text[c.Start:c.End]) && !strings.Contains(cue, " ") && n9AdjectiveLike(last)
		if !drop {
			continue
		}
		gone = markGone(gone, len(d.Quotes), i)
	}
	if gone == nil {
		return
	}
	dropQuotes(d, gone, func(q, dropped *doc.Quote) {
		if q.Kind == doc.QuoteMixed && q.Speaker.Name == dropped.Speaker.Name {
			q.Speaker, q.Chain = doc.Speaker{}, nil // it had only the dropped reading's speaker
		}
	})
}

// n13RuleSides are the words after "rules" that make it the verb of a
// decision: "Rules Against", "Rules That", "Rules Out".
var n13RuleSides = map[string]bool{"against": true, "for": true, "in": true, "on": true, "that": true, "out": true}

// n13Article are the articles n13DropHeadNouns reads before an
// adjective.
var n13Article = map[string]bool{"a": true, "an": true, "the": true}

// n13DroppedBe reports whether the cue c (lower case: cue) of a
// headline reading is a noun before a predicate whose "is" a headline
// drops: the cue is a plain form (no "-s", no "-ed"), the subject's
// last word last is no plural, and the words after the cue are a
// participle in "-ing", after one adverb or none. It reads two words.
func n13DroppedBe(text string, c, p doc.Span, cue, last string) bool {
	if strings.HasSuffix(cue, "s") || strings.HasSuffix(cue, "ed") || strings.HasSuffix(last, "s") || strings.Contains(cue, " ") {
		return false
	}
	f := strings.Fields(text[c.End:min(p.End, c.End+40)])
	if len(f) < 2 {
		return false
	}
	w := strings.ToLower(f[0])
	if strings.HasSuffix(w, "ly") || n13Adverbs[w] {
		w = strings.ToLower(f[1])
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && capital(f[0])
}

// n13HearsayAdverb returns the span of "reportedly" or "allegedly" right
// after the cue c, or an empty span.
func n13HearsayAdverb(text string, c, p doc.Span) doc.Span {
	i := c.End
	for i < p.End && text[i] == ' ' {
		i++
	}
	j := i
	for j < p.End && text[j] != ' ' {
		j++
	}
	if w := strings.ToLower(text[i:j]); (w == "reportedly" || w == "allegedly") && j < p.End {
		return doc.Span{Start: i, End: j}
	}
	return doc.Span{}
}
