package speaker

import (
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A mention is a name found in the text, for resolving pronouns.
type mention struct {
	doc.Span
	text    string
	gender  byte
	inQuote bool // inside the words of a top-level quotation
	thing   bool // after "the" or "a": a boat, a paper, a band ("tied up the Marigold"), not whom "he" or "she" means
	object  bool // after a preposition: "spoke to Ann", "looked at Ed", seldom whom a subject pronoun means
	person  bool // a description of a person ("Her drummer"), not a name: surely a person, of either sex unless its noun tells
}

type attributor struct {
	d        *doc.Document
	text     string
	ix       *tokIndex // the text's tokens
	mentions []mention
	words    []doc.Span // see spoken
	// chained is set while resolveAtExcept resolves the pronoun that
	// n71ChainedPronoun found for another: the chain is one step.
	chained bool
	// dateline is the colon dateline that opens the story, or the zero
	// span (colonDateline, n107_readings.go).
	dateline doc.Span
	// translates is false when the text never says "translat…": then
	// no quotation needs reading for a translator.
	translates bool
	around     []mentionWords // see mentionWords (describe.go)
	// folds says whether the text holds a character beyond ASCII whose
	// lower case is ASCII (p2Folds): 0 not asked yet, 1 none, 2 some.
	folds int8
	// p2Heads is resolveDescription's index of each head word it was
	// asked (p2Head, p2_describe.go).
	p2Heads map[string]*p2Head
	// named is the quotation that Attribute made mixed from a scare
	// quote or title because the clause's subject names or voices it
	// (namedBySubject, namesTitle), or -1: its speaker is that subject.
	named int
	// headline is the subject and verb that voice quotation named in
	// a headline in title case (headlineVoiced), when that is how it
	// was made mixed.
	headline found
	// paraAt and sentAt are where paragraph and sentenceStart or
	// sentenceEnd found their last answer (dircursor.go): each is
	// asked several times a quotation, in text order.
	paraAt, sentAt cursor
	// ends holds the ends of the paragraphs and sentences those
	// cursors search (u2_ends.go).
	ends docEnds
	// vocAt is where vocative (and f13Calls, f13_narrator.go) found
	// the first mention in its last quotation.
	vocAt cursor
	// chainBuf is where attribute makes a quotation's chain before it
	// copies it out.
	chainBuf []string
	// chains is the rest of the array that keepChain copies the
	// quotations' chains into (quote.go).
	chains []string
	// spans is the same for the contents of the indirect quotations
	// that attributions reads (keepSpans).
	spans []doc.Span
	// f4sex is the sex the narration's pronouns give names of unknown
	// sex (f4SexOf, f4_sex.go).
	f4sex f4Sexes
	// f8conv is the last conversation of two whose turns f5Give gave
	// (f8Resume, f8_resume.go).
	f8conv f8Conversation
}

func newAttributor(d *doc.Document) *attributor {
	a := &attributor{d: d, text: d.Text, ix: newTokIndex(d.Text, d.LowerText), named: -1}
	a.dateline = colonDateline(d)
	a.translates = saysTranslat(d.Text)
	a.findNames()
	return a
}

// saysTranslat reports whether text holds "ranslat" ("translation",
// "Translated by"). strings.Contains is slow here: its first byte, 'r',
// is so common in prose that it gives up on IndexByte and compares at
// every offset (about 4 instructions a byte); a search from one 'l', the
// needle's rarest byte, to the next cost some 80 instructions an 'l',
// one in 37 bytes of prose (22 M instructions on the 10 MB bench text,
// which holds none). This is Horspool's search keyed by the two bytes at
// the end of the window (translatShift): nearly every pair of bytes of
// prose is no pair of the needle, and the window moves on by the
// needle's length: seven bytes a step of ten instructions, 17 M on the
// bench text. (The table is an array, not a pointer to one: a load and
// a nil check fewer a step.)
func saysTranslat(text string) bool {
	const needle = "ranslat"
	for i := len(needle) - 1; i < len(text); {
		b := uint16(text[i-1]) | uint16(text[i])<<8 // one load
		if b == 'a'|'t'<<8 && text[i+1-len(needle):i+1] == needle {
			return true
		}
		i += int(translatShift[b])
	}
	return false
}

// translatShift[b] is how far saysTranslat moves its window of seven
// bytes on when its last two bytes, read as a little-endian number, are
// b: to the next place where they could stand in "ranslat" (the pair
// ending at its byte j, j < 6, for a shift of 6-j), where the last
// could be its first byte, 'r' (6), or past them (7).
var translatShift = func() (t [1 << 16]uint8) {
	const needle = "ranslat"
	for b := range t {
		t[b] = uint8(len(needle))
		if b>>8 == int(needle[0]) {
			t[b] = uint8(len(needle) - 1)
		}
	}
	for j := 1; j < len(needle)-1; j++ { // later pairs overwrite earlier ones: the least shift
		t[int(needle[j-1])|int(needle[j])<<8] = uint8(len(needle) - 1 - j)
	}
	return t
}()

// A nameWindow holds the toks of a stretch of the index for findNames:
// toks[k] is the index's token base+k.
type nameWindow struct {
	base int
	toks []tok
}

// nameWindowSize is about how many tokens a nameWindow keeps before it
// lets go of those behind the stretch asked for. (A variable, so that
// TestNameWindow can make it a few tokens.)
var nameWindowSize = 4096

// nameWindowWhole makes every window the whole index, for
// TestNameWindow: the calls then read every token to the index's end,
// and must find what they find in the stretches need gives them.
var nameWindowWhole bool

// need makes the window hold the index's tokens lo to hi-1 (as far as
// the index has them) and returns its toks and base. A call of
// findNames is given the window whose end is the end of the stretch it
// may read, or the index's end: it reads the same tokens it would read
// in the whole index. The tokens the window holds already are not made
// again: a stretch that starts in the window or just after it is
// appended; one further on starts the window anew, and the tokens
// between are never made.
func (w *nameWindow) need(ix *tokIndex, lo, hi int) ([]tok, int) {
	if nameWindowWhole {
		lo, hi = 0, len(ix.all)
	}
	lo, hi = max(lo, 0), min(hi, len(ix.all))
	end := w.base + len(w.toks)
	if lo >= w.base && hi <= end {
		return w.toks[:hi-w.base], w.base
	}
	if lo < w.base || lo > end {
		w.base = lo
		w.toks = decode(w.toks[:0], ix.all[lo:hi], ix.text, ix.lower, ix.others)
		return w.toks, w.base
	}
	if len(w.toks) >= nameWindowSize && lo > w.base {
		// Let go of what lies before the stretch: findNames never
		// goes back.
		n := copy(w.toks, w.toks[lo-w.base:])
		w.toks, w.base = w.toks[:n], lo
		end = w.base + n
	}
	w.toks = decode(w.toks, ix.all[end:hi], ix.text, ix.lower, ix.others)
	return w.toks, w.base
}

// nameEnd returns an index of the index's tokens that nameAt, reading a
// name from the token g, does not read past: the first token after g
// that ends any name, a mark other than a full stop (an initial's,
// which nameAt reads on through) or a word in lower case that is no
// particle ("Ida de la Cruz"), or the index's end. nameAt stops at that
// token or before; the one token after it reads beyond the token it
// stops at is the word after a particle, which comes before that token.
func nameEnd(ix *tokIndex, g int) int {
	all, text := ix.all, ix.text
	e := g + 1
	for ; e < len(all); e++ {
		c := all[e]
		if c.word {
			if !capital(text[c.s:c.e]) && !c.is(isParticle) {
				break
			}
		} else if text[c.s:c.e] != "." {
			break
		}
	}
	return e
}

// boundaryAt is boundary at the index's token g, a mark: boundary
// reads the token before and after only at a full stop, "!", "?" or an
// ellipsis, and answers false for any other mark.
func (a *attributor) boundaryAt(w *nameWindow, g int) bool {
	c := a.ix.all[g]
	switch a.text[c.s:c.e] {
	case ".", "!", "?", "…":
		toks, base := w.need(a.ix, g-1, g+2)
		return boundary(a.text, toks, g-base)
	}
	return false
}

// A cand is a name findNames found, with what its second loop reads of
// it: less than a name, so that the list, one entry a name of the text,
// is grown with less copying.
type cand struct {
	start, end int
	text       string
	gender     byte
	nameFacts
}

// nameFacts is what findNames asks of the tokens around a name it
// found.
type nameFacts struct {
	initial bool // a single word that opens a sentence
	paren   bool // after "("
	thing   bool // after "the", "a" or "an"
	object  bool // after a preposition of isObjectPrep
	person  bool // opens with a describer ("Her drummer"), at its start
}

func candOf(text string, toks []tok, n name, initial bool) cand {
	c := cand{start: n.start, end: n.end, text: n.text, gender: n.gender}
	f := &c.nameFacts
	f.initial = initial
	// The word before the name: a sentence's capitalised first word
	// ("The", "In") may be read into the name's tokens, the name
	// starting after it.
	b := n.from
	for b < n.to && toks[b].s < n.start {
		b++
	}
	// A nobiliary particle before the name is the name's ("the family
	// of de Bourgh", "to van Dyke"): the word that tells the name's
	// place stands before the particles.
	pb := b
	for k := 0; k < 2 && pb > 1 && toks[pb-1].word && toks[pb-1].is(isParticle) && !capital(toks[pb-1].str(text)); k++ {
		pb--
	}
	if pb > 0 {
		p := &toks[pb-1]
		w := p.str(text)
		f.paren = w == "("
		// "The" too, at a sentence's start: "The Harbour Board
		// approved it. “…,” he said." is no man's; but a title or a
		// noun of a person's role after it ("The Rev. Ed Moss", "The
		// Captain") makes the name a person's.
		f.thing = p.word && (p.low == "the" || p.low == "a" || p.low == "an") && !(b > n.from && (n.gender != 0 || toks[b].is(isPerson|isTitle))) && !(b < n.to && (toks[b].is(isTitle) || b+1 < n.to && n116Reverend(toks[b].low)) && !familyPlural(n.text)) ||
			w == "&" // "an analyst at Pell & Rowe": a firm's name, no one "he" means
		// "in" puts a place, a body or a time in the object's place
		// ("In Ashton, he met the crew"), not a speaker.
		// So does "told": "Ed Moss told Harborline Press that …
		// “…,” he said" is Moss's, not the agency's he told.
		f.object = p.word && (p.is(isObjectPrep) || (p.low == "in" || placePreps[p.low]) && n.gender == 0 || tellForms[p.low])
		if p.word && n116Owner(p.low) && n.gender == 0 && n.to < len(toks) && toks[n.to].word && text[toks[n.to].s]-'a' < 26 && !toks[n.to].is(n116NotNoun) {
			f.thing = true // "her Pipi Street house" (n116_readings.go)
		}
	}
	f.person = toks[n.from].is(isDescriber) && n.start == toks[n.from].s
	return c
}

// familyPlural reports whether a name after "the" and a title names a
// family's members together, as "the Miss Steeles" and "the Misses
// Bertram" do: no one "he" or "she" means.
func familyPlural(name string) bool {
	return strings.HasPrefix(name, "Misses ") || strings.HasPrefix(name, "Miss ") && strings.HasSuffix(name, "s")
}

// lastBreak is strings.LastIndexAny(s, " \n"), without building the
// cutset's table for every name.
func lastBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' || s[i] == '\n' {
			return i
		}
	}
	return -1
}

// isASCIILetter is unicode.IsLetter for an ASCII byte.
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// resolve returns the name a pronoun at s refers to, or "".
func (a *attributor) resolve(pron string, s doc.Span, qi int) string {
	q := &a.d.Quotes[qi]
	switch pron {
	case "i", "we":
		if q.Parent >= 0 {
			return a.d.Quotes[q.Parent].Speaker.Name
		}
		if a.insideAny(s.Start) {
			return ""
		}
		return a.author()
	case "it":
		for j := qi - 1; j >= 0 && j >= qi-64; j-- {
			if a.d.Quotes[j].Kind == doc.QuoteTitle && a.d.Quotes[j].End <= s.Start {
				return a.d.Quotes[j].Words(a.text)
			}
		}
		return ""
	}
	if (pron == "he" || pron == "she") && n86GoesOn(a.text, s.End) {
		if r := a.n86Previous(qi, pron); r != "" {
			return r // "“…,” he wrote. ¶ “…,” he added.": n86_goes_on.go
		}
	}
	if pron == "he" || pron == "she" {
		// In a dialogue the speaker of the turn just before seldom
		// speaks again at once: "“…,” said Ann. ¶ “…,” she said." is
		// often another woman, when one is named nearby.
		if prev := a.prevTurn(qi); prev != "" {
			if r := a.resolveAtExcept(pron, s, ""); samePerson(r, prev) {
				if other := a.resolveAtExcept(pron, s, prev); other != "" && a.c4Exchange(other, pron, s.Start) {
					return other
				}
			}
		}
	}
	if r := a.resolveAt(pron, s); r != "" || q.Parent < 0 {
		return r
	}
	return a.n61SameSpeaker(pron, s, qi) // "‘…,’ he said. … ¶ ‘…,’ he told me." inside one speaker's words (n61_same.go)
}

// prevTurn returns the speaker of the top-level quotation before qi when
// both open their paragraphs and qi's paragraph follows that one: the
// last turn of a dialogue. A quotation after narration in its
// paragraph ("She promised more. “…,” she said.") is not a turn.
func (a *attributor) prevTurn(qi int) string {
	q := &a.d.Quotes[qi]
	p := a.paragraph(q.Start)
	if q.Parent >= 0 || p < 1 || !a.opensParagraph(q, p) {
		return ""
	}
	for j := qi - 1; j >= 0 && j >= qi-8; j-- {
		o := &a.d.Quotes[j]
		if o.Parent >= 0 {
			continue
		}
		if o.Speaker.Name == "" || a.paragraph(o.Start) != p-1 || !a.opensParagraph(o, p-1) {
			return ""
		}
		if a.f4NarrationAfter(o, p-1) {
			return "" // "“…,” he said. He added …": f4_turn.go
		}
		return o.Speaker.Name
	}
	return ""
}

// opensParagraph reports whether q starts paragraph p, white space aside.
func (a *attributor) opensParagraph(q *doc.Quote, p int) bool {
	return p2OnlySpace(a.text[a.d.Paragraphs[p].Start:q.Start])
}

// samePerson reports whether two names name one person as far as their
// last words tell: "Marsh" and "Edwina Marsh".
func samePerson(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	lx, ly := strings.Fields(x), strings.Fields(y)
	return strings.EqualFold(lx[len(lx)-1], ly[len(ly)-1])
}

// author is the article's author, the voice of "I" in its narration:
// the byline's name, or "the author" when the text has none.
func (a *attributor) author() string {
	if a.d.Meta.Author != "" {
		return a.d.Meta.Author
	}
	return "the author"
}

// unknownReach is how many more mentions "he" or "she" reads past a
// name of unknown sex for one known to fit.
const unknownReach = 6

// personReach bounds how far after a description of a person a "he"
// or "she" may mean it.
const personReach = 200

// whoReach bounds how far before "who" its antecedent may end: "Ann
// Ortiz, who runs the board, said".
const whoReach = 60

// resolveAt returns the name he, she, they or who at s refers to: the
// nearest fitting name before it (for "who", one ending just before
// it), or "".
func (a *attributor) resolveAt(pron string, s doc.Span) string {
	return a.resolveAtExcept(pron, s, "")
}

