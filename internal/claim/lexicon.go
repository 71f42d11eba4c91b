package claim

import (
	"embed"
	"fmt"
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/wordtab"
)

// The lexicons are data, kept in this package's *.txt files so that they
// can be read, reviewed and extended without touching code. See the head
// of hedges.txt for the phrase syntax.
//
//go:embed *.txt
var lexiconFS embed.FS

var (
	hedgeLex    = mustPhrases("hedges.txt", true)
	boosterLex  = mustPhrases("boosters.txt", true)
	formulaLex  = mustPhrases("formulas.txt", false)
	vagueLex    = mustPhrases("vague.txt", false)
	evaluative  = mustWords("evaluative.txt")
	sweeping    = mustWords("sweeping.txt")
	attribution = mustWords("attribution.txt")
)

// Flags say which lexicons a word is in, or starts a phrase of, so that
// each word of the text costs one map lookup, not one per lexicon.
type flags uint16

const (
	startsFormula flags = 1 << iota
	startsHedge
	startsBooster
	startsVague
	isEvaluative
	isSweeping
	isAttribution
	isGrammar // a word the claim typing looks for: modals, "if", "should", "will"
	isMonth   // in monthNames
	isNotName // in notNames
	// inPhrase marks a word that stands in a slot of some phrase other
	// than its first: a phrase whose second slot must be filled matches
	// only before such a word (see lexWord.needsNext).
	inPhrase
	isJoiner // in clauseJoiners
	isModal  // in modalWords
	// needsNextCue marks a word that starts hedge or booster phrases
	// only, every one of them with a second slot that must be filled:
	// no phrase of cues's starts at it before a word not inPhrase.
	needsNextCue
	// waitsForNext marks a word that starts phrases, of any of the
	// phrase lexicons, every one of them with a second slot that must
	// be filled, and is in no list features reads: no pass after
	// reader.read acts on it but before a word inPhrase. The commonest
	// words of the lexicons ("the", "it", "some") are such words.
	waitsForNext
	// selects marks a word that the passes after reader.read act on
	// wherever it stands: one with a flag of selFlags that does not
	// wait for the next word (waitsForNext), which is selected only
	// before a word inPhrase (see fastWords).
	selects
)

// modalWords are the modals of a counterfactual ("would have been"),
// flagged so that features asks the flag, not the eight strings, of
// each word of grammarWords.
var modalWords = []string{"would", "could", "might", "wouldn't", "couldn't", "would've", "could've", "might've"}

// A grammarCode says which of grammarWords a word is, or which group of
// them that features treats alike: features switches on it, one small
// integer, where it compared the word's form with the strings of each
// case in turn.
type grammarCode uint8

const (
	gramNone    grammarCode = iota
	gramModal               // modalWords
	gramIf                  // "if"
	gramHad                 // "had"
	gramHadNot              // "hadn't"
	gramWere                // "were"
	gramWithout             // "without"
	gramEven                // "even": asked about as a neighbour only
	gramBut                 // "but"
	gramShould              // "should", "shouldn't", "ought", "oughtn't"
	gramMust                // "must"
	gramNeed                // "need", "needs"
	gramWill                // "will", "won't", "shall", "gonna"
	gramFirst               // "i", "we"
	gramIn                  // "in"
)

// grammarWords are the words whose presence types a claim (see
// features), with their codes.
var grammarWords = map[string]grammarCode{
	"would": gramModal, "could": gramModal, "might": gramModal, "wouldn't": gramModal, "couldn't": gramModal,
	"would've": gramModal, "could've": gramModal, "might've": gramModal,
	"if": gramIf, "had": gramHad, "hadn't": gramHadNot, "were": gramWere, "without": gramWithout, "even": gramEven,
	"but": gramBut, "should": gramShould, "shouldn't": gramShould, "ought": gramShould, "oughtn't": gramShould,
	"must": gramMust, "need": gramNeed, "needs": gramNeed, "will": gramWill, "won't": gramWill, "shall": gramWill,
	"gonna": gramWill, "i": gramFirst, "we": gramFirst, "in": gramIn}

// grammarCodes gives the grammarCode of each entry of lexEntries, by
// its index: gramNone for a word not in grammarWords.
var grammarCodes = func() []grammarCode {
	c := make([]grammarCode, len(lexEntries))
	for w, g := range grammarWords {
		r, _ := lexTable.Get(w)
		c[r.idx] = g
	}
	return c
}()

// The phrase lexicons, in the order of lexWord.starts.
const (
	lexFormula = iota
	lexHedge
	lexBooster
	lexVague
	numPhraseLexicons
)

