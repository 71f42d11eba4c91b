package sources

import (
	"bytes"
	"cmp"
	"net/url"
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// name reads the capitalised sequence at token i, classifies it and
// records it; it returns the index of its last token. The facts of token
// i (sweep.at) are found only when the sequence makes a candidate: most
// capitalised sequences ("The", "But", a periodical) make none, and the
// sweep's answer depends only on the token asked.
func (b *builder) name(i int, by, noun lastWord, site *named, sitePara *int32) (int, bool) {
	ws, key, poss, single := b.readSeq(i)
	if len(ws) == 0 {
		return i, false
	}
	last := ws[len(ws)-1].end
	// Periodicals and websites, on the whole sequence.
	// The lower-case words joined by spaces, without "the ", built in a
	// buffer of b: most sequences are no periodical, and looking one up
	// this way copies nothing.
	b.keyBuf = key
	key = bytes.TrimPrefix(key, []byte("the "))
	from := ws[0].start
	the := isThe(ws[0].text)
	if the && len(ws) > 1 {
		from = ws[1].start
	}
	span := doc.Span{Start: int(b.toks[from].Start), End: int(b.toks[last].End)}
	if poss {
		if strings.HasSuffix(b.text(last), "'s") {
			span.End -= len("'s")
		} else {
			span.End -= len("’s")
		}
	}
	// The filters are asked here, where they turn away most sequences,
	// before calls that return a named (some fifty bytes, zeroed and
	// copied for each call).
	if len(key) == 0 || periodicalFilter.MaybeBytes(key) {
		if p, ok := periodicalOf(key); ok {
			b.add(mention{key: "per:" + strings.TrimPrefix(strings.ToLower(p.name), "the "), name: p.name, rank: 2, typ: p.typ, class: p.class, span: span})
			return last, true
		}
	}
	head, tail := ws[0].bits&isPerHead != 0, ws[len(ws)-1].bits&isPerTail != 0
	if the && len(ws) > 1 {
		head = ws[1].bits&isPerHead != 0 // "The Daily Beast"
	}
	// "the Ledger": a tail that, after "the" alone, names a paper.
	alone := len(ws) == 2 && the && tail && periodicalAlone[toLower(ws[1].text)]
	// "Channel 4 News": a broadcaster's name holds a number, where the
	// capitalised sequence stops; a tail alone after a capitalised word
	// and a number takes them in.
	if f := ws[0].start; len(ws) == 1 && tail && f >= 2 && b.toks[f-1].Kind == doc.TokenNumber &&
		b.gapOK(f-2) && b.gapOK(f-1) && b.isWord(f-2) && capitalised(b.text(f-2)) && !b.isClaimed(f-2) {
		span.Start = int(b.toks[f-2].Start)
		alone = true
		// The word before the number was read as a name of its own
		// ("Channel"): it is the broadcaster's first word.
		if n := b.cands.len(); n > 0 && b.cands.at(n-1).span.Start == span.Start && !b.owned(n-1) {
			b.ant.drop(b, n-1)
			b.cands.pop()
		}
	}
	if len(ws) >= 2 && (head || tail) && !the || len(ws) >= 3 && the && (head || tail) || alone {
		// toLower is strings.ToLower, without its rune-by-rune path
		// for a name that holds a dash or a curly quotation mark.
		tw := toLower(ws[len(ws)-1].text)
		c := periodicalTails[tw]
		if c == "" {
			c = doc.ClassPress
		}
		name := b.d.Slice(span)
		key := "per:" + toLower(name)
		if len(ws) == 2 && the {
			// "the Ledger" after "the Evening Ledger": the one paper.
			if k, ok := b.perTail[tw]; ok {
				key, name = k.key, k.name
			}
		} else {
			if b.perTail == nil {
				b.perTail = map[string]perName{}
			}
			b.perTail[tw] = perName{key, name}
		}
		b.add(mention{key: key, name: name, typ: doc.SourcePeriodical, class: c, span: span})
		return last, true
	}
	// By index: a nameWord is some fifty bytes, which a range would
	// copy for each word (here and in the loops below).
	for n := range ws {
		if ws[n].bits&isSite == 0 {
			continue
		}
		w := ws[n].text
		s, ok := websites[string(b.lowerBytes(w))]
		if !ok {
			continue
		}
		ms := doc.Span{Start: int(b.toks[ws[n].start].Start), End: int(b.toks[ws[n].end].End)}
		if poss && n == len(ws)-1 {
			ms.End = span.End
		}
		name := s.name
		lang := ""
		if n > 0 && languages[ws[n-1].text] != "" {
			lang = ws[n-1].text
			ms.Start = int(b.toks[ws[n-1].start].Start)
		} else if f := ws[n].start; n == 0 && (b.lower(f-1) == "of") && (b.lower(f-2) == "version" || b.lower(f-2) == "edition") && languages[b.text(f-3)] != "" {
			lang = b.text(f - 3)
			ms.Start = int(b.toks[f-3].Start)
		}
		if lang != "" {
			name = lang + " " + s.name
		}
		b.add(mention{key: "site:" + strings.ToLower(name), name: name, rank: 1, typ: doc.SourceWebsite, class: s.class, span: ms})
		*site, *sitePara = s, b.para(i)
		return last, true
	}
	// A title named earlier, met again without marks.
	// A possessive's span is cut by its own rule above (which, for a
	// straight apostrophe, cuts a byte more than the suffix), so that
	// key, which drops the suffix exactly, may differ from it: asked of
	// the span's own text.
	// (Asked only when a title was named and, for a key titleAgain
	// reads as it is, the filter may hold it: see periodicalOf above.)
	fromKey := single && !poss && titleFromKey
	if len(b.titles) > 0 && (!fromKey || len(key) == 0 || b.titleFilter.MaybeBytes(key)) {
		if t, ok := b.titleAgain(span, key, fromKey); ok {
			b.add(mention{key: "work:" + strings.ToLower(t.name), name: t.name, rank: 1, typ: doc.SourceWork, class: t.class, span: span})
			return last, true
		}
	}
	// People and organisations: drop leading stop words and honorifics,
	// cut at the first stop word after them.
	s := 0
	for s < len(ws) && (ws[s].bits&(isStop|isLead) != 0 || b.title(&ws[s]) || ws[s].language()) {
		s++
	}
	e := s
	for e < len(ws) && ws[e].bits&isStop == 0 && !ws[e].language() {
		e++
	}
	// A title word that starts a body's name is part of it ("Justice
	// Department", "Republican National Committee"): when the name read
	// from the first word that is no stop word ends in an organisation
	// word, it is kept whole.
	if s0 := b.skipStops(ws); s0 < s {
		e0 := s0
		for e0 < len(ws) && ws[e0].bits&isStop == 0 && !ws[e0].language() {
			e0++
		}
		if e0 > s0 && isOrgWord(b.lowerBytes(ws[e0-1].text)) {
			s, e = s0, e0
		}
	}
	if s == e {
		return last, true
	}
	// "Massachusetts Sen. Elizabeth Warren": a name ending in a title
	// is a state's or party's word before the title, no one's name.
	if b.title(&ws[e-1]) {
		return last, true
	}
	// The candidates' words share one backing array, cut into pieces of
	// full capacity, so that a candidate costs no allocation of its own.
	// Each array is twice the last, from 32 words up to 1,024: an
	// article of a few kilobytes has a few dozen candidates, and an
	// array of 1,024 (16 KB) for each article of a corpus was the
	// stage's largest allocation.
	if cap(b.wordPool)-len(b.wordPool) < e-s {
		b.wordPool = make([]string, 0, max(min(1024, max(32, 2*cap(b.wordPool))), e-s))
	}
	at := len(b.wordPool)
	for k := s; k < e; k++ {
		if t := ws[k].text; t != "." {
			b.wordPool = append(b.wordPool, t)
		}
	}
	nameWords := b.wordPool[at:len(b.wordPool):len(b.wordPool)]
	cs := doc.Span{Start: int(b.toks[ws[s].start].Start), End: int(b.toks[ws[e-1].end].End)}
	if e == len(ws) && poss {
		cs.End = span.End
	}
	in := b.sweep.at(b.d, i)
	c := cand{span: cs, words: nameWords, sent: in.sent, quote: in.quote, cluster: -1}
	// A name ending in an organisation word names a body, and so does
	// one of two words or more after "the": a person's full name takes
	// no article ("the Sierra Club", "the White House"). One word after
	// "the" is left a person's: it is as often a party or a nation
	// standing for a person ("the Republican") as a body.
	// An acronym after "the" is an institution's ("the NAACP", "the
	// S.E.C.").
	art := b.lower(ws[s].start-1) == "the"
	// The last word's lower-case form is its piece of the key, which
	// name made as it read the words, rather than lower-cased again.
	// That word is ws[e-1] unless ws holds words of the text "." (see
	// above), passed over.
	lastW := e - 1
	for ws[lastW].text == "." {
		lastW--
	}
	c.org = isOrgWord(keyWord(b.keyBuf, ws, lastW)) || art && (len(nameWords) >= 2 || acronym(nameWords[0]))
	if len(nameWords) == 1 && b.text(ws[s].start) == "." {
		return last, true
	}
	ci := b.cands.len()
	b.cands.push(c)
	b.ant.add(b, ci)
	after := ws[e-1].end + 1
	b.evidence(ci, ws[s].start, after, e == len(ws) && poss, &by, &noun)
	return ws[e-1].end, true
}

// readSeq reads the capitalised sequence at token i for name: its words,
// in b.seqWords, their lower-case forms joined by spaces, in b.keyBuf,
// whether its last word is a possessive, and whether every gap between
// its words is one space. A loop of its own, so that name's other
// values do not crowd the registers it keeps its own in.
func (b *builder) readSeq(i int) (ws []nameWord, key []byte, poss, single bool) {
	// The words and their texts go in buffers of b that the next call
	// reuses: most capitalised sequences are no source, and slices made
	// for each were much of the stage's garbage.
	ws = b.seqWords[:0]
	// The sequence's words lower-cased and joined by spaces, as they
	// are read: each word's flags are looked up in its piece, and the
	// whole is the periodical key below, so that no word is lower-cased
	// twice.
	key = b.keyBuf[:0]
	// single says every gap between the sequence's words is one space
	// (gapOK passes one byte only for a space), so that key is the
	// lower-case text of the sequence's span: titleAgain asks it rather
	// than lower-casing the span anew.
	single = true
	j := i
	lowText := b.d.LowerText
	for {
		// j is a word token: i, or one the loop found a word below.
		// Its fields are read in place, once.
		tk := &b.toks[j]
		t := b.txt[tk.Start:tk.End]
		e := j
		switch {
		case initial(t) && j+1 < len(b.toks) && b.text(j+1) == "." && b.toks[j+1].Start == tk.End:
			e = j + 1
			t = b.txt[tk.Start:b.toks[j+1].End]
		case capitalised(t):
			// A Plain word has no apostrophe, so no possessive suffix.
			if !tk.Plain {
				if base, ok := possessive(t); ok {
					t, poss = base, true
				}
			}
		default:
			e = -1
		}
		if e < 0 || b.isClaimed(j) {
			break
		}
		var from int
		if tk.Plain && len(lowText) == len(b.txt) && e == j {
			low := lowText[tk.Start:tk.End] // b.d.LowerOf(*tk)
			// A Plain word (no apostrophe, so no possessive) is in
			// the segmenter's lower-case text: copied, not lowered
			// byte by byte.
			if len(key) > 0 {
				key = append(key, ' ')
			}
			from = len(key)
			key = append(key, low...)
		} else {
			key, from = appendKeyWord(key, t)
		}
		ws = append(ws, nameWord{t, j, e, nameBits(key[from:]), int32(from)})
		j = e
		if poss || !b.gapOK(j) || !b.isWord(j+1) {
			break
		}
		next := b.text(j + 1)
		if capitalised(next) {
			single = single && b.toks[j+1].Start == b.toks[j].End+1
			j++
			continue
		}
		k := j + 1
		for k < j+3 && isParticle(b.text(k)) && b.gapOK(k) && b.isWord(k+1) {
			k++
		}
		if k > j+1 && capitalised(b.text(k)) {
			for p := j; p < k; p++ {
				single = single && b.toks[p+1].Start == b.toks[p].End+1
			}
			for p := j + 1; p < k; p++ {
				var from int
				key, from = appendKeyWord(key, b.text(p))
				ws = append(ws, nameWord{b.text(p), p, p, nameBits(key[from:]), int32(from)})
			}
			j = k
			continue
		}
		break
	}
	// Kept, grown, for the next call; ws is read by name but not grown.
	b.seqWords = ws[:0]
	return ws, key, poss, single
}

// titleFromKey lets name hand titleAgain its key; TestTitleAgainKey
// turns it off to hold the answers to those of the span's own text.
var titleFromKey = true

// titleAgain returns the title named earlier whose lower-case form is
// the text at span, if there is one. key is name's key of the sequence
// (its words lower-cased, joined by single spaces, without a leading
// "the "), which is that lower-case text when single says each gap in
// the span is one space: strings.ToLower maps rune by rune, so the
// words lower-cased one by one and joined are the whole lower-cased.
func (b *builder) titleAgain(span doc.Span, key []byte, single bool) (named, bool) {
	if len(b.titles) == 0 {
		return named{}, false
	}
	low := key
	if !single {
		low = b.lowerBytes(b.d.Slice(span))
	}
	// Most names are no title: the filter turns them away unhashed.
	if len(low) == 0 || b.titleFilter.MaybeBytes(low) {
		t, ok := b.titles[string(low)]
		return t, ok
	}
	return named{}, false
}

// loneStopAt reports whether the capitalised sequence at token i is a
// stop word alone ("The", "But", "In" opening a sentence), where name
// would record nothing and return i: more than half of the capitalised
// sequences (some 21,000 of 37,000 per 2 MB of the benchmark's texts),
// each of which name would otherwise read word by word, key, and ask
// the periodical, website and title lists about. t
// is the token's text and low its lower-case form, which for a Plain
// token (ASCII, no apostrophe, so no possessive) is the key name builds.
// The tests below are name's own, in its order, for a one-word
// sequence: the word is no initial with its stop, the sequence does not
// go on to a capitalised word (directly or over particles), and it is
// no title named earlier; loneStop holds the rest (a stop word, so that
// name drops it; no website; no periodical), and the caller asks it
// first (isLoneStop, from the scan's own lookup of the word).
func (b *builder) loneStopAt(i int, t, low string) bool {
	if initial(t) && i+1 < len(b.toks) && b.text(i+1) == "." && b.toks[i+1].Start == b.toks[i].End {
		return false
	}
	// The next token's fields read in place, once.
	if i+1 < len(b.toks) {
		if nx := &b.toks[i+1]; nx.Kind == doc.TokenWord && b.gapOK(i) {
			nt := b.txt[nx.Start:nx.End]
			if capitalised(nt) {
				return false
			}
			// Particles before a capitalised word, read on only when
			// the next word is one.
			if isParticle(nt) {
				k := i + 1
				for k < i+3 && isParticle(b.text(k)) && b.gapOK(k) && b.isWord(k+1) {
					k++
				}
				if k > i+1 && capitalised(b.text(k)) {
					return false
				}
			}
		}
	}
	// titleAgain's question, with low as the lower-case text it would
	// make.
	if len(b.titles) > 0 && b.titleFilter.Maybe(low) {
		_, title := b.titles[low]
		return !title
	}
	return true
}

// A nameWord is a word of a capitalised sequence: an initial with its
// stop, a name stripped of a possessive, or a particle.
type nameWord struct {
	text       string
	start, end int       // token indexes
	bits       nameFlags // the name lists its lower-case form is in (see nameBits)
	// kfrom is where its lower-case form starts in name's key, the
	// words' forms joined by spaces (see keyWord).
	kfrom int32
}

// keyWord returns the lower-case form of ws[k], the words of a sequence
// whose key name built: the piece of key, its words' forms joined by
// single spaces, from where ws[k]'s starts to the space before the next
// one's or the key's end. A word's form holds no space (a word has
// none), so that each piece is one word's, as name cut it.
func keyWord(key []byte, ws []nameWord, k int) []byte {
	end := len(key)
	if k+1 < len(ws) {
		end = int(ws[k+1].kfrom) - 1
	}
	return key[ws[k].kfrom:end]
}

// Flags say which of the name reader's word lists a word's lower-case
// form is in, so that each word of a capitalised sequence costs one
// lookup, not one for each list the reader asks about it (stop words,
// titles, languages, websites, periodical heads and tails): most
// sequences are names of people, in none of them.
type nameFlags uint8

const (
	isStop    nameFlags = 1 << iota // stopWords
	isTitle                         // titleWords
	isSite                          // a key of websites
	isPerHead                       // periodicalHeads
	isPerTail                       // a key of periodicalTails
	mayLang                         // the lower-case form of a key of languages, which is keyed by the word as written
	loneStop                        // a stop word that, alone, names nothing: no website, no periodical (see loneStopAt)
	isLead                          // leadWords: dropped before a name, kept after its first word
)

var nameLists = func() map[string]nameFlags {
	m := map[string]nameFlags{}
	for w := range stopWords {
		m[w] |= isStop
	}
	for w := range titleWords {
		m[w] |= isTitle
	}
	for w := range leadWords {
		m[w] |= isLead
	}
	for w := range websites {
		m[w] |= isSite
	}
	for w := range periodicalHeads {
		m[w] |= isPerHead
	}
	for w, c := range periodicalTails {
		if c != "" {
			m[w] |= isPerTail
		}
	}
	for w := range languages {
		m[strings.ToLower(w)] |= mayLang
	}
	for w, f := range m {
		if _, per := periodical[w]; f&isStop != 0 && f&isSite == 0 && !per {
			m[w] |= loneStop
		}
	}
	return m
}()

var (
	nameTable  = newFastTable(nameLists)
	nameFilter = doc.FilterOf(nameLists)
)

// periodicalFilter holds the keys of periodical.
var periodicalFilter = doc.FilterOf(periodical)

// periodicalOf is periodical[string(key)], asked of every capitalised
// sequence and answered by the filter, without hashing, for most.
func periodicalOf(key []byte) (named, bool) {
	if len(key) > 0 && !periodicalFilter.MaybeBytes(key) {
		return named{}, false
	}
	p, ok := periodical[string(key)]
	return p, ok
}

// appendKeyWord appends strings.ToLower(w) to key, after a space unless
// key is empty, and returns where that lower-case form starts.
func appendKeyWord(key []byte, w string) ([]byte, int) {
	if len(key) > 0 {
		key = append(key, ' ')
	}
	from := len(key)
	return doc.AppendLower(key, w), from
}

// nameBits returns the flags of low, a word in lower case.
func nameBits(low []byte) nameFlags {
	if !nameFilter.MaybeBytes(low) {
		return 0
	}
	f, _ := nameTable.getBytes(low)
	return f
}

// title reports whether w is an honorific, with or without its stop
// ("Dr", "Dr."): titleWords holds the lower-case form without it.
func (b *builder) title(w *nameWord) bool {
	if !strings.HasSuffix(w.text, ".") {
		return w.bits&isTitle != 0
	}
	return titleWords[string(b.lowerBytes(strings.TrimSuffix(w.text, ".")))]
}

// language reports whether w, as written, is a language's name: the
// lookup languages needs, made only for the few words whose lower-case
// form is one's.
func (w *nameWord) language() bool {
	return w.bits&mayLang != 0 && languages[w.text] != ""
}

// evidence decides whether candidate ci, running from token first to
// before token after, is named as a source. The last "by" and work noun
// or authoring verb the scan read, by and noun, are passed by address:
// with the other arguments, their fields were more than the registers
// that pass arguments hold, and went through the stack at each call,
// one a candidate.
func (b *builder) evidence(ci, first, after int, poss bool, by, noun *lastWord) {
	lastBy, lastNoun := by.i, noun.i
	c := b.cands.at(ci)
	next := b.lower(after)
	nextWord := b.isWord(after)
	if (next == "himself" || next == "herself") && b.gapOK(after) {
		after++
		next = b.lower(after)
	}
	// "Taubman's book", "Kaganovich memoirs".
	if nc, ok := workNoun(next); ok && nextWord && b.gapOK(after-1) && (poss || nc == doc.ClassPrimary && strings.HasSuffix(next, "s") || next == "diary") {
		c.evidence = true
		if c.class == "" {
			c.class = nc
		}
		b.works = append(b.works, ownerWork{owner: ci, noun: b.text(after), class: nc,
			span: doc.Span{Start: c.span.Start, End: int(b.toks[after].End)}})
		return
	}
	if nextWord && isVerb(next) && !poss {
		b.speaks(ci, first)
		return
	}
	// An authoring "by": a work noun or "written" shortly before it.
	// The sweep is asked for first, at or after every token the scan
	// has read: the name starts there.
	if lastBy >= 0 && by.in.sent == c.sent && b.sweep.at(b.d, first).wordNo-by.in.wordNo <= 5 &&
		lastNoun >= 0 && lastNoun < lastBy && noun.in.sent == c.sent && by.in.wordNo-noun.in.wordNo <= 6 {
		c.evidence = true
		nc := workNouns[b.lower(lastNoun)]
		if c.class == "" {
			c.class = nc
		}
		if nc != "" && !b.isClaimed(lastNoun+2) {
			b.works = append(b.works, ownerWork{owner: ci, noun: b.text(lastNoun), class: nc,
				span: doc.Span{Start: int(b.toks[lastNoun].Start), End: c.span.End}})
		}
		return
	}
	// "Alexander Bunn: ‘Dear …".
	if next == ":" && !poss && after+1 < len(b.toks) {
		if r := b.text(after + 1); strings.ContainsAny(r, "“‘\"'«„") {
			b.speaks(ci, first)
			return
		}
	}
	// The word two before is read only after "to": most names follow
	// no "to".
	if b.lower(first-1) == "to" {
		if p2 := b.lower(first - 2); p2 == "according" || p2 == "credited" || p2 == "attributed" {
			c.evidence = true
			return
		}
	}
	// An author of a reference entry. Entries are sorted and do not
	// overlap, so only the last one starting before the name can hold it.
	k := b.refBefore(c.span.Start)
	refs := b.d.References
	if k >= 0 && refs[k].Contains(c.span) {
		for _, a := range refs[k].Authors {
			if strings.Contains(a, b.d.Slice(c.span)) {
				c.evidence = true
			}
		}
	}
}

// links adds the websites that links point to.
func (b *builder) links() {
	for _, e := range b.d.Elements {
		if e.Kind != doc.ElemLink {
			continue
		}
		href, _ := e.Attr("href")
		u, err := url.Parse(href)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
			continue
		}
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		name, class := host, doc.SourceClass("")
		for dom, s := range domains {
			if host == dom || strings.HasSuffix(host, "."+dom) {
				name, class = s.name, s.class
				sub := strings.TrimSuffix(host, "."+dom)
				if sub != host && sub != "en" && sub != "m" && codes[sub] != "" {
					name = codes[sub] + " " + s.name
				}
			}
		}
		b.add(mention{key: "site:" + strings.ToLower(name), name: name, typ: doc.SourceWebsite, class: class, span: e.Span})
	}
}