// resolveAtExcept is resolveAt passing over the name except.
func (a *attributor) resolveAtExcept(pron string, s doc.Span, except string) string {
	if pron == "who" {
		i := a.mentionEndAfter(s.Start)
		if f := cleftFocus(a.text, a.mentions[:i], s.Start); f != "" {
			return f
		}
		if i > 0 && s.Start-a.mentions[i-1].End <= whoReach && !strings.ContainsAny(a.text[a.mentions[i-1].End:s.Start], ".!?\n") {
			if h, ok := a.c4WhoHead(a.mentions[:i], s.Start); ok {
				return h // "an Israeli prime minister who": c4_fit.go
			}
			return a.mentions[i-1].text
		}
		return ""
	}
	if pron == "they" {
		if r := a.n30TheyWrapped(s.Start); r != "" {
			return r // "said\nthey": n30_subject.go
		}
		if r := a.n4TheySaid(s.Start); r != "" {
			return r // "Many officials said they …": n4_they.go
		}
	}
	outside := !a.insideAny(s.Start)
	if outside && (pron == "he" || pron == "she") && !a.chained {
		if at, ok := a.n71ChainedPronoun(pron, s.Start); ok {
			// "He suggested that Halyard …. “…,” he said": the "He"
			// before is whom this one means (n71_chain.go); one step.
			a.chained = true
			r := a.resolveAtExcept(pron, doc.Span{Start: at, End: at + len(pron)}, except)
			a.chained = false
			if r != "" {
				return r
			}
		}
	}
	from := 0 // inside a quotation, only names in its words
	if !outside {
		ws := a.spoken()
		k := a.spokenAfter(ws, s.Start)
		from = ws[k-1].Start
	}
	i := a.mentionEndAfter(s.Start)
	fallback, unknown, seen, described := "", "", 0, ""
	var reporter int8 = -1 // whether the pronoun tags a quotation (f14AtQuote), for n102Reporter: unasked (-1), no (0), yes (1)
	var unknownAt doc.Span
	unknownJ := 0
	for j := i - 1; j >= 0 && j >= i-32 && a.mentions[j].Start >= from; j-- {
		m := a.mentions[j]
		if unknown != "" {
			if seen++; seen > unknownReach {
				break
			}
		}
		if outside && m.inQuote {
			continue
		}
		if c4Unfit(pron, m.text) {
			continue // "We’re", "Egyptian Copts": c4_fit.go
		}
		if m.person && (j != i-1 && !a.n60ThingsBetween(j, i) || s.Start-m.End > personReach || a.paragraph(m.Start) != a.paragraph(s.Start)) {
			if described == "" && a.f9DescribedSpeaker(j, i, s.Start, pron, outside) {
				described = m.text // "The policeman sighed. ¶ “…,” he said": f9_subject.go
			}
			// A description is whom the pronoun means only right
			// after it: further back, a name is the likelier one.
			continue
		}
		if pron == "he" && m.gender == 'f' || pron == "she" && m.gender == 'm' || m.thing && pron != "they" {
			continue
		}
		if (pron == "he" || pron == "she") && m.gender == 0 && unfitHeShe(m.text) {
			continue // not a month nor a group: nonreport.go
		}
		if m.gender == 0 && !m.thing && !m.person {
			// Capitalised adjectives read as a name before their
			// plural: "Many Republican lawmakers" is whom "they"
			// means, and none whom "he" or "she" does.
			if g := a.groupPhrase(m); g != "" {
				if pron == "they" {
					return g
				}
				continue
			}
		}
		if except != "" && samePerson(m.text, except) {
			continue
		}
		if a.f14PassPossessor(j, pron, s.Start, outside, &fallback) {
			continue // "Mr. Bingley's invitation": f14_possessor.go
		}
		if r := a.n4Reporter(j, s.Start, pron, unknownAt, unknown, except, outside); r != "" && !m.object {
			return r // "Ann claims that Bo lied. He also …": n4_reporter.go
		}
		if reporter != 0 && outside && (pron == "he" || pron == "she") {
			if r := a.n102Reporter(j, s.Start, pron, &reporter); r != "" && (except == "" || !samePerson(r, except)) {
				return r // "Sarrow said she had met Sardova …. “…,” she said": n102_readings.go
			}
		}
		fits := false
		if (pron == "he" || pron == "she") && m.gender == 0 && !m.person {
			// A name the narration calls "he" or "she": f4_sex.go.
			if sex := a.f4SexOf(j); sex != 0 {
				if fits = sex == 'm' == (pron == "he"); !fits {
					continue
				}
				if unknown != "" && a.f4SubjectWaits(unknownAt.Start, unknownAt.End) {
					return unknown // "Lee said … ¶ “…,” he said": f4_sex.go
				}
			}
		}
		if unknown != "" && m.gender != 0 && a.f9SubjectWaits(unknownJ, i, s.Start, outside) {
			return unknown // "Marilla thought it foolish. ¶ “…,” she said": f9_subject.go
		}
		if m.object && !toldInSentence(a.text, m.Span, s.Start) {
			// "Ed turned to Ann. “…,” he said": the subject, not the
			// one spoken to, unless no one else fits.
			if fallback == "" {
				fallback = m.text
			}
			continue
		}
		if m.gender == 0 && (pron == "he" || pron == "she") && !m.person && !fits {
			// A name of unknown sex ("London", "Winterbourne"): a
			// name a few mentions back that is known to fit wins.
			if unknown == "" && (a.f2SpokeJustBefore(&m, s.Start) || outside && a.n83QuotedLast(&m, s.Start)) {
				return m.text // "“…,” said Ana Iyer. If …, he noted,": f2_pronoun.go; "Kinnaird said: ‘…’ ¶ ‘…’ ¶ …, he smiled": n83_last.go
			}
			if unknown == "" && outside && a.n67SaidJustBefore(&m, s.Start) {
				return m.text // "Its secretary, Owen Matthews, said … “…,” he said": n67_said.go
			}
			if unknown == "" && a.c4LeadName(&m, s.Start) {
				return m.text // "Fiona Parry issued a plea … ¶ “…,” she said.": c4_fit.go
			}
			if unknown == "" && j == i-1 && outside && a.n102SubjectBefore(&m, s.Start) {
				return m.text // "…, Yusef looked out at the water. “…,” he said.": n102_readings.go
			}
			if unknown == "" {
				unknown, seen, unknownAt, unknownJ = m.text, 0, m.Span, j
			}
			continue
		}
		if unknown == "" && (pron == "he" || pron == "she") {
			if sub := a.f4SubjectBefore(j, pron, except, from, outside); sub != "" {
				return sub // "Ann knelt before the astonished Mrs. Reed. ¶ “…,” she said": f4_subject.go
			}
		}
		if pron == "they" {
			if all := a.n56Coordinated(j); all != "" {
				return all // "Reed and Moss met. They said …": n56_they.go
			}
		}
		if m.person {
			if nm := a.resolveDescription(m.text, m.Start); nm != "" {
				return nm // "Mayor Ruth Pike told the crowd …. The mayor … “…,” she joked": the name the description stands for
			}
		}
		return m.text
	}
	if unknown != "" {
		return unknown
	}
	if fallback == "" {
		return described
	}
	return fallback
}

// placePreps, as "in", put a name of no known sex in an object's place:
// a place ("farms 400 acres near Marlow"), not whom the next "he" means.
var placePreps = map[string]bool{"near": true, "outside": true, "inside": true, "across": true, "around": true, "behind": true, "beside": true, "beyond": true, "through": true, "throughout": true, "via": true, "opposite": true}

// objectPreps put the name after them in an object's place.
var objectPreps = map[string]bool{"to": true, "at": true, "with": true, "upon": true, "on": true, "for": true, "from": true, "by": true, "towards": true, "toward": true, "into": true, "about": true, "of": true}

// spoken returns the content spans of the top-level quotations, sorted:
// the quoted words, not the narration that splits them.
func (a *attributor) spoken() []doc.Span {
	if a.words == nil {
		// By index: a quotation is some 200 bytes, and a range over
		// the values copied every one of them to read two fields.
		qs := a.d.Quotes
		n := 0
		for i := range qs {
			if qs[i].Parent < 0 {
				n += len(qs[i].Content)
			}
		}
		a.words = make([]doc.Span, 0, n)
		for i := range qs {
			if qs[i].Parent < 0 {
				a.words = append(a.words, qs[i].Content...)
			}
		}
		sort.Slice(a.words, func(i, j int) bool { return a.words[i].Start < a.words[j].Start })
	}
	return a.words
}

// insideAny reports whether offset i lies in the words of a top-level
// quotation.
func (a *attributor) insideAny(i int) bool {
	ws := a.spoken()
	k := a.spokenAfter(ws, i)
	return k > 0 && i < ws[k-1].End
}

// A found attribution, before pronouns are resolved.
type found struct {
	subj    doc.Span
	name    string // set for names; "" for pronouns to resolve
	pronoun string
	cue     doc.Span
	ok      bool
	whole   bool // the mention is complete: widen leaves it alone
	widened bool // widen's own answer, which it gives back as it is (mention.go)
}

// subjectAt reads a subject (name, pronoun, description) starting at
// toks[k] within toks[:lim].
func subjectAt(text string, toks []tok, k, lim int) (found, int) {
	if k >= lim || !toks[k].word {
		return found{}, k
	}
	w := toks[k].lower(text)
	if toks[k].is(isPronoun) && w != "it" || w == "who" && k > 0 {
		return found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, pronoun: w, ok: true}, k + 1
	}
	if (w == "one" || w == "another") && (k >= 1 && toks[k-1].is(isCue) && (k == 1 || !toks[k-2].word) && (k+1 >= len(toks) || !toks[k+1].word) ||
		k+1 == lim && n106LoneOne(text, toks, k)) {
		// One of a group named before, after an inverted cue that a
		// mark opens: "“…,” said one, a senior scientist in the
		// group."; not an object ("I'll write one--"); or alone before
		// its cue at a sentence's start ("Fans rallied round. One
		// wrote: …. Another said …").
		return found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, name: text[toks[k].s:toks[k].e], ok: true}, k + 1
	}
	if e := n106BroadcasterAt(toks, k, lim); e > k {
		sp := doc.Span{Start: toks[k].s, End: toks[e-1].e} // "On Monday, state television reported …" (n106_readings.go)
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true}, e
	}
	// The name at toks[k], read once for a possessive and a name.
	var n name
	named, nameOK := false, false
	if !mayPossessive(text, toks, k, lim) {
		// no possessive: possessiveSubject would turn it away
	} else if toks[k].is(isDet) && !toks[k].is(isPronoun) || !capital(toks[k].str(text)) {
		if f, e := possessiveSubject(text, toks, k, lim); f.ok {
			return f, e
		}
	} else {
		n, nameOK = nameAt(text, toks[:lim], k)
		named = true
		if f, e := namePossessiveSubject(text, toks, k, lim, n, nameOK); f.ok {
			return f, e
		}
		if f, e := b2OwnerName(text, toks, k, lim, n, nameOK); f.ok {
			return f, e // "NBC's Ann Reed" (b2_owner.go)
		}
	}
	if w == "each" || w == "every" { // g2_each.go: "Each candidate said …"
		return g2Each(text, toks, k, lim)
	}
	if mayName(text, toks[:lim], k) {
		if !named {
			n, nameOK = nameAt(text, toks[:lim], k)
		}
		if nameOK && n.from == k && n.to-k <= 2 && n.to < lim {
			// "Small groups of protesters", "Foreign policy
			// analysts": capitalised adjectives read as a name, the
			// plural noun after them the phrase's head.
			if e := groupPlural(text, toks[:lim], k, n.to, doc.Span{Start: len(text), End: len(text)}); e > n.to {
				sp := doc.Span{Start: toks[k].s, End: toks[e-1].e}
				return found{subj: sp, name: text[sp.Start:sp.End], ok: true}, e
			}
		}
		if nameOK && n.to > k && !strings.HasSuffix(n.text, "’s") && !(toks[k].is(isDet) && n.to < lim && toks[n.to].word && !capital(toks[n.to].str(text)) && (!toks[n.to].is(isCue) || capitalModified(text, toks, n.to)) && !toks[n.to].is(isAdverb)) {
			return found{subj: doc.Span{Start: n.start, End: n.end}, name: n1Premodified(text, toks, k, n), ok: true}, n.to
		}
	}
	// A plural noun right before a cue: "sources said", "Republican
	// officials say"; or a noun of a group without -s ("police said",
	// "staff say", groupNouns).
	for j := k; j < lim && j < k+2 && toks[j].word; j++ {
		pw := toks[j].lower(text)
		if toks[j].is(isFunction|isAdverb|isCue|isPhraseStop) && !(j == k && n38CueModifier(text, toks, k)) && !(j == k && (pw == "both" || pw == "all" || pw == "those" || pw == "these") && k+1 < lim) { // n38_cue.go: "state officials said"; "…, both teams said", "…, those people said"
			break
		}
		if j+1 < len(toks) && toks[j+1].word && (toks[j+1].is(isCue) || statedPast(toks, j+1) || n113PerfectCue(toks, j+1)) && (len(pw) > 3 && strings.HasSuffix(pw, "s") && !strings.HasSuffix(pw, "ss") && !strings.HasSuffix(pw, "’s") && !strings.HasSuffix(pw, "'s") || toks[j].is2(isGroupNoun)) && !capital(toks[j].str(text)) {
			sp := doc.Span{Start: toks[k].s, End: toks[j].e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true}, j + 1
		}
	}
	if toks[k].is(isDet) || itsRole(toks, k, lim) {
		// "the Rev. Ed Moss": a determiner before a name; the name is
		// the speaker.
		if !mayName(text, toks[:lim], k+1) {
			// no name: nameAt would turn it away
		} else if n, ok := nameAt(text, toks[:lim], k+1); ok && n.from == k+1 && n.to > k+1 && !strings.HasSuffix(text[n.start:n.end], "’s") && (n.to == lim || !toks[n.to].word || !capital(toks[n.to].str(text))) {
			if n.to == lim || toks[n.to].word && (toks[n.to].is(isCue) && !capitalModified(text, toks, n.to) || toks[n.to].is(isAdverb) || toks[n.to].is(isNaming)) || !toks[n.to].word {
				return found{subj: doc.Span{Start: n.start, End: n.end}, name: n.text, ok: true}, n.to
			}
		}
		// "the startled Ed Moss": one lower-case word, an adjective or a
		// participle, between the determiner and a name that the cue,
		// an adverb or a mark follows; the name is the speaker.
		if k+2 < lim && toks[k+1].word && !capital(toks[k+1].str(text)) && !toks[k+1].is(isFunction|isAdverb|isCue|isAuxiliary) && mayName(text, toks[:lim], k+2) {
			if n, ok := nameAt(text, toks[:lim], k+2); ok && n.from == k+2 && n.to > k+2 && !strings.HasSuffix(n.text, "’s") && !strings.HasSuffix(n.text, "'s") {
				if n.to == lim || !toks[n.to].word || toks[n.to].is(isCue|isAdverb) || mannerLy(text, &toks[n.to]) {
					return found{subj: doc.Span{Start: n.start, End: n.end}, name: n.text, ok: true}, n.to
				}
				e, end := n.to, n.end
				if e+1 < lim && toks[e].low == "of" {
					if m, ok := nameAt(text, toks[:lim], e+1); ok && m.from == e+1 {
						e, end = m.to, m.end // "High Court of Review"
					}
				}
				if e+1 < lim && toks[e].low == "on" && toks[e+1].is(isTimeWord) && (pastInEd(toks[k+1].low) || toks[k+1].is2(isRelParticiple)) {
					// "A divided High Court of Review on Thursday struck
					// down …": a participle between the article and the
					// name, a day after it; the mention is the phrase.
					return found{subj: doc.Span{Start: toks[k].s, End: end}, name: text[n.start:end], ok: true}, e
				}
			}
		}
		// A description: "a source", "the IMF report", "one Democratic
		// source", kept as written. A naming or voicing verb in -ed
		// ends it: "The agency rated 40% of …".
		j := k + 1
		lower := false
		for j < lim && j <= k+4 && toks[j].word && (!toks[j].is(isCue) || cueNoun(text, toks, j) || n42NameModifier(text, toks, j)) && !toks[j].is(isAuxiliary) && !(strings.HasSuffix(toks[j].low, "ed") && (toks[j].is(isNaming) || toks[j].is2(isVoiceVerb))) && !toks[j].is(isFunction) && !(toks[j].is(isAdverb) && !(j == k+1 && (toks[j].low == "first" || detAdjective[toks[j].low] && j+1 < lim && toks[j+1].word))) {
			c := capital(toks[j].str(text))
			if !c && strings.HasSuffix(toks[j].str(text), "ly") && j > k+1 && !toks[j].is2(isLyNoun) {
				break // an adverb after the description: "the Caterpillar sternly"; not "the Lee family"
			}
			if !c && j > k+1 && j+1 < lim && mannerLy(text, &toks[j+1]) {
				break // a word that grades the adverb after it: "the Hatter very gravely"
			}
			if c && lower && !capitalModifier(text, toks, j, lim) {
				break // a name after the description: "a radio interview Ed Moss"
			}
			if lw := toks[j].lower(text); j > k+1 && strings.HasSuffix(lw, "ed") && len(reporting[lw]) > 0 {
				break // its verb: "A spokesman repeated"
			}
			if j > k+1 && !c && toks[j].is2(isPastVerb|isBareVerbForm) && !(j+1 < lim && toks[j+1].word && !toks[j+1].is(isFunction|isAdverb|isDet|isPrep)) {
				break // an irregular past ending the clause or before its phrase: "The mayor spoke:", "The board met on Monday:"
			}
			if j > k+1 && !c && strings.HasSuffix(toks[j].low, "ed") && j+1 < len(toks) && toks[j+1].is(isDet) {
				break // a verb in the past before its object: "The board issued a statement:"
			}
			if j > k+1 && !c && !lower && j+1 < len(toks) && toks[j+1].is(isDet) && !toks[j].is(isCue) {
				break // an irregular verb after a capital head, before its object: "The Mayor took the floor"
			}
			lower = lower || !c
			j++
		}
		if j == k+2 && (toks[k].low == "a" || toks[k].low == "an") && j < len(toks) && toks[j].word && toks[j].is(isCue) && (strings.HasSuffix(toks[k+1].low, "ed") || strings.Contains(toks[k+1].low, "-")) && !strings.HasSuffix(toks[j].low, "s") && !strings.HasSuffix(toks[j].low, "d") {
			// "gave a startled laugh": the cue word is a noun after
			// "a" and its adjective, which name no one; a singular
			// subject would not take the verb's base form.
			return found{}, k
		}
		if j > k+1 {
			s := doc.Span{Start: toks[k].s, End: toks[j-1].e}
			return found{subj: s, name: text[s.Start:s.End], ok: true}, j
		}
	}
	return found{}, k
}

// detAdjective are adverbs that, right after a determiner and before
// a noun, are its adjective: "a later engineer", "an earlier witness",
// "the next speaker" ("first" is one before a noun or alone: "the
// first said").
var detAdjective = map[string]bool{"later": true, "earlier": true, "early": true, "late": true, "next": true, "last": true}