// A lexWord is what the lexicons say of one word: its flags, and the
// phrases of each phrase lexicon whose first slot allows it. A word of
// the text is looked up once, when it is read, and the stage then finds
// its phrases without looking it up again in each lexicon.
type lexWord struct {
	flags  flags
	starts [numPhraseLexicons][]*phrase
	// needsNext says, for each phrase lexicon, that every phrase the
	// word starts there has a second slot that must be filled: before a
	// word not flagged inPhrase none of them matches, and the phrases
	// need not be tried (most words that start a hedge or booster are
	// common ones, "it", "in", "some", before words of no phrase).
	needsNext [numPhraseLexicons]bool
	// seconds are, for each phrase lexicon where needsNext holds, the
	// entries (indexes in lexEntries) of the words that stand second in
	// the word's phrases there: a phrase can match only before one of
	// them (see mayStart).
	seconds [numPhraseLexicons][]uint16
}

// mayStart reports whether a phrase of lexicon k that e's word starts
// can match before the word next (nil at the sentence's end): always
// when one of them needs no second word, else only when next is second
// in one of them. It compares small integers where longestOf would
// compare the phrases' words, and most phrase-starting words ("in",
// "it", "some") stand before words of none of their phrases.
//
// The stage asks nextPhrases.of, which gives the phrases themselves,
// none exactly where mayStart says none can match (TestNextPhrases).
func (e *lexWord) mayStart(k int, next *word) bool {
	if !e.needsNext[k] {
		return true
	}
	if next == nil || next.flags&inPhrase == 0 {
		return false
	}
	for _, x := range e.seconds[k] {
		if x == next.lex {
			return true
		}
	}
	return false
}

var lexWords = func() map[string]*lexWord {
	m := map[string]*lexWord{}
	at := func(w string) *lexWord {
		if m[w] == nil {
			m[w] = &lexWord{}
		}
		return m[w]
	}
	for k, l := range []struct {
		lx lexicon
		f  flags
	}{lexFormula: {formulaLex, startsFormula}, lexHedge: {hedgeLex, startsHedge}, lexBooster: {boosterLex, startsBooster}, lexVague: {vagueLex, startsVague}} {
		for w, ps := range l.lx {
			e := at(w)
			e.flags |= l.f
			e.starts[k] = ps
			e.needsNext[k] = true
			for _, p := range ps {
				if len(p.slots) < 2 || p.slots[1].optional {
					e.needsNext[k] = false
				}
				for _, sl := range p.slots[1:] {
					for _, x := range sl.words {
						at(x).flags |= inPhrase
					}
				}
			}
		}
	}
	for _, e := range m {
		if e.flags&(startsHedge|startsBooster) != 0 && e.flags&startsFormula == 0 &&
			(e.starts[lexHedge] == nil || e.needsNext[lexHedge]) && (e.starts[lexBooster] == nil || e.needsNext[lexBooster]) {
			e.flags |= needsNextCue
		}
	}
	for w := range grammarWords {
		at(w).flags |= isGrammar
	}
	for _, w := range modalWords {
		at(w).flags |= isModal
	}
	for _, l := range []struct {
		set map[string]bool
		f   flags
	}{{evaluative, isEvaluative}, {sweeping, isSweeping}, {attribution, isAttribution}, {monthNames, isMonth}, {notNames, isNotName},
		{clauseJoiners, isJoiner}} {
		for w := range l.set {
			at(w).flags |= l.f
		}
	}
	for _, e := range m {
		waits := e.flags&(startsFormula|startsHedge|startsBooster|startsVague) != 0 && e.flags&featureFlags == 0
		for k := range e.starts {
			if e.starts[k] != nil && !e.needsNext[k] {
				waits = false
			}
		}
		if waits {
			e.flags |= waitsForNext
		} else if e.flags&selFlags != 0 {
			e.flags |= selects
		}
	}
	return m
}()

// lexFilter turns away at once most words that no lexicon holds.
var lexFilter = doc.FilterOf(lexWords)