// The roles a name after a preposition has in the phrase that holds it
// (see prepRole).
const (
	roleOwn   = iota // no preposition before it: the phrase's head
	rolePlace        // where someone is: "a man from Oslo", "officials in Bergen"
	roleBody         // whom someone speaks for: "Ed Moss of the Sierra Club"
	roleFor          // a person spoken for: "a spokesman for Ed Moss"
)

// Prepositions before a name inside a noun phrase. A name right after one
// is the preposition's object, never the subject of the verb that
// follows: "A man from Oslo said" has the man speak, not Oslo.
var (
	placePreps = map[string]bool{"from": true, "in": true, "near": true, "outside": true, "inside": true,
		"across": true, "throughout": true, "around": true, "within": true, "on": true}
	bodyPreps = map[string]bool{"of": true, "for": true, "at": true, "with": true}
)

// prepRole says what the name starting at token first is to the phrase
// it stands in, from the preposition before it (over one article), and
// returns the index of that preposition (-1 for roleOwn). A place
// preposition makes a place unless the name ends in an organisation
// word ("officials in the Foreign Ministry"); "of", "at", "with" and
// "for" before an article or an organisation word make a body ("of the
// Sierra Club", "at Harbour Board"); "for" before a bare name a person
// spoken for; "of", "at", "with" before a bare name, which may be a
// town as well as a firm ("the mayor of Oslo"), a place, left out.
func (b *builder) prepRole(first int, org bool) (int, int) {
	k := first - 1
	det := false
	switch b.lower(k) {
	case "the", "a", "an":
		det = true
		k--
	}
	if !b.isWord(k) || !b.gapOK(k) {
		return roleOwn, -1
	}
	p := b.lower(k)
	switch {
	case placePreps[p]:
		if org {
			return roleBody, k
		}
		return rolePlace, k
	case bodyPreps[p]:
		if det || org {
			return roleBody, k
		}
		// "a spokesman for Ed Moss": a role noun, in small letters,
		// before "for"; after a capitalised word "for" is inside a
		// body's name ("Center for Public Opinion Research").
		if p == "for" && b.isWord(k-1) && !capitalised(b.text(k-1)) {
			return roleFor, k
		}
		return rolePlace, k
	}
	return roleOwn, -1
}

