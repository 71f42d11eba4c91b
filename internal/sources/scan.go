package sources

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// periodicalHeads, periodicalTails and periodicalAlone are read from
// periodicalwords.txt: the words that make a capitalised name a
// periodical's ("Daily X", "Evening Ledger"), with the class each gives,
// and the tails that "the" alone before them makes one ("the Ledger").
var periodicalHeads, periodicalTails, periodicalAlone = func() (map[string]bool, map[string]doc.SourceClass, map[string]bool) {
	heads, tails, alone := map[string]bool{}, map[string]doc.SourceClass{}, map[string]bool{}
	for _, f := range lines("periodicalwords.txt") {
		if len(f) < 4 {
			panic("sources: periodicalwords.txt wants word|place|class|alone: " + strings.Join(f, "|"))
		}
		switch f[1] {
		case "head":
			heads[f[0]] = true
		case "tail":
			tails[f[0]] = doc.SourceClass(f[2])
			alone[f[0]] = f[3] == "alone"
		}
	}
	return heads, tails, alone
}()

var authoring = map[string]bool{"written": true, "edited": true, "published": true, "translated": true, "compiled": true, "posted": true}

var vagueHeads = map[string]bool{"experts": true, "critics": true, "officials": true, "observers": true, "analysts": true, "insiders": true, "people": true}

// Flags say which of the scan's word lists a word is in, or starts a
// phrase of, so that each word costs the scan one map lookup, not three.
type scanFlags uint8

const (
	startsVague scanFlags = 1 << iota
	isAuthoring
	isWorkNoun
	isRuleWord // one of ruleWords
	isLoneStop // a stop word that alone names nothing (loneStop of nameFlags): see loneStopAt
)

// ruleWords are the words the scan's rules below look for by name: an
// authoring "by", a website's "version" or "edition", a pronoun before a
// reporting verb or a work. Flagged, so that the words that are none of
// them, most, are not compared with each.
var ruleWords = []string{"by", "version", "edition", "he", "she", "his", "her", "their"}

var scanWords = func() map[string]scanFlags {
	m := map[string]scanFlags{}
	for w := range vague {
		m[w] |= startsVague
	}
	for w := range authoring {
		m[w] |= isAuthoring
	}
	for w := range workNouns {
		m[w] |= isWorkNoun
	}
	for _, w := range ruleWords {
		m[w] |= isRuleWord
	}
	return m
}()

// loneStops are the words of nameLists flagged loneStop. The scan looks
// them up with scanWords, in the same table, so that a capitalised word
// costs the scan's fast path for a lone stop word (loneStopAt) no lookup
// of its own. (nextActive, which passes over small-letter words none of
// scanWords, still passes over "the", "of" and "in": its filter holds
// scanWords alone.)
var loneStops = func() map[string]bool {
	m := map[string]bool{}
	for w, f := range nameLists {
		if f&loneStop != 0 {
			m[w] = true
		}
	}
	return m
}()

// scanTable is scanWords and loneStops for the scan's lookups, faster
// than the map.
var scanTable = newFastTable(func() map[string]scanFlags {
	m := map[string]scanFlags{}
	for w, f := range scanWords {
		m[w] = f
	}
	for w := range loneStops {
		m[w] |= isLoneStop
	}
	return m
}())

// scanFilter turns away at once most words scanWords does not hold: the
// scan asks it of a word that is not Plain, whose lower-case form is
// made, before scanTable. (A Plain word is asked of p8ScanShort.)
var scanFilter = doc.FilterOf(scanWords)

// scan is the one pass over the tokens.
func (b *builder) scan() {
	// What the loop carries from one word to the next but reads for
	// few of them, kept in memory (st's address is taken) rather than
	// in registers: the compiler saved and restored each of a dozen
	// such values around every call the loop makes.
	st := &scanState{sitePara: -1, skipTo: -1}
	st.by.i, st.noun.i = -1, -1
	for i := 0; i < len(b.toks); i++ {
		if i = b.nextActive(i); i == len(b.toks) {
			break
		}
		// The token's fields are read in place, and its text sliced
		// once.
		t := &b.toks[i]
		if t.Kind != doc.TokenWord || b.isClaimed(i) {
			continue
		}
		if s := int(t.Start); s < st.skipFrom || s >= st.skipTo {
			st.skip, st.skipFrom, st.skipTo = b.sweep.skipSpan(b.d, i)
		}
		if st.skip {
			continue
		}
		// Most words' lower-case form is in the segmenter's lower-case
		// text (see lower), read here without the call.
		tx := b.txt[t.Start:t.End]
		w, plain := b.d.LowerOf(*t)
		if !plain && !apostrophe(tx) {
			w = b.lower(i)
		}
		// A word with an apostrophe ("harbourmaster’s", "that’s"), the
		// most common that is not Plain, keeps it, curled, in its
		// lower-case form, which so is none of scanWords (TestScanWordsPlain):
		// w is left empty, which no filter holds, and the flags nothing.
		// Only a rule of a flag, or loneStopAt for a Plain word, reads w;
		// making the form was some six hundred instructions and a string.
		var f scanFlags
		if plain {
			// w is the lower-case text at the token: asked of the
			// packed copy of the table (see p8ScanShort), where the
			// filters and scanTable would answer the same.
			f = p8ScanFlags(b.d.LowerText, int(t.Start), int(t.End))
		} else if scanFilter.Maybe(w) {
			f, _ = scanTable.get(w)
		}
		// The rules of the scan's word lists, kept out of this loop (see
		// scanRules): most words it reads are none of them, or only a
		// lone stop word ("The", "In").
		if f&^isLoneStop != 0 {
			if end, done := b.scanRules(i, w, f, st); done {
				i = end
				continue
			}
		}
		if !capitalised(tx) {
			continue
		}
		if plain && f&isLoneStop != 0 && b.loneStopAt(i, tx, w) {
			continue // what name would do: record nothing, read on after i
		}
		end, ok := b.name(i, st.by, st.noun, &st.site, &st.sitePara)
		if ok {
			i = end
		}
	}
}