// lexTable is lexWords for lookups: a map's hashing was the cost of
// reading a word. It gives a word's flags and the index of its entry in
// lexEntries, no pointer, so that the words of a sentence (see word)
// hold none for it.
var lexTable, lexEntries = func() (*doc.WordTable[lexRef], []*lexWord) {
	m := make(map[string]lexRef, len(lexWords))
	var es []*lexWord
	for w, e := range lexWords {
		m[w] = lexRef{flags: e.flags, idx: uint16(len(es))}
		es = append(es, e)
	}
	if len(es) > 1<<16 {
		panic("claim: more lexicon words than a lexRef can index")
	}
	for w, r := range m {
		if r.flags == 0 {
			panic("claim: the lexicon word " + w + " has no flag, which slot.has could not tell from a word in none")
		}
	}
	// The indexes of the words of every slot of every phrase, now that
	// every word has its index.
	for _, lx := range []lexicon{formulaLex, hedgeLex, boosterLex, vagueLex} {
		for _, ps := range lx {
			for _, p := range ps {
				for k := range p.slots {
					sl := &p.slots[k]
					if sl.lex != nil {
						continue // a phrase listed under each word of its first slot
					}
					sl.lex = make([]uint16, len(sl.words))
					for j, x := range sl.words {
						sl.lex[j] = m[x].idx
					}
				}
			}
		}
	}
	// The entries of the words second in each word's phrases, now that
	// every word has its index.
	for _, e := range es {
		for k, ps := range e.starts {
			if !e.needsNext[k] {
				continue
			}
			for _, p := range ps {
				for _, x := range p.slots[1].words {
					if i := m[x].idx; !slices.Contains(e.seconds[k], i) {
						e.seconds[k] = append(e.seconds[k], i)
					}
				}
			}
		}
	}
	return doc.NewWordTable(m), es
}()

// A lexRef is a word's flags and the index of its lexWord in lexEntries.
type lexRef struct {
	flags flags
	idx   uint16
}

// lexOf returns what the lexicons say of w: its flags and its entry's
// index; false if none holds it.
func lexOf(w string) (lexRef, bool) {
	if !lexFilter.Maybe(w) {
		return lexRef{}, false
	}
	return lexTable.Get(w)
}

// lexShort holds lexTable's words of one to sixteen bytes again (all
// of them: the longest is "overwhelmingly"), packed, for lexAt and
// fastWords: hashed by a multiplication or two and compared by two
// comparisons, where lexOf's filter, hash loop and string comparison
// cost several times that (see wordtab). Every word of the lexicons
// has a flag, so a probe's zero lexRef is a miss.
var lexShort = *wordtab.New(shortWords(), func(w string) lexRef {
	ref, _ := lexTable.Get(w)
	if ref.flags == 0 {
		panic("claim: a lexicon word with no flag, which lexShort could not tell from a miss: " + w)
	}
	return ref
})

// shortWords returns the words of the lexicons of one to sixteen bytes.
func shortWords() []string {
	var ws []string
	for w := range lexWords {
		if w != "" && len(w) <= 16 {
			ws = append(ws, w)
		}
	}
	return ws
}

// lexAt is lexOf(text[i:j]) for a word of the text of one to sixteen
// bytes with sixteen bytes of the text from i, read as two loads and
// masked to its length; any other word goes to lexOf. TestLexAt holds
// it to lexOf. reader.read makes the same steps inline (see
// fastWords), so that its loop over the words makes no call for most
// of them.
func lexAt(text string, i, j int) (lexRef, bool) {
	n := uint(j - i)
	if n-1 > 15 || len(text)-i < 16 {
		return lexOf(text[i:j])
	}
	e := lexShort.At(text, i, n)
	return e, e != lexRef{}
}

// Resources names the lexicons the claim stage reads, for provenance.
var Resources = []string{"claim/hedges.txt", "claim/boosters.txt", "claim/formulas.txt",
	"claim/vague.txt", "claim/evaluative.txt", "claim/sweeping.txt", "claim/attribution.txt"}

// A phrase is one lexicon entry: a sequence of slots, each a set of
// words one of which must stand there (or may, when optional).
type phrase struct {
	slots    []slot
	strength doc.Strength
	text     string // as written in the lexicon, for messages
	// fixed says no slot is optional: the phrase matches only with one
	// word for each slot, in turn (see longestOf).
	fixed bool
}

type slot struct {
	words    []string
	optional bool
	// lex are the indexes in lexEntries of words, filled in with
	// lexTable: a word of the text is in the slot when it is in the
	// lexicons and its index is one of them (see has), a comparison of
	// small integers where the words' comparison forms were compared as
	// strings.
	lex []uint16
}

// at reports whether word i of f is one of the slot's words. For a slot
// of the lexicons, whose lex are filled in, that is has; a phrase parsed
// apart from them (in tests) has its words' forms compared.
func (s *slot) at(f *forms, i int) bool {
	if s.lex == nil {
		return hasWord(s.words, f.at(i))
	}
	return s.has(&f.ws[i])
}

// has reports whether w, a word of the text, is one of the words of a
// slot of the lexicons: a word in no lexicon (flags zero; every word of
// them has one) is none.
func (s *slot) has(w *word) bool {
	if w.flags == 0 {
		return false
	}
	for _, x := range s.lex {
		if x == w.lex {
			return true
		}
	}
	return false
}

// A lexicon indexes phrases by the words their first slot allows.
type lexicon map[string][]*phrase

