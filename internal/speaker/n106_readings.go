package speaker

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
)

// The forty-fourth and forty-fifth sessions' readers: shapes found in
// news sets BF, BG and BH (the interviews printed with the parties'
// names, the headlines that drop the article, "accused X of “…”") and
// the tests that go with them (n106_test.go).

// n106LoneOne reports whether toks[k] is "One" or "Another" alone at its
// sentence's start, the subject of the verb after it: one of a group the
// sentence before named ("Fans rallied round. One wrote on Instagram:
// …. Another said the show had lost its heart."). A determiner before
// a verb otherwise makes the verb a noun ("another claim"); capitalised
// at a sentence's start and right before a verb that is only a verb
// ("said", "wrote", "told", "commented"), the word is the pronoun.
func n106LoneOne(text string, toks []tok, k int) bool {
	if k < 0 || k+1 >= len(toks) || !toks[k].word {
		return false
	}
	if w := toks[k].low; w != "one" && w != "another" || !capital(toks[k].str(text)) {
		return false
	}
	if k+2 < len(toks) && toks[k+1].str(text) == "," && toks[k+2].low == "who" {
		return sentenceFirst(text, toks, k) // "One, who asked not to be named, said …": relativeEnd reads the clause with the subject
	}
	if !verbOnly(toks[k+1].low) && !n106OnlyVerbs[toks[k+1].low] {
		return false
	}
	if k > 0 && toks[k-1].word && toks[k].low == "one" && capital(toks[k-1].str(text)) {
		return true // the last word of a name: "Vista One said", "Channel One told"
	}
	return sentenceFirst(text, toks, k)
}

// n106OnlyVerbs are verbs of reporting past verbOnly's that no
// determiner takes as a noun: "Another commented: …".
var n106OnlyVerbs = map[string]bool{"commented": true, "replied": true, "posted": true, "tweeted": true, "complained": true, "agreed": true, "asked": true, "warned": true, "joked": true}

// n106PluralOf reports whether toks[k], a plural in -s before "of",
// may open a clause's subject whose head the lexicon also reads as a
// finite verb: "says reports of stalking fell", "said claims of fraud
// were false". finiteSoon stops at such a word; a verb in -s takes no
// "of" after it.
func n106PluralOf(toks []tok, k int) bool {
	return k+2 < len(toks) && toks[k].word && strings.HasSuffix(toks[k].low, "s") && !strings.HasSuffix(toks[k].low, "ss") && toks[k+1].low == "of" && toks[k+2].word
}

// n106OfThenVerb reports whether the object of "of" at toks[j] (one to
// four words, no verb of speech or conjunction among them) ends before
// a finite verb or a past: the plural before "of" is then a subject.
func n106OfThenVerb(text string, toks []tok, j int) bool {
	for i := j; i < len(toks) && i < j+5; i++ {
		t := &toks[i]
		if !t.word || t.is(isCue) || t.low == "and" || t.low == "but" || t.low == "or" {
			return false
		}
		if i > j && (t.is(isFinite) || t.is2(isPastVerb) || n2IrregularPasts[t.low] || pastInEd(t.low) && !capital(t.str(text))) {
			return true
		}
	}
	return false
}

// n106ThereParticiple reports whether toks[c], a past in "-ed", follows
// the noun of an existential clause ("there were no hate crimes
// reported on campus", "there have been 14 incidents reported"): the
// participle describes the noun and reports nothing. One to three
// nouns, a quantifier or number before them or not, then a form of
// "be" that "there" opens.
func n106ThereParticiple(text string, toks []tok, c int) bool {
	if !pastInEd(toks[c].low) {
		return false
	}
	i := c - 1
	for ; i >= 0 && i > c-4 && toks[i].word && !capital(toks[i].str(text)) && !toks[i].is(isFunction|isAuxiliary) && !numberTok(&toks[i]); i-- {
	}
	if i == c-1 || i < 1 {
		return false
	}
	if toks[i].word && (toks[i].is(isQuantifier) || numberTok(&toks[i]) || toks[i].low == "no" || toks[i].low == "any") {
		i--
	}
	for k := i; k >= 0 && k >= i-2 && toks[k].word; k-- {
		if toks[k].low == "there" {
			return k < i && toks[k+1].is(isBeForm|isAuxiliary)
		}
		if !toks[k].is(isBeForm | isAuxiliary) {
			return false
		}
	}
	return false
}