// scanRules applies the rules of the scan's word lists to word i, whose
// lower-case form is w and flags f: a vague phrase, an authoring "by",
// a work noun or authoring verb, a website's language edition, a
// pronoun before a reporting verb or a work. It returns the index of
// the last token read and true when a phrase or title took the words
// from i on, which the scan then reads on after. Out of the scan's
// loop, whose other values the compiler then keeps in registers.
func (b *builder) scanRules(i int, w string, f scanFlags, st *scanState) (int, bool) {
	if f&startsVague != 0 {
		if end := b.vaguePhrase(i, w); end > i {
			return end, true
		}
	}
	rule := f&isRuleWord != 0
	switch {
	case rule && w == "by":
		st.by = lastWord{i, b.sweep.at(b.d, i)}
	case f&isAuthoring != 0:
		st.noun = lastWord{i, b.sweep.at(b.d, i)}
	}
	if f&isWorkNoun != 0 {
		st.noun = lastWord{i, b.sweep.at(b.d, i)}
		if end := b.calledTitle(i); end > i {
			return end, true
		}
	}
	// "The English version" after a mention of a website in the paragraph.
	if rule && (w == "version" || w == "edition") && st.site.name != "" && st.sitePara == b.para(i) && b.lower(i+1) != "of" {
		if lang := b.text(i - 1); b.isWord(i-1) && languages[lang] != "" {
			b.add(mention{key: "site:" + strings.ToLower(lang+" "+st.site.name), name: lang + " " + st.site.name, rank: 1,
				typ: doc.SourceWebsite, class: st.site.class, span: doc.Span{Start: int(b.toks[i-1].Start), End: int(b.toks[i].End)}})
		}
	}
	if rule && (w == "he" || w == "she") && isVerb(b.lower(i+1)) {
		if o := b.antecedent(i, b.sweep.at(b.d, i)); o >= 0 {
			b.cands.at(o).evidence = true
			b.setClass(o, doc.ClassPrimary)
		}
	}
	if rule && (w == "his" || w == "her" || w == "their") {
		if c, ok := workNoun(b.lower(i + 1)); ok {
			if o := b.antecedent(i, b.sweep.at(b.d, i)); o >= 0 {
				b.cands.at(o).evidence = true
				b.setClass(o, c)
				b.works = append(b.works, ownerWork{owner: o, noun: b.text(i + 1), class: c,
					span: doc.Span{Start: int(b.toks[i].Start), End: int(b.toks[i+1].End)}})
			}
		}
	}
	return i, false
}

// apostrophe reports whether w holds an apostrophe, straight or curled.
func apostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '\'' || c == 0xE2 && strings.HasPrefix(w[i:], "’") {
			return true
		}
	}
	return false
}

// A scanState is what scan carries from word to word: the last "by",
// the last work noun or authoring verb, the last website named with its
// paragraph, and whether the paragraph is passed over.
type scanState struct {
	by, noun lastWord
	site     named
	sitePara int32
	// The answer of sweep.skip for the words that start in [skipFrom,
	// skipTo): asked once a paragraph, not once a word.
	skip             bool
	skipFrom, skipTo int
}

