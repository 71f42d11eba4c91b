package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// maxEntry bounds the text of one note or reference entry that is read
// for fields: a bibliographic entry is a few hundred bytes, and a "note"
// of many kilobytes is an essay in a footnote whose first part holds any
// reference it has. The bound keeps parsing linear in the document.
const maxEntry = 2000

// ParseEntry reads the bibliographic fields of one note or reference-list
// entry, written without its label. It returns a Reference with Authors,
// Title, Container, Year, Publisher, Pages, URL, DOI and ISBN set where
// they could be read; Span and Label are left for the caller.
//
// The entry is read in steps, each removing what it takes so that later
// steps do not mistake it for something else:
//
//  1. identifiers anywhere: the first URL (a doi.org address gives the
//     DOI too), "doi:10.…", "ISBN 978-…"; other catalogue numbers (PMID,
//     ISSN, arXiv …), "(PDF)" and "Retrieved/Accessed/Archived …"
//     clauses are dropped, so that their dates are not taken for the
//     year;
//  2. a title in quotation marks (an article, a chapter, a web page):
//     the names before it are the authors, with a date in brackets
//     after them (Wikipedia, APA with quoted titles); the words after it
//     are the container (journal, newspaper, site; "in …" for a book),
//     as in Chicago notes ("S. T. Okafor, “Title”, Review 14 (1997):
//     33–58") and MLA ("Okafor, S. T. “Title.” Review, vol. 14, 1997,
//     pp. 33–58"); "post by Wren" names an author when nothing else does;
//  3. pages: "p. 112", "pp. 33–58", or a range after a colon or after a
//     volume and issue ("(1997): 33–58", "9: 2579–2605", "14(2), 33–58");
//  4. without a quoted title, the first shape that fits:
//     names followed by a bare date in brackets, then the title and the
//     publisher or container as full-stop-separated parts (APA, Wikipedia
//     books: "Taubman, W. (2003). Khrushchev: The Man and His Era. W. W.
//     Norton."); names, a comma, a title and "(Place: Publisher, Year)"
//     (Chicago notes: "Agnes R. Pell, Tide and Timetable (Harrow & Finch,
//     1958), p. 112."); an inverted name ending in a full stop, then the
//     title and "Publisher, Year" parts (MLA, Chicago bibliographies);
//     else names before a first comma and the title after it, or a
//     title before the first comma;
//  5. a year (1500–2099, with a letter as in "2003a") from the date in
//     brackets, else the first one left in the entry.
//
// Names are taken as authors only when every one looks like a person's
// name (capitalised words, initials, particles such as "van der"; no
// words of organisations such as "Library" or "Review"), except before a
// bare date in brackets, where an organisation may be the author.
// Anything that fits no shape leaves its fields empty: a wrong field is
// worse than a missing one.
func ParseEntry(s string) doc.Reference {
	var e entry
	if len(s) > maxEntry {
		s = s[:runeStart(s, maxEntry)]
	}
	sc := scanEntry(s)
	if !sc.spaced {
		s = joinFields(s, "") // singleSpaced(s)
		sc = scanEntry(s)
	}
	w := e.identifiers(s, sc)

	if open, close, end, ok := quotedTitle(w); ok {
		e.Title = trimTitle(w[open:close])
		pre, date := splitDate(strings.TrimSpace(w[:openMark(w, open)]))
		post := e.takePages(w[end:])
		e.Year = date
		e.Authors = nameList(pre)
		e.Container = containerName(post)
		if e.Year == "" {
			e.Year = firstYear(post)
		}
		if e.Year == "" {
			e.Year = firstYear(pre)
		}
		if e.Authors == nil {
			e.Authors = byName(w)
		}
		return doc.Reference(e)
	}

	w = e.takePages(w)
	if !e.apa(w) && !e.chicago(w) && !e.mla(w) {
		e.loose(w)
	}
	if e.Year == "" {
		e.Year = firstYear(w)
	}
	return doc.Reference(e)
}

// entry is a Reference being filled by ParseEntry's steps.
type entry doc.Reference

var (
	urlRe    = lazyRegexp(`https?://[^\s<>"“”]+`)
	doiRe    = lazyRegexp(`(?i)\bdoi:?\s*(10\.\d{4,9}/\S+)|\b(10\.\d{4,9}/\S+)`)
	isbnRe   = lazyRegexp(`(?i)\bISBN(?:-1[03])?:?\s*([0-9][0-9-]{8,15}[0-9X])\b`)
	otherIDs = lazyRegexp(`\b(?:PMID|PMC|ISSN|OCLC|JSTOR|S2CID|Bibcode|LCCN|ASIN|arXiv|hdl|Zbl)\b:?\s*\S+(?:\s\[[^\]]{1,20}\])?`)
	formats  = lazyRegexp(`\((?:PDF|pdf|[Ii]n [A-Z][a-z]+|[A-Z][a-z]+ language|[Oo]nline)\)`)
)

