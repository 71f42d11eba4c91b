package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// findNames lists the names of the text in one pass. A single capitalised
// word that opens a sentence counts only if the word also occurs
// capitalised inside a sentence somewhere in the text.
//
// The pass reads every token of the text, the stage's longest loop
// after the index's own. It reads the index's own tokens (ctok) in
// place: a mark, a word in lower case and the gap before a word are
// settled from the token's offsets and bits and the text's bytes. Only
// the calls that read the tokens around one (boundary at a full stop,
// personAt at a sentence's start, nameAt at a capital, and candOf) are
// given toks, made of the stretch each call may read (nameWindow.need),
// each token at most once: of the bench article's 459,360 tokens,
// 184,140 are made (where every one was). What the second loop asks
// of the tokens around each name is read in the first (nameFacts),
// while they are still in the processor's cache, not again from the far
// end of the index.
func (a *attributor) findNames() {
	text := a.text
	all := a.ix.all
	// News prose has a name about every 26 tokens: one allocation for
	// most texts, where appending from nothing copied the list a dozen
	// times over as it grew, a quarter larger each time.
	// (The array of the index's document before, where it is large
	// enough: tokIndex.names.)
	cands := a.ix.names.cands[:0]
	if cap(cands) < len(all)/16 {
		cands = make([]cand, 0, len(all)/16)
	}
	// inners are the cands that are one-word names read inside a
	// sentence, by their index: findNames' second loop asks of a
	// sentence's capitalised first word whether it is one of them
	// (initialInner). A pointer, as the map that held them was: the loop
	// below keeps one value live for them, where a slice of its own kept
	// three and the loop spilled others.
	inners := &candSet{bits: make([]uint64, 0, cap(cands)/64+1)}
	start := true
	var w nameWindow
	for g := 0; g < len(all); {
		if c := &all[g]; c.quiet && (!start || c.word && !lexIs(c.lex, isDescriber)) {
			// Most words: ASCII in lower case (or a digit), and no
			// describer (mayLead), or one with one space before it
			// (quietWord); and most marks, which change nothing
			// below (quietMark). Nothing below reads them where no
			// sentence starts: no name starts with one, and the gap
			// before a word other than a describer could only set
			// start, which the word sets false again. A run of them
			// is passed over here, a load and a test a token. It sets
			// start false, as its first word would, or as start is: a
			// quiet mark after a sentence's end (its closing quotation
			// mark) is read below, which keeps start, as is a
			// describer, which may open a sentence (personAt).
			start = false
			g = quietEnd(all, g+1)
			continue
		}
		c := &all[g] // the index's token g
		if !c.word {
			if b := text[c.s]; c.e == c.s+1 && b < utf8.RuneSelf && b != '\n' && !isASCIILetter(b) {
				// An ASCII mark: no letter and no line break, so
				// that only boundary may change start, and only for
				// the marks it reads.
				switch {
				case b == '!' || b == '?':
					start = true // boundary's answer for either, whatever is around it
				case b == '.' && plainStop(text, all, g):
					start = true // boundary's answer, from the index's tokens
				case b == '.':
					toks, base := w.need(a.ix, g-1, g+2)
					start = boundary(text, toks, g-base) || start
				}
				g++
				continue
			}
			if c.e == c.s+3 && text[c.s] == 0xE2 && text[c.s+1] == 0x80 && text[c.s+2] != 0xA6 {
				// A mark of U+2000 to U+203F other than "…" (curly
				// quotation marks and apostrophes, dashes): no letter,
				// no line break and none of the marks boundaryAt reads,
				// so start stays as it is (generalPunct), told from its
				// bytes without the calls below.
				g++
				continue
			}
			s := text[c.s:c.e]
			start = a.boundaryAt(&w, g) || start && !unicode.IsLetter(firstRune(s))
			if strings.ContainsRune(s, '\n') {
				start = true
			}
			g++
			continue
		}
		// A word here is one whose lead is set: the others were passed
		// over above.
		// The gap before a word is nearly always one space: only
		// another gap is searched for a line break.
		if g > 0 {
			if p := all[g-1].e; c.s != p+1 || text[p] != ' ' {
				start = start || hasNewline(text[p:c.s])
				if c.s == p && g > 1 && !all[g-1].word && !start {
					// Right after a mark: the gap before the mark,
					// which the loop passed over, may break a line.
					// A paragraph that opens with a quotation mark
					// opens a sentence, whatever ended the one before
					// it ("… who signs herself Wren:¶“My gran always
					// said …”", n59).
					q := all[g-2].e
					start = hasNewline(text[q:all[g-1].s])
				}
			}
		}
		if start && lexIs(c.lex, isDescriber) && personMay(text, all, g) {
			// personAt's first test, from the token's bits, and the
			// others personMay reads; it reads at most four tokens
			// after this one, candOf the one before.
			toks, base := w.need(a.ix, g-1, g+5)
			if n, ok := personAt(text, toks, g-base); ok {
				cands = append(cands, candOf(text, toks, n, false))
				start = false
				g = base + n.to
				continue
			}
		}
		if b := text[c.s]; b-'A' >= 26 && (b < utf8.RuneSelf || !capitalRune(text[c.s:c.e])) {
			// !capital(t.str(text)) from the word's first byte (a word
			// is never empty): nameAt's first test, without the call,
			// which turns away most words.
			start = false
			g++
			continue
		}
		if int(c.s) < a.dateline.End && int(c.s) >= a.dateline.Start {
			// A colon dateline's place (colonDateline): no name, and
			// the word after it opens the sentence.
			start = true
			g++
			continue
		}
		if lexIs(c.lex, isFunction) && functionAlone(text, all, g) { // its first test here: most capitalised words are no function word, and are not worth its call
			// nameAt's answer, false, from the index's tokens: no
			// window made, no name read. The token after it is no
			// capital, and most often quiet: the run from it is
			// passed over here, as the loop's first test would.
			start = false
			g = quietEnd(all, g+1)
			continue
		}
		if cd, ok := oneWordName(a.ix, g, start); ok {
			// nameAt's and candOf's answers for a name of one
			// word, from the index's tokens; the run after it is
			// passed over here, as after a function word.
			if !start {
				inners.add(len(cands)) // cd's index
			}
			cands = append(cands, cd)
			start = false
			g = quietEnd(all, g+1)
			continue
		}
		if n, ok, sure := nameAtIndex(a.ix, g); sure && !(ok && start && upperName(n.text)) {
			// nameAt's and candOf's answers from the index's
			// tokens, without a window (u2_names.go). A name in
			// capitals that opens a sentence may open a dateline,
			// which is read below.
			if !ok {
				start = false
				g++
				continue
			}
			if start && n.to-n.from >= 3 && n1MayPremod(text[n.start]) {
				n = n1PremodIndex(a.ix, n, 0) // "Former Gov. Ed Rendell" (n1_names.go)
			}
			one := n.to-n.from == 1
			if !start && one {
				inners.add(len(cands)) // the index of n's cand
			}
			cands = append(cands, candOfIndex(a.ix, n, start && one))
			start = false
			g = max(n.to, g+1)
			continue
		}
		toks, base := w.need(a.ix, g-1, nameEnd(a.ix, g)+1)
		k := g - base
		n, ok := nameAt(text, toks, k)
		if !ok {
			start = false
			g++
			continue
		}
		if start && upperName(n.text) {
			// The dash may come after "(AP)" or ", W.Va.": a wider
			// window, which may move its base.
			to := base + n.to
			wt, wb := w.need(a.ix, g-1, to+8)
			if d := dateline(text, wt, to-wb); d > 0 {
				// "OSLO —" and "WASHINGTON (AP) —" open a story with
				// its place and its agency: no one a pronoun could
				// stand for (mention.go). The names up to the dash
				// are passed over.
				start = false
				g = wb + d
				continue
			}
			toks, base = w.need(a.ix, g-1, nameEnd(a.ix, g)+1)
			k = g - base
			n, _ = nameAt(text, toks, k)
		}
		if !start && n.to-n.from == 1 {
			inners.add(len(cands)) // the index of n's cand
		}
		if start && n.to-n.from >= 3 && n1MayPremod(text[n.start]) {
			n = n1PremodIndex(a.ix, n, base)
		}
		cands = append(cands, candOf(text, toks, n, start && n.to-n.from == 1))
		start = false
		g = base + max(n.to, k+1)
	}
	inner, initialBits := initialInner(cands, inners)
	// Mark names inside top-level quotations.
	sexOf := map[string]byte{} // a last word's sex, from the first full name that tells it
	// sexKeys has the sigBit of each word sexOf holds: a last word whose
	// bit is not here is not in it, which most names' words are not (a
	// text names few people with a given name or a title), told without
	// hashing the word.
	var sexKeys uint64
	qi := 0
	tops := a.spoken()
	// At most one mention a candidate: made once, not grown.
	a.mentions = a.ix.names.mentions[:0]
	if cap(a.mentions) < len(cands) {
		a.mentions = make([]mention, 0, len(cands))
	}
	a.ix.names.cands, a.ix.names.mentions = cands, a.mentions[:len(cands)] // what release clears
	var surnames n3Surnames
	for k := range cands { // in place: a range copied each cand, 48 bytes
		n := &cands[k] // its text is set below where it is a surname; the cands are read no more
		nf := n.nameFacts
		if nf.initial && !inner[n.text] {
			if n.text = surnames.of(text, n.text, n.end); n.text == "" || n3Possessive(text, n.end) {
				continue // not a surname of a full name before it (n3_names.go)
			}
		}
		for qi < len(tops) && tops[qi].End <= n.start {
			qi++
		}
		in := qi < len(tops) && tops[qi].Start <= n.start
		if nf.paren && strings.Contains(n.text, "-") || n85PartyLabel(text, n.start, n.text) {
			continue // a party label, "(D-Mo.)", ", D-Millford,", names no one
		}
		if calendarName(text, n.start, n.end, nf.object) {
			continue // a date, "in May", "last Friday", names no one (a3_calendar.go)
		}
		thing, object := nf.thing, nf.object
		// "Ortiz" after "Ann Ortiz" is a woman too.
		g := n.gender
		if g == 0 {
			g = n100LeadSex(n.text) // "Councilwoman Marisol Grant"
		}
		if g == 0 {
			g = n64NounSex(text, n.start, n.end)                                                                                                    // "His daughter Fiona" (n64_sex.go)
			thing = thing || n64MediaAfter(text, n.end) || n77BodyWord(n.text) || ordinalBefore(text, n.start) || n100BodyNounBefore(text, n.start) // "told KRVN radio" (n64_sex.go); "the state’s Office of …" (n77_body.go); "the 3rd Ward"; "the consumer group Digital Hearth"
		}
		lb := lastBreak(n.text)
		if lb > 0 && !nf.initial && initialBits&sigBit(n.text[lb+1:]) != 0 {
			placed := nf.thing || nf.object && !strings.HasSuffix(text[max(0, n.start-13):n.start], "according to ")
			surnames.note(n.text, lb, n.gender, placed) // a full name whose surname may open a sentence later (n3_names.go)
		}
		if last := n.text[lb+1:]; g != 0 && (lb <= 0 || nf.initial) && sexKeys&sigBit(last) != 0 {
			if s, ok := sexOf[last]; ok {
				g = s // "Ambrose" after "Colette Ambrose": a surname that is a given name too (given.txt) is the full name's
			}
		}
		if last := n.text[lb+1:]; g == 0 {
			if sexKeys&sigBit(last) != 0 {
				g = sexOf[last]
			}
		} else if _, ok := sexOf[last]; !ok {
			sexOf[last] = g
			sexKeys |= sigBit(last)
		}
		person := nf.person
		if person {
			thing, object = false, false
		}
		a.mentions = append(a.mentions, mention{doc.Span{Start: n.start, End: n.end}, n.text, g, in, thing, object, person})
	}
}