// n106ArticleCompound reports whether toks[c], a verb of the lexicon in
// its bare form, is the head of a compound noun after "a" or "an" and
// one noun: "a police report number", "an incident report". A bare
// verb agrees with no subject that "a" opens ("a few report …" has a
// quantifier and stays a clause).
func n106ArticleCompound(text string, toks []tok, c int) bool {
	if c < 2 || (toks[c-2].low != "a" && toks[c-2].low != "an") {
		return false
	}
	w, n := toks[c].low, &toks[c-1]
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || toks[c].is2(isPastVerb) || w == "said" {
		return false
	}
	return n.word && !capital(n.str(text)) && !n.is(isFunction|isAuxiliary|isQuantifier) && !numberTok(n) && !strings.HasSuffix(n.low, "ly")
}

// n106InterviewQuestions drops the readings of an interview's questions
// as reports: where the quote stage read answers after a party's name
// ("Dunsmore: We will …", quote.AnswerLabel), a paragraph that opens
// with another party's name and a colon ("The Larkmoor Record: Will the
// university …?") is the interviewer's turn, the writer's own voice,
// which the colon reader took for an attribution.
func n106InterviewQuestions(d *doc.Document) {
	answered := false
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind == doc.QuoteDirect && len(q.Marks) == 0 && q.Element < 0 && q.Cue.End == q.Cue.Start+1 && q.Speaker.Mention.End == q.Cue.Start && q.Speaker.Mention.End > q.Speaker.Mention.Start {
			if _, name, ok := quote.AnswerLabel(d.Text, d.Paragraphs, q.Content[0].Start); ok && name == q.Speaker.Mention {
				answered = true
				break
			}
		}
	}
	if !answered {
		return
	}
	var gone []bool
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteIndirect || q.Cue.End != q.Cue.Start+1 || d.Text[q.Cue.Start] != ':' || q.Speaker.Mention.End != q.Cue.Start {
			continue
		}
		k, ok := slices.BinarySearchFunc(d.Paragraphs, q.Speaker.Mention.Start, func(p doc.Paragraph, at int) int { return cmp.Compare(p.Start, at) })
		if !ok {
			continue
		}
		if _, name, ok := quote.NameLabel(d.Text, d.Paragraphs[k].Span); ok && name == q.Speaker.Mention {
			gone = markGone(gone, len(d.Quotes), i)
		}
	}
	if gone != nil {
		dropQuotes(d, gone, leaveChain)
	}
}

// n106AfterCue returns where the subject of a passive at toks[k] starts
// when its clause, read from toks[cs], is the content of a verb of
// reporting before it: "…, said the Duchess was expected to become
// patron": "the Duchess", not "said the Duchess". The verb is one
// before the subject's last word, not a noun after a determiner.
func n106AfterCue(text string, toks []tok, cs, k int) int {
	for j := k - 1; j >= cs && j >= 0; j-- {
		if toks[j].word && toks[j].is(isCue) && !strings.HasSuffix(toks[j].low, "ing") && !nounAfterDet(text, toks, j) && !capital(toks[j].str(text)) {
			return j + 1
		}
	}
	return cs
}

// n106HeadlineLine reports whether the sentence toks is a line of its
// own that ends with a word, no full stop or mark, as a headline is; a
// headline's first clause before a semicolon may stand before it on the
// line ("Cedarmoor wins sectional; Tidwell's knee 'not as bad as it
// looked,' coach says").
func n106HeadlineLine(text string, toks []tok) bool {
	last := &toks[len(toks)-1]
	if !last.word {
		return false // a full stop or a mark ends it: no headline
	}
	if after := strings.TrimLeft(text[last.e:], " \t\r"); after != "" && after[0] != '\n' {
		return false
	}
	before := text[strings.LastIndexByte(text[:toks[0].s], '\n')+1 : toks[0].s]
	before = strings.TrimSpace(before)
	return before == "" || strings.HasSuffix(before, ";")
}

