// Package segment splits each paragraph of a Document into sentences and
// tokens.
//
// Sentence boundaries are decided by rules rather than a trained model
// (compare Punkt): a full stop, question or exclamation mark, or ellipsis,
// followed by any closing quote marks, brackets and citation markers
// ("[A]", "[12]", "¹", or a footnote reference kept from the markup), then
// space and a word that can open a sentence.
// A full stop does not end a sentence after an initial ("H. G. Wells",
// "L.M. Kaganovich"), after a title ("Mr."), or after an abbreviation
// listed in abbreviations.txt, which is data, not code. The rules are
// cheap enough to run at about 100 MB/s and they are explainable: a
// boundary can always be traced to the rule that made it.
//
// Tokens are words, numbers and single punctuation characters. Apostrophes
// belong to words: "Khrushchev’s", "’90s", "rock ’n’ roll", "’tis", and a
// plural possessive such as "workers’" when a noun follows, so that the
// quotation stage sees only real quote marks as punctuation.
package segment

import (
	"bufio"
	"bytes"
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

//go:embed abbreviations.txt
var abbreviationData []byte

//go:embed starters.txt
var starterData []byte

type abbrevKind uint8

const (
	abbrevNone   abbrevKind = iota
	abbrevNever             // a title or abbreviation that never ends a sentence
	abbrevNumber            // an abbreviation before a number ("No. 5"), else a word
	abbrevMaybe             // ends a sentence when a sentence opener follows
)

var (
	abbreviations = map[string]abbrevKind{}
	starters      = map[string]bool{}
	// longestAbbreviation is the length in bytes of the longest key of
	// abbreviations.
	longestAbbreviation int
	// abbrevTable and starterTable hold the words of abbreviations and
	// starters for the lookups of isBoundary, the commonest: a word's
	// hash is made in the loop that reads it, and a table of a few
	// hundred words answers sooner than a map (see doc.WordTable).
	abbrevTable  *doc.WordTable[abbrevKind]
	starterTable *doc.WordTable[bool]
)

func init() {
	for _, line := range dataLines(abbreviationData) {
		switch line[0] {
		case '!':
			abbreviations[line[1:]] = abbrevNever
		case '=':
			abbreviations[line[1:]] = abbrevNumber
		case '?':
			abbreviations[line[1:]] = abbrevMaybe
		}
	}
	for k := range abbreviations {
		longestAbbreviation = max(longestAbbreviation, len(k))
	}
	for _, line := range dataLines(starterData) {
		starters[line] = true
	}
	abbrevTable = doc.NewWordTable(abbreviations)
	starterTable = doc.NewWordTable(starters)
	abbrevLead = leadOf(abbreviations)
}

func dataLines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// Run sets d.Sentences, d.Tokens, d.MarkAt and d.LowerText from
// d.Paragraphs.
func Run(d *doc.Document) {
	// Sized so that the slices rarely grow and copy: tokens from typical
	// English prose (under 5 bytes a token), sentences from the text's
	// terminators (see sentencesGuess). And a block of plainRun's more,
	// the room it makes before it reads a block (a token a byte at
	// most): without it, a short article's list doubled at its last
	// block, a copy and garbage for every article of a corpus.
	toks := make([]doc.Token, 0, len(d.Text)/4+8+plainBlock)
	marks := markers(d.Elements)
	d.MarkAt = nil
	if inOrder(d.Paragraphs) {
		// The tokenizer lists the terminators and quotation marks as it
		// passes them (lists), and the sentence scan and the quote
		// stage read those lists rather than searching the text for
		// them again. A citation marker kept from the markup may follow
		// a full stop inside a word ("end.a" with a superscript a),
		// which the list of terminators leaves out: such documents are
		// scanned for sentences as before, and so are all documents
		// whose paragraphs are out of order.
		// A terminator and a mark every 64 bytes is more than the
		// prose of news and novels holds, so that the lists seldom
		// grow (and double when they do: roomFor); and a block's room
		// more, as for the tokens.
		room := len(d.Text)/64 + 16 + plainBlock
		ls := lists{terms: make([]int32, 0, room), marks: make([]int32, 0, room)}
		d.Tokens = tokensListing(d.Text, d.Paragraphs, toks, &ls)
		d.MarkAt = ls.marks
		if marks == nil {
			d.Sentences = listedSentences(d.Text, d.Paragraphs, ls.terms, make([]doc.Sentence, 0, termsGuess(len(ls.terms), len(d.Text))))
		} else {
			d.Sentences = sentences(d.Text, d.Paragraphs, marks, make([]doc.Sentence, 0, sentencesGuess(d.Text)))
		}
	} else {
		d.Sentences = sentences(d.Text, d.Paragraphs, marks, make([]doc.Sentence, 0, sentencesGuess(d.Text)))
		d.Tokens = Tokens(d.Text, d.Paragraphs, toks)
	}
	// One lower-cased copy for the stages after (see doc.Token.Plain).
	d.LowerText = doc.LowerASCII(d.Text)
}

// inOrder reports whether each paragraph starts where or after the one
// before it ends, as the loaders make them: the tokens, and so the
// terminators the tokenizer lists, are then in the order of the text.
func inOrder(paras []doc.Paragraph) bool {
	last := 0
	for _, p := range paras {
		if p.Start < last || p.End < p.Start {
			return false
		}
		last = p.End
	}
	return true
}

// listedSentences is sentences for a text without citation markers,
// with terms the places of its terminators as the tokenizer lists them
// (lists).
func listedSentences(text string, paras []doc.Paragraph, terms []int32, dst []doc.Sentence) []doc.Sentence {
	ts := termScan{text: text, listed: true, terms: terms}
	return scanSentences(text, paras, nil, &ts, dst)
}

// termsGuess is sentencesGuess from the count of listed terminators
// rather than a count of the text's full stops.
func termsGuess(n, size int) int {
	return min(n+n/16, size/24) + 8
}

// sentencesGuess returns how many sentences text may have, for the
// list's first capacity: most sentences end at a full stop, so their
// count, with a sixteenth more for those that end at '?', '!' or a
// paragraph's end without one, comes close in prose; one fast count of
// a byte (counts of '?' and '!' as well took longer than the growing
// they saved). A fixed guess of bytes a sentence was too small for news
// prose (about 90 bytes a sentence), so that the list grew once, copied
// and left garbage. Held to a sentence per 24 bytes, so that a text full
// of full stops (numbers, dotted leaders) reserves no more than that;
// past it, or past the guess, the list grows.
func sentencesGuess(text string) int {
	n := strings.Count(text, ".")
	return min(n+n/16, len(text)/24) + 8
}

// Sentences appends the sentences of each paragraph of text to dst and
// returns it.
func Sentences(text string, paras []doc.Paragraph, dst []doc.Sentence) []doc.Sentence {
	return sentences(text, paras, nil, dst)
}

// markers maps the start of each citation marker kept from the markup (a
// footnote reference, a superscript) to its end. Such a marker after a
// full stop belongs to the sentence it ends, like "[A]" in plain text.
func markers(elems []doc.Element) map[int]int {
	var m map[int]int
	for _, e := range elems {
		if (e.Kind == doc.ElemFootnoteRef || e.Kind == doc.ElemSup) && e.Len() > 0 {
			if m == nil {
				m = make(map[int]int)
			}
			m[e.Start] = max(m[e.Start], e.End)
		}
	}
	return m
}

func sentences(text string, paras []doc.Paragraph, markers map[int]int, dst []doc.Sentence) []doc.Sentence {
	terms := termScan{text: text}
	terms.reset()
	return scanSentences(text, paras, markers, &terms, dst)
}

// scanSentences appends the sentences of each paragraph to dst, their
// terminators found by terms.
func scanSentences(text string, paras []doc.Paragraph, markers map[int]int, terms *termScan, dst []doc.Sentence) []doc.Sentence {
	for pi, p := range paras {
		start := skipSpace(text, p.Start, p.End)
		for start < p.End {
			end := sentenceEnd(text, start, p.End, markers, terms)
			e := trimSpaceRight(text, start, end)
			if e > start {
				dst = append(dst, doc.Sentence{Span: doc.Span{Start: start, End: e}, Paragraph: pi})
			}
			start = skipSpace(text, end, p.End)
		}
	}
	return dst
}

// sentenceEnd returns the end of the sentence starting at start, within
// the paragraph ending at end.
func sentenceEnd(text string, start, end int, markers map[int]int, terms *termScan) int {
	text = text[:end] // lets the compiler drop bounds checks below
	for i := start; i < end; {
		// Skip to the next byte that may begin a terminator. 0xE2 leads
		// "…" in UTF-8 and is never a continuation byte, so other bytes
		// can be skipped without decoding.
		if terms.listed {
			i = terms.nextListed(i, end) // asked here, not through next: one call a terminator, not two
		} else {
			i = terms.next(i, end)
		}
		if i >= end {
			break
		}
		n := 1 // length of the terminator at i
		if text[i] == 0xE2 {
			if !strings.HasPrefix(text[i:end], "…") {
				i++
				continue
			}
			n = len("…")
		}
		term := i
		j, k := i+1, i+1
		if n != 1 || k >= end || text[k] != ' ' || markers != nil {
			// Anything but the commonest stop, one '.', '!' or '?'
			// before a space, which ends the runs of terminators and
			// closers at once (and a text with markers, where one may
			// start at the space's place).
			j = skipTerminators(text, i+n, end)
			k = skipClosers(text, j, end, markers)
		}
		if k >= end {
			return end
		}
		if isBoundary(text, start, term, j, k, end) {
			return k
		}
		i = j
	}
	return end
}

// termBytes are the bytes that begin a sentence terminator other than
// the ellipsis: '.', '!' and '?'.
var termBytes = [3]byte{'.', '!', '?'}

// ellipsisLast is the last byte of "…" (E2 80 A6): termScan looks for
// it, not for the first. E2 leads every curly quotation mark and dash,
// some of the commonest characters of English text, none of which ends
// a sentence; A6 is rare in English text outside the ellipsis.
const ellipsisLast = 0xA6

// termScan finds the next place that may begin a terminator ('.', '!',
// '?' or the ellipsis "…") in a text read from its start to its end, as
// sentences does. It keeps for each of the four where it was last found
// and where that search began, and searches again (strings.IndexByte,
// which reads many bytes an instruction) only for one whose last place
// the reader has passed: each one's searches cover the text once, and
// a question asks four remembered places for the least, where a loop
// over the text tested every eight bytes for all four (TestTermScan).
// It passes over the other characters that begin with E2, where the
// reader stopped only to step on.
type termScan struct {
	text string
	// at[k] is the first place of the k-th terminator (termBytes, then
	// the ellipsis) from from[k] on, or len(text): there is none in
	// [from[k], at[k]).
	at, from [4]int
	// kinds[:n] are the terminators the text holds: one it lacks (most
	// prose has no "…", much no '?' or '!') is found nowhere, and next
	// leaves it out rather than test it at every question.
	kinds [4]uint8
	n     int

	// listed says that terms holds, in order, the start of every
	// punctuation token that begins a terminator (lists.terms), and
	// next reads it from pos with a cursor instead of searching the
	// text. It leaves out the full stops inside words and numbers
	// ("L.M", "3.5"), which a letter or digit follows: such a stop is
	// never a boundary, and its run of terminators is itself alone, so
	// that passing over it changes nothing (TestListedSentences). Only
	// a citation marker could stand between it and a space, and a text
	// with markers is not listed.
	listed bool
	terms  []int32
	pos    int
}

// nextListed is next for a listed scan: the first listed place from i,
// or end. Questions in order move the cursor forward, each place passed
// once; one behind the cursor searches for its place afresh.
func (s *termScan) nextListed(i, end int) int {
	terms, k := s.terms, s.pos // in registers: s.terms is not read again through s
	if k > 0 && int(terms[k-1]) >= i {
		k = sort.Search(len(terms), func(k int) bool { return int(terms[k]) >= i })
	}
	for k < len(terms) && int(terms[k]) < i {
		k++
	}
	s.pos = k
	if k < len(terms) {
		return min(int(terms[k]), end)
	}
	return end
}

// reset forgets every place found, so that the next question searches,
// and finds which terminators the text holds: a search to the text's
// end for each one it lacks, which next's first question would make.
func (s *termScan) reset() {
	s.n = 0
	for k := range s.at {
		s.at[k], s.from[k] = -1, 0
		if k < len(termBytes) && strings.IndexByte(s.text, termBytes[k]) >= 0 || k == len(termBytes) && s.ellipsis(0) < len(s.text) {
			s.kinds[s.n] = uint8(k)
			s.n++
		}
	}
}

// next returns the first place from i that may begin a terminator, or
// end if there is none before end.
func (s *termScan) next(i, end int) int {
	if s.listed {
		return s.nextListed(i, end)
	}
	best := end
	for _, kind := range s.kinds[:s.n] {
		k := int(kind)
		if s.at[k] < i || i < s.from[k] {
			s.from[k] = i
			if k < len(termBytes) {
				s.at[k] = len(s.text)
				if j := strings.IndexByte(s.text[i:], termBytes[k]); j >= 0 {
					s.at[k] = i + j
				}
			} else {
				s.at[k] = s.ellipsis(i)
			}
		}
		best = min(best, s.at[k])
	}
	return best
}

// ellipsis returns the first place from i where "…" begins, or
// len(text). Each A6 byte it looks at is passed, so that the searches
// from one place cover the text once.
func (s *termScan) ellipsis(i int) int {
	for q := i + len("…") - 1; q < len(s.text); q++ {
		j := strings.IndexByte(s.text[q:], ellipsisLast)
		if j < 0 {
			break
		}
		q += j
		if s.text[q-2] == 0xE2 && s.text[q-1] == 0x80 {
			return q - 2
		}
	}
	return len(s.text)
}

// skipTerminators skips a run of . ! ? … starting at i.
func skipTerminators(text string, i, end int) int {
	for i < end {
		switch {
		case text[i] == '.' || text[i] == '!' || text[i] == '?':
			i++
		case strings.HasPrefix(text[i:end], "…"):
			i += len("…")
		default:
			return i
		}
	}
	return i
}

// skipClosers skips closing quote marks, closing brackets and citation
// markers that belong to the end of a sentence: `.”`, `.)`, `.”[A]`, `.[12]`, `.¹`.
func skipClosers(text string, i, end int, markers map[int]int) int {
	for i < end {
		if markers != nil {
			if m, ok := markers[i]; ok && m <= end {
				i = m
				continue
			}
		}
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, told without decoding: most terminators stand
			// before a space.
			switch c {
			case '"', '\'', ')', ']', '}', '*':
				i++
				continue
			case '[':
				m := markerEnd(text, i, end)
				if m < 0 {
					return i
				}
				i = m
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '"' || r == '\'' || r == ')' || r == ']' || r == '}' ||
			r == '”' || r == '’' || r == '»' || r == '›' || r == '」' || r == '』':
			i += size
		case r == '[':
			m := markerEnd(text, i, end)
			if m < 0 {
				return i
			}
			i = m
		case isSuperscriptDigit(r) || r == '*' || r == '†' || r == '‡':
			i += size
		default:
			return i
		}
	}
	return i
}

// markerEnd returns the end of a citation marker such as "[A]", "[12]",
// "[^note]" or "[citation needed]" starting at i, or -1.
func markerEnd(text string, i, end int) int {
	const maxMarker = 24
	for j := i + 1; j < end && j-i <= maxMarker; j++ {
		switch c := text[j]; {
		case c == ']':
			if j == i+1 {
				return -1
			}
			return j + 1
		case c == '[' || c == '\n':
			return -1
		}
	}
	return -1
}

func isSuperscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || (r >= '⁰' && r <= '⁹')
}

