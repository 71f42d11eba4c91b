package cite

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Bounds on what one marker may span, so that scanning stays linear
// however the text is made.
const (
	maxCaretLabel = 64  // "[^label]": Markdown labels are words, not sentences
	maxParen      = 200 // "(…)" read for author-year citations: a few citations' worth
)

// elementMarkers takes the markers and links the markup declares:
// footnote references, DPUB-ARIA bibliography references (role
// doc-biblioref), <sup> holding only digits, and links to web addresses
// outside notes (a link inside a note is its URL).
func (s *state) elementMarkers() {
	d := s.d
	els := d.Elements
	refEnd := -1 // end of the last footnote reference
	k := 0       // cursor into s.notes
	for i, e := range els {
		switch e.Kind {
		case doc.ElemFootnoteRef:
			label, _ := e.Attr("label")
			if label == "" {
				label = strings.Trim(d.Slice(e.Span), "[]() \t\n")
			}
			key := label
			if d.Format == doc.FormatMarkdown {
				key = "^" + label
			}
			href, _ := e.Attr("href")
			s.marks = append(s.marks, mark{span: e.Span, marker: label, kind: doc.CiteNote, key: key, href: href, fromEl: true})
			refEnd = e.End
		case doc.ElemSup:
			txt := d.Slice(e.Span)
			if len(txt) == 0 || len(txt) > 3 || strings.Trim(txt, "0123456789") != "" || txt[0] == '0' || e.Start < refEnd || holdsRef(els, i) || !s.afterWord(e.Start) {
				continue
			}
			s.marks = append(s.marks, mark{span: e.Span, marker: txt, kind: doc.CiteNote, key: txt})
		case doc.ElemBlockQuote, doc.ElemQ:
			// The cite attribute names where a quotation comes from: a
			// link citation over the quotation itself.
			if url, _ := e.Attr("cite"); webURL(url) && e.Len() > 0 {
				s.marks = append(s.marks, mark{span: e.Span, marker: url, kind: doc.CiteLink, url: url})
			}
		case doc.ElemLink:
			href, _ := e.Attr("href")
			rel, _ := e.Attr("rel")
			if role, _ := e.Attr("role"); strings.Contains(role, "doc-biblioref") && strings.Contains(href, "#") && e.Len() > 0 {
				text := d.Slice(e.Span)
				m := mark{span: e.Span, marker: strings.Trim(text, "[]() "), kind: doc.CiteNote, href: href, fromEl: true, bibref: true}
				if key, ok := authorYearKey(m.marker); ok {
					m.kind, m.key = doc.CiteAuthorYear, key
				}
				s.marks = append(s.marks, m)
				continue
			}
			for k < len(s.notes) && s.notes[k].span.End <= e.Start {
				k++
			}
			inNote := k < len(s.notes) && s.notes[k].span.Start <= e.Start
			if !webURL(href) || e.Len() == 0 || inNote || strings.Contains(rel, "author") {
				continue
			}
			s.marks = append(s.marks, mark{span: e.Span, marker: d.Slice(e.Span), kind: doc.CiteLink, url: href})
		}
	}
}

// holdsRef reports whether element i holds a footnote reference among
// its first few descendants (a reference is the first thing in a <sup>;
// the bound keeps hostile nesting from costing more than linear time).
func holdsRef(els []doc.Element, i int) bool {
	for j := i + 1; j < len(els) && j <= i+8 && els[j].Start < els[i].End; j++ {
		if els[j].Kind == doc.ElemFootnoteRef {
			return true
		}
	}
	return false
}