// n106HeadlineInverted reads the subject of a headline's inverted cue
// that is a bare noun with no article, maybe with a clause of "who" to
// the line's end: "Old mark 'was meant to fall,' says woman who set
// it", "…, says coach". rest[0] is the cue, in the present; one to
// three lower-case nouns follow it (n101HeadlineNoun's test), then the
// end or "who" and its clause. Body prose writes the article ("says the
// woman who set it"), which subjectAt reads.
func n106HeadlineInverted(text string, toks, rest []tok) found {
	if len(rest) < 2 || !strings.HasSuffix(rest[0].low, "s") || !n106HeadlineLine(text, toks) {
		return found{}
	}
	n := 1
	for ; n < len(rest) && n <= 3 && rest[n].low != "who"; n++ {
		t := &rest[n]
		if !t.word || capital(t.str(text)) || t.is(isFunction|isAdverb|isAuxiliary|isCue|isPronoun) || strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
			return found{}
		}
	}
	if n == 1 || n < len(rest) && rest[n].low != "who" {
		return found{}
	}
	for j := n; j < len(rest); j++ {
		if !rest[j].word {
			return found{}
		}
	}
	sp := doc.Span{Start: rest[1].s, End: rest[len(rest)-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// n106SubordinateSubject returns the subject of a clause of time or
// cause ("after", "when", "because", "before", "since", "as") between a
// passive main clause and the comma at toks[k] before a participle of
// speech: "The by-election was called after the Covenant MP, Nigel
// Ormesher, resigned in September, saying he wanted …". The main
// clause's subject is acted upon ("was called"), and the participle is
// the deed of the clause's own subject, whose finite verb follows it.
// ok is false for an active main clause ("Ann Lee left after the vote
// ended, saying …": hers).
func n106SubordinateSubject(text string, toks []tok, main found, k int) (found, bool) {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= main.subj.End })
	for i < k && toks[i].word && toks[i].adverbish() {
		i++
	}
	if i+1 >= k || !toks[i].is(isBeForm) || !(pastInEd(toks[i+1].low) || toks[i+1].is2(isPastVerb) || strings.HasSuffix(toks[i+1].low, "en")) {
		return found{}, false
	}
	for j := i + 2; j+2 < k; j++ {
		switch toks[j].low {
		case "after", "when", "because", "before", "since", "as":
		default:
			continue
		}
		g, e := subjectAt(text, toks, j+1, k)
		if !g.ok || g.pronoun == "it" {
			return found{}, false
		}
		g.subj.Start = toks[j+1].s             // with its article: "the Covenant MP"
		if e < k && toks[e].str(text) == "," { // the subject's appositive: "the Covenant MP, Nigel Ormesher,"
			for e++; e < k && toks[e].str(text) != ","; e++ {
			}
			if e < k {
				g.subj.End, g.whole = toks[e-1].e, true
				e++
			}
		}
		if e < k && toks[e].word && (toks[e].is(isFinite) || pastInEd(toks[e].low) || n2IrregularPasts[toks[e].low]) {
			return g, true
		}
		return found{}, false
	}
	return found{}, false
}

