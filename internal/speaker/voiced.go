package speaker

import (
	_ "embed"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
)

//go:embed voicing.txt
var voicingData []byte

// voicing maps a verb form of voicing.txt to the particle that must
// follow it ("" when none does): verbs of a verbal act that reports no
// clause, whose subject's words the marks in its clause carry.
//
// asVerbs are its verbs of characterising (marked "…as"): they voice
// the marks only with "as" between them and the marks; the value is the
// particle that must follow the verb ("singled out …as").
var voicing, asVerbs = func() (map[string][]string, map[string]string) {
	m, as := map[string][]string{}, map[string]string{}
	for w := range wordSet(voicingData, true) {
		verb, particle, _ := strings.Cut(w, " ")
		if p, ok := strings.CutSuffix(particle, "…as"); ok {
			as[verb] = strings.TrimSpace(p)
			continue
		}
		m[verb] = append(m[verb], particle)
	}
	return m, as
}()

// voiceVerb reports whether w is a verb form of voicing.txt.
func voiceVerb(w string) bool {
	_, as := asVerbs[w]
	return as || voicing[w] != nil
}

// objectControl verbs give their object the infinitive after it: "Ann
// asked Ed to call the plan “…”" has Ed call it, so the chain does not
// pass to it from the subject. (A naming verb among them, "urged",
// voices the marks itself and is read before the chain.) The list is
// control.txt.
var objectControl = wordSet(controlData, true)

//go:embed control.txt
var controlData []byte

// voiceBreaks start a clause with a subject of its own, or an adverbial
// one, inside the stretch from a verb to the marks: past one, the
// subject of the main verb is no longer the one who voices the words
// ("Ed said that …", "Ann left after the crowd began chanting").
var voiceBreaks = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true, "because": true, "when": true, "while": true, "if": true, "but": true, "although": true, "though": true, "where": true, "since": true, "until": true, "unless": true, "before": true, "after": true, "whether": true, "so": true, "or": true}

// voicedAt reports whether toks[v] is a naming verb (naming.txt), a
// voicing verb (voicing.txt) with the particle it needs, or a verb of
// writing or voicing the words themselves (the quote stage's
// verbatim.txt) right before the marks that end toks.
func voicedAt(toks []tok, v int) bool {
	if v >= len(toks) || !toks[v].word {
		return false
	}
	if toks[v].is(isNaming) {
		return true
	}
	if v == len(toks)-1 {
		prev := ""
		if v > 0 && toks[v-1].word {
			prev = toks[v-1].low
		}
		if quote.VerbatimAfter(prev, toks[v].low) {
			return true // "a nurse had typed “…”": a verb of writing right before the marks
		}
	}
	for _, p := range voicing[toks[v].low] {
		if p == "" || v+1 < len(toks) && toks[v+1].word && toks[v+1].low == p {
			return true
		}
	}
	return ingOfNaming(toks[v].low)
}

// ingOfNaming reports whether w is the -ing form of a naming verb or a
// voicing verb with no particle whose list gives other forms only
// ("mocking" of "mock", "deriding" of "deride", "slamming" of "slam"),
// but for verbs of saying (cues.txt).
func ingOfNaming(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return false
	}
	known := func(b string) bool {
		if cues[b] {
			return false // "telling a group that …" reports a clause, which the indirect reader reads
		}
		if naming[b] {
			return true
		}
		for _, p := range voicing[b] {
			if p == "" {
				return true
			}
		}
		return false
	}
	if known(stem) || known(stem+"e") {
		return true
	}
	n := len(stem)
	return n >= 3 && stem[n-1] == stem[n-2] && known(stem[:n-1])
}

