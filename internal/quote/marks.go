package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A glyph is one quotation mark: a character, or a pair of backticks or
// apostrophes, which typewritten text uses for double quotes.
type glyph uint8

const (
	gNone             glyph = iota
	gDoubleOpen             // “ U+201C: opens in English; closes „ in German
	gDoubleClose            // ” U+201D: closes; opens and closes in Swedish
	gDoubleLow              // „ U+201E: opens (German, Polish, Czech …)
	gDoubleReversed         // ‟ U+201F: opens
	gSingleOpen             // ‘ U+2018: opens in English; closes ‚ in German
	gSingleClose            // ’ U+2019: closes, or is an apostrophe
	gSingleLow              // ‚ U+201A: opens (German)
	gSingleReversed         // ‛ U+201B: opens
	gStraightDouble         // " opens or closes, by position
	gStraightSingle         // ' opens or closes, by position, or is an apostrophe
	gBackticks              // `` opens (typewriter and TeX style)
	gApostrophes            // '' opens or closes, by position (typewriter style)
	gGuilOpen               // « opens in French; closes » in German and Danish
	gGuilClose              // » closes in French; opens in German, Danish, Swedish
	gGuilSingleOpen         // ‹
	gGuilSingleClose        // ›
	gCornerOpen             // 「
	gCornerClose            // 」
	gWhiteCornerOpen        // 『
	gWhiteCornerClose       // 』
)

// A family is the set of marks that pair with each other: a quotation
// opened with a mark of one family is closed by a mark of the same family.
type family uint8

const (
	famDouble      family = iota // “ ” „ ‟ " `` ''
	famSingle                    // ‘ ’ ‚ ‛ '
	famGuillemet                 // « »
	famGuilSingle                // ‹ ›
	famCorner                    // 「 」
	famWhiteCorner               // 『 』
	numFamilies
)

// family returns the family of g, from a table: the scanner asks it for
// nearly every mark several times, and a load costs less than the
// switch it is made from (familyOf).
func (g glyph) family() family { return glyphFamily[g] }

// glyphFamily is familyOf for every glyph, indexed by a byte so that no
// index needs checking.
var glyphFamily = func() (t [256]family) {
	for g := range t {
		t[g] = familyOf(glyph(g))
	}
	return t
}()

func familyOf(g glyph) family {
	switch g {
	case gSingleOpen, gSingleClose, gSingleLow, gSingleReversed, gStraightSingle:
		return famSingle
	case gGuilOpen, gGuilClose:
		return famGuillemet
	case gGuilSingleOpen, gGuilSingleClose:
		return famGuilSingle
	case gCornerOpen, gCornerClose:
		return famCorner
	case gWhiteCornerOpen, gWhiteCornerClose:
		return famWhiteCorner
	}
	return famDouble
}

// curly reports whether g is a typographic mark, as opposed to a straight
// or typewriter one.
func (g glyph) curly() bool {
	switch g {
	case gStraightDouble, gStraightSingle, gBackticks, gApostrophes:
		return false
	}
	return true
}

// canReopen reports whether g may re-open a quotation at the start of a
// paragraph that continues it.
func (g glyph) canReopen() bool {
	switch g {
	case gDoubleClose, gSingleClose, gCornerClose, gWhiteCornerClose:
		return false
	}
	return true
}

// isMarkByte marks the bytes that may begin a quotation mark: the ASCII
// marks and the lead bytes of the UTF-8 encodings of the others.
var isMarkByte = [256]bool{'"': true, '\'': true, '`': true, 0xC2: true, 0xE2: true, 0xE3: true}

// markBytes are the bytes isMarkByte marks, for collect's doc.ByteScan.
const markBytes = "\"'`\xC2\xE2\xE3"

// bytesIn returns the bytes of set that text holds. A byte the text
// lacks would cost doc.ByteScan one search to the end of the text, then
// a test at every question; leaving it out costs the same search here
// and nothing after. (Most English text has no backtick, and no C2 or
// E3 lead byte.)
func bytesIn(text, set string) string {
	var in []byte
	for k := 0; k < len(set); k++ {
		if strings.IndexByte(text, set[k]) >= 0 {
			in = append(in, set[k])
		}
	}
	return string(in)
}