// identifiers fills URL, DOI and ISBN from w and returns w without them
// and without the identifiers and clauses no field holds. Each pattern
// runs only where a word it needs is present: most entries have no
// identifiers, and looking for a word is far cheaper than a regexp.
//
// w comes with its white space made single spaces (see ParseEntry), so
// that when nothing was taken out it need not be made so again; sc is
// what scanEntry found in it: which of the words it looks for the entry
// holds, found in the one pass, not one search for each word.
func (e *entry) identifiers(w string, sc entryScan) string {
	in := w
	has := sc.words
	if has&(1<<wordHTTP) != 0 {
		w = urlRe.ReplaceAllStringFunc(w, func(u string) string {
			u = trimURL(u)
			if e.URL == "" {
				e.URL = u
				for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"} {
					if strings.HasPrefix(u, p) {
						e.DOI = u[len(p):]
					}
				}
			}
			return " "
		})
	}
	// The slash first: most entries have none, and it is one search of a
	// byte, where "10." is a search at every "1".
	if has&(1<<wordDOI) != 0 || strings.IndexByte(w, '/') >= 0 && strings.Contains(w, "10.") {
		w = doiRe.ReplaceAllStringFunc(w, func(m string) string {
			if e.DOI == "" {
				sub := doiRe.FindStringSubmatch(m)
				e.DOI = strings.TrimRight(sub[1]+sub[2], ".,;:")
			}
			return " "
		})
	}
	if has&(1<<wordISBN) != 0 {
		w = isbnRe.ReplaceAllStringFunc(w, func(m string) string {
			if e.ISBN == "" {
				e.ISBN = isbnRe.FindStringSubmatch(m)[1]
			}
			return " "
		})
	}
	for k, x := range clauseREs {
		if has&clauseBits[k] != 0 {
			w = x.re.ReplaceAllString(w, " ")
		}
	}
	// dropAccess looks for its words at every offset; most entries have
	// none of them. Only an ASCII spelling of a word can match there, and
	// what the patterns above took out left no new letters side by side,
	// so the word is in lower if dropAccess could find it.
	if has&accessBits != 0 {
		return tidy(dropAccess(w))
	}
	if w == in {
		if !sc.tidy {
			return cutTidy.trim(w) // tidySpaced(w), its pairs looked for
		}
		return tidySpaced(w)
	}
	return tidy(w)
}

// lowerForSearch returns a string in which each lower-case ASCII word
// occurs where it occurs in strings.ToLower(w): what identifiers searches
// its lower-case form for. Only two runes outside ASCII lower-case to an
// ASCII letter, U+0130 (to i) and U+212A, the kelvin sign (to k); every
// other rune keeps to its side, so that the runs of ASCII bytes, in
// which alone an ASCII word can be found, are the same in w's ASCII
// lower-casing as in ToLower's. That lower-casing is a byte loop with no
// decoding, where ToLower maps rune by rune any entry with a curly
// quotation mark or a dash in it (TestLowerForSearch).
//
// ParseEntry asks scanEntry, which looks for the words in one pass
// without the copy; this is what TestScanEntry holds it to, with wordsIn.
func lowerForSearch(w string) string {
	if strings.Contains(w, "\u0130") || strings.Contains(w, "\u212a") {
		return strings.ToLower(w)
	}
	return doc.LowerASCII(w)
}

// clauseREs are the patterns of identifiers and clauses no field holds,
// each with the lower-case words one of which it needs. Made once: as a
// literal in identifiers, the lists were made again for every entry.
var clauseREs = []struct {
	re    *lazyRE
	words []string
}{
	{otherIDs, []string{"pmid", "pmc", "issn", "oclc", "jstor", "s2cid", "bibcode", "lccn", "asin", "arxiv", "hdl", "zbl"}},
	{formats, []string{"pdf)", "(in ", "language)", "online)"}},
}

// The words identifiers looks for in an entry's lower-case form, each a
// bit of what wordsIn returns: "http", "doi" and "isbn" at the bits
// named below, then the words of each of clauseREs (clauseBits holds
// each one's bits), then accessWords (accessBits).
const (
	wordHTTP = iota
	wordDOI
	wordISBN
)

var searchWords, clauseBits, accessBits = func() (words []string, clause []uint64, access uint64) {
	words = []string{"http", "doi", "isbn"}
	for _, x := range clauseREs {
		var bits uint64
		for _, w := range x.words {
			bits |= 1 << len(words)
			words = append(words, w)
		}
		clause = append(clause, bits)
	}
	for _, w := range accessWords {
		access |= 1 << len(words)
		words = append(words, w)
	}
	if len(words) > 64 {
		panic("cite: more search words than bits")
	}
	for _, w := range words {
		if len(w) < 2 {
			panic("cite: a search word of one byte")
		}
	}
	return words, clause, access
}()

// searchByFirst lists, for each byte, the indexes in searchWords of the
// words that start with it.
var searchByFirst = func() (t [256][]uint8) {
	for k, w := range searchWords {
		t[w[0]] = append(t[w[0]], uint8(k))
	}
	return t
}()

// searchPairs holds the first two bytes of each of searchWords, a bit
// for each pair of bytes: most places in an entry start no pair of them
// (where the first byte alone starts one at every other letter).
var searchPairs = func() (t [1 << 16 / 64]uint64) {
	for _, w := range searchWords {
		p := uint16(w[0])<<8 | uint16(w[1])
		t[p/64] |= 1 << (p % 64)
	}
	return t
}()

// wordsIn returns the bits of the searchWords that lower holds: bit k
// is set when strings.Contains(lower, searchWords[k]). Each word is two
// bytes or more.
func wordsIn(lower string) uint64 {
	var has uint64
	for i := 0; i+1 < len(lower); i++ {
		if p := uint16(lower[i])<<8 | uint16(lower[i+1]); searchPairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, k := range searchByFirst[lower[i]] {
			if strings.HasPrefix(lower[i:], searchWords[k]) {
				has |= 1 << k
			}
		}
	}
	return has
}

// tidyPairs are what tidySpaced replaces, in order, and with what.
var tidyPairs = [][2]string{{"()", ""}, {" .", "."}, {" ,", ","}, {"..", "."}, {",.", "."}, {".,", "."}}

// hasTidyPair reports whether w holds any of tidyPairs' first strings:
// what scanEntry finds for ParseEntry in its one pass, and what
// TestScanEntry holds it to.
func hasTidyPair(w string) bool { return tidyPairsIn(w) != 0 }

// tidyPairsIn returns the tidyPairs whose first strings w holds, bit k
// for tidyPairs[k], found in one pass rather than one search for each.
// Each pair ends in ')', '.' or ',', which a table tells at one lookup a
// byte; only there is the byte before it asked (most bytes of an entry
// are letters, and a switch on every one of them cost three times as
// much). TestTidyPairsIn holds it to a search for each.
func tidyPairsIn(w string) uint8 {
	var has uint8
	for i := 1; i < len(w); i++ {
		if !tidySecond[w[i]] {
			continue
		}
		switch prev := w[i-1]; w[i] {
		case ')':
			if prev == '(' {
				has |= 1 << 0 // "()"
			}
		case '.':
			switch prev {
			case ' ':
				has |= 1 << 1 // " ."
			case '.':
				has |= 1 << 3 // ".."
			case ',':
				has |= 1 << 4 // ",."
			}
		case ',':
			switch prev {
			case ' ':
				has |= 1 << 2 // " ,"
			case '.':
				has |= 1 << 5 // ".,"
			}
		}
	}
	return has
}