// voicedVerb reads the clause from toks[e], the first word after a
// subject and its auxiliaries and adverbs, up to the quotation that ends
// toks, for the verb by which the subject voices the words in marks. It
// returns that verb's index, or -1. The verb is
//   - toks[e] itself, a naming or voicing verb ("Ed Moss hammered the
//     mayor as a “…”", "Ann has gone after him as a “…”");
//   - one that toks[e] leads to by "to" or "and", or an -ing verb after
//     a verb of beginning or going on, with no clause of another
//     subject between (no auxiliary, no opening word of a clause, and
//     toks[e] no cue that reports one, "she thought the man was rude
//     to call …"; "went" and "began" report none, notIndirect), and
//     not by "to" past the object of a verb of object control: "Ann
//     took to the radio to accuse the board of being “…”", "Ed went
//     on the radio and blasted …", "the crowd began chanting “…”";
//   - toks[e], a verb of characterising (voicing.txt, "…as"), when an
//     object of a few words and "as" (with a determiner) come between
//     it and the marks: "Ann has cast the plan as a “…”". The subject
//     characterises the object in words of its own.
//
// A form of "be" before toks[e] (a passive, "Ed was described as a
// “…”", or a copula) voices nothing of the subject's; a progressive
// ("has been hammering") does.
func voicedVerb(text string, toks []tok, e int) int {
	if e >= len(toks) || !toks[e].word {
		return -1
	}
	if toks[e].low == "been" || toks[e].low == "being" {
		m := e + 1
		for m < len(toks) && m < e+3 && toks[m].word && (toks[m].is(isAdverb) || strings.HasSuffix(toks[m].low, "ly")) {
			m++
		}
		if m < len(toks) && toks[m].word && strings.HasSuffix(toks[m].low, "ing") {
			e = m // a progressive: "has been (steadily) hammering"
		}
	}
	if toks[e].is(isFunction|isDet) || capital(toks[e].str(text)) {
		return -1
	}
	if e > 0 && toks[e-1].word && toks[e-1].is(isBeForm) && !strings.HasSuffix(toks[e].low, "ing") {
		return -1
	}
	if voicedAt(toks, e) {
		return e
	}
	if toks[e].is(isAuxiliary|isBeForm) || !verbLike(toks, e) && !toks[e].is2(isAsVerb) {
		return -1 // "Ed's campaign blasted the ad as a “…”": "campaign" is no verb
	}
	if quote.IsAspect(toks[e].low) && e+1 < len(toks) && strings.HasSuffix(toks[e+1].low, "ing") && voicedAt(toks, e+1) {
		return e + 1
	}
	// A cue that reports a clause ("thought", "said") starts a clause of
	// another subject after it: no chain from it.
	reportsClause := toks[e].is(isCue) && !toks[e].is(isNotIndirect)
	for j := e + 1; !reportsClause && j < len(toks) && j <= e+10; j++ {
		t := &toks[j]
		if !t.word || t.is2(isVoiceBreak) || t.is(isAuxiliary) {
			break // a clause of its own: "thought the man was rude to call …"
		}
		if t.low != "to" && t.low != "and" || t.low == "to" && objectControl[toks[e].low] && j > e+1 {
			continue // "Ann asked Ed to call it “…”": Ed would call it
		}
		m := j + 1
		for m < len(toks) && toks[m].word && toks[m].is(isAdverb) && !toks[m].is(isAuxiliary) {
			m++
		}
		if voicedAt(toks, m) {
			return m
		}
	}
	// The "as" frame: a verb of characterising, its object and "as".
	a := len(toks) - 1
	if a > e && toks[a].word && (toks[a].low == "a" || toks[a].low == "an" || toks[a].low == "the") {
		a--
	}
	p, ok := asVerbs[toks[e].low]
	x := e + 1
	if ok && p != "" {
		if x >= len(toks) || toks[x].low != p {
			return -1
		}
		x++
	}
	if !ok || a-x < 1 || a-x > 6 || toks[a].low != "as" || toks[x].is(isPostPreposition) {
		return -1
	}
	for j := x; j < a; j++ {
		if !toks[j].word || toks[j].is2(isVoiceBreak) || toks[j].low == "as" {
			return -1
		}
	}
	return e
}

// givers are the naming verbs that give a name: what follows them in
// marks in capitals is that name, the subject's, not a work's title:
// "Ed Moss called the winner “Miss Perfect”".
var givers = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "dub": true, "dubs": true, "dubbed": true, "dubbing": true,
	"nickname": true, "nicknames": true, "nicknamed": true, "label": true, "labels": true, "labeled": true, "labelled": true, "brand": true, "brands": true, "branded": true, "term": true, "terms": true, "termed": true}