// speaks records that candidate ci, starting at token first, is the
// subject of a reporting verb or a colon's quotation: a primary source,
// unless a preposition before it makes it a place (no source) or a body
// (an organisation). A body or place names the phrase's head too, the
// candidate just before the preposition, when there is one ("Ed Moss of
// the Sierra Club said": Ed Moss spoke).
func (b *builder) speaks(ci, first int) {
	c := b.cands.at(ci)
	role, k := b.prepRole(first, c.org)
	switch role {
	case rolePlace:
	case roleBody:
		c.org = true
		c.evidence, c.class = true, doc.ClassPrimary
	default:
		c.evidence, c.class = true, doc.ClassPrimary
	}
	if role == rolePlace || role == roleBody {
		if ci > 0 {
			h := b.cands.at(ci - 1)
			if h.span.End == int(b.toks[k-1].End) && b.gapOK(k-1) && !b.loneOpener(h) {
				h.evidence, h.class = true, doc.ClassPrimary
			}
		}
	}
}

// speakerMentions reads the speakers the speaker stage found: a name that
// heads a speaker's mention is a source, one the scan sees no verb right
// after ("said Evelyn Marsh", "Evelyn Marsh, who chairs the board,
// said"); a name after a preposition in the mention is a body or a
// place, as prepRole says ("Ed Moss of the Sierra Club", "a man from
// Oslo"). The mentions are sorted by start and walked with the
// candidates, which are in text order: linear but for the sort.
func (b *builder) speakerMentions() {
	// At most one a quotation: made at that size, not grown.
	ms := make([]doc.Span, 0, len(b.d.Quotes))
	for i := range b.d.Quotes {
		if m := b.d.Quotes[i].Speaker.Mention; m.Len() > 0 {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return
	}
	// Sorted by start as sort.Slice sorted them, ties included: the
	// slices package's sort is the same pattern-defeating quicksort,
	// generated from the same source, asking the same questions in the
	// same order (see the claim stage's sortMentions), without
	// sort.Slice's reflective swap of each pair it moves and its calls
	// of a comparison by index.
	slices.SortFunc(ms, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	k := 0
	for ci := range b.cands.len() {
		c := b.cands.at(ci)
		for k < len(ms) && ms[k].End <= c.span.Start {
			k++
		}
		if k == len(ms) {
			return
		}
		m := ms[k]
		if m.Start > c.span.Start || c.span.End > m.End {
			continue
		}
		first := b.tokenAt(c.span.Start)
		if !b.plainBefore(m, first) || !b.endsPhrase(m, c) {
			continue
		}
		role, _ := b.prepRole(first, c.org)
		switch {
		case role == roleBody:
			c.org = true
			c.evidence = true
			b.setClass(ci, doc.ClassPrimary)
		case role == roleFor:
			c.evidence = true
			b.setClass(ci, doc.ClassPrimary)
		case role == roleOwn && b.headOf(m, first) && !b.loneOpener(c):
			c.evidence = true
			b.setClass(ci, doc.ClassPrimary)
		}
	}
}

// headOf reports whether the name at token first heads the mention m:
// nothing but capitalised words (titles, "The") and articles come
// before it in m.
func (b *builder) headOf(m doc.Span, first int) bool {
	for i := first - 1; i >= 0 && int(b.toks[i].Start) >= m.Start; i-- {
		if first-i > maxLead {
			return false
		}
		if !b.isWord(i) {
			return false
		}
		switch b.lower(i) {
		case "the", "a", "an":
			continue
		}
		if !capitalised(b.text(i)) {
			return false
		}
	}
	return true
}

// loneOpener reports whether candidate c is one word opening its
// sentence: a capitalised common noun ("Officials in Bergen said",
// "Nurses at the clinic said") as often as a name, so that only a verb
// right after it makes it a source.
func (b *builder) loneOpener(c *cand) bool {
	return len(c.words) == 1 && c.sent >= 0 && int(c.sent) < len(b.d.Sentences) && b.d.Sentences[c.sent].Start == c.span.Start
}

// maxLead bounds how many tokens headOf and plainBefore read back from a
// name to its mention's start, so that a long mention holding many names
// costs a bounded amount for each: a name further in than this is
// neither its head nor a body right after it.
const maxLead = 12

// plainBefore reports whether no mark stands in mention m before token
// first: a name after a comma or a dash is in an appositive or relative
// clause ("Evelyn Marsh, who chairs the Friends of Millbrook Library"),
// which describes the speaker rather than names whom they speak for.
func (b *builder) plainBefore(m doc.Span, first int) bool {
	for i := first - 1; i >= 0 && int(b.toks[i].Start) >= m.Start; i-- {
		if first-i > maxLead {
			return false
		}
		if b.toks[i].Kind == doc.TokenPunct {
			return false
		}
	}
	return true
}

// owned reports whether a work names candidate ci as its owner.
func (b *builder) owned(ci int) bool {
	for i := len(b.works) - 1; i >= 0 && b.works[i].owner >= ci; i-- {
		if b.works[i].owner == ci {
			return true
		}
	}
	return false
}

// endsPhrase reports whether candidate c ends the noun phrase it stands
// in within mention m: the mention ends after it, or a mark or a
// preposition follows. Not a conjunction: "Phoenix and its officers",
// "China and Russia" join places as often as people. A name followed by a noun is
// that noun's modifier ("the Clinton campaign", "Tulsa police") and a
// name in the possessive its owner ("China’s foreign ministry"): the
// noun is the speaker, not the name.
func (b *builder) endsPhrase(m doc.Span, c *cand) bool {
	if rest := b.d.Text[c.span.End:]; strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") {
		return false
	}
	i := b.tokenAt(c.span.End)
	if i >= len(b.toks) || int(b.toks[i].Start) >= m.End || !b.isWord(i) {
		return true
	}
	w := b.lower(i)
	return placePreps[w] || bodyPreps[w] || capitalised(b.text(i))
}

// acronym reports whether w is two capital letters or more, with or
// without stops between them: "NAACP", "S.E.C".
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
		case 'A' <= r && r <= 'Z':
			n++
		default:
			return false
		}
	}
	return n >= 2
}