// quietEnd returns the index of the first token of all at or after g
// that is not quiet (ctok.quiet), or len(all). Runs of quiet tokens are
// most of prose (some seven tokens a run on the bench article, three in
// four of its tokens): four are read a turn, from one slice of them
// whose bounds are checked once, a compare and a branch each, where a
// turn for each token also counted, checked the bound and scaled the
// index (eight instructions a token).
func quietEnd(all []ctok, g int) int {
	for ; g+4 <= len(all); g += 4 {
		q := all[g : g+4 : g+4]
		switch {
		case !q[0].quiet:
			return g
		case !q[1].quiet:
			return g + 1
		case !q[2].quiet:
			return g + 2
		case !q[3].quiet:
			return g + 3
		}
	}
	for g < len(all) && all[g].quiet {
		g++
	}
	return g
}

// lexIs is ctok.is(cl) for the token whose lexicon entry is lex. The
// loops of findNames and nameAtIndex read their tokens in place, through
// pointers or by index, and is, whose receiver is a ctok, copied each
// token it was asked of (16 bytes moved, two instructions) for the one
// field it reads.
func lexIs(lex int32, cl wordClass) bool { return classOf(lex)&cl != 0 }

// A candSet is a set of findNames' cands, by their index: a bit each.
type candSet struct{ bits []uint64 }