// nextActive returns the first token from i on that the scan must read,
// or len(b.toks). It passes over the tokens every rule of the scan passes
// over: marks, numbers and other tokens that are no word, and plain
// words that start with a lower-case letter and are none of scanWords
// (the filter says so): no rule, no name and no phrase starts at one,
// and the sweep's answers depend only on the token asked, not on which
// were asked before. Most tokens are such; in firstActive's short loop,
// with the text, lower-case text and tokens in registers, each costs a
// few instructions, where the scan's loop, with its many live values,
// costs a hundred and more.
//
// It counts the word tokens as it goes and leaves the count at the
// token it returns in the sweep (sweep.known), which so need not count
// them again: the scan asks calls nextActive with rising i.
func (b *builder) nextActive(i int) int {
	toks, text := b.toks, b.d.Text
	lower := b.d.LowerText
	kn := &b.sweep.known
	words := kn.words
	if kn.next != i {
		if kn.next > i {
			// Asked out of order: count again from the first token.
			kn.next, words = 0, 0
		}
		// The tokens the scan read past since the last call (a name, a
		// phrase), counted in a loop of their own.
		for _, t := range toks[kn.next:min(i, len(toks))] {
			if t.Kind == doc.TokenWord {
				words++
			}
		}
	}
	if len(lower) != len(text) {
		// No lower-case text: every word is read by the scan.
		for ; i < len(toks) && toks[i].Kind != doc.TokenWord; i++ {
		}
		if i < len(toks) {
			words++
		}
		kn.next, kn.words = min(i+1, len(toks)), words
		return i
	}
	// The tokens from i on, read by firstActive's loop; k is where it
	// stopped: the token to read, or the end.
	k, n := firstActive(toks[min(i, len(toks)):], text, lower)
	words += int32(n)
	i += k
	kn.next, kn.words = min(i+1, len(toks)), words
	return i
}

func (b *builder) setClass(o int, c doc.SourceClass) {
	if c0 := b.cands.at(o); c0.class == "" {
		c0.class = c
	}
}

// A lastWord is a token the scan read, with its facts.
type lastWord struct {
	i  int // its index; -1 when none
	in tokInfo
}

// antecedentWalk returns the last person candidate before token i, whose
// facts are in, in its sentence, or in the sentence before, within the
// same quotation, by walking back over the candidates, with done true;
// or, when it has read more than limit candidates (limit >= 0) without
// an answer, -1 and done false. It is antecedent's answer for a short
// walk, and where the index cannot give one (see antIndex).
func (b *builder) antecedentWalk(i int, in tokInfo, limit int) (k int, done bool) {
	for k := b.cands.len() - 1; k >= 0; k-- {
		if limit--; limit == -1 {
			return -1, false
		}
		c := b.cands.at(k)
		if c.sent >= 0 && c.sent < in.sent-1 {
			// Candidates are in text order: every one before this one
			// is as far back, or in no sentence, and the loop below
			// would return -1 at the first person among them. Stopping
			// here keeps a run of organisations from being read again
			// for each pronoun.
			return -1, true
		}
		if c.org || c.span.Start >= int(b.toks[i].Start) {
			continue
		}
		if c.sent < in.sent-1 {
			return -1, true
		}
		if c.quote == in.quote {
			return k, true
		}
	}
	return -1, true
}