// namesTitle reports whether title quotation qi is a name the clause's
// subject gives with a verb of naming ("Ed Moss called the winner “Miss
// Perfect”", "she dubbed him “The Closer”"), not the title of a work: an
// object between the verb and the marks, and no determiner and no noun
// for a work right before them ("called “Hamlet” his best play", "called
// the “War on Drugs” a failure", "called the film “Ten Days” a triumph").
func (a *attributor) namesTitle(qi int) bool {
	q := &a.d.Quotes[qi]
	lo, hi := max(a.windowStart(qi), 0), min(q.Start, len(a.text))
	if lo >= hi || !mayGive(a.ix.lower[lo:hi]) {
		return false // no toks (scratch gives none), or no giver's stem
	}
	toks := a.ix.scratch(3, lo, hi)
	n := len(toks)
	if n == 0 || !toks[n-1].word || toks[n-1].is(isDet) || quote.IsWork(toks[n-1].low) || strings.HasSuffix(toks[n-1].low, "’s") || strings.HasSuffix(toks[n-1].low, "'s") {
		return false
	}
	f := subjectNaming(a.text, toks)
	return f.ok && givers[strings.ToLower(a.text[f.cue.Start:f.cue.End])] && f.cue.End < toks[n-1].e
}

// coordinatedName widens a named subject f that ends at toks[e] to a
// second name joined to it by "and", both the subject of the verb after
// them: "Ed Moss and Ann Reed hammered the mayor as a “fraud”" is the
// pair's. A possessive second name ("Ed Moss and Ann Reed’s campaign")
// makes the pair no subject, and f is left alone.
func coordinatedName(text string, toks []tok, f found, e int) (found, int) {
	if f.name == "" || f.pronoun != "" || e+1 >= len(toks) || !toks[e].word || toks[e].low != "and" {
		return f, e
	}
	n, ok := nameAt(text, toks, e+1)
	if !ok || n.from != e+1 || n.to <= e+1 || !capital(n.text) || n.to > len(toks) || strings.HasSuffix(toks[n.to-1].low, "’s") || strings.HasSuffix(toks[n.to-1].low, "'s") {
		return f, e
	}
	f.subj.End = n.end
	f.name = text[f.subj.Start:f.subj.End]
	return f, n.to
}

// pastAside returns where the clause goes on after a subject that ends
// at toks[e], past what the writer puts aside between the subject and
// its verb: a parenthesis (a party label, "(D-Utah)"), and in commas a
// short phrase in lower case ("Sen. Ed Moss (D-Utah), in particular,
// has been hammering …"), a description with a determiner ("Mayor Ann
// Reed, a Democrat, dismissed …") or a relative clause ("The union,
// which represents the drivers, denounced …"). A name in the commas is
// an appositive the caller reads itself. appos is the end of a
// description in commas, which belongs to the mention as an appositive
// does, or -1.
func pastAside(text string, toks []tok, e int) (next, appos int) {
	appos = -1
	if e < len(toks) && toks[e].str(text) == "(" {
		for x := e + 1; x < len(toks) && x < e+8; x++ {
			if toks[x].str(text) == ")" {
				e = x + 1
				break
			}
		}
	}
	if e+1 >= len(toks) || toks[e].str(text) != "," || !toks[e+1].word {
		return e, appos
	}
	first := toks[e+1].low
	lim, lower := e+5, true
	switch {
	case first == "who" || first == "which" || first == "whose":
		lim, lower = e+12, false
	case toks[e+1].is(isDet) || first == "its" || first == "their" || first == "his" || first == "her":
		lim, lower = e+8, false
	case toks[e+1].is(isPerson) && !capital(toks[e+1].str(text)):
		// A role with its body, no article: "Ann Lee, chairman of the
		// Forecourt Retailers’ Council, accused …".
		lim, lower = e+10, false
	case e > 0 && toks[e-1].word && !capital(toks[e-1].str(text)) && (pastInEd(first) || toks[e+1].is2(isRelParticiple)):
		// A participle's phrase after a description, which may hold
		// a date or a court's name: "The lawsuit, filed Monday in
		// Corriemoor County Superior Court, accuses …".
		lim, lower = e+14, false
	}
	x := e + 1
	for x < len(toks) && x < lim && (toks[x].word && (!lower || !capital(toks[x].str(text)) && !toks[x].is2(isVoiceBreak)) || numberComma(text, toks, x) || n101AttachedEnd(text, toks, x) || !lower && (currencyAmount(text, toks, x) || toks[x].str(text) == "%" || n101OwnersBody(text, toks, x))) {
		x++ // an amount in a clause: "which spent more than $600,000 backing …"
	}
	if x == e+1 || x >= len(toks) || toks[x].str(text) != "," {
		return e, appos
	}
	if !lower && first != "who" && first != "which" && first != "whose" {
		appos = x
	}
	return x + 1, appos
}