// tidySecond marks the last bytes of tidyPairs' first strings.
var tidySecond = [256]bool{')': true, '.': true, ',': true}

// accessWords start the clauses dropAccess removes.
var accessWords = []string{"retrieved", "accessed", "archived"}

// dropAccess removes the clauses that say when an online source was read
// or archived ("Retrieved 4 May 2016.", "Archived from the original on
// 4 October 2002."), up to the next full stop.
func dropAccess(w string) string {
	var b strings.Builder
	for {
		i := -1
		for _, word := range accessWords {
			if k := indexFold(w, word); k >= 0 && (i < 0 || k < i) {
				i = k
			}
		}
		if i < 0 {
			break
		}
		j := strings.IndexByte(w[i:], '.')
		if j < 0 {
			j = len(w) - i - 1
		}
		b.WriteString(w[:i])
		b.WriteByte(' ')
		w = w[i+j+1:]
	}
	b.WriteString(w)
	return b.String()
}

// indexFold returns the index of the first occurrence of the lower-case
// ASCII word in s, ignoring case, at the start of a word; or -1.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if (i == 0 || !isAlnum(s[i-1])) && strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

// trimURL drops the punctuation that ends the sentence around an address,
// and a closing bracket that no bracket in the address opens.
func trimURL(u string) string {
	for {
		t := strings.TrimRight(u, ".,;:'’")
		if strings.HasSuffix(t, ")") && strings.Count(t, "(") < strings.Count(t, ")") {
			t = t[:len(t)-1]
		}
		if t == u {
			return u
		}
		u = t
	}
}

// tidy removes the debris left where parts were taken out: runs of
// spaces, empty brackets, punctuation doubled or before a full stop.
func tidy(w string) string {
	return tidySpaced(singleSpaced(w))
}

// singleSpaced is strings.Join(strings.Fields(w), " "): w's words joined
// by single spaces. Most entries, and most of what is left of them after
// a step, are that already, and are returned as they are, with no slice
// of words and no new string made.
func singleSpaced(w string) string {
	if isSingleSpaced(w) {
		return w
	}
	return joinFields(w, "")
}