// textMarkers scans the text of every paragraph but code for markers,
// skipping footnote references (already taken), code, and the labels of
// notes.
func (s *state) textMarkers() {
	d := s.d
	var skip []doc.Span
	for _, e := range d.Elements {
		switch e.Kind {
		case doc.ElemFootnoteRef, doc.ElemInlineCode, doc.ElemCode:
			skip = append(skip, e.Span)
		}
	}
	for _, m := range s.marks {
		if m.bibref {
			skip = append(skip, m.span)
		}
	}
	inNotes := make([]doc.Span, 0, len(s.notes))
	for _, n := range s.notes {
		if n.label.Len() > 0 {
			skip = append(skip, n.label)
		}
		inNotes = append(inNotes, n.span)
	}
	slices.SortFunc(skip, func(a, b doc.Span) int { return a.Start - b.Start })
	set := markerBytes
	if !daggerOrSuperscript(d.Text) {
		set = markerBytesASCIIOrC2
	}
	sc := scanner{s: s, skip: skip, notes: inNotes, nextClose: -1, nextOpen: -1, find: doc.NewByteScan(d.Text, set)}
	for _, p := range d.Paragraphs {
		if p.Kind != doc.BlockCode {
			sc.paragraph(p)
		}
	}
}

// A scanner walks the text once, left to right, keeping cursors into the
// sorted spans it must skip or look up, so that no position is looked at
// more than a bounded number of times.
type scanner struct {
	s         *state
	skip      []doc.Span   // sorted by Start
	notes     []doc.Span   // sorted by Start
	ks, kn    int          // cursors into skip and notes
	nextClose int          // position of the next ')' after the scan, len(Text) if none; -1 before the first search
	nextOpen  int          // position of the next '(' after the scan, likewise
	find      doc.ByteScan // where the next byte that may start a marker is
}

// paragraph scans one paragraph.
func (sc *scanner) paragraph(p doc.Paragraph) {
	text := sc.s.d.Text
	for i := p.Start; i < p.End; {
		if j := sc.skipped(i); j > i {
			i = j
			continue
		}
		// Pass at once over the bytes that start no marker, up to the
		// next span to skip: most of the text.
		limit := p.End
		if sc.ks < len(sc.skip) && sc.skip[sc.ks].Start < limit {
			limit = sc.skip[sc.ks].Start
		}
		i = sc.find.Next(i, limit)
		if i == limit {
			continue
		}
		c := text[i]
		switch {
		case c == '[':
			if m, ok := sc.bracket(i, p.End); ok {
				sc.s.marks = append(doc.RoomForOne(sc.s.marks), m)
				i = m.span.End
				continue
			}
		case c == '(':
			if !sc.inNote(i) {
				sc.authorYear(i, p.End)
			}
		case c == '*' || c >= 0xC2:
			if c == 0xE2 && i+2 < p.End && text[i+1] == 0x80 && text[i+2]&0xC0 == 0x80 && text[i+2] != 0xA0 && text[i+2] != 0xA1 {
				// U+2000 to U+203F but the daggers: curly quotation
				// marks and dashes, the commonest characters the scan
				// stops at, none of which starts a marker.
				i += 3
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if m, ok := sc.superscriptOrSymbol(i, p.End, r); ok {
				sc.s.marks = append(doc.RoomForOne(sc.s.marks), m)
				i = m.span.End
				continue
			}
			i += size
			continue
		}
		i++
	}
}

// markerBytes are the bytes a marker can start with, those that
// paragraph's switch acts on: brackets, the asterisk, and the first
// bytes of the superscripts (¹ ² ³ are C2 B9, C2 B2, C2 B3; ⁰ and ⁴ to
// ⁹ are E2 81 B0 to B9) and daggers († ‡, E2 80 A0 and A1). Any other
// character outside ASCII starts none: paragraph would decode it and
// pass over it (superscriptOrSymbol answers no), and the bytes of such
// a character are never C2 or E2 (continuation bytes are 80 to BF), so
// that the scan may pass over it unread.
const markerBytes = "[(*\xC2\xE2"

// markerBytesASCIIOrC2 is markerBytes without E2, for a text in which no
// character that E2 begins starts a marker (daggerOrSuperscript): E2
// begins every curly quotation mark and dash, where the scan would stop
// only to step on.
const markerBytesASCIIOrC2 = "[(*\xC2"

// daggerOrSuperscript reports whether text may hold a dagger († ‡, E2 80
// A0 and A1) or a superscript digit that E2 begins (⁰ and ⁴ to ⁹, E2 81
// B0 to B9), the characters starting with E2 that start a marker. It
// answers true on any E2 81, and on an E2 in the last two bytes: a false
// yes costs only the stops at E2 that the scan makes anyway.
//
// It searches for the bytes after E2, 81, A0 and A1, not for E2 itself:
// E2 begins every curly quotation mark and dash, so that a search for it
// stopped every few words, where those bytes are rare in most text
// (TestDaggerOrSuperscriptLoop holds it to the search for E2).
func daggerOrSuperscript(text string) bool {
	if n := len(text); n >= 1 && text[n-1] == 0xE2 || n >= 2 && text[n-2] == 0xE2 {
		return true
	}
	return follows(text, 0x81, "\xE2") || follows(text, 0xA0, "\xE2\x80") || follows(text, 0xA1, "\xE2\x80")
}

// follows reports whether a byte c of text comes right after prefix.
func follows(text string, c byte, prefix string) bool {
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if i >= len(prefix) && text[i-len(prefix):i] == prefix {
			return true
		}
	}
}