// subjectEnding finds a subject whose last token is toks[k], looking at
// most four tokens back.
func subjectEnding(text string, toks []tok, k int) found {
	if k >= 0 && !gatesOff && noSubjectEnds(text, &toks[k]) {
		return found{} // "… on the quay and said", "… , which said"
	}
	// No reading of subjectAt has a lower-case function word (not a
	// name's particle) after its first token: the starts before the
	// last such word in the window are not read ("the plaque by the
	// slipway" is read from the second "the" on). One among the last
	// four tokens bounds the starts whatever the window's reach, which
	// is then not measured. TestSubjectEndingGates checks the gates
	// against the ungated reading.
	from := -1
	if !gatesOff {
		for j := k; j > k-4 && j > 0; j-- {
			if innerStop(text, &toks[j]) {
				from = j
				break
			}
		}
	}
	back := 4
	if from < 0 {
		// An initial's or a suffix's full stop is a token of its own: each
		// one in the window lets it reach one token further, so that
		// "Joseph R. Biden Jr." is read from "Joseph" as "Joseph Biden Jr."
		// is, not from "R." (g3Stops, g3_names.go).
		back += g3Stops(text, toks, k)
		for j := k; j >= 0 && j >= k-2; j-- {
			if !toks[j].word && closeMark(toks[j].str(text)) && inNickname(text, toks, j) {
				back += 4 // a name that holds a nickname: Ann “Annie” Reed
				break
			}
		}
		from = max(0, k-back)
		if !gatesOff {
			for j := k - 4; j > from; j-- {
				if innerStop(text, &toks[j]) {
					from = j
					break
				}
			}
		}
	}
	for s := from; s <= k; s++ {
		if f := n41CueLead(text, toks, s, k); f.ok {
			return f // n41_subject.go: "But state health officials said", "Claim adjusters said"
		}
		// A subject that starts two tokens or more before toks[k] and
		// ends with it opens with a determiner or a capital (a name,
		// a possessive, a description): subjectAt's other readings,
		// a pronoun and a bare plural, end within two tokens of their
		// start. The other starts are not read (most words of a clause
		// before a cue). "its" before a role opens one as a determiner
		// does ("…, its chief executive said": itsRole).
		if s < k-1 && !(toks[s].word && (toks[s].is(isDet) || mayName(text, toks, s) || itsRole(toks, s, k+1))) {
			continue
		}
		if f, end := subjectAt(text, toks, s, k+1); f.ok && end == k+1 {
			if s == k-back {
				f = n1TitleBefore(text, toks, s, k, f) // "Vice President Joseph R. Biden Jr." (n1_names.go)
			}
			return f
		}
	}
	return found{}
}

// innerStop reports whether t is a lower-case function word that is no
// name's particle nor "of" ("and", "by", "the", "to"): no subject that
// subjectAt reads holds one after its first token. Each of its readings
// (a possessive, "each", a name, a bare plural, a determiner's name or
// description) stops at a function word; a name takes a lower-case
// word only for a particle ("Ludwig van Beethoven"), and a plural after
// capitals its "of" phrase ("Small groups of protesters", groupPlural).
func innerStop(text string, t *tok) bool {
	return t.word && text[t.s]-'a' < 26 && classOf(t.lex)&(isFunction|isParticle) == isFunction && t.low != "of"
}

// noSubjectEnds reports whether no subject that subjectAt reads ends
// with t, so that subjectEnding reads nothing: an inner stop that is no
// pronoun nor "who", "one" or "another", the only words a one-word
// subject of a function word is read from; or a mark other than a full
// stop (an initial's, a suffix's) or a nickname's closing mark, the
// only ones a name ends with ("Joseph R. Biden Jr.", Ann “Annie”). Some 2 in 10 of
// subjectEnding's calls end at such a token (after "and", "which",
// before an opening quotation mark), and each read from up to five starts.
func noSubjectEnds(text string, t *tok) bool {
	if t.word {
		return innerStop(text, t) && !t.is(isPronoun) && t.low != "who" && t.low != "one" && t.low != "another"
	}
	w := t.str(text)
	return w != "." && !closeMark(w)
}

// beforeLabel returns the token before a party label or other short
// parenthesis that ends at toks[e] ("Ed Moss (D-Ore.)": Moss's), or e
// when no "(" stands within 8 tokens before a ")" there.
func beforeLabel(text string, toks []tok, e int) int {
	if e >= 2 && toks[e].str(text) == ")" {
		for p := e - 1; p >= 1 && p >= e-8; p-- {
			if toks[p].str(text) == "(" {
				return p - 1
			}
		}
	}
	return e
}

// beforeCue finds the subject before a cue at toks[c]: next to it, past
// adverbs, or before an appositive ("Hugh Hill, a doctor, said").
func beforeCue(text string, toks []tok, c int) found {
	k := c - 1
	// Adverbs of the lists, and any adverb in -ly of manner ("Ed Moss
	// quietly said", "she incoherently enquired"; not a noun in -ly,
	// "the family said", nor a capital, "Italy said"; nor a word in -ly
	// after a determiner, a noun there: "the elderly said"); and a
	// preposition's idiom of manner or time ("officials at first
	// said", adverbialObjects).
	for skip := 0; k >= 0 && skip < 3 && toks[k].word && (toks[k].is(isAdverb) && !(toks[k].low == "first" && k > 0 && toks[k-1].is(isDet)) || placeAdverb(text, toks, k) || toks[k].is(isTimeWord) || mannerLy(text, &toks[k]) && !(k > 0 && toks[k-1].word && toks[k-1].is(isDet)) && !n111PaperLy(text, toks, k) || k > 0 && toks[k-1].lower(text) == "on" && toks[k].is(isTimeWord) || k > 0 && toks[k-1].is(isPostPreposition) && toks[k].is2(isAdverbialObject)); skip++ {
		if k > 0 && toks[k-1].lower(text) == "on" && toks[k].is(isTimeWord) || k > 0 && toks[k-1].is(isPostPreposition) && toks[k].is2(isAdverbialObject) {
			k-- // "Sanders on Tuesday said", "officials at first said"
		}
		k--
	}
	if f := ratioSubject(text, toks, k); f.ok {
		return f // "One voter in ten said", "about one in five residents say"
	}
	// An appositive between dashes: "Ed Moss — the board's chairman —
	// said" (dashAppositive, mention.go).
	if f := n40DashAppositive(text, toks, k); f.ok {
		return f // "Ann Ortiz, head of Pier Media -- the firm … -- said" (n40_dash.go)
	}
	if f := dashAppositive(text, toks, k); f.ok {
		return f
	}
	// A party label: "Ed Moss (D-Ore.) said".
	if k >= 3 {
		k = beforeLabel(text, toks, k)
	}
	if k < 0 {
		return found{}
	}
	if toks[k].str(text) == "," {
		// An appositive: back to the earliest comma before it, within
		// the sentence, that a subject ends at ("Scott Pruitt, the
		// attorney general of Oklahoma, one of the states suing, said").
		var best found
		// Not back into a sentence's opening adverb: "Back in
		// Colverton, the principal, Dana Whitcombe, wrote" (n100Opener).
		lo := max(1, n100Opener(text, toks, 0, k), n100PhraseOpener(text, toks, k)) // nor into an opening phrase: "Reviewing the premiere, the critic, Ann Lee, wrote"
		for j := k - 1; j >= lo && j >= k-30; j-- {
			t := toks[j].str(text)
			if !toks[j].word && (boundary(text, toks, j) && !(j+1 < len(toks) && toks[j+1].str(text) == ",") || marksIn(t)&mQuoting != 0 && !inNickname(text, toks, j)) {
				break // not at an abbreviation before a comma: "of Ashton, Md., said"
			}
			if t != "," {
				continue
			}
			e := beforeLabel(text, toks, j-1)
			if f := subjectEnding(text, toks, e); f.ok && (!afterPreposition(text, toks, f.subj.Start) || n103PersonAfterConjunction(toks, f.subj.Start, e)) {
				best = f
			} else if g := headOfPhrase(text, toks, f, e); g.ok {
				best = g // "Officials at the port, a unit of the council, said"
			} else if o := n103OneApposed(text, toks, e, j); o.ok {
				best = o // "One, a senior engineer who asked not to be named, said" (n103_readings.go)
			}
		}
		if !best.ok {
			best = behindAside(text, toks, k)
		}
		if !best.ok {
			best = whoClauseHead(text, toks, k) // "Advocates for bus riders, who filled the back rows, said"
		}
		if !best.ok && k >= 3 {
			// A name between commas after a description that is no
			// subject by itself: "The minister of trade, Ed Moss,
			// said". The name is read here; readCue joins the
			// description before it to the mention.
			if f := subjectEnding(text, toks, k-1); f.ok && f.pronoun == "" && capital(f.name) {
				m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
				w := 0 // the first word: the closing mark of a split quotation's first part may open the stretch
				for w < m && !toks[w].word {
					w++
				}
				if m >= 2 && m < k && toks[m-1].str(text) == "," && toks[m-2].word && marksIn(text[toks[w].s:toks[m-1].s])&mQuoting == 0 {
					best = f
				} else if m < k && m < len(toks) && exampleHead(text, toks, m) >= 0 {
					best = f // "Critics of the plan, including Ed Moss, said": tidy joins the plural (exampleHead)
				}
			}
		}
		return best
	}
	if f := n107ThoseParticiple(text, toks, k); f.ok {
		return f // "Relatives of those killed said", "Those affected said" (n107_readings.go)
	}
	// A relative clause with no pronoun between the subject and its
	// cue: "Everyone I met said", "the experts we consulted said". The
	// head before it is read here; tidy joins the clause
	// (contactClause).
	if k >= 2 && toks[k].word && c < len(toks) {
		cue := doc.Span{Start: toks[c].s, End: toks[c].e}
		for p := k - 1; p >= k-2 && p >= 1; p-- {
			if toks[p].word && toks[p].is2(isContactPronoun) && contactClause(text, toks, p, cue) == c { // its first test inlined: most words are no such pronoun
				if f := subjectEnding(text, toks, p-1); f.ok && f.subj.End == toks[p-1].e {
					return f
				}
				break
			}
		}
	}
	// "The mother of two said": a number word after "of" ends a
	// description of a person; the mention runs to the number, as
	// describedBy reads it after a quotation.
	if k >= 3 && toks[k].is(isNumberWord) && toks[k-1].low == "of" {
		if f := subjectEnding(text, toks, k-2); f.ok && f.pronoun == "" && f.subj.End == toks[k-2].e && toks[k-2].is(isPerson) && !afterPreposition(text, toks, f.subj.Start) {
			f.subj.End = toks[k].e
			return f
		}
	}
	if k >= 2 && toks[k].word && toks[k].is2(isModifierObject) {
		// An object pronoun ends the post-modifier: "People close to
		// him said". The head names the speaker.
		g := postModified(text, toks, found{subj: doc.Span{Start: toks[k].s, End: toks[k].e}, ok: true})
		if g.ok && g.subj.Start < toks[k].s {
			h := k - 2
			if knowsPrep(toks, k-1) {
				h = k - 3
			}
			g.name = text[g.subj.Start:toks[h].e]
			return g
		}
	}
	if f := pronounPhrase(text, toks, k); f.ok {
		return f // "Many of them say", "those close to him say" (indirect.go)
	}
	f := subjectEnding(text, toks, k)
	if !f.ok || f.pronoun != "" {
		return f // none of the three below reads a pronoun or no subject
	}
	return groupBefore(text, toks, postModified(text, toks, nameOfPlace(text, toks, f)))
}

// modifierObjects are the object pronouns of persons that may end a
// source's post-modifier ("people close to him", "aides loyal to
// her").
var modifierObjects = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true}

// modifierPreps open a phrase after a source's noun that says where the
// source is or whom it belongs to ("officials at the port", "people in
// the room", "a spokesman for the board", "residents of the island",
// "two pilots from the union", "a man with the crew").
var modifierPreps = map[string]bool{"at": true, "in": true, "for": true, "of": true, "from": true, "with": true}

// openerBefore reports whether a comma right before toks[st] closes an
// opening phrase of its sentence, at most twelve tokens long, whose
// first word is a preposition, a subordinator, an adverb, a word of
// time or a participle in -ing ("In Oslo, …", "On Monday, …",
// "Speaking at the port, …"): the clause's subject follows it. A name
// before the comma is a subject with its appositive after it ("John
// Dickey, the chief executive of …, told me").
func openerBefore(text string, toks []tok, st int) bool {
	if st < 2 || toks[st-1].str(text) != "," {
		return false
	}
	for j := st - 2; j >= 0 && j >= st-13; j-- {
		if !sentenceFirst(text, toks, j) {
			continue
		}
		t := &toks[n41Opener(text, toks, j, st)] // n41_subject.go: "But Ann Ortiz, the head of …"
		return t.word && (t.is(isPrep|isSubordinator|isAdverb|isTimeWord) || strings.HasSuffix(t.low, "ing"))
	}
	return false
}

// postModified widens a subject read before its cue as the noun phrase
// inside a post-modifier to the source's noun phrase that the
// post-modifier follows: "Officials at the port said" read "the port",
// "People close to the mayor said" read "the mayor". The modifier is a
// preposition of place or affiliation (modifierPreps) or an adjective of
// acquaintance with its preposition (acquaintance: "familiar
// with", "briefed on"). The head is a bare plural, a collective
// ("people", "police") or a noun of a person after a determiner ("A
// person briefed on the talks"), with at most three words before it
// (a number, a determiner, a quantifier, adjectives: "Two senior
// officials"), and opens its clause: the sentence's start or a comma
// after an opening phrase ("In Oslo, officials at the port said"). A
// noun phrase that is a verb's object ("Reed met officials at the port
// and said") does not open the clause, and a word of time after the
// preposition is the verb's ("officials in May said").
func postModified(text string, toks []tok, f found) found {
	if !f.ok || f.pronoun != "" {
		return f
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m < 2 || m >= len(toks) || toks[m].s != f.subj.Start || !toks[m-1].word || toks[m].is(isTimeWord) || toks[m].is2(isAdverbialObject) {
		return f
	}
	h := m - 2 // the head noun
	if knowsPrep(toks, m-1) {
		h = m - 3
	} else if !toks[m-1].is2(isModifierPrep) {
		return f
	}
	if h < 0 || !toks[h].word || toks[h].is(isFunction|isAuxiliary|isPronoun|isReporting|isCue) {
		return f
	}
	hw := toks[h].low
	_, person := persons[hw]
	plural := groupNouns[hw] || pluralNoun(hw)
	if !plural && !person {
		return f
	}
	st, det := h, false
	for j := h - 1; j >= 0 && j >= h-3 && toks[j].word; j-- {
		t := &toks[j]
		if t.is(isDet|isQuantifier|isNumberWord) || firstRune(t.low) >= '0' && firstRune(t.low) <= '9' {
			st, det = j, true
			continue
		}
		if det || capital(t.str(text)) || t.is(isFunction|isCue|isAuxiliary|isPronoun|isAdverb|isPrep|isPhraseStop) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
			break
		}
		st = j // an adjective: "senior officials"
	}
	if !plural && !det {
		return f // a singular noun wants its determiner: "A person briefed on …"
	}
	for j := st + 1; j <= h; j++ {
		if capital(toks[j].str(text)) {
			return f // a name's part, not a noun phrase's
		}
	}
	if !sentenceFirst(text, toks, st) && !openerBefore(text, toks, st) {
		return f
	}
	// The name read stays: describedNames names the speaker by the
	// head or, for a name in capitals on both sides ("Citizens for
	// Ferry Justice"), by the whole mention. It takes the word before
	// the name's preposition for the head's last, so an adjective of
	// acquaintance would stay in the name ("People close"): there the
	// head names the speaker here.
	f.subj.Start = toks[st].s
	if h == m-3 {
		f.name = text[toks[st].s:toks[h].e]
	}
	return f
}