// isBoundary decides whether the terminator at term (running to j, then
// closers to k) ends the sentence begun at start.
func isBoundary(text string, start, term, j, k, end int) bool {
	if ok, sure := plainStop(text, start, term, k, end); sure {
		return ok
	}
	if c := text[k]; c < utf8.RuneSelf {
		// ASCII, told without decoding: most terminators stand before
		// a space or inside a word or number.
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
			return false
		}
	} else if r, _ := utf8.DecodeRuneInString(text[k:end]); !isSpace(r) {
		return false // "3.5", "e.g.,", "example.com", "?!"
	}
	next := skipSpace(text, k, end)
	if next >= end {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(text[next:end])
	if unicode.IsLower(nr) {
		return false // "e.g. the", "wavering… and", "“Why?” he asked"
	}
	if text[term] != '.' || j-term > 1 {
		if ellipsis(text[term:j]) {
			// An ellipsis marks words left out far more often than the
			// end of a sentence ("the … party", "wavering… I was"),
			// unless a wider gap or a line break follows it.
			return wideGap(text[k:next])
		}
		return true // "!", "?", "?!"
	}
	if k > j {
		return true // a closer follows the stop: `it works.” He`
	}
	word := wordBefore(text, start, term)
	if word == "" {
		return true
	}
	if word == "I" {
		// The pronoun ends sentences ("older than I. She"); the initial
		// stands before a name.
		return starterAt(text, next, end)
	}
	if isInitial(word) {
		// "H. G. Wells", "L.M. Kaganovich"; but "Plan B. The plan failed."
		return len(word) == 1 && starterAt(text, next, end) && wordAt(text, next, end) != "A"
	}
	switch abbreviation(word) {
	case abbrevNever:
		return false
	case abbrevNumber:
		if nr >= '0' && nr <= '9' {
			return false
		}
	case abbrevMaybe:
		return starterAt(text, next, end)
	}
	if isDotted(word) && strings.IndexFunc(word, unicode.IsLetter) >= 0 {
		// Unlisted dotted abbreviations ("Ph.D", "L.M"): only a sentence
		// opener after them ends the sentence.
		return starterAt(text, next, end)
	}
	if isNumber(word) && skipSpace(text, start, term) == term-len(word) {
		return false // an enumerator: "1. First"
	}
	return true
}