// numberComma reports whether toks[x] is a comma inside a number,
// between digits with no space: "4,000".
func numberComma(text string, toks []tok, x int) bool {
	return x > 0 && x+1 < len(toks) && toks[x].str(text) == "," && toks[x-1].e == toks[x].s && toks[x].e == toks[x+1].s &&
		text[toks[x-1].e-1] >= '0' && text[toks[x-1].e-1] <= '9' && text[toks[x+1].s] >= '0' && text[toks[x+1].s] <= '9'
}

// bareVerbForms are verb forms of common verbs that verbLike's endings
// (-ed, -s, -ing) miss: irregular pasts and participles ("took",
// "gone"), and a few base forms that follow a plural subject ("see",
// "paint", "come"). They lead to a verb of voicing ("took to the radio
// to accuse", "went on to call") or take an object and "as".
var bareVerbForms = map[string]bool{"took": true, "taken": true, "went": true, "gone": true, "began": true, "begun": true, "kept": true, "left": true, "made": true, "gave": true, "given": true, "put": true, "set": true, "held": true, "stood": true, "came": true, "come": true, "ran": true, "sent": true, "got": true, "gotten": true, "cast": true, "saw": true, "seen": true, "see": true, "hit": true, "spent": true, "paid": true, "brought": true, "led": true, "thought": true, "spoke": true, "spoken": true, "sought": true, "fought": true, "won": true, "lost": true, "drew": true, "drawn": true, "threw": true, "thrown": true, "struck": true, "paint": true, "rose": true, "risen": true}

// modals and "to" before a verb's base form show it is one.
var modals = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true, "must": true, "did": true, "does": true, "do": true, "to": true, "didn’t": true, "didn't": true}

// verbLike reports whether toks[e], the word after a subject, has the
// form of a finite verb: a past or present ending (-ed, -s, -ing), an
// irregular past, or a base form after a modal ("will take"). A noun
// after a possessive ("Ed's campaign") has none of these, but for a
// plural, which a possessive's noun does not take before a verb here.
func verbLike(toks []tok, e int) bool {
	w := toks[e].low
	switch {
	case toks[e].is2(isBareVerbForm):
		return true
	case e > 0 && toks[e-1].word && modals[toks[e-1].low]:
		return true
	case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"):
		return true
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s"):
		return true
	}
	return false
}