// n106ParticipleAside reports whether toks[k], a participle in -ing
// after the subject's comma, opens an aside that closes with a comma
// right before the cue: "Ms Falconbridge, wearing a navy trouser suit,
// said", "Aranguren, speaking through an interpreter, said". The
// participle describes the speaker as the words were said, and the
// mention keeps it, as it keeps a clause of "who" (the team's news sets
// keep it). The occasion of the words stays out, as PolNeAR's dev file
// marks it: an audience after "speaking to", or a day ("dedicating the
// museum on Saturday"); the sets keep "speaking at a news conference". After an inverted cue ("said Ann
// Lee, pointing to the map") the participle is the verb's, and one of
// speech ("saying", "adding") reports words of its own.
func n106ParticipleAside(text string, toks []tok, k int, cue doc.Span) bool {
	t := &toks[k]
	asked := t.low == "asked" && k+1 < len(toks) && (toks[k+1].low == "about" || toks[k+1].low == "to" || toks[k+1].low == "whether" || toks[k+1].low == "if" || toks[k+1].is(isWhWord)) // "Birchfield, asked to pick a winner, said"
	asked = asked || (t.low == "reached" || t.low == "contacted") && k+1 < len(toks) && (toks[k+1].low == "by" || toks[k+1].low == "at" || toks[k+1].low == "on")                        // "His father, Wayne Mertle, reached by phone Wednesday, said": how the reporter got the words, with its day (n110)
	if speak := t.low == "speaking" || t.low == "talking" || t.low == "writing"; !speak && !asked && (!asideParticiple(text, t) || slices.ContainsFunc(t.senses(), func(s verbSense) bool { return s.particle == "" })) {
		return false // "The mayor, citing safety concerns, said": a reading of its own ("standing in front of" has none)
	}
	for j := k + 1; j < len(toks) && j <= k+16; j++ {
		if toks[j].word {
			if n106Day(&toks[j]) && !asked || j == k+1 && !asked && (toks[j].low == "to" || toks[j].low == "before") {
				return false // the occasion of the words: "Trump, speaking to a veterans group, said", "…, dedicating the museum on Saturday, said"
			}
			continue
		}
		return toks[j].str(text) == "," && toks[j].e <= cue.Start && strings.TrimSpace(text[toks[j].e:cue.Start]) == ""
	}
	return false
}

// n106Day reports whether t is a word of time that dates an occasion
// ("Saturday", "yesterday", "week"), not an adverb of timeWords
// ("privately", "also", "now").
func n106Day(t *tok) bool {
	w := t.low
	return t.is(isTimeWord) && !strings.HasSuffix(w, "ly") && w != "also" && w != "now" && w != "often" && w != "again" && w != "earlier"
}

// n106MarkAfterParticle reports whether toks[j], right after a cue's
// particle, is an opening mark before a word: "accused the utility of
// “sitting on” the information", "accused the board of “empire-building
// with borrowed money.”" The content opens with the words in marks,
// which contentStart reads no clause in; the phrase in marks is then
// the content's, the speaker's own words (a mixed quotation).
func n106MarkAfterParticle(text string, toks []tok, j, limit int) bool {
	if j+1 >= len(toks) || toks[j].word || !toks[j+1].word || toks[j].s >= limit {
		return false
	}
	switch toks[j].str(text) {
	case "“", "\"", "‘", "'":
		return true
	}
	return false
}

// n106TimeOfMentions widens a mention that a phrase of time opening
// the sentence with no comma cut after "of": "In 2006 the Brindlecombe
// branch of the Associated Teachers’ Guild accused him of …" named
// "the Associated Teachers’ Guild", the subject read as starting after
// the phrase's preposition. The mention then starts at the noun phrase
// after the phrase of time ("In 2006", "In May", "On Monday"), whose
// head "of" follows. Constant work a quotation: most mentions have no
// " of " before them.
func (a *attributor) n106TimeOfMentions() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		m := d.Quotes[i].Speaker.Mention
		if m.End <= m.Start || m.Start < 12 || text[m.Start-4:m.Start] != " of " && text[m.Start-4:m.Start] != " in " {
			continue // " in ": "In 1984 a group of councillors in Farnholme called for" (n110)
		}
		k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > m.Start })
		if k >= len(d.Sentences) || m.Start-d.Sentences[k].Start > 120 {
			continue
		}
		s := d.Sentences[k].Start
		if at := n106TimeThenPhrase(text[s : m.Start-4]); at > 0 {
			a.n52Widen(i, s+at)
		}
	}
}

// n106TimeThenPhrase returns where the noun phrase starts in s, the
// words from a sentence's start to an "of": a phrase of time with no
// comma ("In 2006", "In May", "On Monday", "In early March"), then a
// determiner and one to five words with no comma or verb of reporting.
// It returns 0 for any other shape.
func n106TimeThenPhrase(s string) int {
	f := strings.Fields(s)
	if len(f) < 4 || len(f) > 9 || f[0] != "In" && f[0] != "On" && f[0] != "During" && f[0] != "By" {
		return 0
	}
	j := 1
	if f[j] == "early" || f[j] == "late" || f[j] == "mid" {
		j++
	}
	w := f[j]
	if !(len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" || n101Months[w] || w == "May" || n106Weekdays[w]) {
		return 0
	}
	j++
	if j < len(f) && len(f[j]) == 4 && strings.Trim(f[j], "0123456789") == "" {
		j++ // "In May 2006"
	}
	if j >= len(f)-1 || strings.ContainsAny(s, ",;:") {
		return 0
	}
	switch f[j] {
	case "the", "a", "an", "its", "their", "his", "her", "The":
	default:
		return 0
	}
	return strings.Index(s, " "+f[j]+" ") + 1
}