// isSingleSpaced reports whether singleSpaced(w) is w: no white space at
// either end, none but single spaces between words.
//
// Only a byte that is not printable ASCII, or a space, needs a look:
// one comparison for most bytes, where a switch on every byte cost twice
// as much.
func isSingleSpaced(w string) bool {
	if w == "" {
		return true
	}
	if w[0] == ' ' || w[len(w)-1] == ' ' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case ' ' < c && c < utf8.RuneSelf:
			// printable ASCII
		case c == ' ':
			if w[i+1] == ' ' { // not the last byte: that is no space
				return false
			}
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false
			}
		default:
			r, n := utf8.DecodeRuneInString(w[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

// joinFields is strings.Join(strings.Fields(a+" "+b), " "), written in
// one pass into one buffer: no joined copy of a and b, no slice of the
// words. The words of a+" "+b are those of a, then those of b, for the
// space between them ends any word. Called for every entry that is not
// single-spaced and for every entry whose pages are taken out
// (TestJoinFields holds it to the library's answer).
//
// Where a and b, their ASCII spaces trimmed, are single-spaced already,
// as the two sides of pages taken out of an entry mostly are, the answer
// is the two joined by a space: singleSpaced's check of each is a
// quarter of the cost of writing them word by word.
func joinFields(a, b string) string {
	a, b = strings.Trim(a, " "), strings.Trim(b, " ")
	if isSingleSpaced(a) && isSingleSpaced(b) {
		switch {
		case a == "":
			return b
		case b == "":
			return a
		}
		return a + " " + b
	}
	var sb strings.Builder
	sb.Grow(len(a) + len(b) + 1)
	writeFields(&sb, a)
	writeFields(&sb, b)
	return sb.String()
}

// writeFields writes the words of s as strings.Fields splits them to sb,
// each after a single space unless sb is empty.
func writeFields(sb *strings.Builder, s string) {
	start := -1 // the start of the word being read; -1 between words
	for i := 0; i < len(s); {
		c := s[i]
		space, n := false, 1
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			writeWord(sb, s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += n
	}
	if start >= 0 {
		writeWord(sb, s[start:])
	}
}

func writeWord(sb *strings.Builder, w string) {
	if sb.Len() > 0 {
		sb.WriteByte(' ')
	}
	sb.WriteString(w)
}

// tidySpaced is tidy for w whose white space is single spaces already.
//
// The pairs w holds are found in one pass, and found again only after a
// replacement, which may make or unmake others: where each of the six
// was searched for, most entries with any held one or two.
func tidySpaced(w string) string {
	has := tidyPairsIn(w)
	for k, r := range tidyPairs {
		if has&(1<<k) == 0 {
			continue
		}
		for strings.Contains(w, r[0]) {
			w = strings.ReplaceAll(w, r[0], r[1])
		}
		has = tidyPairsIn(w)
	}
	return cutTidy.trim(w)
}

// quotedTitle finds the first title in quotation marks: w[open:close] is
// its text and w[end:] what follows the closing mark.
//
// Only '"' and the lead bytes 0xC2 and 0xE2 start an opening mark, and
// each such byte is a rune's start as a range over w decodes it (a rune
// broken off is read a byte at a time): the other bytes, most of them,
// are passed over without decoding.
func quotedTitle(w string) (open, close, end int, ok bool) {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '"' && c != 0xC2 && c != 0xE2 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[i:])
		var closer string
		switch r {
		case '“':
			closer = "”"
		case '"':
			closer = `"`
		case '«':
			closer = "»"
		case '‘':
			if i > 0 && !isSpaceOrPunct(w[:i]) {
				continue // an apostrophe-like mark inside a word
			}
			closer = "’"
		default:
			continue
		}
		start := i + utf8.RuneLen(r)
		for j := start; j < len(w); {
			k := strings.Index(w[j:], closer)
			if k < 0 {
				break
			}
			k += j
			after := k + len(closer)
			next, _ := utf8.DecodeRuneInString(w[after:])
			if closer != "’" || after == len(w) || !unicode.IsLetter(next) {
				if strings.IndexFunc(w[start:k], unicode.IsLetter) >= 0 {
					return start, k, after, true
				}
				break
			}
			j = after // ’ inside a word is an apostrophe
		}
		return 0, 0, 0, false
	}
	return 0, 0, 0, false
}

// openMark returns the offset of the quotation mark that opens a title
// whose text starts at open.
func openMark(w string, open int) int {
	_, size := utf8.DecodeLastRuneInString(w[:open])
	return open - size
}

// isSpaceOrPunct reports whether s ends in a space or a punctuation mark.
func isSpaceOrPunct(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// trimTitle removes the punctuation that a style sets inside the closing
// quotation mark ("“Title,”"), keeping a question or exclamation mark.
func trimTitle(t string) string { return cutTitle.trim(strings.TrimSpace(t)) }

var (
	yearRe = lazyRegexp(`\b(1[5-9]\d\d|20\d\d)([a-h])?\b`)
	// dateOnly is a date in brackets and nothing else: "2003", "2003a",
	// "Nov 2008", "2 March 2010", "April 2, 2003", "2016-02-01", "n.d.".
	dateOnly = lazyRegexp(`^(?:(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?\s+(?:\d{1,2},?\s+)?)?(1[5-9]\d\d|20\d\d)([a-h])?(?:-\d\d(?:-\d\d)?)?$|^n\.\s?d\.$`)
	// pageRes find pages, in order of preference; group 1 is the pages.
	pageRes = []*lazyRE{
		lazyRegexp(`(?i)(?:^|[\s,;:(])(?:pp?\.|pages?|pgs?\.)\s*(\d+[a-z]?(?:\s*[–—-]\s*\d+[a-z]?)?|[ivxlc]+(?:\s*[–—-]\s*[ivxlc]+)?)\b\.?`),
		lazyRegexp(`[)\d]\s*:\s*(\d+(?:\s*[–—-]\s*\d+)?)\b`),
		lazyRegexp(`\d\s*\(\d+\),\s*(\d+(?:\s*[–—-]\s*\d+)?)\b`),
		lazyRegexp(`\d,\s*(\d+\s*[–—-]\s*\d+)\b`),
		lazyRegexp(`\p{L}:\s*(\d+\s*[–—-]\s*\d+)\b`),
	}
	// pageNeeds tells whether w has the text each of pageRes needs,
	// looked for first: a plain search is much cheaper than running the
	// pattern, and most entries have no pages.
	pageNeeds = []func(w string) bool{
		pageWord,
		func(w string) bool { return sepDigit(w, ':') },
		func(w string) bool { return strings.Contains(w, "),") },
		// The last two need a range: a hyphen or a dash.
		func(w string) bool { return sepDigit(w, ',') && hasDash(w) },
		func(w string) bool { return sepDigit(w, ':') && hasDash(w) },
	}
)

// pageFroms give, for each of pageRes, where its search can start in w
// and find what a search of all of w finds: no match can start before
// that offset, and none of the patterns looks at what comes before its
// match, but for the first one's "^" (see pageFrom). The search is then
// of the few bytes from the mark the pattern needs, not of the entry.
// TestPageFromsKeepMatch holds each to a search of the whole.
var pageFroms = []func(w string) int{
	pageFrom,
	// ")" or a digit, spaces, ":".
	func(w string) int {
		return markFrom(w, ':', func(c byte) bool { return c == ')' || isDigitByte(c) }, true)
	},
	// A digit, spaces, "(".
	func(w string) int { return markFrom(w, '(', isDigitByte, true) },
	// A digit, ",".
	func(w string) int { return markFrom(w, ',', isDigitByte, false) },
	// A letter, ":": from the character before the first colon.
	func(w string) int {
		c := strings.IndexByte(w, ':')
		if c <= 0 {
			return max(c, 0)
		}
		_, n := utf8.DecodeLastRuneInString(w[:c])
		return c - n
	},
}

// markFrom returns where a match of a pattern that starts with a byte
// that ok accepts, then (when spaces) white space, then mark, can start
// at the earliest in w: at that byte before the first mark, or else at
// the first mark, for every later mark has it or something after it
// before it. 0 when w has no mark.
func markFrom(w string, mark byte, ok func(byte) bool, spaces bool) int {
	c := strings.IndexByte(w, mark)
	if c < 0 {
		return 0
	}
	p := c - 1
	for spaces && p >= 0 && reSpace(w[p]) {
		p--
	}
	if p >= 0 && ok(w[p]) {
		return p
	}
	return c
}

// reSpace reports whether c is white space to \s in a regexp.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// pageFrom returns where the first page pattern's search can start in w
// and find what a search of all of w finds: every match begins with a
// page word, whose p is at the start of w or follows one of the
// pattern's separators, and starts there or at that separator. Run on
// the rest of w alone, the pattern cannot match at its start by "^",
// for a separator is no p. The search of a long entry with its pages at
// the end ("…, 1958), p. 112.") is then a search of a few bytes.
func pageFrom(w string) int {
	for k := 0; k < len(w); k++ {
		if w[k] != 'p' && w[k] != 'P' {
			continue
		}
		if k == 0 {
			return 0
		}
		switch w[k-1] {
		case ' ', '\t', '\n', '\f', '\r', ',', ';', ':', '(':
			return k - 1
		}
	}
	return 0 // no page word: the search finds nothing anywhere
}

// pageWord reports whether w has "p.", "pg" or "page" in any case: what
// the first page pattern needs ("p.", "pp.", "page", "pgs.").
func pageWord(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i]|0x20 == 'p' && pageWordAt(w, i) {
			return true
		}
	}
	return false
}