func (s *candSet) add(i int) {
	for len(s.bits) <= i>>6 {
		s.bits = append(s.bits, 0)
	}
	s.bits[i>>6] |= 1 << (i & 63)
}

func (s *candSet) has(i int) bool { return i>>6 < len(s.bits) && s.bits[i>>6]&(1<<(i&63)) != 0 }

// initialInner returns the set of the texts of inners (the cands that
// are one-word names read inside a sentence) that the second loop of
// findNames may ask about: the texts of the cands that open a sentence
// (initial). It holds the others only where one shares its sigBit with
// such a text. Most texts open few sentences with a one-word name and
// name many people inside them, again and again: a map of every such
// name, one insertion a name, cost more than the filter that keeps
// them out. bits is the union of the initial cands' sigBits.
func initialInner(cands []cand, inners *candSet) (map[string]bool, uint64) {
	var bits uint64
	for k := range cands {
		if cands[k].initial {
			bits |= sigBit(cands[k].text)
		}
	}
	inner := map[string]bool{}
	if bits == 0 {
		return inner, 0
	}
	for k := range cands {
		if w := cands[k].text; inners.has(k) && bits&sigBit(w) != 0 {
			inner[w] = true
		}
	}
	return inner, bits
}

// functionAlone reports that nameAt, asked of the index's token g (a
// capitalised word), finds no name there: the word is a function word
// ("The", "But", "In", "He") and the token after it ends the run of
// capitalised words at once: a word that opens with an ASCII byte other
// than a capital and is no particle (the particle rule reads on over
// "de" in "Ida de la Cruz"), or an ASCII mark other than a full stop
// (an initial's, which nameAt reads on through) and a double mark (a
// nickname's), or the text's end. nameAt then drops the one word it
// read as a function word, and has no name left. Half the capitalised
// words that findNames reads are such words, mostly a sentence's first;
// each cost a window of toks, nameEnd and nameAt.
func functionAlone(text string, all []ctok, g int) bool {
	if !lexIs(all[g].lex, isFunction) {
		return false
	}
	if g+1 == len(all) {
		return true
	}
	c := all[g+1]
	b := text[c.s]
	if c.word {
		return b < utf8.RuneSelf && b-'A' >= 26 && !lexIs(c.lex, isParticle)
	}
	return c.e == c.s+1 && b < utf8.RuneSelf && b != '.' && b != '"'
}