// vaguePhrase matches a vague-source phrase at token i and returns the
// index of its last token, or -1.
func (b *builder) vaguePhrase(i int, low string) int {
	// What the phrases ask of word i+n: whether it is a word following
	// word i+n-1 closely, and its lower-case form; found once for all the
	// phrases that start with word i ("some" starts nine), not once for
	// each. Phrases are a few words long; a longer one's further words
	// are read for it alone.
	var next [8]struct {
		known, ok bool
		low       string
	}
	read := func(n int) (bool, string) {
		ok := (n == 0 || b.gapOK(i+n-1)) && b.isWord(i+n)
		if !ok {
			return false, ""
		}
		return true, b.lower(i + n)
	}
	if !vagueOneWord.Maybe(low) {
		// No phrase of two words or more matches unless the next word is
		// second in one: most words that start a phrase ("some", "many",
		// "it") stand before other words, and the phrases need not be
		// tried one by one.
		c := &next[1]
		c.known = true
		if c.ok, c.low = read(1); !c.ok || !vagueSeconds.Maybe(c.low) {
			return -1
		}
	}
	v, _ := vagueTable.get(low)
	if v.long {
		// Every phrase of low is three words long or more ("it is
		// said"): none matches unless the word after next is third in
		// one, which most are not ("it is a good line").
		c := &next[2]
		c.known = true
		if c.ok, c.low = read(2); !c.ok || !vagueThirds.Maybe(c.low) {
			return -1
		}
	}
	for _, p := range v.phrases {
		ok := true
		// Word 0 is low itself, the key p was found by: read from 1 on.
		for n := 1; n < len(p); n++ {
			w := p[n]
			var wordOK bool
			var low string
			if n < len(next) {
				c := &next[n]
				if !c.known {
					c.known = true
					c.ok, c.low = read(n)
				}
				wordOK, low = c.ok, c.low
			} else {
				wordOK, low = read(n)
			}
			if !wordOK || low != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		start, end := i, i+len(p)-1
		if p[len(p)-1] == "sources" {
			// Words that qualify "sources": "pro-Soviet sources".
			for k := start - 1; k >= 0 && start-k <= 2 && b.isWord(k) && b.gapOK(k); k-- {
				lw := b.lower(k)
				if stopWords[lw] || verbs[lw] || (capitalised(b.text(k)) && !strings.Contains(lw, "-")) {
					break
				}
				start = k
			}
			end = b.postModifier(end)
		}
		head := p[0]
		if head == "according" && len(p) > 2 {
			head = p[2]
		}
		typ := doc.SourceType("")
		if vagueHeads[head] {
			typ = doc.SourcePerson
		}
		s := doc.Span{Start: int(b.toks[start].Start), End: int(b.toks[end].End)}
		name := normSpace(b.d.Slice(s))
		b.add(mention{key: "vague:" + strings.ToLower(name), name: name, typ: typ, vague: true, span: s})
		return end
	}
	return -1
}

// vagueTable holds vague for vaguePhrase's lookup, which a fastTable
// answers for less than the map: by first word, the phrases, and
// whether each of them is three words long or more.
var vagueTable = newFastTable(func() map[string]vagueEntry {
	m := map[string]vagueEntry{}
	for w, ps := range vague {
		long := true
		for _, p := range ps {
			long = long && len(p) >= 3
		}
		m[w] = vagueEntry{ps, long}
	}
	return m
}())

// A vagueEntry is what vagueTable holds for a first word.
type vagueEntry struct {
	phrases [][]string
	long    bool // every phrase has three words or more
}

// vagueThirds holds the words that stand third in a vague phrase, for
// vaguePhrase's test of the phrases that are all that long.
var vagueThirds = func() *doc.WordFilter {
	var f doc.WordFilter
	for _, ps := range vague {
		for _, p := range ps {
			if len(p) >= 3 {
				f.Add(p[2])
			}
		}
	}
	return &f
}()

// vagueSeconds holds the words that stand second in a vague phrase, and
// vagueOneWord the phrases of one word ("sources"), for vaguePhrase's
// first test, which a word that may be one of them does not take.
var vagueSeconds, vagueOneWord = func() (*doc.WordFilter, *doc.WordFilter) {
	var second, one doc.WordFilter
	for _, ps := range vague {
		for _, p := range ps {
			if len(p) < 2 {
				one.Add(p[0])
				continue
			}
			second.Add(p[1])
		}
	}
	return &second, &one
}()

// postModifier extends "sources" over "from the 1930s", "close to the
// minister", "in the ministry".
func (b *builder) postModifier(end int) int {
	j := end
	if !b.gapOK(j) {
		return end
	}
	switch b.lower(j + 1) {
	case "from", "in", "within", "inside", "at", "near":
		j++
	case "close", "familiar":
		if !b.gapOK(j + 1) {
			return end
		}
		j += 2
	default:
		return end
	}
	if b.gapOK(j) && (b.lower(j+1) == "the" || b.lower(j+1) == "a") {
		j++
	}
	if !b.gapOK(j) || b.toks[j+1].Kind == doc.TokenPunct {
		return end
	}
	return j + 1
}

// calledTitle reads "a book called Khrushchev Lied": the work noun at i,
// then called, titled, entitled or named, then a capitalised title.
func (b *builder) calledTitle(i int) int {
	switch b.lower(i + 1) {
	case "called", "titled", "entitled", "named":
	default:
		return -1
	}
	if !b.gapOK(i) || !b.gapOK(i+1) || !b.isWord(i+2) || !capitalised(b.text(i+2)) {
		return -1
	}
	j := i + 2
	for b.gapOK(j) && b.isWord(j+1) {
		nw := b.text(j + 1)
		if capitalised(nw) && b.lower(j+1) != "by" {
			j++
			continue
		}
		if connector(nw) && b.gapOK(j+1) && b.isWord(j+2) && capitalised(b.text(j+2)) {
			j += 2
			continue
		}
		break
	}
	s := doc.Span{Start: int(b.toks[i+2].Start), End: int(b.toks[j].End)}
	title := b.d.Slice(s)
	low := strings.ToLower(title)
	k := strings.TrimPrefix(low, "the ")
	if _, ok := periodical[k]; ok {
		return -1
	}
	if _, ok := websites[k]; ok {
		return -1
	}
	b.addTitle(title, low, workNouns[b.lower(i)], s)
	return j
}

func connector(w string) bool {
	switch w {
	case "of", "and", "the", "a", "an", "in", "on", "for", "to":
		return true
	}
	return false
}

var particles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "del": true,
	"della": true, "di": true, "da": true, "du": true, "le": true, "la": true, "bin": true, "ibn": true, "al": true, "of": true}