// skipped returns the end of the span to skip that holds i, or i.
func (sc *scanner) skipped(i int) int {
	for sc.ks < len(sc.skip) && sc.skip[sc.ks].End <= i {
		sc.ks++
	}
	if sc.ks < len(sc.skip) && sc.skip[sc.ks].Start <= i {
		return sc.skip[sc.ks].End
	}
	return i
}

// inNote reports whether i lies in a note or reference entry.
func (sc *scanner) inNote(i int) bool {
	for sc.kn < len(sc.notes) && sc.notes[sc.kn].End <= i {
		sc.kn++
	}
	return sc.kn < len(sc.notes) && sc.notes[sc.kn].Start <= i
}

// bracket reads a marker in square brackets at i: "[^x]", "[12]", "[A]",
// "[note 1]".
func (sc *scanner) bracket(i, end int) (mark, bool) {
	text := sc.s.d.Text
	key, n := bracketLabel(text[i:end])
	if key == "" {
		return mark{}, false
	}
	j := i + n
	if next, _ := utf8.DecodeRuneInString(text[j:end]); j < end && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '(') {
		return mark{}, false // "[s]he", "[1](…)"
	}
	m := mark{span: doc.Span{Start: i, End: j}, marker: strings.TrimPrefix(key, "^"), kind: doc.CiteNote, key: key}
	if len(key) == 1 && isLetter(key[0]) {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case i == 0 || unicode.IsSpace(prev) || prev == '[':
			return mark{}, false // "[I] went", an editor's word
		case key[0] >= 'a' && key[0] <= 'z' && unicode.IsLetter(prev):
			m.weak = true // "word[s]", an editor's plural, unless a note "s" exists
		}
	}
	if i > 0 && text[i-1] == '[' {
		return mark{}, false // "[[1]]", a wiki link
	}
	return m, true
}

// bracketLabel reads a label in square brackets at the start of s and
// returns its key and length: "[^x]" → "^x", "[12]" → "12", "[A]" → "A",
// "[note 1]" → "note 1". Digits are one to three, not starting with 0.
func bracketLabel(s string) (key string, n int) {
	if len(s) < 3 || s[0] != '[' {
		return "", 0
	}
	if s[1] == '^' {
		for j := 2; j < len(s) && j-2 <= maxCaretLabel; j++ {
			switch c := s[j]; {
			case c == ']':
				if j == 2 {
					return "", 0
				}
				return "^" + s[2:j], j + 1
			case c == '[' || c == ' ' || c == '\t' || c == '\n':
				return "", 0
			}
		}
		return "", 0
	}
	j := 1
	for j < len(s) && j < 5 && isDigit(s[j]) {
		j++
	}
	if d := j - 1; d >= 1 && d <= 3 && s[1] != '0' && j < len(s) && s[j] == ']' {
		return s[1:j], j + 1
	}
	if isLetter(s[1]) && s[2] == ']' {
		return s[1:2], 3
	}
	if k := strings.IndexByte(s[:min(len(s), 24)], ' '); k > 1 && groups[strings.ToLower(s[1:k])] {
		j := k + 1
		for j < len(s) && j-k <= 4 && isAlnum(s[j]) {
			j++
		}
		if j > k+1 && j-k-1 <= 3 && j < len(s) && s[j] == ']' {
			return s[1:j], j + 1
		}
	}
	return "", 0
}