// glyphAt returns the mark at text[i:] and its length in bytes, or gNone.
func glyphAt(text string, i, end int) (glyph, int) {
	switch c := text[i]; c {
	case '"':
		return gStraightDouble, 1
	case '\'':
		if i+1 < end && text[i+1] == '\'' {
			return gApostrophes, 2
		}
		return gStraightSingle, 1
	case '`':
		if i+1 < end && text[i+1] == '`' {
			return gBackticks, 2
		}
	case 0xC2:
		if i+1 < end {
			switch text[i+1] {
			case 0xAB:
				return gGuilOpen, 2
			case 0xBB:
				return gGuilClose, 2
			}
		}
	case 0xE2:
		if i+2 < end && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x98:
				return gSingleOpen, 3
			case 0x99:
				return gSingleClose, 3
			case 0x9A:
				return gSingleLow, 3
			case 0x9B:
				return gSingleReversed, 3
			case 0x9C:
				return gDoubleOpen, 3
			case 0x9D:
				return gDoubleClose, 3
			case 0x9E:
				return gDoubleLow, 3
			case 0x9F:
				return gDoubleReversed, 3
			case 0xB9:
				return gGuilSingleOpen, 3
			case 0xBA:
				return gGuilSingleClose, 3
			}
		}
	case 0xE3:
		if i+2 < end && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x8C:
				return gCornerOpen, 3
			case 0x8D:
				return gCornerClose, 3
			case 0x8E:
				return gWhiteCornerOpen, 3
			case 0x8F:
				return gWhiteCornerClose, 3
			}
		}
	}
	return gNone, 0
}

// isQuoteRune reports whether r is one of the quotation mark characters.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '«', '»', '‹', '›', '「', '」', '『', '』':
		return true
	}
	return r >= '‘' && r <= '‟'
}

// A neighbour is what stands beside a mark, for deciding which way it faces.
type neighbour uint8

const (
	nSpace   neighbour = iota // white space, or the edge of the paragraph
	nWord                     // a letter or combining mark
	nDigit                    // a digit
	nOpening                  // ( [ { or a dash or slash: a mark after it opens
	nMark                     // another quotation mark
	nPunct                    // anything else: . , ; : ! ? ) ] } …
)

func classify(r rune) neighbour {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiNeighbour[r]
	}
	return classifyRune(r)
}

// asciiNeighbour is classifyRune for ASCII, as a table: classify is asked
// twice for every mark, mostly about a space or a letter.
var asciiNeighbour = func() (t [utf8.RuneSelf]neighbour) {
	for c := range t {
		t[c] = classifyRune(rune(c))
	}
	return t
}()

func classifyRune(r rune) neighbour {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			return nSpace
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			return nWord
		case r >= '0' && r <= '9':
			return nDigit
		case r == '(' || r == '[' || r == '{' || r == '-' || r == '/':
			return nOpening
		case r == '"' || r == '\'' || r == '`':
			return nMark
		}
		return nPunct
	case isQuoteRune(r):
		return nMark
	case r == '—' || r == '–' || r == '‐' || r == '‒' || r == '―':
		return nOpening
	case unicode.IsSpace(r):
		return nSpace
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		return nWord
	case unicode.IsDigit(r):
		return nDigit
	}
	return nPunct
}

// Where a mark stands in a word: most marks stand in none.
const (
	inNoWord   = iota
	inWordBody // an apostrophe inside or at the start of a word: Khrushchev’s, ’90s
	inWordEnd  // an apostrophe ending a word, a plural possessive by the tokenizer's guess: workers’
)

// A mark is one quotation mark found in a paragraph, with what its
// neighbours say about it.
type mark struct {
	doc.Span
	g      glyph
	open   bool // in opening position: nothing but space, a bracket, a dash or a mark before it, and no space after it
	close  bool // in closing position: no space or bracket before it, and no letter or digit after it
	word   uint8
	prev   neighbour
	atPara bool // the first thing in its paragraph
}

// closer reports whether m can close a quotation of its family without
// help from context: a closing mark that is not an apostrophe guess.
func (m *mark) closer() bool {
	if m.word != inNoWord {
		return false
	}
	switch m.g {
	case gDoubleOpen, gSingleOpen, gGuilOpen, gGuilSingleOpen:
		return m.close && !m.open // German, or the wrong mark
	case gDoubleClose, gSingleClose, gStraightDouble, gStraightSingle, gApostrophes,
		gGuilClose, gGuilSingleClose, gCornerClose, gWhiteCornerClose:
		return !m.open || m.close
	}
	return false
}