// personMay reports whether personAt, asked of the index's token g (a
// describer), may find a person there, as far as the words after it
// tell from their bits and first bytes: false where it finds none, at
// a mark, a capitalised word or a function word before a noun of
// persons, or no such noun in the three words after it. Most sentences
// that open with a describer ("The strike", "A local history forum")
// name no person so; each cost a window of toks and the call.
func personMay(text string, all []ctok, g int) bool {
	for j := g + 1; j < len(all) && j <= g+3; j++ {
		c := &all[j]
		b := text[c.s]
		if !c.word || b-'A' < 26 || lexIs(c.lex, isFunction) {
			return false
		}
		if b >= utf8.RuneSelf || lexIs(c.lex, isPerson) {
			return true // a noun of persons, or a word capitalRune reads
		}
	}
	return false
}

// plainStop reports that boundary, asked of the index's token g (a full
// stop), is true, where the tokens around it settle that without
// making them into toks: the word before it, right before it, opens
// with a lower-case ASCII letter or an ASCII digit ("in 1958."), is no
// title and is no initial (it is two bytes long or more and its second
// byte is no full stop: "e.g." is left to boundary), and the token
// after it is no closing parenthesis right after it ("(D-Ore.)").
// boundary's other readings of a full stop (an abbreviation before a
// comma or inside a sentence) need a capital before it, or a party
// label's ("R-Tex."). Most sentences of prose end so; false leaves the
// answer to boundary.
func plainStop(text string, all []ctok, g int) bool {
	if g == 0 || g+1 >= len(all) {
		return false
	}
	p, n := &all[g-1], &all[g+1] // in place: a copy of each was 16 bytes moved
	if !p.word || p.e != all[g].s || p.e-p.s < 2 || text[p.s]-'a' >= 26 && text[p.s]-'0' >= 10 || text[p.s+1] == '.' || lexIs(p.lex, isTitle) {
		return false
	}
	return n.s != all[g].e || text[n.s] != ')'
}