// superscriptOrSymbol reads a run of superscript digits or of one note
// symbol at i, r being the rune there.
func (sc *scanner) superscriptOrSymbol(i, end int, r rune) (mark, bool) {
	text := sc.s.d.Text[:end]
	var key string
	var n int
	switch {
	case isSuperscript(r):
		key, n = superscriptRun(text[i:])
	case r == '*' || r == '†' || r == '‡':
		key, n = symbolRun(text[i:])
	}
	if n == 0 {
		return mark{}, false
	}
	if next, _ := utf8.DecodeRuneInString(text[i+n:]); i+n < len(text) && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
		return mark{}, false
	}
	if !sc.s.afterWord(i) {
		return mark{}, false
	}
	m := mark{span: doc.Span{Start: i, End: i + n}, marker: key, kind: doc.CiteNote, key: key}
	m.weak = !isSuperscript(r)
	return m, true
}

// afterWord reports whether a marker at i follows a word of at least
// three letters or a closing punctuation mark, as a note marker does;
// "m²" and "x²" are units and powers, " * " a bullet or an operator.
// It looks back three runes at most.
func (s *state) afterWord(i int) bool {
	text := s.d.Text[:i]
	prev, size := utf8.DecodeLastRuneInString(text)
	switch {
	case size == 0:
		return false
	case strings.ContainsRune(".,;:!?”’\"')]", prev):
		return true
	case !unicode.IsLetter(prev):
		return false
	}
	for k := 0; k < 2; k++ {
		text = text[:len(text)-size]
		prev, size = utf8.DecodeLastRuneInString(text)
		if size == 0 || !unicode.IsLetter(prev) {
			return false
		}
	}
	return true
}

// superscriptRun reads up to three superscript digits at the start of s
// and returns them as ASCII digits and their length in bytes; a longer
// run is no marker.
func superscriptRun(s string) (digits string, n int) {
	var b [3]byte
	k := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !isSuperscript(r) {
			break
		}
		if k == len(b) {
			return "", 0
		}
		b[k] = superscriptDigit(r)
		k++
		n += size
	}
	if k == 0 || b[0] == '0' {
		return "", 0
	}
	return string(b[:k]), n
}

func isSuperscript(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r == '⁰' || r >= '⁴' && r <= '⁹'
}

func superscriptDigit(r rune) byte {
	switch r {
	case '¹':
		return '1'
	case '²':
		return '2'
	case '³':
		return '3'
	}
	return byte('0' + r - '⁰')
}

// symbolRun reads a run of up to three of the same note symbol ("*",
// "**", "†", "‡‡") at the start of s.
func symbolRun(s string) (sym string, n int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != '*' && r != '†' && r != '‡' {
		return "", 0
	}
	for k := 0; n < len(s) && strings.HasPrefix(s[n:], s[:size]); k++ {
		if k == 3 {
			return "", 0 // a rule or a row of stars, not a marker
		}
		n += size
	}
	return s[:n], n
}