func mustPhrases(name string, withStrength bool) lexicon {
	lx, err := parsePhrases(lines(name), withStrength)
	if err != nil {
		panic(fmt.Sprintf("claim: %s: %v", name, err)) // a build error, not an input error
	}
	return lx
}

// parsePhrases reads lexicon lines: "[STRENGTH ]WORD WORD …", each WORD
// being alternatives joined by "|", optionally ending in "?".
func parsePhrases(ls []string, withStrength bool) (lexicon, error) {
	lx := lexicon{}
	for _, l := range ls {
		f := strings.Fields(l)
		p := &phrase{}
		if withStrength {
			if len(f) < 2 {
				return nil, fmt.Errorf("%q: want STRENGTH PHRASE", l)
			}
			switch s := doc.Strength(f[0]); s {
			case doc.StrengthWeak, doc.StrengthModerate, doc.StrengthStrong:
				p.strength = s
			default:
				return nil, fmt.Errorf("%q: unknown strength %q", l, f[0])
			}
			f = f[1:]
		}
		p.text = strings.Join(f, " ")
		for i, w := range f {
			s := slot{optional: strings.HasSuffix(w, "?")}
			if s.optional && i == 0 {
				return nil, fmt.Errorf("%q: the first word cannot be optional", l)
			}
			s.words = strings.Split(normWord(strings.TrimSuffix(w, "?")), "|")
			p.slots = append(p.slots, s)
		}
		p.fixed = !slices.ContainsFunc(p.slots, func(s slot) bool { return s.optional })
		for _, w := range p.slots[0].words {
			lx[w] = append(lx[w], p)
		}
	}
	return lx, nil
}

func mustWords(name string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lines(name) {
		m[normWord(l)] = true
	}
	return m
}

func lines(name string) []string {
	b, err := lexiconFS.ReadFile(name)
	if err != nil {
		panic("claim: missing embedded lexicon " + name)
	}
	var out []string
	for l := range strings.SplitSeq(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// normWord lower-cases w and straightens its apostrophes, the form words
// are compared in.
func normWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w // already lower-case ASCII: no copy
}

// longest returns the number of words of the longest phrase of lx that
// matches at the start of words, and the phrase; 0 and nil if none does.
func (lx lexicon) longest(words []string) (int, *phrase) {
	if len(words) == 0 {
		return 0, nil
	}
	return longestOf(lx[words[0]], formsOf(words), 0)
}

// longestOf is longest for the phrases ps, those of a lexicon whose first
// slot allows word i of f, on the words of f from i on.
func longestOf(ps []*phrase, f *forms, i int) (int, *phrase) {
	return longestIn(ps, f, i, true)
}

// longestIn is longestOf; with second false, for phrases whose second
// slot, when it must be filled, word i+1 is known to fill (see
// nextPhrases.of), which it does not ask again.
func longestIn(ps []*phrase, f *forms, i int, second bool) (int, *phrase) {
	best, bestP := 0, (*phrase)(nil)
	n := len(f.ws) - i // the words from i on
	for _, p := range ps {
		// The first slot holds word i (the lexicon is keyed by the
		// words of first slots) and is never optional: it matches.
		rest := p.slots[1:]
		if second && len(rest) > 0 && !rest[0].optional && (n < 2 || !rest[0].at(f, i+1)) {
			// The second slot must be filled and the next word is none
			// of its words: matchSlots would answer -1. Asked here,
			// without the call, because most of a word's phrases fail
			// at their second word.
			continue
		}
		if p.fixed {
			// matchSlots for slots none of which is optional: each
			// word in turn, without the recursion.
			if len(p.slots) > best && n >= len(p.slots) && fixedMatch(rest, f, i+1) {
				best, bestP = len(p.slots), p
			}
			continue
		}
		if m := matchSlots(rest, f, i+1); m >= 0 && m+1 > best {
			best, bestP = m+1, p
		}
	}
	return best, bestP
}

// matchSlots returns how many words the slots match at the start of
// the words of f from i on, preferring to take optional words; -1 if
// they do not match.
func matchSlots(slots []slot, f *forms, i int) int {
	if len(slots) == 0 {
		return 0
	}
	s := &slots[0]
	if i < len(f.ws) && s.at(f, i) {
		if n := matchSlots(slots[1:], f, i+1); n >= 0 {
			return n + 1
		}
	}
	if s.optional {
		return matchSlots(slots[1:], f, i)
	}
	return -1
}

// fixedMatch reports whether slots, none optional, match the
// len(slots) words of f from i on (there are as many at least): what
// matchSlots answers with len(slots) rather than -1.
func fixedMatch(slots []slot, f *forms, i int) bool {
	for k := range slots {
		if !slots[k].at(f, i+k) {
			return false
		}
	}
	return true
}

func hasWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