// nameOfPlace widens a name read after "of" to the name before it, whose
// place or body it is: "Ed Moss of Ashton said" names Ed Moss, the
// mention "Ed Moss of Ashton" (widen reads the same phrase after a
// name forwards, "Charles Rangel of New York"). Both are capitalised
// names, the first no object of a preposition ("a letter to Ed Moss of
// Ashton" names no speaker before the cue); or a description before
// "of" that opens its clause ("The mayor of Ashton said"). The place
// or body may be a description after a determiner ("Ed Moss of the
// board said", "The head of the agency said").
func nameOfPlace(text string, toks []tok, f found) found {
	if !f.ok || f.pronoun != "" || f.name == "" {
		return f
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m >= 3 && toks[m-1].low == "the" && (toks[m-2].low == "of" || toks[m-2].low == "from") && capital(f.name) && n76NameBefore(text, &toks[m-3]) {
		m-- // "Ann Pell of the Fire District said": a name read without its article
	}
	if m >= 3 && toks[m-1].low == "from" && n76NameBefore(text, &toks[m-2]) {
		// "Ann Pell from the district said", "Ed Moss from Ashton
		// said": a person's name before "from", as before "of".
		if g := subjectEnding(text, toks, m-2); g.ok && g.pronoun == "" && capital(g.name) && g.subj.End == toks[m-2].e && !afterPreposition(text, toks, g.subj.Start) {
			g.subj.End = f.subj.End
			return g
		}
		return f
	}
	if m < 2 || toks[m-1].low != "of" || !toks[m-2].word {
		return f
	}
	if !capital(f.name) && (m >= len(toks) || !toks[m].is(isDet)) {
		return f
	}
	if toks[m-2].is(isQuantifier) && (m == 2 || !toks[m-3].word) {
		// A part of the place or the body speaks: "Most of Ashton
		// said" (the mention was "Ashton").
		sp := doc.Span{Start: toks[m-2].s, End: f.subj.End}
		return found{subj: sp, name: text[sp.Start:sp.End], ok: true}
	}
	if !capital(toks[m-2].str(text)) {
		// A description with its phrase: "The mayor of Ashton
		// said" names the mayor, as describedBy reads it after a
		// quotation.
		cs := max(clauseStart(text, toks, m-1), localStart(text, toks, m-2))
		// Not an appositive after a comma ("John Doe, the head of
		// Acme -- …"), whose name before it is the subject.
		if np, ok := phraseAt(text, toks, cs, m-1); ok && cs < m-1 && !toks[cs].is(isPronoun) && (cs == 0 || toks[cs-1].str(text) != ",") {
			return found{subj: doc.Span{Start: np.Start, End: f.subj.End}, name: text[np.Start:np.End], ok: true}
		}
		return f
	}
	g := subjectEnding(text, toks, m-2)
	if !g.ok || g.pronoun != "" || g.name == "" || !capital(g.name) || g.subj.End != toks[m-2].e || afterPreposition(text, toks, g.subj.Start) {
		return f
	}
	g.subj.End = f.subj.End
	if h := toks[m-2].low; bodies[h] || n66Bodies[h] {
		// A body's name holds its "of": "the Royal College of
		// Nursing", "the Bank of England" name no college or bank
		// of a place (n66Bodies).
		g.name = text[g.subj.Start:f.subj.End]
		if strings.HasPrefix(g.name, "the ") || strings.HasPrefix(g.name, "The ") {
			g.name = g.name[4:]
		}
	}
	return g
}

// n76NameBefore reports whether t may end a person's name before "of"
// or "from" and a body's name: a capitalised word that is no function
// word and no common noun capitalised at a sentence's start ("Critics
// of the Whole Foods", "Officials from the Port Authority", "The Chief
// of the Fire District" are descriptions, which nameOfPlace reads as
// such).
func n76NameBefore(text string, t *tok) bool {
	if !t.word || !capital(t.str(text)) || t.is(isFunction) || groupNouns[t.low] || pluralNoun(t.low) {
		return false
	}
	_, person := persons[t.low]
	return !person
}

// n66Bodies are the heads of bodies' names, beyond bodies, that take a
// phrase with "of" ("Royal College of Nursing", "Port of London
// Authority", "Church of England"): the phrase is the name's, not the
// place a person is of.
var n66Bodies = map[string]bool{"college": true, "port": true, "academy": true, "society": true, "federation": true, "league": true, "chamber": true, "church": true, "museum": true, "library": true, "institution": true, "house": true, "city": true, "state": true, "republic": true, "kingdom": true, "province": true, "county": true, "borough": true, "district": true, "bishop": true}

// headOfPhrase reads the subject whose prepositional phrase ends with
// f, a noun phrase read after the preposition and ending at toks[e],
// the token before an appositive's comma: "Officials at the port, a
// unit of the council, said" has the subject "Officials at the port",
// which the appositive describes; read alone, "the port" follows a
// preposition and is no subject, and the cue had none. The appositive
// opens with an article or "who" ("Critics of the plan, like Ed Moss,
// say" is a head with examples, which tidy reads). The phrase runs
// from its clause's start, opens with a noun (phraseAt) and its
// preposition is one that ends a description (postPrepositions: "at",
// "of", "for", …); not "In a note to the board, Ed Moss said", whose
// phrase is the clause's and has no noun of its own before the comma.
func headOfPhrase(text string, toks []tok, f found, e int) found {
	// (An aside may also open with a participle: "Two diplomats in
	// Sorvan, speaking on condition of anonymity, said …": asideParticiple.)
	if !f.ok || f.pronoun != "" || e+2 >= len(toks) || toks[e+1].str(text) != "," || !toks[e+2].word || !(toks[e+2].is(isDet) && !toks[e+2].is(isQuantifier) || toks[e+2].low == "who" || toks[e+2].low == "whose" || asideParticiple(text, &toks[e+2])) {
		return found{}
	}
	m := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start })
	if m < 2 || m > e || !toks[m-1].word {
		return found{}
	}
	head := m - 2 // the head's last word, before the preposition
	switch {
	case m >= 3 && knowsPrep(toks, m-1):
		head = m - 3 // "A source close to the board, who …, said" (acquaintance)
	case toks[m-1].low == "to" && toks[m-2].word && relationalTo[toks[m-2].low]:
		// "Two aides to the governor, who …, said"
	case !toks[m-1].is(isPostPreposition):
		return found{}
	}
	cs := max(clauseStart(text, toks, e+1), localStart(text, toks, e))
	if cs > head || toks[cs].is(isPrep) {
		return found{}
	}
	to := e + 1
	if head < m-2 {
		to = head + 1 // phraseAt reads no preposition but a description's: the head alone, then the phrase to e
	}
	np, ok := phraseAt(text, toks, cs, to)
	if !ok {
		return found{}
	}
	np.End = toks[e].e
	return found{subj: np, name: text[np.Start:toks[head].e], ok: true}
}

// relationalTo are nouns of a person that take "to" for the one they
// serve: "aides to the governor", "an adviser to the campaign". "To"
// after other nouns is no part of a subject ("Letters to the editor",
// "a threat to the town").
var relationalTo = map[string]bool{
	"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"assistant": true, "assistants": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "consultant": true, "consultants": true,
	"counsel": true, "deputy": true, "deputies": true, "successor": true, "heir": true, "liaison": true,
}

// readsOut reads "X read from a page:", "X read a statement:", "X read
// aloud:" ending the clause toks[:n] before a colon: X, a person named
// or a pronoun right before "read", reads the words out. "Read" is no
// cue of the lexicon, its subject a text as often ("the sign read:",
// readIntro).
func readsOut(text string, toks []tok, n int) (found, bool) {
	for r := n - 1; r >= 1 && r >= n-9; r-- {
		if !toks[r].word || toks[r].low != "read" && toks[r].low != "reads" {
			continue
		}
		if r+1 < n {
			switch toks[r+1].low {
			case "from", "aloud", "out", "a", "the", "his", "her", "their":
			default:
				return found{}, false
			}
		}
		// A mark after "read" only between adverbs: "read aloud,
		// slowly:".
		adverbsOnly := !slices.ContainsFunc(toks[r+1:n], func(t tok) bool { return t.word && !t.adverbish() && t.low != "aloud" })
		if slices.ContainsFunc(toks[r+1:n], func(t tok) bool { return !t.word && (t.low != "," || !adverbsOnly) }) {
			return found{}, false
		}
		f := beforeCue(text, toks, r)
		if !f.ok && r > 2 && toks[r-1].low == "and" && r+1 < n && toks[r+1].low == "aloud" {
			f = sharedSubject(text, toks, r) // "She opened the book and read aloud:"; not "unfolded the letter and read:", the letter's words
		}
		if !f.ok || f.pronoun == "" && !capital(f.name) || f.pronoun == "it" {
			return found{}, false
		}
		if i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start }); i > 0 && toks[i-1].word && !toks[i-1].is(isClauseLead) {
			return found{}, false // the subject of a relative clause: "The book he read:" is the book's text
		}
		f.cue = doc.Span{Start: toks[r].s, End: toks[r].e}
		return f, true
	}
	return found{}, false
}

// ratioSubject reads a subject that is a ratio of a group, ending at
// toks[k] before its cue: "one voter in ten", "two in three residents",
// "about one in five", after "about", "nearly" or "roughly" perhaps;
// the mention is the whole phrase, the name as written.
func ratioSubject(text string, toks []tok, k int) found {
	if k < 2 || !toks[k].word {
		return found{}
	}
	var s int
	switch {
	case numberTok(&toks[k]) && toks[k-1].low == "in" && k >= 3 && numberTok(&toks[k-3]) && toks[k-2].word && !toks[k-2].is(isFunction):
		s = k - 3 // "one voter in ten"
	case numberTok(&toks[k]) && toks[k-1].low == "in" && numberTok(&toks[k-2]):
		s = k - 2 // "one in five"
	case k >= 3 && toks[k].word && !toks[k].is(isFunction) && numberTok(&toks[k-1]) && toks[k-2].low == "in" && numberTok(&toks[k-3]):
		s = k - 3 // "two in three residents"
	default:
		if k < 5 || !toks[k-1].word || !toks[k-2].word || capital(toks[k].str(text)) {
			return found{} // a name, most subjects, or too few words for a ratio's phrase
		}
		return n103RatioOf(text, toks, k) // "Almost six in ten of those who vaped said" (n103_readings.go)
	}
	if s > 0 && (toks[s-1].low == "about" || toks[s-1].low == "nearly" || toks[s-1].low == "roughly" || toks[s-1].low == "almost") {
		s--
	}
	if s > 0 && toks[s-1].word && !toks[s-1].is(isClauseLead) {
		return found{} // inside another phrase: "among one voter in ten"
	}
	sp := doc.Span{Start: toks[s].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}
}

// farWrite are the verbs of posting that introClause reads up to
// sixteen words before a colon, past phrases of medium, time and place:
// "Ade Olusanya wrote on social media on Sunday evening, beneath a
// photograph of the main stand:".
var farWrite = map[string]bool{"wrote": true, "posted": true, "tweeted": true, "writes": true, "posts": true}

// onlyPhrases reports whether toks are phrases with no verb of their
// own, as after a verb of posting and before its colon: words, commas
// and possessives, no cue, auxiliary, finite verb or subject pronoun.
func onlyPhrases(text string, toks []tok) bool {
	for i := range toks {
		t := &toks[i]
		if !t.word {
			if w := t.str(text); w != "," && w != "’s" && w != "'s" && w != "." && w != "&" {
				return false
			}
			continue
		}
		if t.is(isCue|isAuxiliary|isFinite|isSubjectPronoun) && !nounAfterDet(text, toks, i) {
			return false
		}
	}
	return true
}

// farVoice are the verbs of the voice that introClause reads up to
// nine words before a colon, past their object and a phrase.
var farVoice = map[string]bool{"shouted": true, "yelled": true, "called": true, "cried": true, "screamed": true, "whispered": true, "announced": true, "declared": true}

// whoClauseHead reads the subject before a relative clause of "who"
// that closes with the comma at toks[k] before a cue: the words from
// the sentence's start to the comma that opens the clause, when they
// are a noun phrase ("Riders of the buses, who …, said") or one whose
// plural head is also a verb of the lexicon ("Advocates for bus
// riders, who …, said", "Consumer advocates, who …, said"): a word
// before ", who" is a noun. At most whoClauseHeadWords words, none a
// function word but a preposition or an article, none an auxiliary.
func whoClauseHead(text string, toks []tok, k int) found {
	o := -1 // the comma that opens the clause
	for j := k - 2; j >= 1 && j > k-30; j-- {
		if !toks[j].word && boundary(text, toks, j) {
			return found{}
		}
		if toks[j].str(text) == "," && toks[j+1].low == "who" {
			o = j
		}
	}
	if o < 1 {
		return found{}
	}
	cs := o - 1
	for cs > 0 && toks[cs-1].word {
		cs--
	}
	if cs > 0 && !boundary(text, toks, cs-1) || o-cs > whoClauseHeadWords || !toks[o-1].pluralNoun() && !strings.HasSuffix(toks[o-1].low, "s") {
		return found{}
	}
	for j := cs; j < o; j++ {
		if t := &toks[j]; t.is(isAuxiliary) || t.is(isPronoun) || t.is(isFunction) && !t.is(isDet) && !t.is(isPrep) && !t.is(isPhraseLink) {
			return found{}
		}
	}
	sp := doc.Span{Start: toks[cs].s, End: toks[o-1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true}
}

// whoClauseHeadWords bounds the subject whoClauseHead reads.
const whoClauseHeadWords = 6

// mannerLy reports whether t is a lower-case adverb in -ly that may
// stand between a subject and its verb: not a noun or an adjective of
// lyNouns ("the family said") nor a short word ("only" is an adverb of
// the lists already, "July" a capital).
func mannerLy(text string, t *tok) bool {
	return len(t.low) > 5 && strings.HasSuffix(t.low, "ly") && !t.is2(isLyNoun) && !capital(t.str(text)) && !t.is(isCue)
}

// relativeBeforeCue reads a subject with a restrictive relative clause
// on "who" that runs up to the cue at toks[c]: "The pilot who runs the
// ferry said: “…”", "“…,” the woman who runs the shelter said"; or on
// "which" with its verb right after it ("The group which runs the
// ferry said"). The
// clause's object stands next to the cue and was read as the subject
// ("the ferry"); the mention is the head with its clause, as PolNeAR
// marks it and as the reader of indirect speech takes it (parc.go's
// relativeVerbAt, whose test of the clause this shares). Not "that":
// it opens reported clauses as often ("argued that officials say"),
// and reading it so here took one mixed quotation's mention from the
// gold's on the held-back half. The clause holds words only, at most
// ten, and no cue of its own; the head is a noun phrase that opens its
// clause, or one noun ("People who ride the ferry say") or "Those".
func relativeBeforeCue(text string, toks []tok, c int) found {
	for w := c - 2; w >= 1 && w >= c-11; w-- {
		t := &toks[w]
		if !t.word {
			if s := t.str(text); s == "-" || s == "’" || s == "'" || s == "." && t.s == toks[w-1].e {
				continue
			}
			return found{}
		}
		if t.low != "who" && t.low != "which" {
			if t.is(isCue) && !nounAfterDet(text, toks, w) && !n113Anonymity(toks, w, c) {
				return found{}
			}
			if ingPhrase(text, toks, w, c) {
				// A participle phrase on the head: "the union
				// representing the pilots said".
				cs := clauseStart(text, toks, w)
				if head, ok := phraseAt(text, toks, cs, w); ok && cs < w && !toks[cs].is(isPronoun) {
					return found{subj: doc.Span{Start: head.Start, End: toks[c-1].e}, name: text[head.Start:head.End], ok: true, whole: true}
				}
				return found{}
			}
			continue
		}
		if t.low == "which" {
			// A thing's clause on a body ("The group which runs the
			// ferry said"): its verb right after it, in -s or -ed or
			// an auxiliary, as whichDescribes takes it after a comma.
			if v := &toks[w+1]; w+1 >= c-1 || !v.word || capital(v.str(text)) || !(v.is(isAuxiliary) || len(v.low) > 3 && (strings.HasSuffix(v.low, "s") && !strings.HasSuffix(v.low, "ss") || strings.HasSuffix(v.low, "ed"))) || v.is(isDet|isPronoun) {
				return found{}
			}
		} else if !relativeVerbAt(text, toks, w+1, c-1) {
			return found{}
		}
		cs := clauseStart(text, toks, w)
		if cs >= w {
			return found{}
		}
		head, ok := phraseAt(text, toks, cs, w)
		if !ok && cs == w-1 && (toks[cs].low == "those" || !toks[cs].is(isFunction|isReporting|isPronoun)) {
			head, ok = doc.Span{Start: toks[cs].s, End: toks[cs].e}, true // "People who ride the ferry say"
		}
		if !ok || toks[cs].is(isPronoun) {
			return found{}
		}
		return found{subj: doc.Span{Start: head.Start, End: toks[c-1].e}, name: text[head.Start:head.End], ok: true, whole: true}
	}
	return found{}
}

// ingPhrase reports whether toks[w] is a participle in -ing that opens
// a phrase on the noun before it, its object after it, before toks[c]:
// "the union representing the pilots", "a group opposing the plan".
// Not a cue ("saying"), a capital, or after a function word or a
// comma, and the word after it is a determiner, a possessive or a
// lower-case noun, no verb.
func ingPhrase(text string, toks []tok, w, c int) bool {
	t := &toks[w]
	if w < 1 || w+1 >= c || !t.word || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") || capital(t.str(text)) || t.is(isCue|isFunction|isReporting) {
		return false
	}
	p, n := &toks[w-1], &toks[w+1]
	if !p.word || p.is(isFunction|isAuxiliary|isPronoun|isAdverb) || capital(p.str(text)) || !n.word || n.is(isAuxiliary|isPronoun) && !n.is(isDet) {
		return false
	}
	return n.is(isDet) || n.is2(isPossessive) || w+2 < c && !capital(n.str(text)) && !n.is(isFunction)
}

// asidePrepositions open a short aside between commas that says whose
// turn or view it is, or how it stands, not what anyone does: "for her
// part", "in particular", "by contrast", "in turn", "of course".
var asidePrepositions = map[string]bool{"for": true, "in": true, "by": true, "of": true, "at": true, "on": true, "as": true}