// contractedPronoun reports whether a name read as a subject is a
// pronoun with "is" or "has" contracted onto it ("It’s denouncing …"):
// no name, and its mention would not be the pronoun's.
func contractedPronoun(name string) bool {
	// Every suffix below ends in "s" or "e", in either case, and the
	// longest pronoun with one is 13 bytes ("they" with "ſ" for "s",
	// which EqualFold matches, and "’re"): most names, asked of every
	// subject subjectNaming reads, are passed over at these two tests.
	if n := len(name); n == 0 || n > 13 || name[n-1]|0x20 != 's' && name[n-1]|0x20 != 'e' {
		return false
	}
	for _, suf := range [...]string{"’s", "'s", "’re", "'re", "’S", "'S", "’RE", "'RE"} {
		if stem, ok := strings.CutSuffix(name, suf); ok {
			for _, p := range [...]string{"it", "he", "she", "they", "we", "you", "i"} {
				if strings.EqualFold(stem, p) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// maxHeadline bounds the bytes of a sentence that headlineVoiced reads.
const maxHeadline = 300

// headlineVoiced reads the headline in title case that holds quotation
// qi for a subject and a capitalised naming, voicing or saying verb
// before the marks: "Mayor Slams ‘Reckless’ Pier Plan", "Ann Reed Calls
// Levy ‘A Tax on Work’", "Obama Sees ‘Personal Insult’ in …". In title
// case every word is capitalised, so the quote stage takes the marks
// for a title; the verb tells a voiced phrase from a work's title, which
// has none before it ("Ava Ruiz’s ‘Ten Days’ Opens Friday"). The
// subject is the capitalised words that open the headline, one to five,
// as titleCue reads them; the verb is no more than four words before
// the marks.
func (a *attributor) headlineVoiced(qi int) found {
	q := &a.d.Quotes[qi]
	lo, hi := a.sentenceStart(q.Start), a.sentenceEnd(q.Start)
	if hi-lo > maxHeadline {
		return found{} // no headline's length
	}
	// The index's answer before windowStart's, which costs more and
	// turns away fewer: both only read.
	if tc, ok := a.ix.headlineIn(lo, hi); ok && !tc {
		return found{} // titleCase, and the capital after the first token, read from the index: no toks made
	}
	if lo < a.windowStart(qi) {
		return found{} // another quotation before it in the sentence: each sentence is read once
	}
	toks := a.ix.scratch(3, lo, hi)
	if !titleCase(a.text, toks) {
		return found{}
	}
	n := 0
	for n < len(toks) && toks[n].e <= q.Start {
		n++
	}
	if n < 2 || toks[0].is(isFunction) && !toks[0].is(isDet) {
		return found{}
	}
	for c := 1; c < n && c <= 5; c++ {
		t := &toks[c]
		if !t.word || !capital(t.str(a.text)) {
			return found{}
		}
		if n-c > 5 || !(t.is(isNaming) || t.is(isCue) || t.is2(isVoiceVerb)) {
			continue
		}
		if t.is2(isAsVerb) && !t.is(isNaming) && !t.is(isCue) && toks[n-1].low != "as" {
			return found{} // "Mayor Sees ‘Ten Days’ at Cinema": characterising needs "as"
		}
		if c == n-1 && !t.is2(isGiver) && workAfterVerb(a.text, toks, n, q) {
			return found{} // "Critics Slam ‘Ten Days’ as Boring"
		}
		s := doc.Span{Start: toks[0].s, End: toks[c-1].e}
		return found{subj: s, name: a.text[s.Start:s.End], ok: true, whole: true, cue: doc.Span{Start: t.s, End: t.e}}
	}
	return found{}
}

//go:embed titlenouns.txt
var titleNounData []byte

// titleNouns follow a work's title in a headline (titlenouns.txt).
var titleNouns = wordSet(titleNounData, true)

// workAfterVerb reports whether quotation q of a headline in title case,
// right after a verb of voicing that gives no name (toks[n-1], toks
// reading on past q), holds a work's title, the verb's object, not the
// subject's words: a noun for a work or its part follows the marks
// ("Reviewers Praise ‘Iron Road’ Sequel"), or the marks hold a name of
// two or more words that is the whole object, with no noun after them
// that they modify ("Critics Slam ‘Ten Days’ as Boring"; but "Slams
// ‘Reckless’ Pier Plan", an epithet of one word before its noun).
func workAfterVerb(text string, toks []tok, n int, q *doc.Quote) bool {
	k := n
	for k < len(toks) && toks[k].s < q.End {
		k++
	}
	if k < len(toks) && toks[k].word && (titleNouns[toks[k].low] || quote.IsWork(toks[k].low)) {
		return true
	}
	if len(q.Content) == 0 || len(strings.Fields(text[q.Content[0].Start:q.Content[len(q.Content)-1].End])) < 2 {
		return false
	}
	modifies := k < len(toks) && toks[k].word && capital(toks[k].str(text)) && !toks[k].is(isFunction)
	return !modifies
}