// hasDash reports whether w has a hyphen, an en dash or an em dash, one
// of which a page range needs ([–—-] in pageRes).
func hasDash(w string) bool {
	return strings.IndexByte(w, '-') >= 0 || strings.Contains(w, "–") || strings.Contains(w, "—")
}

// sepDigit reports whether w has sep followed by a digit, with only
// spaces between (the patterns' \s*\d).
func sepDigit(w string, sep byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] != sep {
			continue
		}
		j := i + 1
		for j < len(w) && (w[j] == ' ' || w[j] == '\t' || w[j] == '\n' || w[j] == '\f' || w[j] == '\r') {
			j++
		}
		if j < len(w) && '0' <= w[j] && w[j] <= '9' {
			return true
		}
	}
	return false
}

// takePages sets Pages from the first page pattern found in w and returns
// w without the pages (the volume before them stays, to end a container).
func (e *entry) takePages(w string) string {
	ps := scanPages(w)
	if !ps.digit {
		return w
	}
	for k := range pageRes {
		if !ps.needs[k] {
			continue // the pattern cannot match: it needs that text
		}
		from := pageFroms[k](w)
		lo, hi, ok := pageFinds[k](w[from:])
		if !ok {
			continue
		}
		lo, hi = lo+from, hi+from
		pages := w[lo:hi]
		if yearRange(pages) {
			continue
		}
		e.Pages = dropSpaces(pages)
		// tidy(w[:m[2]] + " " + w[m[3]:]) without the joined copy.
		return tidySpaced(joinFields(w[:lo], w[hi:]))
	}
	return w
}

// yearRange reports whether a range of numbers is two years ("1920–1940").
//
// Two years are eight ASCII digits (yearRe's \d is ASCII): a range with
// fewer, most page ranges ("33–58"), is answered before the pattern runs.
func yearRange(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			digits++
		}
	}
	if digits < 8 {
		return false
	}
	ys := yearRe.FindAllString(s, -1)
	return len(ys) == 2 && len(strings.TrimFunc(s, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) })) <= len("–")
}

// firstYear returns the first year in w, with its letter ("2003a"), or "":
// the first match of yearRe, found by hand. Every entry asks for its year,
// most of them more than once, and the pattern costs many times this
// scan; TestFirstYearIsYearRe holds the two to the same answers.
func firstYear(w string) string {
	for i := 0; i+4 <= len(w); i++ {
		if c := w[i]; c != '1' && c != '2' {
			continue // no year starts here: most bytes are passed over so
		}
		if i > 0 && asciiWordByte(w[i-1]) || !yearDigits(w[i:i+4]) {
			continue
		}
		end := i + 4
		if end < len(w) && 'a' <= w[end] && w[end] <= 'h' && (end+1 == len(w) || !asciiWordByte(w[end+1])) {
			return w[i : end+1] // the year and its letter
		}
		if end == len(w) || !asciiWordByte(w[end]) {
			return w[i:end]
		}
	}
	return ""
}

// yearDigits reports whether y, four bytes, is a year as yearRe's
// digits have it: 1500 to 2099.
func yearDigits(y string) bool {
	isDigit := func(c byte) bool { return '0' <= c && c <= '9' }
	return (y[0] == '1' && '5' <= y[1] && y[1] <= '9' || y[0] == '2' && y[1] == '0') && isDigit(y[2]) && isDigit(y[3])
}

// asciiWordByte reports whether c is a word character to \b in a
// regexp: an ASCII letter or digit, or an underscore.
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// matchDateOnly is dateOnly.FindStringSubmatch(s), the pattern run only
// on text that has nothing but the bytes a match can hold: digits,
// letters (any letter outside ASCII among them), white space, stops,
// commas and hyphens. What is in brackets after most entries' authors
// is no date alone ("Harrow & Finch, 1958", "London: Faber, 1961"), and
// one byte of anything else turns it away without the pattern
// (TestMatchDateOnly).
func matchDateOnly(s string) []string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= utf8.RuneSelf || asciiWordByte(c) && c != '_' || reSpace(c) || c == '.' || c == ',' || c == '-') {
			return nil
		}
	}
	return dateOnly.FindStringSubmatch(s)
}

// splitDate takes a date in brackets off the end of s ("Smith, John (2
// March 2010).") and returns what comes before it and its year.
func splitDate(s string) (rest, year string) {
	t := strings.TrimRight(s, " .,")
	if !strings.HasSuffix(t, ")") {
		return s, ""
	}
	i := strings.LastIndexByte(t, '(')
	if i < 0 {
		return s, ""
	}
	m := matchDateOnly(strings.TrimSpace(t[i+1 : len(t)-1]))
	if m == nil {
		return s, ""
	}
	return strings.TrimSpace(t[:i]), m[1] + m[2]
}

// apa reads "Names (Date). Title. Container or Publisher." and reports
// whether the entry has that shape.
func (e *entry) apa(w string) bool {
	i := strings.IndexByte(w, '(')
	j := strings.IndexByte(w, ')')
	if i <= 0 || j < i || i > 300 {
		return false
	}
	m := matchDateOnly(strings.TrimSpace(w[i+1 : j]))
	if m == nil {
		return false
	}
	names := strings.TrimSpace(w[:i])
	authors := nameList(names)
	if authors == nil {
		if !orgName(names) {
			return false
		}
		authors = []string{strings.TrimRight(names, " .,")}
	}
	e.Authors, e.Year = authors, m[1]+m[2]
	parts := skipEditors(segments(strings.TrimLeft(w[j+1:], " .,:")))
	if len(parts) > 0 {
		e.Title = trimTitle(parts[0])
		e.tail(parts[1:])
	}
	return true
}

