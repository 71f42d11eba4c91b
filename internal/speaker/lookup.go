package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// sitesLower holds the words of sites.txt lower-cased: a token whose
// lower-case form is not among them is no site.
var sitesLower = func() map[string]bool {
	m := map[string]bool{}
	for w := range sites {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// reportingFilter holds the forms of reporting.txt: the attribution
// reader asks for the senses of every word of every sentence, and most
// words are no verb of reporting; the filter turns them away without
// hashing them.
var reportingFilter = doc.FilterOf(reporting)

// reportingSenses returns reporting[w]. The rules read a token's senses
// from its lexicon entry (tok.senses); this is for a word in hand.
func reportingSenses(w string) []verbSense {
	if !reportingFilter.Maybe(w) {
		return nil
	}
	return reporting[w]
}

// A wordClass is a set of the word lists a lower-case word belongs to,
// one bit a list. The rules ask of most tokens, again and again, whether
// they are a function word, a determiner, a cue, an auxiliary …: each
// such question was a map lookup that hashed the word anew. A token
// carries the index of its word's lexicon entry (tok.lex), found once
// when it is read, and the rules test a bit instead.
type wordClass uint64

// The lists a wordClass can tell, each the map of the same name: a bit
// is set for a word exactly when the map's lookup of the word is true
// (non-empty for reporting and contracted, present for persons).
const (
	isFunction wordClass = 1 << iota
	isDet
	isCue
	isAdverb
	isPronoun
	isTimeWord
	isAuxiliary
	isBeForm
	isFinite
	isSubjectPronoun
	isNaming
	isPostPreposition
	isAfterCueOK
	isSubordinator
	isQuantity
	isParticiple
	isClauseLead
	isPhraseStop
	isVerbAdverb
	isObjectPronoun
	isNounMarker
	isNotIndirect
	isObjectCue
	isDescriber
	isObjectPrep
	isParticle
	isRaising
	isQuantifier
	isWhWord
	isPhraseLink
	isPrep
	isWork
	isContracted
	isPerson
	isReporting
	isClauseOpener
	isAboutWord
	isNoContent
	isGiven
	isTitle
	isSite // the lower-case form of a word of sites.txt, which is read as written

	// The bits below stand for the tests that open the attribution
	// reader's loops over every token of a sentence (parc.go,
	// indirect.go): each loop turns a token away at once unless its
	// bit is set, where it hashed the word into a map or compared it
	// with several strings first. Each lookup in lexLists is the
	// loop's own test, word for word.
	isReportTrigger // reporting, "respond" forms, seeForms, "like": the main loop of attributions reads nothing else
	isFacing        // facingVerbs
	isAppearance    // the verbs appearance reads: "look" forms, and raising's "seem" and "appear" forms
	isStance        // stanceNouns, and each with an "s"
	isPerfectAux    // perfectAux
	isAccording     // "according": "…, according to X"
	isAs            // "as": asCue
	isEvalNoun      // evalNouns: the loop of nouns of evaluation ("his support for …")
	isStanceHolder  // stanceHolders: the loop of nouns for one who holds a stance ("a critic of the levy")
	isSpeechNoun    // speechNouns: colonNoun reads "The mayor's message was simple: …"

	// The bits below answer the tests of the rules that read a
	// speaker's phrase (mention.go, quote.go) for words of lists that no
	// bit above tells: each was a map lookup that hashed a word the
	// token had found its entry for already.
	isNumberWord  // numberWords
	isFindingNoun // findingNouns
	isPartitive   // partitives

	// The bits below answer the tests that the attribution reader
	// (parc.go) makes of each verb of reporting it reads, and of the
	// words around it: each was a map lookup of a word whose entry the
	// token had found already.
	isCompoundFirst    // the keys of compoundHeads: "appeals" in "an appeals court"
	isNounForm         // nounForms
	isCriticismNoun    // criticismNouns
	isStrandedParticle // strandedParticles
	isObjectVerb       // objectVerbs
	isVerblessPrep     // verblessPreps
	isNamingParticiple // namingParticiples
	isCopula           // copulas
	isStanceAdjective  // stanceAdjectives
	isResponseVerb     // responseVerbs
)

// attributionWords are the bits of the words that the rules of
// attributions (parc.go) open with: the verbs and nouns of its loops,
// "according", "as", the cues of a trailing attribution and "asked" (a
// verb of reporting). A clause none of whose words has one of them, and
// with no colon among its first tokens (headline), yields no
// attribution, and indirect does not make its toks (mayAttribute). A
// rule added to attributions that opens with a word of no list here
// must add its list: TestGates reads with every gate open.
const attributionWords = isAccording | isCue | isReporting | isAs | isReportTrigger | isFacing | isAppearance | isStance | isEvalNoun | isStanceHolder | isSpeechNoun

// sentenceClass returns the lists that the words of toks are in, all
// together: a rule that reads only words of some list need not read a
// sentence that holds none of them.
func sentenceClass(toks []tok) wordClass {
	if gatesOff {
		return ^wordClass(0)
	}
	var c wordClass
	for k := range toks { // by index: a range copies each 40-byte tok
		c |= classOf(toks[k].lex)
	}
	return c
}

// A lexEntry is what the lists say of one lower-case word.
type lexEntry struct {
	class  wordClass
	class2 wordClass2  // the lists of lexLists2 (y6_class2.go)
	senses []verbSense // reporting[w]
}

// lexicon holds an entry for every word of the lists above; entry 0,
// the entry of every other word, is empty. lexTable finds a word's
// entry.
var lexicon, lexTable, lexRareFirst = buildLexicon()

// lexClass holds the class of each entry of lexicon apart, 8 bytes an
// entry: tok.is reads it for most tokens, and the entries read stay in
// the processor's nearest cache. It is an array whose length is a power
// of two, read at lex&lexMask (classOf): the index is then within it by
// its type, so a read is one load, where a slice's took its header from
// memory and a test of the bound, at each of the stage's most frequent
// tests. Every entry of lexicon is below lexCap (checked here), so the
// mask changes no index.
var lexClass = func() (c [lexCap]wordClass) {
	if len(lexicon) > lexCap {
		panic("speaker: the lexicon has more entries than lexCap")
	}
	for i, e := range lexicon {
		c[i] = e.class
	}
	return c
}()

// lexCap is lexClass's length: the lexicon has some 8,300 entries, most
// of them given names (given.txt); raise it (a power of two) if the word
// lists ever pass it.
const (
	lexCap  = 1 << 14
	lexMask = lexCap - 1
)

// classOf returns the class of lexicon entry lex.
func classOf(lex int32) wordClass { return lexClass[lex&lexMask] }

// A lexList is one word list of a wordClass: its bit, its lookup and
// its words.
type lexList struct {
	c  wordClass
	in func(w string) bool
	of []string
}

// lexLists returns the lists the lexicon tells, each with the lookup its
// bit stands for (TestLexicon checks every word of every list).
func lexLists() []lexList {
	return []lexList{
		{isFunction, func(w string) bool { return function[w] }, keys(function)},
		{isDet, func(w string) bool { return dets[w] }, keys(dets)},
		{isCue, func(w string) bool { return cues[w] }, keys(cues)},
		{isAdverb, func(w string) bool { return adverbs[w] }, keys(adverbs)},
		{isPronoun, func(w string) bool { return pronouns[w] }, keys(pronouns)},
		{isTimeWord, func(w string) bool { return timeWords[w] }, keys(timeWords)},
		{isAuxiliary, func(w string) bool { return auxiliaries[w] }, keys(auxiliaries)},
		{isBeForm, func(w string) bool { return beForms[w] }, keys(beForms)},
		{isFinite, func(w string) bool { return finiteWords[w] }, keys(finiteWords)},
		{isSubjectPronoun, func(w string) bool { return subjectPronouns[w] }, keys(subjectPronouns)},
		{isNaming, func(w string) bool { return naming[w] }, keys(naming)},
		{isPostPreposition, func(w string) bool { return postPrepositions[w] }, keys(postPrepositions)},
		{isAfterCueOK, func(w string) bool { return afterCueOK[w] }, keys(afterCueOK)},
		{isSubordinator, func(w string) bool { return subordinators[w] }, keys(subordinators)},
		{isQuantity, func(w string) bool { return quantities[w] }, keys(quantities)},
		{isParticiple, func(w string) bool { return participles[w] }, keys(participles)},
		{isClauseLead, func(w string) bool { return clauseLeads[w] }, keys(clauseLeads)},
		{isPhraseStop, func(w string) bool { return phraseStops[w] }, keys(phraseStops)},
		{isVerbAdverb, func(w string) bool { return verbAdverbs[w] }, keys(verbAdverbs)},
		{isObjectPronoun, func(w string) bool { return objectPronouns[w] }, keys(objectPronouns)},
		{isNounMarker, func(w string) bool { return nounMarkers[w] }, keys(nounMarkers)},
		{isNotIndirect, func(w string) bool { return notIndirect[w] }, keys(notIndirect)},
		{isObjectCue, func(w string) bool { return objectCues[w] }, keys(objectCues)},
		{isDescriber, func(w string) bool { return describers[w] }, keys(describers)},
		{isObjectPrep, func(w string) bool { return objectPreps[w] }, keys(objectPreps)},
		{isParticle, func(w string) bool { return particles[w] }, keys(particles)},
		{isRaising, func(w string) bool { return raising[w] }, keys(raising)},
		{isQuantifier, func(w string) bool { return quantifiers[w] }, keys(quantifiers)},
		{isWhWord, func(w string) bool { return whWords[w] }, keys(whWords)},
		{isPhraseLink, func(w string) bool { return phraseLinks[w] }, keys(phraseLinks)},
		{isPrep, func(w string) bool { return preps[w] }, keys(preps)},
		{isWork, func(w string) bool { return works[w] }, keys(works)},
		{isContracted, func(w string) bool { return contracted[w] != "" }, keys(contracted)},
		{isPerson, func(w string) bool { _, ok := persons[w]; return ok }, keys(persons)},
		{isReporting, func(w string) bool { return len(reporting[w]) > 0 }, keys(reporting)},
		{isClauseOpener, func(w string) bool { return clauseOpeners[w] }, keys(clauseOpeners)},
		{isAboutWord, func(w string) bool { return aboutWords[w] }, keys(aboutWords)},
		{isNoContent, func(w string) bool { return noContent[w] }, keys(noContent)},
		{isGiven, func(w string) bool { _, ok := given[w]; return ok }, keys(given)},
		{isTitle, func(w string) bool { _, ok := titles[w]; return ok }, keys(titles)},
		{isSite, func(w string) bool { return sitesLower[w] }, keys(sitesLower)},
		{isReportTrigger, reportTrigger, append(keys(reporting), append(keys(seeForms), "respond", "responds", "responded", "like", "heard")...)},
		{isFacing, func(w string) bool { return facingVerbs[w] }, keys(facingVerbs)},
		{isAppearance, appearanceVerb, append(keys(raising), "look", "looks", "looked")},
		{isStance, stanceNoun, append(keys(stanceNouns), plurals(keys(stanceNouns))...)},
		{isPerfectAux, func(w string) bool { return perfectAux[w] }, keys(perfectAux)},
		{isAccording, func(w string) bool { return w == "according" || w == "per" }, []string{"according", "per"}},
		{isAs, func(w string) bool { return w == "as" }, []string{"as"}},
		{isEvalNoun, func(w string) bool { _, ok := evalNouns[w]; return ok }, keys(evalNouns)},
		{isStanceHolder, func(w string) bool { return stanceHolders[w] }, keys(stanceHolders)},
		{isSpeechNoun, func(w string) bool { return speechNouns[w] }, keys(speechNouns)},
		{isNumberWord, func(w string) bool { return numberWords[w] }, keys(numberWords)},
		{isFindingNoun, func(w string) bool { return findingNouns[w] }, keys(findingNouns)},
		{isPartitive, func(w string) bool { return partitives[w] }, keys(partitives)},
		{isCompoundFirst, func(w string) bool { return len(compoundHeads[w]) > 0 }, keys(compoundHeads)},
		{isNounForm, func(w string) bool { return nounForms[w] }, keys(nounForms)},
		{isCriticismNoun, func(w string) bool { return criticismNouns[w] }, keys(criticismNouns)},
		{isStrandedParticle, func(w string) bool { return strandedParticles[w] }, keys(strandedParticles)},
		{isObjectVerb, func(w string) bool { return objectVerbs[w] }, keys(objectVerbs)},
		{isVerblessPrep, func(w string) bool { return verblessPreps[w] }, keys(verblessPreps)},
		{isNamingParticiple, func(w string) bool { return namingParticiples[w] }, keys(namingParticiples)},
		{isCopula, func(w string) bool { return copulas[w] }, keys(copulas)},
		{isStanceAdjective, func(w string) bool { return stanceAdjectives[w] }, keys(stanceAdjectives)},
		{isResponseVerb, func(w string) bool { return responseVerbs[w] }, keys(responseVerbs)},
	}
}

// reportTrigger reports whether the main loop of attributions reads
// the word w further: a verb of reporting, a word commentRequest, seeAs
// or the "would like to" test can give senses to. For any other word
// the loop's senses stay empty and it goes on to the next.
func reportTrigger(w string) bool {
	switch w {
	case "respond", "responds", "responded", "like", "heard": // "heard": n48Heard
		return true
	}
	return len(reporting[w]) > 0 || seeForms[w]
}

// appearanceVerb is the test appearance opens with, less the token's
// capital: "look" forms, and the "seem" and "appear" forms of raising.
func appearanceVerb(w string) bool {
	look := w == "look" || w == "looks" || w == "looked"
	return look || raising[w] && (strings.HasPrefix(w, "seem") || strings.HasPrefix(w, "appear"))
}

// stanceNoun is the test of the stance-noun loop of attributions: a
// noun of stanceNouns or one with an "s" ("claims").
func stanceNoun(w string) bool {
	return stanceNouns[w] || strings.HasSuffix(w, "s") && stanceNouns[strings.TrimSuffix(w, "s")]
}

func plurals(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w + "s"
	}
	return out
}

func buildLexicon() ([]lexEntry, *lexIndex, int32) {
	entries := []lexEntry{{}}
	index := map[string]int32{}
	entry := func(w string) *lexEntry {
		id, ok := index[w]
		if !ok {
			id = int32(len(entries))
			index[w] = id
			entries = append(entries, lexEntry{senses: reporting[w]})
		}
		return &entries[id]
	}
	for _, l := range lexLists() {
		for _, w := range l.of {
			if w == "" || !l.in(w) {
				continue // "in" is a key of verbAdverbs, set false
			}
			entry(w).class |= l.c
		}
	}
	// The second word's lists (y6_class2.go): their words have entries
	// too, so that a token's entry tells them.
	for _, l := range lexLists2() {
		for _, w := range l.of {
			if w == "" || !l.in(w) {
				continue
			}
			entry(w).class2 |= l.c
		}
	}
	entries, rareFirst := rareLast(entries, index)
	return entries, newLexIndex(index, len(entries)), rareFirst
}

// A lexIndex finds a lower-case word's lexicon entry. The tokeniser asks
// it of every word of the text, once, and a general table of 2,600
// words (a string, a value and a flag a slot, kept at a quarter full:
// 390 KB) sent most lookups to a slot out of the processor's nearer
// caches. Here a word of at most eight bytes, most words of a text and
// of the lists, is its own key: its bytes as one little-endian number
// (packIn; no word holds a zero byte, so the number is the word), and
// a probe compares two numbers where a string's comparison is a call.
// A word of nine to sixteen bytes (the long words of prose: "officials",
// "according", "statement") is its own key too, as two numbers
// (mediumSlot): the tokeniser reads such a word eight bytes at a time
// and finds its entry from the two numbers in hand, where it read the
// word again to hash it and compared it with its entry's word by a
// call. A longer word's slot is its hash and its entry, 8 bytes, a
// third full: a probe compares the hashes, and only a slot whose hash
// matches compares the word with its entry's. An empty slot has entry
// 0, the entry of every word in no list.
type lexIndex struct {
	short  *[shortSlots]shortSlot
	mshift uint8 // 64 less the bits of a medium slot's number
	medium []mediumSlot
	mask   uint32
	slots  []lexSlot
	words  []string // words[id]: the word of entry id ("" for 0)
}

type lexSlot struct {
	h  uint32 // wordHash of the word
	id int32  // its entry; 0 marks an empty slot
}

// A shortSlot is the slot of a word of one to eight bytes.
type shortSlot struct {
	key uint64 // the word's bytes (packIn); 0 in an empty slot
	id  int32
}

// A mediumSlot is the slot of a word of nine to sixteen bytes: its
// first eight bytes and the rest, each as packIn gives them.
type mediumSlot struct {
	a, b uint64 // b is 0 in an empty slot (a word's rest is not empty)
	id   int32
}

// shortSlots is how many slots the short words have: a power of two,
// fixed, so that a slot's number is a shift by a constant and within
// the array by its mask (no test of the shift's size or of the index's
// bound at each probe: the tokeniser probes for most words of the
// text). newLexIndex checks that the lists' short words fill at most a
// quarter of them; raise shortBits if they ever do more.
const (
	shortBits  = 15
	shortSlots = 1 << shortBits
)

// shortMax is the longest word, in bytes, that the short slots hold;
// mediumMax the longest that the medium slots hold.
const (
	shortMax  = 8
	mediumMax = 2 * shortMax
)

func newLexIndex(index map[string]int32, n int) *lexIndex {
	nShort, nMedium := 0, 0
	for w := range index {
		switch {
		case len(w) <= shortMax:
			nShort++
		case len(w) <= mediumMax:
			nMedium++
		}
	}
	// The short slots are kept at most a quarter full, so that most
	// words are found at the first probe: the tokeniser asks the table
	// of most words of the text, and at half full a lookup took some 30
	// instructions. (For the lists' some 6,800 short words, most of them
	// given names, 32,768 slots, 512 KB.)
	if 4*nShort > shortSlots {
		panic("speaker: the lexicon's short words fill more than a quarter of its slots: raise shortBits")
	}
	msize, mbits := 8, 3
	for msize < 2*nMedium {
		msize, mbits = msize*2, mbits+1
	}
	long := 8
	for long < 3*(len(index)-nShort-nMedium) {
		long *= 2
	}
	t := &lexIndex{short: new([shortSlots]shortSlot),
		mshift: uint8(64 - mbits), medium: make([]mediumSlot, msize),
		mask: uint32(long - 1), slots: make([]lexSlot, long), words: make([]string, n)}
	for w, id := range index {
		t.words[id] = w
		if len(w) <= shortMax {
			key := packIn(w, 0, len(w))
			i := t.shortSlot(key)
			for t.short[i].id != 0 {
				i = (i + 1) & (len(t.short) - 1)
			}
			t.short[i] = shortSlot{key, id}
			continue
		}
		if len(w) <= mediumMax {
			a, b := packIn(w, 0, shortMax), packIn(w, shortMax, len(w))
			i := t.mediumSlot(a, b)
			for t.medium[i].id != 0 {
				i = (i + 1) & (len(t.medium) - 1)
			}
			t.medium[i] = mediumSlot{a, b, id}
			continue
		}
		h := wordHash(w)
		i := h & t.mask
		for t.slots[i].id != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{h, id}
	}
	return t
}

// shortSlot returns the first slot to probe for the short word key.
func (t *lexIndex) shortSlot(key uint64) int { return int(key * hashMul >> (64 - shortBits)) }

// getShort returns the entry of the word of at most eight bytes whose
// packIn is key; 0 when it is in no list (or is empty: key 0 stops at
// the first empty slot).
//
// Measured and not kept (session twenty-six): the short slots held in a
// package variable of their own, so that the tokeniser's lookup loads
// one address, not lexTable's and then the slots': appendCompactIn
// rose by 0.9 M instructions (its registers were moved about instead).
func (t *lexIndex) getShort(key uint64) int32 {
	short := t.short
	for i := t.shortSlot(key); ; i = (i + 1) & (shortSlots - 1) {
		s := &short[i&(shortSlots-1)]
		if s.key == key || s.id == 0 {
			return s.id
		}
	}
}

// mediumSlot returns the first slot to probe for the word of nine to
// sixteen bytes whose halves are a and b (packIn).
func (t *lexIndex) mediumSlot(a, b uint64) int {
	return int((a*hashMul^b)*hashMul>>t.mshift) & (len(t.medium) - 1)
}

// getMedium returns the entry of the word of nine to sixteen bytes
// whose first eight bytes are a and the rest b (packIn of each); 0 when
// it is in no list.
func (t *lexIndex) getMedium(a, b uint64) int32 {
	medium := t.medium
	for i := t.mediumSlot(a, b); ; i = (i + 1) & (len(medium) - 1) {
		s := &medium[i]
		if s.a == a && s.b == b || s.id == 0 {
			return s.id
		}
	}
}

// get returns the entry of w, a word of more than sixteen bytes whose
// wordHash is h; 0 when w is in no list.
func (t *lexIndex) get(w string, h uint32) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.id == 0 || s.h == h && t.words[s.id] == w {
			return s.id
		}
	}
}