// skipStops returns the index of the first of ws that is neither a stop
// word, a leading adverb nor a language's name.
func (b *builder) skipStops(ws []nameWord) int {
	s := 0
	for s < len(ws) && (ws[s].bits&(isStop|isLead) != 0 || ws[s].language()) {
		s++
	}
	return s
}

// isThe is strings.EqualFold(w, "the"), asked of every capitalised
// sequence's first word, without EqualFold's general case: no rune
// outside ASCII folds to "t", "h" or "e", so that only the ASCII
// spellings of three bytes are equal to it.
func isThe(w string) bool {
	return len(w) == 3 && w[0]|0x20 == 't' && w[1]|0x20 == 'h' && w[2]|0x20 == 'e'
}

// refBefore returns the index of the last reference entry that starts at
// or before pos, -1 when none: sort.Search's answer over the entries,
// which are sorted. The names are asked in text order, so that the
// answer is walked to from the last one (refCur), each entry passed
// once; a pos before the last starts the walk again.
func (b *builder) refBefore(pos int) int {
	refs := b.d.References
	c := &b.refCur
	if pos < c.pos {
		c.k = 0
	}
	for c.k < len(refs) && refs[c.k].Start <= pos {
		c.k++
	}
	c.pos = pos
	return c.k - 1
}