// chicago reads "Names, Title (Place: Publisher, Year), p. 1." and
// reports whether the entry has that shape.
func (e *entry) chicago(w string) bool {
	i := strings.IndexByte(w, '(')
	if i <= 0 {
		return false
	}
	j := strings.IndexByte(w[i:], ')')
	if j < 0 {
		return false
	}
	inner := w[i+1 : i+j]
	m := matchPubYear(inner)
	if m == nil {
		return false
	}
	head := strings.TrimSpace(w[:i])
	title := head
	if k := strings.Index(head, ", "); k > 0 {
		if a := nameList(head[:k]); fullName(a) {
			e.Authors, title = a, head[k+2:]
		}
	}
	e.Title = trimTitle(title)
	e.Publisher = publisher(m[1])
	e.Year = m[2] + m[3]
	return true
}

// pubYear is "Place: Publisher, Year": group 1 the place and publisher,
// groups 2 and 3 the year and its letter. matchPubYear reads it by hand;
// the pattern is kept as what matchPubYear answers (TestMatchPubYear).
var pubYear = lazyRegexp(`^\s*(.*?\p{L}.*?)[,\s]+(1[5-9]\d\d|20\d\d)([a-h])?\s*$`)

// matchPubYear is pubYear.FindStringSubmatch(s), read by hand: every
// entry that is not in APA's shape asks it of what its first brackets
// hold, and of the parts after a title, and the pattern's backtracking
// costs many times this. The year
// is the last four digits before white space at the end, or before a
// letter a to h there; before it, a run of commas and white space; and
// before that, from the first byte that is not white space, the place
// and publisher, which need a letter and no line break (the pattern's
// "." matches none). The lazy group ends where the run starts, for the
// run holds no letter. TestMatchPubYear holds it to the pattern.
func matchPubYear(s string) []string {
	start := 0
	for start < len(s) && reSpace(s[start]) {
		start++
	}
	end := len(s)
	for end > start && reSpace(s[end-1]) {
		end--
	}
	letter := ""
	if end > start && 'a' <= s[end-1] && s[end-1] <= 'h' {
		letter = s[end-1 : end]
		end--
	}
	y := end - 4
	if y <= start || !yearDigits(s[y:end]) {
		return nil
	}
	run := y
	for run > start && (s[run-1] == ',' || reSpace(s[run-1])) {
		run--
	}
	place := s[start:run]
	if run == y || strings.IndexByte(place, '\n') >= 0 || strings.IndexFunc(place, unicode.IsLetter) < 0 {
		return nil
	}
	return []string{s, place, s[y:end], letter}
}

// publisher returns the publisher of "Place: Publisher".
func publisher(s string) string {
	if k := strings.LastIndex(s, ": "); k >= 0 {
		s = s[k+2:]
	}
	return cutPublisher.trim(s)
}

// invertedName is a first author written "Surname, Forenames." at the
// start of an entry; the full stop after the last initial or forename
// ends it.
var invertedName = lazyRegexp(`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, (?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)(?: (?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.?))*?)\. `)

// mla reads "Surname, Forenames. Title. Publisher, Year." and reports
// whether the entry has that shape.
func (e *entry) mla(w string) bool {
	m := invertedName.FindStringSubmatchIndex(w)
	if m == nil {
		return false
	}
	name := w[m[2]:m[3]]
	if last := name[len(name)-1]; last >= 'A' && last <= 'Z' && (len(name) < 2 || name[len(name)-2] == ' ' || name[len(name)-2] == '.') {
		name += "." // the stop after a final initial belongs to the name
	}
	a := nameList(name)
	if a == nil {
		return false
	}
	parts := skipEditors(segments(w[m[1]:]))
	if len(parts) < 2 {
		return false
	}
	e.Authors = a
	e.Title = trimTitle(parts[0])
	e.tail(parts[1:])
	return true
}

// skipEditors drops a first part that names editors ("Stoll, Mark
// (ed.)"), which Wikipedia writes between the date and the title.
func skipEditors(parts []string) []string {
	if len(parts) > 1 && editorsRe.MatchString(parts[0]) {
		return parts[1:]
	}
	return parts
}

// editorsRe ends a part that names editors: "(ed.)", "(eds.)", ", ed.".
var editorsRe = lazyRegexp(`(?i)[(,]\s*eds?\.?\)?$`)

// loose reads an entry that fits no style: names before the first comma
// and a title after it, or else a title before the first comma when more
// follows it.
func (e *entry) loose(w string) {
	first, rest, ok := strings.Cut(w, ", ")
	if !ok {
		return
	}
	if a := nameList(first); fullName(a) {
		e.Authors = a
		title, _, _ := strings.Cut(rest, ", ")
		e.Title = trimTitle(segments(title)[0])
		return
	}
	if r, _ := utf8.DecodeRuneInString(first); unicode.IsUpper(r) && len(segments(first)) == 1 {
		e.Title = trimTitle(first)
	}
}

// tail reads the parts after a title: "Publisher, Year" or "Place:
// Publisher, Year", a container with a volume ("Review, 14(2)"), or a
// publisher alone ("W. W. Norton").
func (e *entry) tail(parts []string) {
	for _, p := range parts[:min(len(parts), 3)] {
		p = cutPart.trim(p)
		switch {
		case p == "":
		case matchPubYear(p) != nil && !hasVolume(p):
			m := matchPubYear(p)
			if e.Publisher == "" {
				e.Publisher = publisher(m[1])
			}
			if e.Year == "" {
				e.Year = m[2] + m[3]
			}
		case hasDigit(p):
			if e.Container == "" {
				e.Container = containerName(p)
			}
			if e.Year == "" {
				e.Year = firstYear(p)
			}
		case e.Publisher == "" && e.Container == "":
			e.Publisher = publisher(p)
		}
	}
}

// volumeRe is a volume or issue number after a name.
var volumeRe = lazyRegexp(`(?i)\p{L},?\s+(?:vol\.\s*)?\d{1,4}\s*(?:\(\d+\))?(?:[,.]|$)`)