// behindAside reads a subject that a short aside between commas separates
// from its verb ("Younger voters, in particular, have …", "Local
// officials, however, argue …"): toks[k] is the aside's closing comma.
// Names and descriptions with an article behind an aside are read by
// the appositive case of beforeCue; this takes the noun phrases it
// does not read, a plural noun with its modifiers and nothing before it
// but the clause's start. The aside holds at most four words, no verb
// and no name, and opens with an adverb or a preposition, so that an
// appositive ("Ed Moss, a doctor, said") or a clause of its own is no
// aside.
func behindAside(text string, toks []tok, k int) found {
	j := k - 1
	for j >= 0 && j >= k-5 && toks[j].word {
		// The bits of cues, reporting and auxiliaries: the lists' lookups
		// of the word's lower case.
		if toks[j].is(isCue|isReporting|isAuxiliary) || capital(toks[j].str(text)) && j < k-1 {
			return found{}
		}
		j--
	}
	if j < 1 || j == k-1 || toks[j].str(text) != "," || !toks[j-1].word {
		return found{}
	}
	first := toks[j+1].lower(text)
	if !(adverbish(first) || toks[j+1].is(isAdverb|isClauseLead) || asidePrepositions[first] && k-j > 2) {
		return found{}
	}
	cs := max(clauseStart(text, toks, j), localStart(text, toks, j-1))
	if cs >= j {
		return found{}
	}
	np, ok := phraseAt(text, toks, cs, j)
	if !ok {
		return found{}
	}
	return found{subj: np, name: text[np.Start:np.End], ok: true}
}

// afterClause reads a cue clause starting at toks[0] (narration after a
// quotation): "said X", "X said", "X, a doctor, said", "according to X".
func afterClause(text string, toks []tok) found {
	k := 0
	for k < len(toks) && !toks[k].word && k < 3 {
		if boundary(text, toks, k) {
			return found{} // the sentence ended with the quotation
		}
		k++
	}
	lim := len(toks)
	for j := k; j < len(toks); j++ {
		if toks[j].word {
			continue // neither a boundary nor a mark (nicknameAt opens at a mark)
		}
		if e := nicknameAt(text, toks, j); e > j {
			j = e - 1 // a nickname's marks open no quotation: Ann “Annie” Reed
			continue
		}
		if boundary(text, toks, j) || marksIn(toks[j].str(text))&mQuoting != 0 {
			lim = j
			break
		}
	}
	toks = toks[:lim]
	if k >= len(toks) {
		return found{}
	}
	if f := accordingTo(text, toks, k); f.ok {
		return f
	}
	if f := dashName(text, toks, k); f.ok {
		return f
	}
	if f := possessiveReply(text, toks, k); f.ok {
		return f
	}
	if f := firstPersonKin(text, toks, k); f.ok {
		return f
	}
	// "…,” as a Homeland Security memo put it.
	if toks[k].low == "as" {
		if f, ok := putIt(text, toks, len(toks)); ok && f.subj.Start == subjStart(text, toks, k+1) {
			return f
		}
	}
	if (afterCue(&toks[k]) || readCue(text, toks, k)) && !titledModifier(text, toks, k) && !(c5MayNotCue(toks, k) && c5NotCue(text, toks, k)) {
		cue := doc.Span{Start: toks[k].s, End: toks[k].e}
		if f, e := subjectAt(text, toks, k+1, len(toks)); f.ok {
			if p := &toks[e-1]; f.pronoun == "" && e-1 > k+1 && e < len(toks) && len(p.low) >= 6 && strings.HasSuffix(p.low, "ing") && !capital(p.str(text)) && !p.is(isCue|isFunction) {
				// "said the union representing the pilots": the
				// description ended at its participle; the phrase,
				// to the sentence's end or a comma, is the
				// description's, or else the participle is not
				// ("said the pilots standing on the quay").
				x := e
				for x < len(toks) && toks[x].word {
					x++
				}
				if ingPhrase(text, toks, e-1, len(toks)) && x-e <= 6 && (x == len(toks) || boundary(text, toks, x) || toks[x].str(text) == ",") {
					f.subj.End = toks[x-1].e
				} else {
					f.subj.End = toks[e-2].e
				}
				f.name = text[f.subj.Start:toks[e-2].e]
			}
			if n, x := n108OfficeName(text, toks, e); x > 0 && f.pronoun == "" {
				f.subj.End, f.name = n.end, n.text // "said Herons president of basketball operations Gerrit Brinkhorst" (n108_readings.go)
			}
			f.cue = cue
			return f
		}
		if f := modifiedName(text, toks, k+1, len(toks)); f.ok {
			f.cue = cue
			return f
		}
		if f, _ := partitiveSubject(text, toks, k+1, len(toks)); f.ok {
			f.cue = cue // "“…,” said one of the pilots"
			return f
		}
		if f := pluralOfAfterCue(text, toks, k+1); f.ok {
			f.cue = cue // "“…,” said residents of the island."
			return f
		}
		if f := n41FinalPlural(text, toks, k+1); f.ok { // n41_subject.go: "“…,” said state officials.
			f.cue = cue // "“…,” said senior officials."
			return f
		}
		// A bound before the number opens the mention, as before the
		// cue: "“…,” said about 300 pilots."
		if k+2 < len(toks) && boundBefore(text, toks, k+1, toks[k+2].s) {
			f := finalPlural(text, toks, k+2)
			if !f.ok {
				f, _ = subjectAt(text, toks, k+2, len(toks))
			}
			if f.ok && f.pronoun == "" && f.subj.Start == toks[k+2].s {
				f.subj.Start, f.cue = toks[k+1].s, cue
				return f
			}
		}
		return found{cue: cue}
	}
	// Subject first, then a cue within a few tokens. A cue word that
	// does not follow the subject may be a noun ("one of the states
	// suing the agency, said"): the next one is tried, up to two.
	tries := 0
	start, startRead := 0, false // subjStart(text, toks, k), once read
	for c := k + 1; c < len(toks) && c <= k+40 && tries < 2; c++ {
		// The cue test first: nounAfterDet reads the words around
		// the word, and most words are no cue.
		if toks[c].word && (afterCue(&toks[c]) || readCue(text, toks, c)) && !nounAfterDet(text, toks, c) && !(titledModifier(text, toks, c) && !toks[c-1].word) && !n42NameModifier(text, toks, c) && !n113TitledSurname(text, toks, c) && !n113RelativeVerb(toks, k, c) { // n42_modifier.go: "a senior State Department official said"; n113: "Mr Sang said"
			if c > k && toks[c-1].word && toks[c-1].is(isBeForm) && toks[c].low != "quoted" && !strings.HasSuffix(toks[c].low, "ing") && !(c+1 < len(toks) && (toks[c+1].low == "to" || toks[c+1].low == "as" || strings.HasSuffix(toks[c+1].low, "ing"))) {
				// A passive: "“…,” Ed Moss was told." names the one
				// told, not the speaker ("was quoted as saying", "was
				// saying" and "was reported to have said" are the
				// speaker's). One inside a clause or an aside on the
				// subject ("Ed Moss, who was asked about it, said") is
				// the clause's: the next cue is tried.
				inner := false
				for j := k; j < c-1; j++ {
					if !toks[j].word || toks[j].low == "who" || toks[j].low == "which" || toks[j].low == "that" {
						inner = true
						break
					}
				}
				if !inner {
					return found{}
				}
				tries++
				continue
			}
			if f := relativeBeforeCue(text, toks, c); f.ok && f.subj.Start == toks[k].s {
				f.cue = doc.Span{Start: toks[c].s, End: toks[c].e} // "“…,” the pilot who runs the ferry said"
				return f
			}
			// The subject before this cue, which the four readings
			// below test each in its way: read once (it was read
			// for each, the costliest part of the clause).
			if f := beforeCue(text, toks, c); f.ok {
				if sl := slashLead(text, toks, k); f.pronoun == "" && sl > k && !toks[sl].is(isFunction|isDet) && (f.subj.Start == toks[sl].s || describes(text, toks, sl, f.subj.Start)) {
					// "“…,” 9/11 widow Ed Moss said": the modifier the
					// slash joins opens the mention; not an adverb
					// before a determiner ("24/7 the pilots said").
					// The name stays the person's ("Ed Moss"), as after
					// an inverted cue; only the mention widens.
					f.subj.Start = toks[k].s
					f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
					return f
				}
				if f.pronoun == "" && boundBefore(text, toks, k, f.subj.Start) {
					f.subj.Start = toks[k].s // "“…,” about 300 pilots said": the bound opens the mention
					f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
					return f
				}
				if f.pronoun == "" && titledModifier(text, toks, k) && f.subj.Start == toks[k+1].s {
					f.subj.Start = toks[k].s // "“…!” state Sen. Ann Reed shouted": the modifier opens the mention
					f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
					return f
				}
				if f.pronoun == "" || !readCue(text, toks, c) {
					// The subject read at the clause's start is the
					// same for every cue tried: read once, when first
					// asked.
					if !startRead {
						start, startRead = subjStart(text, toks, k), true
					}
					if f.subj.Start == start || f.pronoun == "" && f.subj.Start == toks[k].s || describes(text, toks, k, f.subj.Start) || nameAndBefore(text, toks, k, f.subj.Start) || neitherBefore(text, toks, k, f.subj.Start) || descriptionFor(text, toks, k, f.subj.Start) {
						f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
						return f
					}
				}
			}
			if f := describedBy(text, toks, k, c); f.ok {
				f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
				return f
			}
			if f, e := partitiveSubject(text, toks, k, c); f.ok && e == c {
				f.cue = doc.Span{Start: toks[c].s, End: toks[c].e} // "“…,” one of the pilots said"
				return f
			} else if f.ok && e+2 < c && toks[e].str(text) == "," && toks[c-1].str(text) == "," {
				// The part of a group named between commas: "“…,” one
				// of the pilots, Ed Moss, said" is one mention, the
				// name the speaker's.
				if n, ok := nameAt(text, toks[:c-1], e+1); ok && n.from == e+1 && n.to == c-1 {
					f.subj.End, f.name = n.end, n.text
					f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
					return f
				}
			}
			if f := n42LongBeforeCue(text, toks, k, c); f.ok { // n42_long.go: "“…,” the city’s former deputy harbor master said"
				return f
			}
			tries++
		}
	}
	return found{}
}

// postPrepositions may open a phrase that ends a subject's description
// before its cue: "a narrator in the ad asks", "a spokesman for the
// campaign said", "an adviser to the mayor said".
var postPrepositions = map[string]bool{"of": true, "in": true, "at": true, "for": true, "from": true, "with": true, "on": true, "to": true}

// describedBy reads a subject at toks[k] followed by a prepositional
// phrase that runs up to the cue at toks[c] ("a narrator in the Clinton
// ad asks", "Mr. Morgan of the Sierra Club said"): the whole phrase is
// the mention. The phrase is words only, at most eight of them, with no
// cue, pronoun or relative word in it.
func describedBy(text string, toks []tok, k, c int) found {
	f, e := subjectAt(text, toks, k, c)
	if !f.ok {
		f, e = barePlural(text, toks, k, c) // "officials at the port said"
	}
	if !f.ok || f.pronoun != "" || e+1 >= c || c-e > 8 || !toks[e].is(isPostPreposition) && !authoredBy(toks, e) {
		return found{}
	}
	for j := e + 1; j < c; j++ {
		w := toks[j].lower(text)
		if w == "that" && toks[j-1].low == "of" && j+1 < c {
			continue // a determiner after "of": "The authors of that study said"
		}
		if !toks[j].word && w != "." && w != "’s" && w != "'s" || toks[j].is(isCue) && !nounAfterDet(text, toks, j) || toks[j].is(isPronoun) || w == "who" || w == "that" || w == "which" {
			return found{}
		}
	}
	f.subj.End = toks[c-1].e
	return f
}

// barePlural reads a plural noun or a collective ("people", "police")
// with no determiner, maybe after one or two lower-case modifiers, that
// a prepositional phrase follows, or an adjective of acquaintance and
// its preposition (acquaintance): "officials at the port", "local
// residents of the island", "people close to the mayor". subjectAt
// reads such a plural only right before its cue ("officials said"), so
// a plural with a phrase had no subject after a quotation ("“…,”
// officials at the port said"). It returns the plural and the index of
// the preposition; describedBy checks the phrase.
//
// A word in -ly is an adverb unless a plural follows it, as an
// adjective ("elderly residents of the island"). A preposition whose
// object is a word of an adverbial idiom or of time ("officials at
// first said", "said officials for weeks") opens the verb's phrase,
// not the plural's.
func barePlural(text string, toks []tok, k, lim int) (found, int) {
	for j := k; j < lim && j < k+3 && toks[j].word; j++ {
		t := &toks[j]
		if capital(t.str(text)) || t.is(isFunction|isAdverb|isCue|isPhraseStop|isAuxiliary|isPronoun|isQuantifier) || strings.HasSuffix(t.low, "ly") && !(j+1 < lim && toks[j+1].word && toks[j+1].pluralNoun()) {
			return found{}, k
		}
		if (t.is2(isGroupNoun) || t.pluralNoun()) && !t.is(isReporting) && j+1 < lim && toks[j+1].word && toks[j+1].is(isPostPreposition) && !(j+2 < len(toks) && (toks[j+2].is(isTimeWord) || toks[j+2].is2(isAdverbialObject))) {
			sp := doc.Span{Start: toks[k].s, End: t.e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true}, j + 1
		}
		// An adjective of acquaintance and its preposition: "people
		// close to the mayor", "officials familiar with the talks".
		if (t.is2(isGroupNoun) || t.pluralNoun()) && !t.is(isReporting) && j+2 < lim && knowsPrep(toks, j+2) {
			sp := doc.Span{Start: toks[k].s, End: t.e}
			return found{subj: sp, name: text[sp.Start:sp.End], ok: true}, j + 2
		}
	}
	return found{}, k
}

// adverbialObjects end a preposition's idiom of manner, degree or time
// ("at first", "in private", "of course", "for years"): such a phrase
// after a plural is the verb's.
var adverbialObjects = map[string]bool{"first": true, "last": true, "times": true, "private": true, "public": true, "turn": true, "course": true, "least": true, "once": true, "length": true, "large": true, "all": true, "fact": true, "general": true, "particular": true, "present": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true}

// pluralOfAfterCue reads, after an inverted cue that ends the sentence,
// a bare plural and its phrase with "of" or "for", which say whose the
// speakers are ("“…,” said residents of the island.", "said advisers
// for the board"), or with an adjective of acquaintance ("said people
// close to the mayor."), the phrase running to the sentence's end or to a
// preposition other than "of", which opens the verb's phrase ("said
// residents of the island in a letter"), at most six words, no verb,
// pronoun or relative word in it. Other
// prepositions open phrases of the verb as often ("said officials at a
// news conference"), so they are left out.
func pluralOfAfterCue(text string, toks []tok, k int) found {
	f, e := barePlural(text, toks, k, len(toks))
	if !f.ok || toks[e].low != "of" && toks[e].low != "for" && !knowsPrep(toks, e) {
		return found{}
	}
	j := e + 1
	for ; j < len(toks) && toks[j].word; j++ {
		if j > e+1 && toks[j].is(isPrep) && toks[j].low != "of" {
			break // the verb's phrase: "said residents of the island in a letter"
		}
		if j > e+6 || toks[j].is(isCue|isPronoun|isAuxiliary|isFinite) || toks[j].low == "who" || toks[j].low == "that" || toks[j].low == "which" {
			return found{}
		}
	}
	if j == e+1 || j < len(toks) && !toks[j].word && !boundary(text, toks, j) {
		return found{}
	}
	f.subj.End, f.whole = toks[j-1].e, true
	return f
}

// describes reports whether toks from k up to offset at are a few words
// describing the subject that starts at at ("port lawyer" before "Ana
// Ruiz").
func describes(text string, toks []tok, k, at int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].s >= at {
			return j > k
		}
		w := toks[j].lower(text)
		if !toks[j].word && w != "." || toks[j].is(isCue|isPhraseStop) && !(w == "state" && c5State(text, toks, j)) || toks[j].is(isFunction) && !toks[j].is(isDet) {
			return false // a cue word, but a modifier after an article: "the state Department of Transportation"
		}
	}
	return false
}

// dashName reads a source line after a quotation: a dash and a name
// that ends the sentence or paragraph ("…” ― Ana Ruiz"), the way
// collected statements and block quotations credit their authors.
func dashName(text string, toks []tok, k int) found {
	if k < 1 || k > 3 || !toks[k].word || !creditDash(text, toks, k) {
		return found{}
	}
	n, ok := nameAt(text, toks, k)
	if !ok || n.from != k || n.start != toks[k].s {
		return found{}
	}
	if n.to < len(toks) && toks[n.to].str(text) != "." && toks[n.to].str(text) != "," && toks[n.to].str(text) != "(" {
		return found{} // "(": a handle or a label, "— Ana Ruiz (@aruiz) May 3, 2016"
	}
	return found{subj: doc.Span{Start: n.start, End: n.end}, name: n.text, ok: true}
}