// lexIn returns the entry of the lower-case word str[s:e].
func lexIn(str string, s, e int) int32 {
	if e-s <= shortMax {
		return lexTable.getShort(packIn(str, s, e))
	}
	if e-s <= mediumMax {
		return lexTable.getMedium(packIn(str, s, s+shortMax), packIn(str, s+shortMax, e))
	}
	return lexTable.get(str[s:e], hashIn(str, s, e))
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// lexOf returns the index of the lexicon entry of the lower-case word
// w, 0 when it is in none of the lists.
func lexOf(w string) int32 {
	return lexIn(w, 0, len(w))
}

// is reports whether the token's lower-case form is in one of the lists
// of c: is(isFunction) is function[t.low], without hashing the word.
func (t *tok) is(c wordClass) bool { return classOf(t.lex)&c != 0 }

// gate is tok.is for a test that only spares a rule work: the rule
// itself reads the words the bit stands for, so that it gives the same
// whether or not the gate lets the token through.
func (t *tok) gate(c wordClass) bool { return gatesOff || t.is(c) }

// gatesOff opens every gate (gate, sentenceClass, tokIndex.mayHold), for
// TestGates, which runs the stage with and without them and compares:
// a rule changed to read words that its gate's bits leave out shows
// there.
var gatesOff bool

// adverbFilter holds the words of verbAdverbs and timeWords: adverbish
// (parc.go) asks wordIs of most words it reads, a string in hand, and
// most are in neither list; the filter turns them away without hashing
// them.
var adverbFilter = func() *doc.WordFilter {
	f := doc.FilterOf(verbAdverbs)
	for w := range timeWords {
		f.Add(w)
	}
	return f
}()

// wordIs reports whether the lower-case word w is in one of the lists
// of c: one lookup in the lexicon for any number of lists, where
// asking each list's map hashes the word again.
func wordIs(w string, c wordClass) bool { return classOf(lexOf(w))&c != 0 }

// senses returns reporting[t.low].
func (t *tok) senses() []verbSense { return lexicon[t.lex].senses }

// particleFirst returns senses with those that take a particle first
// ("complained about" before "complained"), each group in its order: a
// stable partition, as sorting a copy stably by that test gives. The
// reader of a verb's content asks it for every verb of reporting it
// reads; a copy sorted by sort.SliceStable cost three allocations each
// time. The partition is written into buf (a caller's array on the
// stack: a verb has a few senses) when senses need reordering, and
// senses itself is returned when they do not.
func particleFirst(senses, buf []verbSense) []verbSense {
	if len(senses) < 2 {
		return senses
	}
	// Already in order when no sense without a particle comes before
	// one with it.
	plain := false
	inOrder := true
	for _, s := range senses {
		if s.particle == "" {
			plain = true
		} else if plain {
			inOrder = false
			break
		}
	}
	if inOrder {
		return senses
	}
	out := buf[:0]
	for _, s := range senses {
		if s.particle != "" {
			out = append(out, s)
		}
	}
	for _, s := range senses {
		if s.particle == "" {
			out = append(out, s)
		}
	}
	return out
}

// firstField returns strings.Fields(s)[0] without making the slice, or
// "" when s holds no field.
func firstField(s string) string {
	for f := range strings.FieldsSeq(s) {
		return f
	}
	return ""
}