// hasVolume reports whether a part holds a volume or issue number after
// its name ("Review, 14(2)", "Review 14", "vol. 14"), not a year.
func hasVolume(p string) bool {
	v := volumeRe.FindString(p)
	return v != "" && !yearRe.MatchString(v)
}

// containerName returns the name at the start of the text after a title:
// the words up to a comma, a full stop, a bracket, a colon or a number.
// It must start with a capital or be a site's address ("techcrunch.com");
// "in" before it (a chapter in a book) is skipped.
func containerName(s string) string {
	s = strings.TrimLeft(s, " .,:;")
	if strings.HasPrefix(s, "in ") || strings.HasPrefix(s, "In ") {
		s = s[3:]
		if m := editorsIn.FindStringIndex(s); m != nil {
			s = strings.TrimLeft(s[m[1]:], " .,:") // "In Chhokar, J. (ed.). Book"
		}
	}
	name := strings.TrimSpace(s[:containerEnd(s)])
	if name == "" || moreFields(name, 12) {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(name)
	switch {
	case unicode.IsUpper(first):
		// Lower-cased into a buffer on the stack, where ToLower made a
		// string of every container's name.
		var buf [64]byte
		if inLexicon(nonAuthors, nonAuthorsFilter, doc.AppendLower(buf[:0], strings.TrimRight(name, "."))) {
			return "" // a month or a word such as "Chapter", not a name
		}
		return name
	case !strings.Contains(name, " ") && strings.Contains(strings.Trim(name, "."), "."):
		return name // a site named by its address
	}
	return ""
}

// containerEnd returns where the container's name at the start of s
// ends: at a comma, a bracket, a colon, a semicolon, a number, or a
// full stop that ends a part.
func containerEnd(s string) int {
	// A byte at a time, decoding only bytes outside ASCII (at rune starts
	// as a range over s has them), and looking only at the bytes that may
	// end the name, which a table tells.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !containerStops[c] {
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) && (i == 0 || s[i-1] == ' ') {
				return i
			}
			i += n - 1
			continue
		}
		if c == ',' || c == '(' || c == ':' || c == ';' || isDigitByte(c) && (i == 0 || s[i-1] == ' ') {
			return i
		}
		if c == '.' && (i+1 == len(s) || s[i+1] == ' ') && !abbrevBefore(s[:i]) {
			return i
		}
	}
	return len(s)
}

// containerStops marks the bytes that may end a container's name: the
// punctuation containerName stops at, digits, and the bytes outside
// ASCII, among which a digit may be.
var containerStops = bytesAndNonASCII(",(:;.0123456789")

// bytesAndNonASCII returns a table marking the ASCII bytes of set and
// every byte outside ASCII, for a scan that passes over the bytes it
// need not look at and decodes only where a character outside ASCII
// may begin.
func bytesAndNonASCII(set string) (t [256]bool) {
	for i := 0; i < len(set); i++ {
		t[set[i]] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}

// editorsIn finds the end of the editors' names before a book's title.
var editorsIn = lazyRegexp(`^[^"“]{1,200}?\(eds?\.?\)`)

// segments splits text at the full stops (and question and exclamation
// marks) that end its parts, not at those of initials ("W. W. Norton")
// or abbreviations ("Vol. 3"). A question or exclamation mark stays with
// its part.
func segments(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' || i+1 < len(s) && s[i+1] != ' ' {
			continue
		}
		if c == '.' && abbrevBefore(s[start:i]) {
			continue
		}
		end := i
		if c != '.' {
			end = i + 1
		}
		if p := strings.TrimSpace(s[start:end]); p != "" {
			out = append(out, p)
		}
		start = i + 1
	}
	if p := strings.Trim(s[start:], " ."); p != "" {
		out = append(out, p)
	}
	if out == nil {
		out = []string{""}
	}
	return out
}

// abbrevBefore reports whether the word before a full stop is an initial
// or an abbreviation, so that the stop ends nothing.
func abbrevBefore(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	word := s[i+1:]
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return true // an initial
	}
	if strings.Contains(word, ".") && strings.IndexFunc(word, unicode.IsLower) < 0 {
		return true // "L.J.P", "U.S"
	}
	return abbrevs[strings.ToLower(word)]
}

// byRe is a name after "by". findBy reads it by hand; the pattern is
// kept as what findBy answers, which TestFindBy holds it to.
var byRe = lazyRegexp(`\b[Bb]y (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+| \p{Lu}\.?){0,3})`)

// byName returns the name in "by Name" ("post by Wren"), or nil.
func byName(w string) []string {
	if !strings.Contains(w, "by ") && !strings.Contains(w, "By ") {
		return nil // what byRe needs
	}
	name, ok := findBy(w)
	if !ok || !nameLike(name) {
		return nil
	}
	return []string{name}
}

// findBy is byRe.FindStringSubmatch(w)[1], read by hand: the entries
// whose names are not at their start ask it, and the pattern's
// backtracking costs many times this loop. The pattern tries its
// alternatives in order and stops at the first that lets the whole
// match: after the first word, each of up to three more is a whole
// capitalised word (" Smith"), tried first, or else an initial with its
// stop if any (" J."), so that "by John Smith" gives "John Smith" and
// "by John Q. Smith" "John Q. Smith". TestFindBy holds it to the
// pattern.
func findBy(w string) (string, bool) {
	for p := 0; p+3 <= len(w); p++ {
		if w[p] != 'b' && w[p] != 'B' || w[p+1:p+3] != "y " || p > 0 && asciiWordByte(w[p-1]) {
			continue
		}
		q := p + 3
		r, n := utf8.DecodeRuneInString(w[q:])
		if !unicode.IsUpper(r) {
			continue
		}
		end := nameRun(w, q+n)
		if end == q+n {
			continue // no letter after the capital
		}
		for k := 0; k < 3 && end < len(w) && w[end] == ' '; k++ {
			r, n := utf8.DecodeRuneInString(w[end+1:])
			if !unicode.IsUpper(r) {
				break
			}
			end += 1 + n
			word := end
			end = nameRun(w, end)
			if end == word && end < len(w) && w[end] == '.' {
				end++ // an initial's stop
			}
		}
		return w[q:end], true
	}
	return "", false
}