// collect finds the marks of paragraph p, in order, and notes for each
// family where its last possible closing mark is.
func (s *scanner) collect(p doc.Paragraph) {
	s.marks = s.marks[:0]
	s.inWords = 0
	s.lastCloser, s.lastStrong = noMarkBefore, noMarkBefore
	text := s.text[:p.End]
	if s.listed.at == nil && s.find.IsZero() {
		if s.d.MarkAt != nil {
			s.listed = markList{at: s.d.MarkAt}
		} else {
			s.find = doc.NewByteScan(s.text, bytesIn(s.text, markBytes))
		}
	}
	for i := p.Start; i < p.End; {
		// Most text holds no mark: pass at once to the next byte that
		// may begin one, from the segmenter's list (markList) or else
		// by searching the text (see doc.ByteScan).
		if s.listed.at != nil {
			i = s.listed.next(i, p.End)
		} else {
			i = s.find.Next(i, p.End)
		}
		if i >= p.End {
			break
		}
		g, n := glyphAt(text, i, p.End)
		if g == gNone || s.inCode(i) {
			i += max(n, 1)
			continue
		}
		if (g == gSingleClose || g == gStraightSingle) && i > p.Start && i+n < p.End && asciiLetter(text[i-1]) && asciiLetter(text[i+n]) {
			// An apostrophe between ASCII letters (harbourmaster’s,
			// don't), a fifth of the marks of English prose: inWord
			// makes it inWordBody, which opens, closes and bounds
			// nothing (closer, single), so it is counted rather than
			// read and kept (see scanner.inWords).
			s.inWords++
			i += n
			continue
		}
		if k := andElision(text, p.Start, i, p.End); k > 0 {
			i = k // rock ‘n’ roll, with marks the tokenizer does not take for apostrophes
			continue
		}
		m := mark{Span: doc.Span{Start: i, End: i + n}, g: g, atPara: i == p.Start}
		var before, after rune = ' ', ' '
		if i > p.Start {
			before, _ = runeBefore(text, p.Start, i)
		}
		if before == '=' && g == gStraightDouble {
			// An attribute's value in markup left in the text
			// (timestamp="1474387200"): both marks are syntax.
			i += n
			if j := strings.IndexByte(text[i:], '"'); j >= 0 {
				i += j + 1
			}
			continue
		}
		if i+n < p.End {
			after, _ = utf8.DecodeRuneInString(text[i+n:])
		}
		m.prev = classify(before)
		next := classify(after)
		m.open = next != nSpace && (m.prev == nSpace || m.prev == nOpening || m.prev == nMark)
		m.close = m.prev != nSpace && m.prev != nOpening && next != nWord && next != nDigit
		if m.prev == nSpace && next == nSpace {
			// Space on both sides, as in tokenized text: a mark that
			// begins a line opens, one that ends a line closes.
			first, last := lineStart(text, p.Start, i), lineEnd(text, i+n, p.End)
			m.open, m.close = first && !last, last && !first
		}
		if g == gSingleClose || g == gStraightSingle {
			m.word = s.inWord(m.Span, m.prev, next)
		}
		if m.closer() {
			s.lastStrong[g.family()] = i
		}
		if m.closer() || m.word == inWordEnd {
			s.lastCloser[g.family()] = i
		}
		s.marks = append(s.marks, m)
		i += n
	}
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// noMarkBefore is lastCloser and lastStrong at a paragraph's start: no
// mark of any family yet.
var noMarkBefore = func() (t [numFamilies]int) {
	for f := range t {
		t[f] = -1
	}
	return t
}()

// andElision returns the end of "‘n’" (any single marks around an n,
// between spaces) at i, or 0: the "and" of rock ’n’ roll.
func andElision(text string, lo, i, hi int) int {
	if i+7 > hi || i > lo && text[i-1] != ' ' || text[i] != 0xE2 || text[i+3] != 'n' && text[i+3] != 'N' {
		return 0
	}
	g1, _ := glyphAt(text, i, hi)
	g2, _ := glyphAt(text, i+4, hi)
	if g1.family() != famSingle || g2.family() != famSingle || !g1.curly() || !g2.curly() || i+7 < hi && text[i+7] != ' ' {
		return 0
	}
	return i + 7
}

// inCode reports whether offset i lies in inline code, whose quote marks
// are program text ("x = "a"") and not quotations. Offsets come in order.
func (s *scanner) inCode(i int) bool {
	for len(s.code) > 0 && s.code[0].End <= i {
		s.code = s.code[1:]
	}
	return len(s.code) > 0 && s.code[0].Start <= i
}

// lineStart reports whether only blanks stand between the start of the
// line (or of the paragraph, at lo) and i.
func lineStart(text string, lo, i int) bool {
	for i > lo && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == lo || text[i-1] == '\n'
}

// lineEnd reports whether only blanks stand between i and the end of the
// line (or of the paragraph, at hi).
func lineEnd(text string, i, hi int) bool {
	for i < hi && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i == hi || text[i] == '\n'
}

// inWord says whether the apostrophe-like mark at m belongs to a word: a
// mark between two letters does; otherwise the tokenizer has decided (a ’
// it put inside a word token, as in ’90s, is an apostrophe).
func (s *scanner) inWord(m doc.Span, prev, next neighbour) uint8 {
	switch {
	case (prev == nWord || prev == nDigit) && next == nWord:
		return inWordBody // the commonest case, settled without the tokens
	case prev != nWord && prev != nDigit && next != nWord && next != nDigit:
		return inNoWord // no word on either side
	}
	toks := s.d.Tokens
	if k := s.tok.search(len(toks), func(k int) bool { return int(toks[k].End) > m.Start }); k < len(toks) {
		t := toks[k]
		if int(t.Start) <= m.Start && t.Kind != doc.TokenPunct && int(t.End) > m.Start {
			if int(t.End) == m.End && int(t.Start) < m.Start && !isMarkByte[s.text[t.Start]] {
				return inWordEnd // workers’, but not the end of ’n’
			}
			return inWordBody
		}
	}
	return inNoWord
}