// slashLead returns the index of the word after a modifier that a
// slash with no space joins at toks[k] ("9/11 widow": the index of
// "widow"), or k when toks[k] opens no such modifier.
//
// A part that is a function word, a determiner or the shorthand "w"
// ("and/or", "w/") joins no modifier, and a chain of numbers alone
// ("24/7") is one only before a lower-case word ("9/11 widow"): before
// a name it is an adverb or a date. The index returned is always one of
// a token.
func slashLead(text string, toks []tok, k int) int {
	j := k
	digits := true
	for j+2 < len(toks) && toks[j].word && toks[j+1].low == "/" && toks[j].e == toks[j+1].s && toks[j+1].e == toks[j+2].s && toks[j+2].word {
		for _, x := range [2]int{j, j + 2} {
			if toks[x].is(isFunction|isDet) || toks[x].low == "w" {
				return k
			}
			if strings.TrimLeft(toks[x].low, "0123456789") != "" {
				digits = false
			}
		}
		j += 2
	}
	if j == k || j+1 >= len(toks) {
		return k
	}
	if digits && (!toks[j+1].word || capital(toks[j+1].str(text))) {
		return k
	}
	return j + 1
}

func subjStart(text string, toks []tok, k int) int {
	f, _ := subjectAt(text, toks, k, len(toks))
	return f.subj.Start
}

// accordingTo reads "according to X" at toks[k], or its news shorthand
// "per X" ("…,” per the party’s bylaws") when X opens with a determiner
// or a capital, so that "per cent" and "per day" are not read. X is the
// whole noun phrase up to a comma or the sentence's end, when that holds
// no verb: "the top British medical journal", "a Times/CBS News poll
// released last week", "exit polls".
func accordingTo(text string, toks []tok, k int) found {
	at := 0
	switch {
	case k+2 < len(toks) && toks[k].lower(text) == "according" && toks[k+1].lower(text) == "to":
		at = k + 2
	case k+1 < len(toks) && toks[k].low == "per" && toks[k+1].word && (toks[k+1].is(isDet) || capital(toks[k+1].str(text))):
		at = k + 1
	default:
		return found{}
	}
	cue := doc.Span{Start: toks[k].s, End: toks[at-1].e}
	f, e := subjectAt(text, toks, at, len(toks))
	if f.ok {
		f.cue = cue
		if x := n100NameList(text, toks, e); x > e && f.pronoun == "" && capital(toks[at].str(text)) {
			f.subj.End, f.whole, e = toks[x-1].e, true, x // "according to Ann Reed, Ed Moss and Tom Lee"
		}
	}
	// A phrase read whole with no subject at its start is short, or
	// ends with a name: "research by the Institute for Fiscal
	// Studies".
	// A day's name at its end is no name's: "figures published by
	// the ministry last Thursday" is read as nothing.
	if x := phraseEnd(text, toks, max(e, at)); x > e && (f.ok || x-at <= 6 || n104LabelledEnd(text, toks, at, x) || n110LabelledBeforeTime(text, toks, at, x) || n115ByName(text, toks, at, x)) {
		if !f.ok {
			f = found{name: text[toks[at].s:toks[x-1].e], ok: true, cue: cue}
			f.subj.Start = toks[at].s
		}
		f.subj.End, f.whole = toks[x-1].e, true
		if f.pronoun != "" {
			return found{}
		}
		if toks[at].is(isDet) && !capital(toks[at].str(text)) {
			// A description, kept as written: "a Times/CBS
			// News poll released last week".
			f.subj.Start = toks[at].s
			f.name = text[f.subj.Start:f.subj.End]
		}
	}
	if f.ok && f.subj.End == toks[at].e && conformityNouns[toks[at].low] {
		return found{} // "according to plan": what a thing went by, no one who said it
	}
	return f
}

// conformityNouns, bare after "according to", make it "as … laid down"
// rather than "as … said": "The ferry, according to schedule, was late",
// "according to plan", "according to tradition". With a determiner the
// noun may be a document that states things ("according to the plan,
// the ferry would …") and is read as a source.
var conformityNouns = map[string]bool{"plan": true, "schedule": true, "tradition": true, "custom": true, "script": true, "protocol": true, "procedure": true, "form": true, "design": true}

// phraseEnd returns the index after the words that run on from toks[k]
// to a comma, a semicolon, a dash or the sentence's end, or k when a verb
// or a quotation mark comes first ("according to the poll the pier is
// old" has a clause after its source) or nothing ends them within
// sixteen tokens ("figures released by the Housing and Township Board
// (HTB) on Wednesday night" is fifteen after its head).
func phraseEnd(text string, toks []tok, k int) int {
	j := k
	for ; j < len(toks) && j < k+16; j++ {
		t := &toks[j]
		if !t.word {
			s := t.str(text)
			if s == "," && thousandsComma(text, t) {
				continue // "a survey of 1,200 firms"
			}
			if s == "," || s == ";" || s == "—" || s == "–" || s == ")" || boundary(text, toks, j) {
				return j
			}
			if s == "/" || s == "-" || s == "’" || s == "'" || s == "&" || s == "." {
				continue
			}
			if e := shortLabel(text, toks, j); e > j {
				j = e // "the organizer Friends of the Pier (FOP)"
				continue
			}
			return k
		}
		if t.is(isSubjectPronoun) && j > 0 && j+1 < len(toks) && toks[j-1].word && !toks[j-1].is(isFunction|isPronoun) && t.low != "who" && toks[j+1].word && !toks[j+1].is(isAuxiliary) {
			j++ // a contact clause on the noun, its pronoun and verb: "according to a lease renewal she showed me"
			continue
		}
		if t.is(isFinite) || t.is(isAuxiliary) || t.is(isSubjectPronoun) || t.low == "that" || t.low == "which" || t.low == "and" && j > k && !n110NameAnd(text, toks, j) {
			return k
		}
	}
	if j == len(toks) {
		return j
	}
	return k
}

// thousandsComma reports whether the comma t stands between digits with
// no space, three after it: a number's ("1,200"), which the index
// reads as two words and a comma.
func thousandsComma(text string, t *tok) bool {
	return thousandsCommaAt(text, t.s)
}

// thousandsCommaAt is thousandsComma for the comma at offset s.
func thousandsCommaAt(text string, s int) bool {
	return s > 0 && s+4 <= len(text) && text[s-1] >= '0' && text[s-1] <= '9' &&
		text[s+1] >= '0' && text[s+1] <= '9' && text[s+2] >= '0' && text[s+2] <= '9' && text[s+3] >= '0' && text[s+3] <= '9' &&
		(s+4 == len(text) || text[s+4] < '0' || text[s+4] > '9')
}

// shortLabel returns the index of the closing parenthesis of a short
// label in parentheses at toks[j] that names what comes before it, an
// acronym or a party ("Friends of the Pier (FOP)", "the harbour board
// (D-Ore.)"): up to five tokens, words with a capital, no verb; else j.
func shortLabel(text string, toks []tok, j int) int {
	if toks[j].str(text) != "(" {
		return j
	}
	for e := j + 1; e < len(toks) && e <= j+6; e++ {
		t := &toks[e]
		if t.str(text) == ")" {
			if e-j < 2 {
				return j
			}
			return e
		}
		if t.word && (!capital(t.str(text)) || t.is(isFinite) || t.is(isAuxiliary)) || !t.word && t.str(text) != "-" && t.str(text) != "." && t.str(text) != "&" {
			return j
		}
	}
	return j
}

// introClause reads the clause before a quotation (toks), which ends at
// the quotation's opening mark.
// selfNamed reads a name that ends an introduction and that the clause
// says someone goes by: "signs herself Wren", "calls himself Ned",
// "known as Ned", "named Ned". toks[:n] is the clause without its colon.
func selfNamed(text string, toks []tok, n int) found {
	for k := n - 1; k >= 2 && k >= n-3; k-- {
		nm, ok := nameAt(text, toks, k)
		if !ok || nm.from != k || nm.to != n {
			continue
		}
		w1, w2 := toks[k-2].lower(text), toks[k-1].lower(text)
		if reflexives[w2] && namingVerbs[w1] || w1 == "known" && w2 == "as" || w2 == "named" {
			return found{subj: doc.Span{Start: nm.start, End: nm.end}, name: nm.text, ok: true}
		}
	}
	return found{}
}

var (
	reflexives  = map[string]bool{"herself": true, "himself": true, "themselves": true, "themself": true, "itself": true}
	namingVerbs = map[string]bool{"signs": true, "signed": true, "calls": true, "called": true, "styles": true, "styled": true, "names": true, "named": true}
)

func introClause(text string, toks []tok) found {
	// The clause starts after the last sentence boundary.
	s := 0
	for k := len(toks) - 2; k >= 0; k-- {
		if !toks[k].word && boundary(text, toks, k) {
			s = k + 1
			break
		}
	}
	toks = toks[s:]
	n := len(toks)
	if n == 0 {
		return found{}
	}
	end := toks[n-1].str(text)
	colon := end == ":"
	if end == ":" || end == "," || end == "—" || end == "–" {
		n--
	} else if toks[n-1].lower(text) == "that" {
		n--
	}
	if n == 0 {
		return found{}
	}
	// "As Ana Ruiz put it, “…”", "as the Courier put it in a long
	// profile, “…”": the idiom reports words.
	if f, ok := putIt(text, toks, n); ok {
		return f
	}
	// "Her brother, Soren Lindahl, read from a single handwritten page:
	// “…”": one who reads out a text speaks its words.
	if colon {
		if f, ok := readsOut(text, toks, n); ok {
			return f
		}
	}
	// "was, in the words of one islander, “…”".
	if end == "," {
		if f, ok := wordsOf(text, toks, n); ok {
			return f
		}
	}
	// A cue among the last words; after a colon, a verb's object and a
	// phrase may stand between: "Delacorte shouted one more
	// instruction over the noise:".
	reach := 6
	if colon {
		reach = 16
	}
	for c := n - 1; c >= 0 && c >= n-reach; c-- {
		if !toks[c].word || !toks[c].is(isCue) || modifiedBase(text, toks, c) || g1UnitedStates(toks, c) || n2InPhrase(toks, c) || n102OwnedNoun(text, toks, c, n) {
			continue // "the following comment:" is a noun (speechObject reads it); "the United States" (g1_cue.go); "Kolvenia’s claim to the waters was" (n102_readings.go)
		}
		if c < n-9 && !(farWrite[toks[c].low] && onlyPhrases(text, toks[c+1:n])) {
			break // that far back only a verb of posting, with phrases of place and time after it
		}
		if c < n-6 && c >= n-9 && (!farVoice[toks[c].low] || slices.ContainsFunc(toks[c+1:n], func(t tok) bool { return !t.word || t.is(isCue) })) {
			break // that far back only a verb of the voice, with words alone after it
		}
		cue := doc.Span{Start: toks[c].s, End: toks[c].e}
		w := toks[c].lower(text)
		// "said Ed Moss, “…”" inverts; "says Kaine “has …”" with no
		// comma or colon makes Kaine the subject of the quoted clause.
		// A noun for an utterance after the cue is its object, not an
		// inverted subject: "The company posted a message:".
		// A subject right before the cue makes the words after it the
		// cue's object, not an inverted subject: "Ann Ortiz asked Ed
		// Moss: “…?”".
		if f, e := subjectAt(text, toks, c+1, n); f.ok && e == n && !objectCues[w] && end != "" && strings.Contains(",:—–", end) && !(f.pronoun == "" && toks[c+1].is(isDet) && toks[n-1].is(isSpeechNoun)) && !(f.pronoun != "" && !toks[c+1].is(isSubjectPronoun)) && !(c > 0 && toks[c-1].is(isAuxiliary) && toks[c+1].is(isDet)) { // not after an auxiliary: "had posted a single word:" is the verb's object
			// An object pronoun is the cue's object, not an inverted
			// subject: "Ed Moss, the head of Acme -- a firm that
			// builds piers -- told me, “…”" reads the subject before.
			if b := beforeCue(text, toks, c); b.ok && c > 0 && b.subj.End == toks[c-1].e {
				b.cue = cue
				return b
			}
			f.cue = cue
			return f
		}
		if f := relativeBeforeCue(text, toks, c); f.ok {
			f.cue = cue // "The pilot who runs the ferry said: “…”"
			return f
		}
		if f := beforeCue(text, toks, c); f.ok {
			f.cue = cue
			return f
		}
		if f := n57UsedTo(text, toks, c); f.ok {
			f.cue = cue // "She used to say, “…”" (n57_kin.go)
			return f
		}
		if f := n57KinBefore(text, toks, c); f.ok && c == n-1 && end != "" {
			f.cue = cue // "My father said, “…”" (n57_kin.go)
			return f
		}
		if f := sharedSubject(text, toks, c); f.ok {
			f.cue = cue
			return f
		}
		if c > 1 && toks[c-1].low == "which" && toks[c-2].word {
			// "the Police Department which reported “…”": "which" is the
			// mention, the name it follows the speaker, as for "who".
			return found{subj: doc.Span{Start: toks[c-1].s, End: toks[c-1].e}, pronoun: "who", ok: true, cue: cue}
		}
		break
	}
	if colon {
		// "Among those at the dinner was Neville Grigg, 81, a retired
		// welder: “…”": the subject after the verb (n103_readings.go).
		if f := n103BeingInverted(text, toks, n); f.ok {
			return f
		}
		// A text that reads out or goes on: "The sign read: “…”", "The
		// letter, which the family has shared, goes on: ‘…’"
		// (n102_readings.go).
		if c := n102ColonVerb(toks, n); c > 0 {
			cue := doc.Span{Start: toks[c].s, End: toks[n-1].e}
			if f := relativeSubject(text, toks, c-1); f.ok {
				f.cue = cue
				return f
			}
			if f := beforeCue(text, toks, c); f.ok && f.pronoun == "" && toks[c-1].word && !toks[c-1].is(isPronoun) {
				f.cue = cue // not after an appositive's comma, whose phrase beforeCue does not read whole; nor a reader: "The book he read: “…”"
				return f
			}
		}
	}
	// An "according to" that ends the sentence before the quotation is
	// that sentence's hop, not this quotation's source: "“…,” Maskin
	// told the crowd, according to a translation by the Herald.
	// “Tonight, …”" (the next pieces go on Maskin's: n11Continues).
	for k := 0; k+2 < n && end != "."; k++ {
		// accordingTo's own first test, without the call: the clause
		// before every quotation is read, and nearly no word opens
		// "according to X" or "per X".
		if w := toks[k].low; w != "according" && w != "per" {
			continue
		}
		if f := accordingTo(text, toks, k); f.ok {
			return f
		}
	}
	// "footage of Clinton asking, “…”", "Trump saying during the debate,
	// “…”": the name right before the participle says it.
	if end == "," {
		for p := n - 1; p >= 1 && p >= n-8; p-- {
			if !toks[p].word {
				break
			}
			if !toks[p].is(isParticiple) {
				continue
			}
			if toks[p-1].word {
				if f := subjectEnding(text, toks, p-1); f.ok && f.name != "" && capital(f.name) {
					f.cue = doc.Span{Start: toks[p].s, End: toks[p].e}
					return f
				}
			}
			break
		}
	}
	// "Trump attacked Clinton, saying, “…”": the sentence's subject; also
	// with a colon or nothing after the participle when a comma opens
	// it ("…, saying “…”", "…, adding: “…”").
	if (end == "," || participleAfterComma(text, toks, n, colon)) && toks[n-1].is(isParticiple) {
		s := 0
		if toks[0].is(isFunction|isPhraseStop) && !toks[0].is(isPronoun|isDet) {
			for j := 1; j < n-1 && j < 16; j++ {
				if toks[j].str(text) == "," {
					s = j + 1
					break
				}
			}
		}
		// A description of a person opening the clause counts as well
		// ("The mayor walked onto the pier, shouting “…”"); other
		// descriptions ("The video shows …") may name no speaker.
		if f := laterSubject(text, toks, s, n); f.ok && !objectVoices(text, toks, s, n) {
			f.cue = doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
			return f
		}
		// A capitalised quantifier opening the sentence ("None of the
		// pilots …") is no name.
		if f, e := subjectAt(text, toks, s, n); f.ok && !quantifierWord(&toks[s]) && (f.pronoun != "" || capital(f.name) && f.subj.Start == toks[s].s && !toks[s].is(isDet) || personSubject(text, toks, s, f) || n114ReportsFirst(toks, e, n)) && !objectVoices(text, toks, s, n) {
			f.cue = doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
			return f
		}
	}
	// "because to her, “…”": a fronted "to" and its person gives the
	// view that the quotation words (viewpointTo).
	if end == "," {
		if f := viewpointTo(text, toks, n); f.ok {
			return f
		}
	}
	if !colon {
		return found{}
	}
	// "Ed Moss said in a letter to the council last month:": a cue
	// farther back than the loop above reads (k1_intro.go).
	if f := k1FarCue(text, toks, n); f.ok {
		return f
	}
	// "Ed Moss evokes the port in his foreword:" (k1_intro.go).
	if f := k1InOwnWork(text, toks, n); f.ok {
		return f
	}
	// "Her book is … generous with dialogue:", "Ed Moss's memoir
	// opens:": the one who wrote the work the clause is about.
	if f := workOwner(text, toks, n); f.ok {
		return f
	}
	// "President Ed Moss is rolling out a new message:", "She had one
	// last question:": the subject of a clause that ends with a noun
	// for an utterance.
	if f := speechObject(text, toks, n); f.ok {
		return f
	}
	if f := n45ClauseSpeech(text, toks, n); f.ok { // "…, and I gave my answer:" (n45_colon.go)
		return f
	}
	// "Alexander Bunn:", "Stalin, then:", "It began:".
	// Not a noun with a relative clause of its own: "The book he
	// read:" introduces words of the book, which no one speaks.
	// Nor a noun for an utterance, which names the words, not who says
	// them: "The following comment was made:".
	if f, e := subjectAt(text, toks, 0, n); f.ok && e+2 >= n && (f.name != "" && capital(f.name) && !(e == 1 && n103Prep(&toks[0])) || f.pronoun != "") && !(e < n && toks[e].is(isSubjectPronoun)) && !(f.pronoun == "" && e > 0 && toks[e-1].is(isSpeechNoun)) && !n1NamesWords(toks, e, n) {
		if f.pronoun == "" && e < n && e+1 >= n-1 && personLabel(toks, n) {
			f.subj = doc.Span{Start: toks[0].s, End: toks[n-1].e} // "Care home owner:": the whole label, not its capital
			f.name, f.whole = text[f.subj.Start:f.subj.End], true
		}
		return f
	}
	if f := n93ApposedColon(text, toks, n); f.ok { // "Derek Annan, 71, a season-ticket holder since 1979:" (n93_colon.go)
		return f
	}
	if n >= 2 && toks[0].lower(text) == "it" && n <= 3 {
		return found{subj: doc.Span{Start: toks[0].s, End: toks[0].e}, pronoun: "it", ok: true}
	}
	// "… a user who signs herself Wren:", "… a man known as Ned:".
	if f := selfNamed(text, toks, n); f.ok {
		return f
	}
	// "… by William Taubman:"; "A lesson from Ann Reed:", "A message
	// from the mayor:" (after a noun for an utterance or a carrier of
	// words, not a journey's start: "back from Oslo:").
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		if w := toks[k].lower(text); w == "by" || w == "from" && k > 0 && toks[k-1].word && (toks[k-1].is(isSpeechNoun) || carriers[toks[k-1].low] || utteranceHeads[toks[k-1].low]) {
			if f, e := subjectAt(text, toks, k+1, n); f.ok && e == n && f.name != "" && (capital(f.name) || w == "from" && toks[k+1].is(isDet) && (toks[e-1].is(isPerson) || toks[e-1].is2(isBody))) {
				return f
			}
			break
		}
	}
	return onTopic(text, toks, n)
}