// n106Weekdays are the days' names.
var n106Weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}

// n106HeadlineAfter reads the speaker of a quotation in a headline from
// the words after it, a bare noun phrase with no article as headlines
// write one: "Shoplifter ‘had stopped caring about anything’, solicitor
// says", "‘Do not make us ask twice’, Ardesian president tells MPs",
// "Estate ‘will not be defined by one night’, residents vow after …",
// "Portrait ‘was seized from my grandfather’, says heir", "…, says
// players’ association". toks are the words from the closing mark to
// the line's end, a headline's (n106InHeadline). One to four words
// that are no function word, then a verb of reporting in the present;
// or the verb first and the words to the line's end.
func n106HeadlineAfter(text string, toks []tok) found {
	if len(toks) < 3 || toks[0].str(text) != "," {
		return found{}
	}
	noun := func(t *tok) bool {
		return t.word && !t.is(isFunction|isAuxiliary|isPronoun|isAdverb) && !strings.HasSuffix(t.low, "ly") && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing")
	}
	present := func(t *tok) bool {
		return t.word && !capital(t.str(text)) && len(reportingSenses(t.low)) > 0 && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") && t.low != "said"
	}
	if present(&toks[1]) && strings.HasSuffix(toks[1].low, "s") {
		// Inverted: "…, says heir", "…, says players’ association".
		for j := 2; j < len(toks); j++ {
			if !noun(&toks[j]) && toks[j].str(text) != "’" && toks[j].str(text) != "'" && toks[j].low != "of" {
				return found{}
			}
		}
		if len(toks) > 7 {
			return found{}
		}
		sp := doc.Span{Start: toks[2].s, End: toks[len(toks)-1].e}
		return found{subj: sp, name: text[sp.Start:sp.End], cue: doc.Span{Start: toks[1].s, End: toks[1].e}, ok: true, whole: true}
	}
	for j := 1; j < len(toks) && j <= 5; j++ {
		if present(&toks[j]) && j > 1 && (j > 2 || !toks[j-1].is(isDet)) {
			sp := doc.Span{Start: toks[1].s, End: toks[j-1].e}
			return found{subj: sp, name: text[sp.Start:sp.End], cue: doc.Span{Start: toks[j].s, End: toks[j].e}, ok: true, whole: true}
		}
		if !noun(&toks[j]) {
			return found{}
		}
	}
	return found{}
}

// n106InHeadline reports whether the text from start to end lies in a
// headline, where papers drop articles: the document's first paragraph
// (its title), or a later one that is a heading (a live blog's entry,
// a section's title: "Turnout heavy in Brennport, secretary of state
// says"), when the paragraph is one line of at most 240 bytes that ends
// with no full stop, question or exclamation mark, colon or comma, and
// another paragraph follows a heading. It returns where the
// paragraph starts.
func (a *attributor) n106InHeadline(start, end int) (int, bool) {
	ps := a.d.Paragraphs
	k, hi := 0, len(ps) // the first paragraph that ends at or after end, searched by hand: sort.Search's closure cost more than the rest
	for k < hi {
		if m := int(uint(k+hi) >> 1); ps[m].End < end {
			k = m + 1
		} else {
			hi = m
		}
	}
	if k >= len(ps) || start < ps[k].Start || ps[k].End-ps[k].Start > 240 || k > 0 && k+1 >= len(ps) {
		return 0, false
	}
	line := strings.TrimRight(strings.TrimSpace(a.text[ps[k].Start:ps[k].End]), ")]”’\"'")
	ok := line != "" && strings.IndexByte(line, '\n') < 0 && !strings.ContainsAny(line[len(line)-1:], ".!?:,")
	return ps[k].Start, ok
}