// nameRun returns where the letters, apostrophes and hyphens of a name
// that go on at i end (byRe's [\p{L}'’-]+).
func nameRun(w string, i int) int {
	for i < len(w) {
		r, n := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		i += n
	}
	return i
}

// nameList splits a list of authors' names and returns them, or nil if
// any is not a person's name. Names are separated by ";" where one is
// used (Wikipedia), else by "and", "&" and commas; "Surname, I." pairs
// stay together (APA), and so does an inverted first name "Surname,
// Forename" (MLA, Chicago bibliographies). "et al." and an editor's
// "ed." are dropped.
func nameList(s string) []string {
	s = strings.TrimSpace(s)
	for _, suf := range nameSuffixes {
		if s == "" || !suffixEnd[s[len(s)-1]] {
			break // no suffix ends so: nothing more is trimmed
		}
		s = strings.TrimSuffix(s, suf)
	}
	s = cutNames.trimRight(s)
	if strings.HasSuffix(s, ".") && !abbrevBefore(s[:len(s)-1]) {
		s = s[:len(s)-1]
	}
	if s == "" || len(s) > 300 || hasDigit(s) {
		return nil
	}
	var names []string
	if strings.Contains(s, ";") {
		for _, p := range strings.Split(s, ";") {
			names = append(names, strings.TrimSpace(p))
		}
	} else {
		parts := []string{s}
		if strings.Contains(s, "and") || strings.Contains(s, "&") { // what andRe needs
			parts = andRe.Split(s, -1)
		}
		for k, part := range parts {
			// The parts at ", " cut off one at a time, not listed: the
			// list was one of the commonest allocations of the stage.
			if k == 0 {
				if _, second, ok := strings.Cut(part, ", "); ok && !strings.Contains(second, ", ") && !initials(second) {
					names = append(names, part) // "Pell, Agnes R."
					continue
				}
			}
			for rest, more := part, true; more; {
				var sub string
				sub, rest, more = strings.Cut(rest, ", ")
				sub = strings.TrimSpace(sub)
				if initials(sub) && len(names) > 0 && !strings.Contains(names[len(names)-1], ",") {
					names[len(names)-1] += ", " + sub
					continue
				}
				names = append(names, sub)
			}
		}
	}
	for _, n := range names {
		if !nameLike(n) {
			return nil
		}
	}
	return names
}

// nameSuffixes are what nameList trims off a list of names, in order;
// suffixEnd marks their last bytes.
var nameSuffixes = []string{", et al.", " et al.", " et al", ", eds.", ", ed.", " (eds.)", " (ed.)", " eds.", " ed."}

var suffixEnd = func() (t [256]bool) {
	for _, suf := range nameSuffixes {
		t[suf[len(suf)-1]] = true
	}
	return t
}()

// fullName reports whether a list of names starts with a name of two
// words or more: where nothing but a comma follows a name, one
// capitalised word ("Second, with …", "Ibid., p. 4") is too little to
// take for an author.
func fullName(names []string) bool {
	return len(names) > 0 && moreFields(names[0], 1)
}

// andRe separates names: "and", "&", with or without a comma before.
var andRe = lazyRegexp(`\s*,?\s+(?:and|&)\s+|\s*&\s*`)

// initials reports whether s is only initials: "W.", "S. T.", "L.J.P.".
func initials(s string) bool {
	if s == "" {
		return false
	}
	// Each word as strings.Fields splits them, read by hand: the
	// iterator and its closure cost more than the reading.
	for i := 0; ; {
		start, end := nextWord(s, i, sepField)
		if start == len(s) {
			return true
		}
		if !initialsWord(s[start:end]) {
			return false
		}
		i = end
	}
}

// nameLike reports whether s reads as one person's name: one to six words
// (commas aside), each capitalised, an initial or a particle such as
// "van"; at least one capitalised word of two letters or more; and no
// word that names an organisation or a publication.
func nameLike(s string) bool {
	// The words of s split at commas and white space, read one by one
	// (a name is no name after seven words, nor with a word that is no
	// name's), each lower-cased into a buffer on the stack for the two
	// lookups: called for every name of every entry, and the slices and
	// strings made for each were much of the stage's garbage.
	var buf [64]byte
	n, surname := 0, false
	for i := 0; ; {
		start, end := nextWord(s, i, sepName)
		if start == len(s) {
			break
		}
		w := s[start:end]
		i = end
		if n++; n > 6 {
			return false
		}
		lw := doc.AppendLower(buf[:0], strings.Trim(w, "."))
		switch r, _ := utf8.DecodeRuneInString(w); {
		case inLexicon(particles, particlesFilter, lw):
		case initialsWord(w):
		case !unicode.IsUpper(r) || inLexicon(orgWords, orgWordsFilter, lw):
			return false
		case strings.IndexFunc(w, unicode.IsLower) >= 0:
			surname = true
		}
	}
	return surname
}

// orgName reports whether s may be an organisation as author ("County
// Council"): a few words starting with a capital.
func orgName(s string) bool {
	words := strings.Fields(s)
	r, _ := utf8.DecodeRuneInString(s)
	return len(words) > 0 && len(words) <= 8 && unicode.IsUpper(r)
}

// runeStart returns the largest rune boundary of s at or before i.
func runeStart(s string, i int) int {
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// moreFields reports whether s has more than n fields, as strings.Fields
// splits it: counted without making the list, and no further than n+1.
//
// The fields are counted with nextWord, a call a field, without the
// iterator: it made a call for every rune.
func moreFields(s string, n int) bool {
	for i, k := 0, 0; ; k++ {
		start, end := nextWord(s, i, sepField)
		if start == len(s) {
			return false
		}
		if k == n {
			return true // this is field n+1
		}
		i = end
	}
}

// dropSpaces is strings.Join(strings.Fields(s), ""): s without its white
// space. Most page ranges have none and are returned as they are, with
// no list and no copy made.
func dropSpaces(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}