// personLabel reports whether toks[:n] are a short label of a person
// before a colon, two to four words with no function word or verb that
// end with a noun of persons ("Care home owner:", "Local resident:").
func personLabel(toks []tok, n int) bool {
	if n < 2 || n > 4 {
		return false
	}
	for j := 0; j < n; j++ {
		if !toks[j].word || toks[j].is(isFunction|isAuxiliary|isFinite|isCue|isPronoun) {
			return false
		}
	}
	return toks[n-1].is(isPerson)
}

// utteranceHeads are nouns that name words handed on, beside
// speechNouns, before "from" and their giver: "A lesson from Ann Reed:",
// "Some wisdom from the mayor:".
var utteranceHeads = map[string]bool{"lesson": true, "lessons": true, "wisdom": true, "word": true, "thoughts": true, "quote": true, "quotes": true, "excerpt": true, "excerpts": true, "highlights": true, "tips": true}

// onTopic reads the caption and headline form "Ann Reed on the strike:"
// before a quotation: a name of two or more capitalised words opening
// the sentence, "on" and a short phrase with no verb, then the colon.
// The name says the words; one capitalised word is left alone, as it
// may be no name at all ("Focus on the economy:").
func onTopic(text string, toks []tok, n int) found {
	f, e := subjectAt(text, toks, 0, n)
	if !f.ok || f.pronoun != "" || e >= n-1 || e > 4 || toks[e].low != "on" || !capital(f.name) || !strings.Contains(f.name, " ") {
		return found{}
	}
	for j := e + 1; j < n; j++ {
		if !toks[j].word || j > e+6 || toks[j].is(isCue|isAuxiliary|isFinite|isPronoun) {
			return found{}
		}
	}
	return f
}

// personSubject reports whether f, read at toks[s], is a description of
// a person (personAt) and nothing longer: "The mayor", "Her aunt".
func personSubject(text string, toks []tok, s int, f found) bool {
	p, ok := personAt(text, toks, s)
	return ok && f.subj.Start == p.start && f.subj.End == p.end
}

// laterSubject reads the subject of the last clause that a comma and a
// conjunction (or a semicolon) join to the sentence before a participle
// at toks[n-1]: "…, and as soon as the ferry docked she ran to the pier,
// crying, “…”" is hers, not the first clause's. The subject is a pronoun
// opening that clause, or the last subject pronoun after a subordinate
// clause that opens it, or a name or a description of a person opening
// it; with no such clause, or no such subject, nothing is read and the
// sentence's subject is tried.
func laterSubject(text string, toks []tok, s, n int) found {
	b := -1
	for j := n - 3; j > s; j-- {
		w := toks[j].low
		if w == ";" || toks[j].word && (w == "and" || w == "but" || w == "so" || w == "yet") && toks[j-1].low == "," {
			b = j
			break
		}
	}
	if b < 0 || b+1 >= n-2 || !toks[b+1].word {
		return found{}
	}
	at := b + 1
	if toks[at].is(isSubordinator) {
		at = -1
		for j := n - 3; j > b+2; j-- {
			if toks[j].word && toks[j].is(isSubjectPronoun) && toks[j].low != "who" {
				at = j
				break
			}
		}
		if at < 0 {
			return found{}
		}
	}
	if quantifierWord(&toks[at]) {
		return found{}
	}
	f, _ := subjectAt(text, toks, at, n)
	if !f.ok || f.subj.Start != toks[at].s || f.pronoun == "who" {
		return found{}
	}
	if f.pronoun != "" || capital(f.name) && !toks[at].is(isDet) || personSubject(text, toks, at, f) {
		return f
	}
	return found{}
}

// quantifierWord reports whether t counts or quantifies ("None",
// "Some", "All", "Each", "Many"): capitalised at a sentence's start it
// looks like a name, but it is none.
func quantifierWord(t *tok) bool {
	return t.word && (t.is(isQuantifier) || t.low == "none" || t.low == "each" || t.low == "any")
}

// objectVoices reports whether a participle of shouting or singing at
// toks[n-1] may voice the words of the clause's object rather than its
// subject's: after a plural noun ("The mayor faced the protesters,
// chanting “…”") or in a clause about a letter or a message ("received
// a letter from Ed, replying “…”"). Verbs of saying and adding keep the
// subject's reading.
func objectVoices(text string, toks []tok, s, n int) bool {
	switch toks[n-1].low {
	case "chanting", "singing", "shouting", "yelling", "screaming", "replying":
	default:
		return false
	}
	if n < 3 || toks[n-2].low != "," {
		return false
	}
	if p := &toks[n-3]; p.word && !adverbish(p.low) && !capital(p.str(text)) && len(p.low) > 3 && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss") && !strings.HasSuffix(p.low, "us") && !p.is(isFunction) {
		return true
	}
	for j := max(s, 0); j < n-2; j++ {
		if w := toks[j].low; w == "letter" || w == "message" || w == "from" || w == "letters" || w == "messages" {
			return true
		}
	}
	return false
}

// participleAfterComma reports whether the clause before a quotation
// (toks[:n]) ends with a participle that a comma opens and that a colon
// or nothing follows: "Ed Moss criticized the plan, saying “…”".
func participleAfterComma(text string, toks []tok, n int, colon bool) bool {
	return n >= 3 && (colon || toks[n-1].e == toks[len(toks)-1].e) && toks[n-2].str(text) == ","
}

// subjectNaming reads the clause before a mixed quotation (toks) for a
// subject that opens it, or follows an opening phrase and its comma
// ("In January, Gov. Ed Moss lauded …"), with a naming or saying verb
// (naming.txt) or a verb of another verbal act (voicing.txt) right
// after it, past auxiliaries and adverbs, or reached from the verb
// there (voicedVerb): "Ana Ruiz called the plan “a disaster”", "Ed Moss
// has praised its “quiet courage”", "Ann took to the radio to accuse
// the board of being “…”". The phrase in marks is the subject's.
func subjectNaming(text string, toks []tok) found {
	s := 0
	for k := len(toks) - 2; k >= 0; k-- {
		if !toks[k].word && (boundary(text, toks, k) || toks[k].str(text) == ";" && !hasNewline(text[toks[k].e:toks[k+1].s])) { // a semicolon opens a clause of its own: "…; Talmessa calls claim ‘a fantasy’"
			s = k + 1
			break
		}
	}
	starts := []int{s}
	if k := n112AndSubject(text, toks, s); k > 0 {
		starts = []int{k, s} // "…, and he accused opponents of “…”": the nearer subject first (n112_readings.go)
	}
	if s < len(toks) && toks[s].word && n103TimeLead(toks[s].low) {
		if t := n103TimeOpener(text, toks, s, len(toks)); t > s {
			starts = append(starts, t) // "That evening Mabey went on television and accused him of …" (n103_readings.go)
		}
	}
	if s+1 < len(toks) && toks[s].word && toks[s].is(isClauseLead) && toks[s+1].word {
		starts = append(starts, s+1) // "But the chairman, Sani Danbaba, accused …"
	}
	for j := s; j < len(toks) && j < s+8; j++ {
		if toks[j].str(text) == "," {
			starts = append(starts, j+1)
			break
		}
		if !toks[j].word {
			break
		}
		if n101OpenerPronoun(toks, s, j) {
			starts = append(starts, j) // "Later in the interview he accused …"
			break
		}
	}
	for _, k := range starts {
		f, e := subjectAt(text, toks, k, len(toks))
		if !f.ok || f.pronoun == "who" || f.name != "" && !capital(f.name) && !toks[k].is(isDet) || contractedPronoun(text[f.subj.Start:f.subj.End]) {
			continue
		}
		f, e = n112RoleName(text, toks, f, e) // "Board member Sheila Marquardt accused …" (n112_readings.go)
		if f.pronoun == "" && toks[k].is(isDet) && e-k >= 3 && voicedVerb(text, toks, e) < 0 {
			// A description read on into a verb that names: "The spot
			// accuses Ann of …" was read as the subject "The spot
			// accuses".
			for x := k + 2; x < e; x++ {
				if toks[x].word && toks[x].is(isNaming) && (strings.HasSuffix(toks[x].low, "s") || strings.HasSuffix(toks[x].low, "ed")) && !(x+1 < len(toks) && toks[x+1].word && toks[x+1].is(isPrep)) { // not a verb with its particle, "calls for", read elsewhere
					if f.name == text[f.subj.Start:f.subj.End] {
						f.name = text[f.subj.Start:toks[x-1].e]
					}
					f.subj.End, e = toks[x-1].e, x
					break
				}
			}
		}
		if f.name != "" && e+1 < len(toks) && toks[e].lower(text) == "of" && capital(toks[e+1].str(text)) {
			for e++; e < len(toks) && toks[e].word && capital(toks[e].str(text)); e++ { // "Ed Moss of Utah"
			}
		}
		f, e = coordinatedName(text, toks, f, e)
		whole := false
		if e+1 < len(toks) && f.pronoun == "" && (toks[e].is(isPostPreposition) || toks[e].str(text) == ",") {
			// A phrase and an appositive between the subject and
			// its verb: "His partner at Lenox, Ed Moss, called",
			// "Another critic, Ed Moss, likened".
			x := e
			if toks[x].is(isPostPreposition) {
				for x++; x < len(toks) && x < e+9 && toks[x].word && !toks[x].is(isNaming); x++ {
				}
			}
			if n104ShortFormAt(text, toks, x) {
				x += 3 // "the President of the Congress of Allied Workers (CAW), Comrade Bitrus Yakwal,"
			}
			if x+1 < len(toks) && toks[x].str(text) == "," {
				if n, ok := nameAt(text, toks, x+1); ok && n.from == x+1 && n.to < len(toks) && toks[n.to].str(text) == "," {
					f.subj.End, e, whole = n.end, n.to+1, true
					f.name = n.text // the name, not its description
					if toks[k].is(isDet) && !toks[k].is(isPronoun) {
						f.subj.Start = toks[k].s // the description's article, which a capitalised role read as a name left out: "The Minority Leader, Peter Lokwang,"
					}
				}
			}
		}
		if sub := text[f.subj.Start:f.subj.End]; f.pronoun == "" && e+1 < len(toks) && (strings.HasSuffix(sub, "’s") || strings.HasSuffix(sub, "'s")) {
			// A name's possessive and its noun: "Vandermeer’s campaign
			// accused Pruett of “…”", read by subjectAt as the name.
			for x := e + 1; x <= e+3 && x < len(toks); x++ {
				if t := &toks[x-1]; !t.word || capital(t.str(text)) || t.is(isFunction|isAuxiliary|isFinite|isCue) {
					break // the noun phrase's words only: "Scott's family has called on …" is the family's
				}
				y := x
				for y < len(toks) && y < x+2 && toks[y].word && toks[y].is(isAuxiliary) {
					y++ // "has called"
				}
				if v := voicedVerb(text, toks, y); v >= 0 {
					return found{subj: doc.Span{Start: toks[k].s, End: toks[x-1].e}, name: text[toks[k].s:toks[x-1].e], ok: true, whole: true, cue: doc.Span{Start: toks[v].s, End: toks[v].e}}
				}
			}
		}
		e2, appos := pastAside(text, toks, e)
		if appos > e && f.pronoun == "" && !whole {
			f.subj.End, whole = toks[appos-1].e, true // "Mayor Ann Reed, a Democrat"
		}
		e = e2
		lim := max(k+12, e+4)
		for e < len(toks) && e < lim && toks[e].word {
			if toks[e].low == "on" && e+1 < len(toks) && toks[e+1].word && toks[e+1].is(isTimeWord) {
				e += 2 // "Sen. Ann Reed on Thursday accused …"
				continue
			}
			if toks[e].is(isAuxiliary) && e+2 < len(toks) && toks[e+1].low == "for" && n101Spans[toks[e+2].low] {
				e += 3 // "has for months accused …"
				continue
			}
			if !toks[e].is(isAdverb) && !toks[e].is(isTimeWord) && !strings.HasSuffix(toks[e].lower(text), "ly") {
				break
			}
			e++
		}
		if v := voicedVerb(text, toks, e); v >= 0 {
			f.cue = doc.Span{Start: toks[v].s, End: toks[v].e}
			f.whole = f.whole || whole
			return f
		}
	}
	if f, ok := n110BareNaming(text, toks, s); ok {
		return f // "…; sponsor calls it ‘overdue’" in a headline (n110_readings.go)
	}
	// "an explosion that Mayor Ed Moss described as “…”", "which the
	// plaque by the slipway calls “…”": the subject of a naming verb
	// near the end of the clause, in a relative clause.
	for v := len(toks) - 1; v >= 1 && v >= len(toks)-4; v-- {
		if !toks[v].word || !toks[v].is(isNaming) {
			continue
		}
		if f := subjectEnding(text, toks, v-1); f.ok && f.name != "" && capital(f.name) && v-1 > 0 && (toks[v-1].e == f.subj.End) {
			if i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= f.subj.Start }); i > 0 && (toks[i-1].low == "that" || toks[i-1].low == "which" || toks[i-1].low == "what") {
				f.cue = doc.Span{Start: toks[v].s, End: toks[v].e}
				return f
			}
		}
		for w := v - 2; w >= 0 && w >= v-8; w-- {
			if !toks[w].word {
				break
			}
			if toks[w].low != "which" {
				continue
			}
			if np, ok := phraseAt(text, toks, w+1, v); ok && toks[w+1].is(isDet) {
				return found{subj: np, name: text[np.Start:np.End], ok: true, whole: true, cue: doc.Span{Start: toks[v].s, End: toks[v].e}}
			}
			break
		}
		break
	}
	return found{}
}

// afterCue reports whether the token is a cue in the narration after a
// quotation: a verb of saying, or one of the quotation stage's cues,
// which add the manners of speaking of fiction ("inquired Martha",
// "returned Elizabeth") and thought ("“What now?” thought Alice").
func afterCue(t *tok) bool {
	// Every word of both lists has a lexicon entry that says so (the
	// quotation stage's cues are isQuoteCue, y6_class2.go).
	return t.is(isCue) || t.is2(isQuoteCue)
}

// replyNouns name an utterance: "was Ann's answer".
var replyNouns = map[string]bool{"answer": true, "reply": true, "comment": true, "remark": true, "response": true, "retort": true, "rejoinder": true, "question": true, "exclamation": true, "verdict": true}

// possessiveReply reads "was Ann's answer", "came Ed Moss's quick
// reply" after a quotation: the name before the possessive said it.
func possessiveReply(text string, toks []tok, k int) found {
	if k+2 >= len(toks) || toks[k].lower(text) != "was" && toks[k].lower(text) != "came" {
		return found{}
	}
	n, ok := nameAt(text, toks, k+1)
	if !ok || n.from != k+1 || n.text == text[n.start:n.end] {
		return found{} // no possessive
	}
	for j := n.to; j < len(toks) && j < n.to+3 && toks[j].word; j++ {
		if toks[j].is2(isReplyNoun) {
			return found{subj: doc.Span{Start: n.start, End: n.start + len(n.text)}, name: n.text, ok: true, whole: true}
		}
	}
	return found{}
}