// n106HeadlineBefore reads the speaker of a phrase in marks in a
// headline from its clause before it, whose subject is a bare noun
// phrase: "Reporter’s trial opens; lawyer says case ‘built on
// nothing’", "Teachers back strike as province calls vote “a pressure
// tactic”". toks run from the line's start to the opening mark; the
// clause opens after the last semicolon, comma or "as", with one to
// three words that are no function word, then a verb of reporting in
// the present in -s, then at most six words.
func n106HeadlineBefore(text string, toks []tok) found {
	s := 0
	for j := len(toks) - 1; j > 0; j-- {
		if w := toks[j].str(text); w == ";" || w == "," || w == ":" || toks[j].low == "as" {
			s = j + 1
			break
		}
	}
	for j := s; j < len(toks) && j <= s+3; j++ {
		t := &toks[j]
		if !t.word {
			return found{}
		}
		if j > s && !capital(t.str(text)) && strings.HasSuffix(t.low, "s") && len(reportingSenses(t.low)) > 0 && len(toks)-j <= 7 {
			sp := doc.Span{Start: toks[s].s, End: toks[j-1].e}
			return found{subj: sp, name: text[sp.Start:sp.End], cue: doc.Span{Start: t.s, End: t.e}, ok: true, whole: true}
		}
		if t.is(isFunction|isAuxiliary|isPronoun|isAdverb|isDet) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
			return found{}
		}
	}
	return found{}
}

// n106HeadlineCue reports whether t is a verb of speech, writing,
// evidence, finding or ruling in the present, as a headline writes its cue
// ("says", "finds", "rules", "shows"; "show" after a plural): no past,
// participle or capital.
func n106HeadlineCue(text string, t *tok, plural bool) bool {
	if !t.word || capital(t.str(text)) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || t.low == "said" {
		return false
	}
	if !strings.HasSuffix(t.low, "s") && !plural {
		return false
	}
	return slices.ContainsFunc(reportingSenses(t.low), func(s verbSense) bool {
		return s.particle == "" && strings.IndexByte("skvcx", s.class) >= 0
	})
}

// n106BareNoun reports whether t may be a word of a headline's bare
// noun phrase: no function word, pronoun, auxiliary or adverb (but
// "early" and the like before a noun), no participle; a verb of the
// lexicon may be one ("think tank", "campus police report"). last says
// it is the phrase's last word, which no adverb may be.
func n106BareNoun(text string, t *tok, last bool) bool {
	if !t.word || t.is(isFunction|isAuxiliary|isPronoun|isDet) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
		return false
	}
	if strings.HasSuffix(t.low, "ly") || t.is(isAdverb) {
		return !last && (t.low == "early" || t.low == "daily" || t.low == "weekly" || t.low == "elderly")
	}
	return true
}