// starterAt reports whether the word at i (wordAt) opens sentences
// (starters.txt), lower-cased as strings.ToLower would in a buffer on
// the stack: a capitalised word, which the question is mostly about,
// is otherwise a new string each time.
func starterAt(text string, i, end int) bool {
	var buf [32]byte
	w := doc.AppendLower(buf[:0], wordAt(text, i, end))
	ok, _ := starterTable.GetBytesHashed(w, doc.WordHash(w))
	return ok
}

// ellipsis reports whether a run of terminators is an ellipsis: "…" or
// three or more full stops.
func ellipsis(run string) bool {
	return strings.HasPrefix(run, "…") || strings.HasPrefix(run, "...")
}

// wideGap reports whether the space after a terminator is more than one
// space: a line break, a tab, or two spaces.
func wideGap(space string) bool {
	return len(space) > 1 || space == "\n" || space == "\t"
}

// wordBefore returns the run of letters, digits and inner full stops
// ending at i, no further back than start.
func wordBefore(text string, start, i int) string {
	j := i
	for j > start {
		if c := text[j-1]; c < utf8.RuneSelf {
			// ASCII, told without decoding: letters, digits and '.'
			// are the ASCII runes the test below takes.
			if !wordBeforeByte[c] {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[start:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		j -= size
	}
	for j < i && text[j] == '.' {
		j++ // strings.TrimLeft(text[j:i], "."), without the call
	}
	return text[j:i]
}

// wordBeforeByte marks the ASCII bytes wordBefore reads back through:
// letters, digits and the full stop.
var wordBeforeByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.'
	}
	return t
}()

// wordAt returns the word starting at i (after any opening marks).
// ASCII bytes are told by a table, not decoded and asked of unicode
// (TestWordAtASCII): the word after a full stop is read for most
// abbreviations and initials (starterAt).
func wordAt(text string, i, end int) string {
	for i < end {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiLetter[c] {
				break
			}
			if c != '"' && c != '\'' && c != '(' && c != '[' {
				return "" // isOpener's ASCII runes
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) {
			break
		}
		if !isOpener(r) {
			return ""
		}
		i += size
	}
	j := i
	for j < end {
		if c := text[j]; c < utf8.RuneSelf {
			if !asciiLetter[c] {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '‚', '«', '‹', '「', '『', '(', '[':
		return true
	}
	return false
}

// isInitial reports whether word is a single capital letter, or capitals
// joined by full stops ("L.M").
func isInitial(word string) bool {
	if word != "" && word[0] < utf8.RuneSelf && !('A' <= word[0] && word[0] <= 'Z') {
		return false // most words before a full stop: no ASCII capital first
	}
	parts := 0
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRuneInString(word[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		i += size
		parts++
		if i < len(word) {
			if word[i] != '.' || parts > 2 {
				return false // "Wells"; "U.S.S.R" and longer are abbreviations, handled by the list
			}
			i++
		}
	}
	return parts > 0 && !abbreviationEnds(word)
}

// abbreviationEnds reports whether a dotted capital abbreviation is listed
// as one that may end a sentence ("U.S", "U.K").
func abbreviationEnds(word string) bool {
	return abbreviation(word) == abbrevMaybe
}

// abbreviation looks word up in the abbreviation list: as written first
// (entries with capitals are case-sensitive), then in lower case.
//
// Most words before a full stop are ASCII and longer than any listed
// abbreviation, or have no capital, so that the lower-case lookup would
// ask the map the same question again: such words are answered without
// one lookup or both (a word outside ASCII may change its length when
// lower-cased, and takes both lookups as before).
func abbreviation(word string) abbrevKind {
	var buf [16]byte
	if len(word) > len(buf) {
		return abbrevNone // no listed abbreviation is this long
	}
	if len(word) > longestAbbreviation && asciiOnly(word) {
		// Longer than any listed abbreviation, and no rune that
		// lower-cases to fewer bytes: most words before a full stop,
		// told before they are hashed.
		return abbrevNone
	}
	upper := false
	// The word's hash as written and lower-cased (doc.WordHash), made
	// as it is read.
	h, lh := uint32(doc.HashOffset), uint32(doc.HashOffset)
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			if k, ok := abbreviations[word]; ok {
				return k
			}
			return abbreviations[strings.ToLower(word)]
		}
		h = (h ^ uint32(c)) * doc.HashPrime
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		lh = (lh ^ uint32(c)) * doc.HashPrime
		buf[i] = c
	}
	if len(word) > longestAbbreviation {
		return abbrevNone
	}
	if k, ok := abbrevTable.GetHashed(word, h); ok || !upper {
		return k
	}
	k, _ := abbrevTable.GetBytesHashed(buf[:len(word)], lh)
	return k
}

// asciiOnly reports whether s has no byte outside ASCII.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isDotted(word string) bool { return strings.Contains(word, ".") }

func isNumber(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	return word != ""
}

func skipSpace(text string, i, end int) int {
	for i < end {
		c := text[i]
		if asciiSpace[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf || generalNonSpace(text, i, end) {
			return i
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// generalNonSpace reports whether the bytes at i are a rune from U+2010
// to U+2027 (E2 80 90 to E2 80 A7: dashes, curly quotation marks,
// bullets, the ellipsis), none of which is white space (isSpace): the
// commonest runes at a sentence's start or end, told without decoding.
func generalNonSpace(text string, i, end int) bool {
	return i+2 < end && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2]-0x90 <= 0xA7-0x90
}

func trimSpaceRight(text string, start, end int) int {
	for end > start {
		if c := text[end-1]; c < utf8.RuneSelf {
			// ASCII: white space is the bytes skipSpace passes.
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		if end-start >= 3 && generalNonSpace(text, end-3, end) {
			break // a closing mark or a dash, told without decoding
		}
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// asciiSpace marks the ASCII white space bytes, unicode.IsSpace's: one
// load where skipSpace and trimSpaceRight, asked at every sentence's
// end, compared a byte six times.
var asciiSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '\v': true}

// isSpace is unicode.IsSpace for a rune outside ASCII, with the dashes,
// curly quotation marks, bullets and ellipsis of U+2010 to U+2027 told
// at once: they are the commonest runes after a sentence's end or
// before a paragraph's, and none is white space, where unicode.IsSpace
// would search its table (TestIsSpace).
func isSpace(r rune) bool {
	if '\u2010' <= r && r <= '\u2027' {
		return false
	}
	return unicode.IsSpace(r)
}