// sharedSubject reads the subject of a cue at toks[c] that is the second
// of two verbs joined by "and" ("the pianist, Ana Ruiz, took the
// microphone and explained herself:"): the two share the subject that
// opens the clause. The subject is a pronoun, a name or a description
// with a determiner, with nothing between it and "and" that opens a
// clause of its own ("that", "who", "because" …), whose subject the
// second verb might share instead.
func sharedSubject(text string, toks []tok, c int) found {
	k := c - 1
	for n := 0; n < 2 && k > 0 && toks[k].word && adverbish(toks[k].low); n++ {
		k--
	}
	// A comma and "then" join the two verbs as "and" does: "The mayor
	// paused, then added: “…”".
	if k < 2 || toks[k].low != "and" && !(toks[k].low == "," && toks[k+1].low == "then") {
		return found{}
	}
	s := clauseStart(text, toks, k)
	f, e := subjectAt(text, toks, s, k)
	if !f.ok {
		if g, ok := n57Kin(text, toks, s); ok {
			f, e = g, s+2 // "Your great-grandfather stood on the quay and shouted, “…”" (n57_kin.go)
		}
	}
	if p, ok := personAt(text, toks, s); ok && f.ok && f.pronoun == "" && toks[s].is(isDet) && p.end < f.subj.End {
		// A description of a person read on into the first verb and
		// its object ("The mayor shook his head, then said") ends
		// with its noun of persons: the rest is the first verb's.
		e = p.to
		f.subj.End = p.end
		f.name = text[f.subj.Start:f.subj.End]
	}
	if f.ok && f.pronoun == "" && e == k && e-s >= 3 && toks[s].is(isDet) && pastForm(toks[e-1]) {
		// A description read up to "and" took in the first verb:
		// "The mayor paused and added" is "The mayor", then "paused".
		e--
		f.subj.End = toks[e-1].e
		f.name = text[f.subj.Start:f.subj.End]
	}
	if !f.ok || e >= k || f.pronoun == "who" || f.name != "" && !capital(f.name) && !toks[s].is(isDet) {
		return found{}
	}
	for j := e; j < k; j++ {
		w := toks[j].low
		if w == "that" && demonstrative(text, toks, j) {
			continue // "repeated that phrase and added:"
		}
		if !toks[j].word && (w == ";" || w == ":" || boundary(text, toks, j)) || toks[j].is(isSubordinator|isWhWord) || toks[j].is(isPronoun) && toks[j].word && !(possessivePronouns[w] && j+1 < k && toks[j+1].word && !toks[j+1].is(isFunction)) && !(objectPronouns[w] && !subjectPronouns[w] && j > e && toks[j-1].word && (pastForm(toks[j-1]) || toks[j-1].is(isCue|isFinite))) {
			return found{} // a clause of its own; not a possessive before its noun ("directed her cast"), nor a verb's object ("called it “…”")
		}
	}
	// The words after the subject are its first verb's, not an
	// appositive: widen must not take them in.
	f.whole = true
	return f
}

// resolveBefore resolves a pronoun in the words of quotation qi as if it
// stood just before the quotation: for a block quotation without marks,
// whose narration ("She added that …") means someone named before it.
func (a *attributor) resolveBefore(pron string, qi int) string {
	at := max(0, a.d.Quotes[qi].Start-1)
	return a.resolveAt(pron, doc.Span{Start: at, End: at})
}

// describers open a description of a person that opens a sentence.
var describers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "our": true, "my": true, "its": true}

// personAt reads a description of a person that opens a sentence at
// toks[k] as its subject: a determiner or possessive, at most two more
// words, and a noun of persons.txt, then a comma or a lower-case word
// ("Her drummer, asked about it afterwards, was less diplomatic.", "The
// old fisherman laughed."). Such a subject is whom a "he" or "she" in
// the next sentences may mean, though it has no name; its noun may
// tell the sex ("His wife").
func personAt(text string, toks []tok, k int) (name, bool) {
	if !toks[k].is(isDescriber) {
		return name{}, false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		t := &toks[j]
		if !t.word || capital(t.str(text)) || t.is(isFunction) {
			return name{}, false
		}
		if !t.is(isPerson) {
			continue // persons[t.low], from the token's bit
		}
		g := persons[t.low]
		if j+1 < len(toks) {
			nx := &toks[j+1]
			if nx.word && (capital(nx.str(text)) || nx.low == "of" || nx.is(isPerson) || nx.low == "and") || !nx.word && nx.low != "," {
				return name{}, false // "The harbour master Ed Moss", "the wife of …": not the whole subject
			}
		}
		if g == ' ' {
			g = 0
		}
		return name{from: k, to: j + 1, start: toks[k].s, end: t.e, text: text[toks[k].s:t.e], gender: g}, true
	}
	return name{}, false
}

// afterPreposition reports whether the token before offset at is a
// preposition: the words from at are its object ("until the election,
// Ann Ortiz, a senator, said"), not a subject.
func afterPreposition(text string, toks []tok, at int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].s >= at })
	if i == 0 || i > len(toks) || !toks[i-1].word {
		return false
	}
	w := toks[i-1].low
	return toks[i-1].is(isObjectPrep|isPrep) || w == "until" || w == "than"
}

// putIt reads the idiom "as X put it" (or "puts it") that ends toks[:n], maybe with a
// phrase of a few words after it ("as the Courier put it in a long
// profile"): X said the words.
func putIt(text string, toks []tok, n int) (found, bool) {
	for p := n - 2; p >= 2 && p >= n-8; p-- {
		if !toks[p].word || !toks[p+1].word {
			return found{}, false
		}
		if toks[p].low != "put" && toks[p].low != "puts" || toks[p+1].low != "it" {
			continue
		}
		if p+2 < n && !toks[p+2].is(isPrep) && !putItManner(toks, p+2, n) {
			return found{}, false
		}
		if f := beforeCue(text, toks, p); f.ok && f.pronoun != "it" {
			f.cue = doc.Span{Start: toks[p].s, End: toks[p+1].e}
			return withArticle(text, toks, f), true // "as the Courier put it"
		}
		return found{}, false
	}
	return found{}, false
}

// wordsOf reads "in the words of X" ending the clause toks[:n] before a
// quotation: "the captain was, in the words of one islander, “the
// hinge the whole place swung on”". X, a noun phrase up to the clause's
// end, speaks the words; the idiom is the cue.
func wordsOf(text string, toks []tok, n int) (found, bool) {
	for p := n - 5; p >= 0 && p >= n-16; p-- {
		if toks[p+2].low != "words" || toks[p].low != "in" || toks[p+1].low != "the" || toks[p+3].low != "of" {
			continue
		}
		if f, e := subjectAt(text, toks, p+4, n); f.ok && e == n {
			f.cue = doc.Span{Start: toks[p].s, End: toks[p+3].e}
			return f, true
		}
		return found{}, false
	}
	return found{}, false
}

// lyNotManner are words in -ly that are no adverbs of manner.
var lyNotManner = map[string]bool{"family": true, "early": true, "only": true, "supply": true, "reply": true, "apply": true, "rally": true, "daily": true, "likely": true, "july": true, "italy": true, "fly": true, "ally": true, "belly": true, "holy": true, "ugly": true}

// putItManner reports whether toks[i:n] say how the words were put
// ("Ed Moss put it bluntly:", "put it this way:", "put it more
// simply"): an adverb in -ly, maybe after "more" or "most", or "this
// way", "that way", "another way", and nothing after them. Words in
// -ly that are no adverbs of manner are left out ("put it early").
func putItManner(toks []tok, i, n int) bool {
	if i < n && (toks[i].low == "more" || toks[i].low == "most") {
		i++
	}
	switch {
	case i+1 == n:
		return toks[i].word && len(toks[i].low) > 3 && strings.HasSuffix(toks[i].low, "ly") && !lyNotManner[toks[i].low]
	case i+2 == n:
		w := toks[i].low
		return (w == "this" || w == "that" || w == "another") && toks[i+1].low == "way"
	}
	return false
}

// writings name a written work its author's words come from, besides
// the personal accounts of works.txt: "Her book is … generous with
// dialogue:" introduces the book's words.
var writings = map[string]bool{"book": true, "books": true, "novel": true, "essay": true, "article": true, "column": true, "letter": true, "post": true, "blog": true, "biography": true, "history": true, "study": true, "paper": true, "poem": true, "speech": true, "statement": true, "preface": true, "foreword": true, "introduction": true, "account": true}

// possessors are the possessive pronouns that own a work, with the
// subject pronoun that resolves them.
var possessors = map[string]string{"his": "he", "her": "she", "their": "they"}

// workOwner reads a colon introduction whose subject is a written work
// with its owner ("Her book is careful about dates but generous with
// dialogue:", "Ed Moss's first memoir opens:"): the owner wrote the
// block quotation that follows. The owner is the mention; a possessive
// pronoun is resolved like "she". toks[:n] is the clause without its
// colon. Only the clause's first words are read, and the work noun may
// follow at most two modifiers ("his 1958 memoir", "her last book").
func workOwner(text string, toks []tok, n int) found {
	if n < 3 || !toks[0].word {
		return found{}
	}
	var f found
	k := 1
	if pr, ok := possessors[toks[0].lower(text)]; ok {
		f = found{subj: doc.Span{Start: toks[0].s, End: toks[0].e}, pronoun: pr, ok: true}
	} else if nm, ok := nameAt(text, toks[:n], 0); ok && nm.text != text[nm.start:nm.end] {
		f = found{subj: doc.Span{Start: nm.start, End: len(nm.text) + nm.start}, name: nm.text, ok: true}
		k = nm.to
	} else {
		return found{}
	}
	for j := k; j < n && j < k+3 && toks[j].word; j++ {
		if toks[j].is2(isWriting) || toks[j].is(isWork|isSpeechNoun) {
			if j+1 < n && toks[j+1].lower(text) == "by" {
				return found{} // "her book by Ed Moss": the "by" rule reads it
			}
			return f
		}
	}
	return found{}
}

// speechNouns name an utterance whose words a colon introduces: "had a
// simple message:", "Her advice was blunt:".
var speechNouns = map[string]bool{"message": true, "warning": true, "question": true, "answer": true, "reply": true, "response": true, "retort": true, "statement": true, "advice": true, "plea": true, "promise": true, "vow": true, "words": true, "explanation": true, "prediction": true, "reminder": true, "request": true, "demand": true, "slogan": true, "motto": true, "refrain": true, "pitch": true, "argument": true, "assessment": true, "quip": true, "verdict": true, "comment": true, "remark": true}

// speechObject reads a colon introduction whose subject opens it and
// whose last word, after a determiner and at most three more words, is
// a noun for an utterance ("President Ed Moss is rolling out a new
// campaign message:", "She had one question:"): the subject says the
// words after the colon. toks[:n] is the clause without its colon; an
// opening phrase with its comma ("On Friday, …") is passed over.
func speechObject(text string, toks []tok, n int) found {
	// A short phrase after the noun: "issued this statement on
	// Monday:", "made the following comment to reporters:".
	if m := phraseAfterNoun(text, toks, n); m < n {
		n = m
	}
	if n < 3 || !toks[n-1].word || !toks[n-1].is(isSpeechNoun) {
		return found{}
	}
	d := -1 // the noun's determiner
	for j := n - 2; j >= 0 && j >= n-7; j-- {
		if !toks[j].word {
			break
		}
		if toks[j].is(isDet) || toks[j].low == "this" || toks[j].low == "its" {
			d = j
			break
		}
	}
	if d < 1 {
		return found{}
	}
	k := 0
	for j := 0; j < d && j < 24; j++ {
		j = g1SkipDate(text, toks, j, d) // past a date's day, comma and year: "On July 6, 2015, …" (g1_cue.go)
		if toks[j].str(text) == "," {
			k = j + 1
			break
		}
		if !toks[j].word {
			break
		}
	}
	f, e := subjectAt(text, toks, k, d)
	g, e3, apposed := g3ApposedSubject(text, toks, k, d)
	if apposed {
		f, e = g, e3 // "Ann Reed, the union's president, posted a statement:" (g3_colon.go)
	}
	// A description read on into its verb: "The mayor issued this
	// statement:" named "The mayor issued" (pastVerbEnd).
	if e2 := pastVerbEnd(text, toks, k, e, f); f.ok && e2 < e {
		e = e2
		f.subj.End = toks[e-1].e
		f.name = text[f.subj.Start:f.subj.End]
	}
	if !f.ok || f.pronoun == "who" || e >= d || f.name != "" && !capital(f.name) && !toks[k].is(isDet) {
		return found{}
	}
	// A description's phrase up to the verb: "The mayor of the town
	// issued this statement:" (phraseToVerb).
	if e2 := phraseToVerb(text, toks, e, d); e2 > e && !apposed {
		f.subj.End, e = toks[e2-1].e, e2
		if toks[k].is(isDet) {
			f.name = text[f.subj.Start:f.subj.End]
		}
	}
	// "Ed Moss and Ann Ortiz issued a statement:": both names.
	if e2 := nameAndName(text, toks, e, d); e2 > e && f.name != "" && !apposed {
		f.subj.End, e = toks[e2-1].e, e2
		f.name = text[f.subj.Start:f.subj.End]
	}
	// Words, no other noun phrase, between the subject and the
	// determiner: a verb and its auxiliaries ("is rolling out", "had").
	for j := e; j < d; j++ {
		if !toks[j].word || toks[j].low == "that" || toks[j].low == "to" && j+1 < d {
			return found{}
		}
	}
	// A past that is no verb of putting words out makes its subject a
	// cause, not the speaker: "The vote prompted this statement:".
	if d > e && (pastForm(toks[d-1]) || n1DrawVerbs[toks[d-1].low]) && !issueVerbs[toks[d-1].low] && !g3RepeatVerbs[toks[d-1].low] {
		return found{}
	}
	f.cue = doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
	return f
}

// neitherBefore reports whether the tokens from toks[k] up to offset at
// are "neither", a name and "nor": the first of two names that the cue
// denies together ("“…,” neither Ed Moss nor Ann Ortiz said"). The
// subject read before the cue is the second; tidy joins the pair
// (neitherNor).
func neitherBefore(text string, toks []tok, k, at int) bool {
	if k+1 >= len(toks) || toks[k].low != "neither" {
		return false
	}
	n, ok := nameAt(text, toks, k+1)
	return ok && n.from == k+1 && n.to+1 < len(toks) && toks[n.to].low == "nor" && toks[n.to+1].s == at
}

// firstPersonKin reads "my aunt said", "our coach often said" right
// after a quotation: "my" or "our" and a noun of kin or role (persons.txt),
// at most two adverbs, then the cue. The writer's own relative is a
// described speaker there. subjectAt takes no "my" as a determiner,
// since "My grandson learned to read here" is narration, not a report;
// so the rule holds only for a subject that opens the narration after a
// quotation's close and only before a cue word (n57KinBefore reads the
// same before a quotation).
func firstPersonKin(text string, toks []tok, k int) found {
	f, ok := n57Kin(text, toks, k)
	if !ok || k+2 >= len(toks) || toks[k].low == "your" {
		return found{}
	}
	c := k + 2
	for skip := 0; skip < 2 && c < len(toks) && toks[c].word && !afterCue(&toks[c]) && (toks[c].is(isAdverb) || mannerLy(text, &toks[c]) || toks[c].is(isVerbAdverb)); skip++ {
		c++
	}
	if c >= len(toks) || !toks[c].word || !afterCue(&toks[c]) || nounAfterDet(text, toks, c) {
		return found{}
	}
	f.cue = doc.Span{Start: toks[c].s, End: toks[c].e}
	return f
}

// titledModifier reports whether toks[j] is a cue word that is also a
// noun modifier (modifierCues: "state") set right before a title with
// its full stop: "state Sen. Ann Reed" is a name with its modifier, no
// cue ("“…!” state Sen. Ann Reed shouted"; "said Sen. Ann Reed" is a
// cue).
func titledModifier(text string, toks []tok, j int) bool {
	if j >= len(toks) || !toks[j].word || capital(toks[j].str(text)) {
		return false
	}
	return toks[j].is2(isModifierCueWord) && titleNext(text, toks, j+1, len(toks)) || n38CueModifier(text, toks, j) || n41CueLead(text, toks, j, j+2).ok // n38_cue.go: "“…,” state officials said"; n41_subject.go: "“…,” state health officials said"
}

// asideParticiple reports whether t, the first word of an aside after a
// subject's comma, is a participle in -ing in lower case that opens a
// phrase on the subject ("speaking on condition of anonymity", "citing
// security"), not a cue of its own ("saying", "adding": a participle of
// speech reports words of the clause before).
func asideParticiple(text string, t *tok) bool {
	return len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !capital(t.str(text)) && !t.is(isCue|isFunction)
}

// toldInSentence reports whether the name at m, the one "told" spoke
// to, stands in the sentence of the pronoun at at: "Warren told
// Stumpf, after he admitted …" may mean Stumpf, where "Ed Moss told
// Harborline Press that …. “…,” he said" means Moss.
func toldInSentence(text string, m doc.Span, at int) bool {
	before := strings.TrimRight(text[max(0, m.Start-8):m.Start], " ")
	if !strings.HasSuffix(before, "told") && !strings.HasSuffix(before, "tell") && !strings.HasSuffix(before, "tells") {
		return false
	}
	return at > m.End && !strings.ContainsAny(text[m.End:at], ".!?\n")
}