// oneWordName returns the cand that candOf gives for the name nameAt
// reads at the index's token g (a capitalised word), where that name is
// the word alone and the tokens around it settle both answers without
// making them into toks: most names of news after the first mention
// ("Ortiz said", "Moss, who"). The word opens with an ASCII capital, is
// no function word (functionAlone), title or given name (whose
// gender nameAt looks up) and does not end with a full stop; the token
// after it ends the run as functionAlone's does. A name in capitals
// that opens a sentence may open a dateline ("OSLO —"), which findNames
// reads from toks: ok is false for it, as for every other name, which
// findNames reads as before.
func oneWordName(x *tokIndex, g int, start bool) (cand, bool) {
	text, all := x.text, x.all
	// The tokens in place, their classes from lexIs: a copy of each
	// (c.is copies its token too) was 16 bytes moved.
	c := &all[g]
	if gatesOff || text[c.s]-'A' >= 26 || lexIs(c.lex, isFunction|isTitle|isGiven) || text[c.e-1] == '.' || g+1 == len(all) {
		return cand{}, false
	}
	nx := &all[g+1]
	b := text[nx.s]
	if nx.word {
		if b >= utf8.RuneSelf || b-'A' < 26 || lexIs(nx.lex, isParticle) {
			return cand{}, false
		}
	} else if nx.e != nx.s+1 || b >= utf8.RuneSelf || b == '.' || b == '"' {
		return cand{}, false
	}
	cd := cand{start: int(c.s), end: int(c.e), text: strings.TrimSuffix(strings.TrimSuffix(text[c.s:c.e], "’s"), "'s")}
	if start && upperName(cd.text) {
		return cand{}, false
	}
	f := &cd.nameFacts
	f.initial = start
	if g > 0 {
		// candOf's reading of the word before the name.
		p := &all[g-1]
		if p.word && lexIs(p.lex, isParticle) {
			return cand{}, false // candOf reads the word before the particle
		}
		f.paren = p.e == p.s+1 && text[p.s] == '(' // text[p.s:p.e] == "("
		f.thing = p.e == p.s+1 && text[p.s] == '&' // "Pell & Rowe": a firm's name, as candOf reads it
		if p.word {
			low := x.low(*p)
			f.thing = low == "the" || low == "a" || low == "an" || n116Owner(low) && nx.word && b-'a' < 26 && !lexIs(nx.lex, n116NotNoun)
			f.object = lexIs(p.lex, isObjectPrep) || low == "in" || placePreps[low] || tellForms[low] // the name has no gender
		}
	}
	f.person = lexIs(c.lex, isDescriber)
	return cd, true
}