// authorYear reads the author-year citations in the brackets opening at
// i, if they close within maxParen bytes with no bracket opening in
// between. The positions of the next '(' and ')' are remembered, so each
// byte is searched once however many brackets open before one closes.
func (sc *scanner) authorYear(i, end int) {
	text := sc.s.d.Text
	if sc.nextClose <= i {
		sc.nextClose = indexFrom(text, i+1, ')')
	}
	if sc.nextOpen <= i {
		sc.nextOpen = indexFrom(text, i+1, '(')
	}
	c := sc.nextClose
	if c >= end || c-i > maxParen || sc.nextOpen < c || sc.ks < len(sc.skip) && sc.skip[sc.ks].Start < c {
		return // too long, nested, or holding a reference the markup declares
	}
	parts := strings.Split(text[i+1:c], ";")
	var found []mark
	pos := i + 1
	for _, part := range parts {
		lead := len(part) - len(strings.TrimLeft(part, " \t\n"))
		body := strings.TrimSpace(part)
		k := prefixLen(body)
		start := pos + lead + k
		body = body[k:]
		pos += len(part) + 1
		key, ok := authorYearKey(body)
		if !ok {
			continue
		}
		found = append(found, mark{span: doc.Span{Start: start, End: start + len(body)}, marker: body, kind: doc.CiteAuthorYear, key: key})
	}
	if len(parts) == 1 && len(found) == 1 {
		found[0].span = doc.Span{Start: i, End: c + 1} // the brackets are part of a lone citation
	}
	sc.s.marks = append(sc.s.marks, found...)
}

// indexFrom returns the index of the first c in text at or after i, or
// len(text) if there is none: past every position, so that a search
// that found nothing is not made again.
func indexFrom(text string, i int, c byte) int {
	if i >= len(text) {
		return len(text)
	}
	if k := strings.IndexByte(text[i:], c); k >= 0 {
		return i + k
	}
	return len(text)
}

// prefixLen returns the length of a word such as "see" or "cf." that
// opens s before the names, with the space after it; or 0.
func prefixLen(s string) int {
	low := strings.ToLower(s)
	for _, p := range prefixes {
		if strings.HasPrefix(low, p) && len(s) > len(p) && (s[len(p)] == ' ' || s[len(p)] == ',') {
			return len(p) + len(s[len(p):]) - len(strings.TrimLeft(s[len(p):], " ,"))
		}
	}
	return 0
}

// authorYear matches one author-year citation: names ("Taubman", "Smith
// and Jones", "Smith, Jones & Lee", "van der Maaten", "Lee et al."), an
// optional comma, a year ("2003", "2003a", "n.d.", "in press") and an
// optional locator after a comma, colon or space (", p. 12", ": 45").
var authorYearRe = func() *lazyRE {
	var parts []string
	for p := range particles {
		parts = append(parts, regexp.QuoteMeta(p))
	}
	slices.Sort(parts)
	capWord := `\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*`
	name := `(?:(?:` + strings.Join(parts, "|") + `)\s+){0,3}` + capWord + `(?:[ -]` + capWord + `)?`
	names := name + `(?:(?:\s*,\s*|\s*,?\s+(?:and|&)\s+|\s*&\s*)` + name + `){0,3}(?:,?\s+et\s+al\.?)?`
	year := `(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|in press|forthcoming`
	return lazyRegexp(`^(` + names + `),?\s+(` + year + `)(?:(?:[,:]\s*|\s+).{0,60})?$`)
}()

// authorYearKey reads one author-year citation and returns its
// resolution key, the first author's lower-cased surname and the year
// ("taubman|2003"). Capitalised words that are not names ("May 2003",
// "Figure 2010", nonauthors.txt) make it no citation.
func authorYearKey(s string) (string, bool) {
	m := authorYearRe.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	names := m[1]
	for w := range strings.FieldsFuncSeq(names, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '\n' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && nonAuthors[strings.ToLower(w)] {
			return "", false
		}
	}
	first := andRe.Split(strings.Split(names, ",")[0], 2)[0]
	first = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(first), "."), " et al")
	var buf [64]byte // the key made in one piece: one string, not three
	return string(append(append(appendSurname(buf[:0], first), '|'), m[2]...)), true
}