// n106HeadlineClauses reads the attributions of a headline whose source
// is a bare noun phrase, as headlines drop the article:
//
//   - after the words, at the end or before a semicolon: "Reservoir
//     drowning was misadventure, coroner rules", "…, think tank finds",
//     "…, early returns show", "…, campus police report says";
//   - before them: "Judge rules drivers are employees", "Leaked memo
//     shows state weighed closing nine offices";
//   - a second verb of the subject that opens the headline: "Tribunal
//     upholds election, says petition lacked merit".
//
// toks are the sentence's; the caller asks only for a headline (the
// document's first paragraph, one line, no full stop). The phrase is
// one to four words (n106BareNoun), the cue in the present
// (n106HeadlineCue); before the words, and for the second verb, the
// words must open a clause (bareClause): "Council votes 5-2 to build a
// park" reports nothing.
func n106HeadlineClauses(text string, toks []tok) (found, doc.Span, bool) {
	n := len(toks)
	if n < 4 {
		return found{}, doc.Span{}, false
	}
	// The clause's end: the line's, or a semicolon's.
	e := n
	for j := 0; j < n; j++ {
		if toks[j].str(text) == ";" {
			e = j
			break
		}
	}
	// After the words: ", <phrase> <cue>" ending the clause.
	if c := e - 1; c >= 2 {
		for j := c - 1; j >= 1 && j >= c-4; j-- {
			if toks[j].str(text) != "," {
				if !n106BareNoun(text, &toks[j], j == c-1) && !(toks[j].low == "of" && j < c-1 && j > 1 && toks[j-1].word) {
					break // "…, secretary of state says" holds an "of"
				}
				continue
			}
			if j == c-1 || !n106HeadlineCue(text, &toks[c], strings.HasSuffix(toks[c-1].low, "s")) || j < 2 {
				break
			}
			sp := doc.Span{Start: toks[j+1].s, End: toks[c-1].e}
			return found{subj: sp, name: text[sp.Start:sp.End], cue: doc.Span{Start: toks[c].s, End: toks[c].e}, ok: true, whole: true}, doc.Span{Start: toks[0].s, End: toks[j-1].e}, true
		}
	}
	// Before the words: "<phrase> <cue> <clause>" at the headline's
	// start, or after "after" or "as".
	for s := 0; s < e-3; s++ {
		if s > 0 && toks[s-1].low != "after" && toks[s-1].low != "as" || !n106BareNoun(text, &toks[s], false) {
			continue
		}
		for c := s + 1; c <= s+3 && c < e-2; c++ {
			if n106HeadlineCue(text, &toks[c], false) && wordsAtLeast(toks[c+1:e], 3) && (bareClause(text, toks[:e], c+1) || n103NounThenPast(text, toks[:e], c+1) || toks[c+1].low == "that") {
				sp := doc.Span{Start: toks[s].s, End: toks[c-1].e}
				return found{subj: sp, name: text[sp.Start:sp.End], cue: doc.Span{Start: toks[c].s, End: toks[c].e}, ok: true, whole: true}, doc.Span{Start: toks[c+1].s, End: toks[e-1].e}, true
			}
			if !n106BareNoun(text, &toks[c], false) {
				break
			}
		}
	}
	// A second verb: "<phrase> <verb> …, says <clause>".
	for j := 2; j+3 < e; j++ {
		if toks[j].str(text) != "," || !n106HeadlineCue(text, &toks[j+1], false) || !wordsAtLeast(toks[j+2:e], 3) || !bareClause(text, toks[:e], j+2) && !n103NounThenPast(text, toks[:e], j+2) && toks[j+2].low != "that" {
			continue
		}
		for v := 1; v <= 3 && v < j; v++ {
			if !n106BareNoun(text, &toks[v-1], false) {
				break
			}
			if t := &toks[v]; t.word && !capital(t.str(text)) && strings.HasSuffix(t.low, "s") && !t.is(isFunction|isAuxiliary) && len(reportingSenses(t.low)) == 0 {
				sp := doc.Span{Start: toks[0].s, End: toks[v-1].e}
				return found{subj: sp, name: text[sp.Start:sp.End], cue: doc.Span{Start: toks[j+1].s, End: toks[j+1].e}, ok: true, whole: true}, doc.Span{Start: toks[j+2].s, End: toks[e-1].e}, true
			}
		}
		break
	}
	return found{}, doc.Span{}, false
}

// n106NounObject reports whether toks[k], a verb of speech in a
// relative clause between commas, has a noun phrase for its object and
// no clause of its own up to the clause's closing comma: "The National
// Cricket Board, which announced his death on Tuesday, said", "Kolvenia,
// which claims the same stretch of sea, said". Such a clause describes
// the source, as "who wrote the amendment" does (writtenWork): the
// mention keeps it (reportsClause, relativeSubject), and the clause is
// no attribution of its own (attributionsInto), as the team's news sets
// annotate it. A naming verb's object and predicate are words said:
// "who called the plan reckless".
func n106NounObject(text string, toks []tok, k int) bool {
	if k < 2 || k+2 >= len(toks) || toks[k-1].low != "which" && toks[k-1].low != "who" || toks[k-2].str(text) != "," || toks[k].is(isNaming) {
		return false // a naming verb's object and its predicate are words said: "who called the plan reckless"
	}
	if o := &toks[k+1]; !o.word || o.low == "that" || !(o.is(isDet) || possessivePronouns[o.low] || numberTok(o) || n110GerundObject(text, toks, k+1)) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+12; j++ {
		t := &toks[j]
		if !t.word {
			return t.str(text) == ","
		}
		if t.low == "that" || t.is(isWhWord) || t.is(isAuxiliary|isFinite|isSubjectPronoun) || t.is(isCue) && !nounAfterDet(text, toks, j) && !strings.HasSuffix(t.low, "s") {
			return false
		}
	}
	return false
}

// n106ThatThenWhen reports whether "that" at toks[j], after a verb of
// saying, points back at words said before, with a clause of time after
// it and nothing more: "“I came here to study Greek.” ¶ Lucas Demetriou
// said that as he rolled up a sleeping bag outside Pembry Hall." A
// "that" that opens the content would need a main clause after the one
// of "as" or "when", which a comma sets off; here no comma follows, a
// pronoun or a name opens the clause of time, and its verb is the only
// one.
func n106ThatThenWhen(text string, toks []tok, j int) bool {
	if j+3 >= len(toks) {
		return false
	}
	switch toks[j+1].low {
	case "as", "while", "when":
	default:
		return false
	}
	if s := &toks[j+2]; !s.word || !s.is(isSubjectPronoun) && !capital(s.str(text)) {
		return false
	}
	verbs := 0
	for i := j + 3; i < len(toks); i++ {
		t := &toks[i]
		if !t.word && t.str(text) != "." && t.str(text) != "’s" && t.str(text) != "'s" {
			return false // a comma, a mark: the clause of time may end before a main clause
		}
		if t.word && !capital(t.str(text)) && (t.is(isFinite) || pastInEd(t.low) || n2IrregularPasts[t.low]) {
			verbs++
		}
	}
	return verbs == 1 // a second verb is the main clause's: "said that as he left the room the lights went out"
}

// n106ButAfterSpeech reports whether the main clause's verb, the first
// after its subject main, is a verb of speech or a refusal to speak
// ("declined", "refused"): a verb of evidence after "but" then shares
// that subject, a speaker ("A spokeswoman declined to say what it
// would cost but suggested the price would rise"), where after a thing
// it reports nothing ("The fear remained but found other outlets").
func n106ButAfterSpeech(text string, toks []tok, main found, k int) bool {
	if !main.ok || main.pronoun == "it" {
		return false
	}
	for i := 0; i < k && i < len(toks); i++ {
		if toks[i].s < main.subj.End {
			continue
		}
		t := &toks[i]
		if !t.word || t.is(isAuxiliary) || t.adverbish() {
			continue
		}
		return t.low == "declined" || t.low == "refused" || r2SpeechClass(reportingSenses(t.low))
	}
	return false
}

// n106Broadcaster reports whether the word before offset at (right
// before "television" or "TV") makes a broadcaster of it, not a set:
// "state television", "national TV", "Iranian television". The device
// list (nonreport.txt) reads "the television reports" as a set's
// capability, which news seldom means after such a word.
func n106Broadcaster(text string, at int) bool {
	w, _ := f3LastWord(text, max(0, at-40), at)
	switch strings.ToLower(w) {
	case "state", "national", "public", "local", "regional", "official", "government", "state-run", "state-owned", "government-run", "pro-government", "opposition", "independent", "private", "commercial", "cable":
		return true
	case "", "the", "a", "an", "his", "her", "their", "my", "your", "our", "its", "new", "old":
		return false
	}
	return capital(w) // "Iranian television", "Kestel TV"
}

// n106BroadcasterAt returns the index after a broadcaster named by its
// standing with no article, as wire copy names one: "state television",
// "state media", "national radio", "state news agency". The subject
// readers ask a lower-case singular noun for its article, which these
// go without after an opening phrase ("On Monday, state television
// reported …"); at a sentence's start the capital let them through. It
// returns k for any other words.
func n106BroadcasterAt(toks []tok, k, lim int) int {
	if k+1 >= lim || !toks[k+1].word {
		return k
	}
	switch toks[k].low {
	case "state", "national", "public", "regional", "official", "government", "state-run", "state-owned", "government-run", "pro-government":
	default:
		return k
	}
	switch toks[k+1].low {
	case "television", "tv", "radio", "media", "broadcaster":
		return k + 2
	case "news":
		if k+2 < lim && toks[k+2].low == "agency" {
			return k + 3
		}
	}
	return k
}
