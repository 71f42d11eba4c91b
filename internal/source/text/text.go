// Package text loads plain text: it finds the paragraphs (separated by
// blank lines; a list item starts a new one) and the article's own
// metadata in its first lines: a short title line, a subtitle, a byline
// ("By Gwydion M. Williams") and a date.
//
// The Document's Text is the input itself, so every offset points straight
// into the user's file; Load only adds paragraphs and metadata.
package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Load sets d.Paragraphs and d.Meta from d.Text.
func Load(d *doc.Document) {
	dst := d.Paragraphs[:0]
	if dst == nil {
		dst = make([]doc.Paragraph, 0, paragraphsGuess(d.Text))
	}
	d.Paragraphs = Paragraphs(d.Text, dst)
	Metadata(d)
}

// paragraphsGuess returns how many paragraphs text may have, for the
// list's first capacity: one for each 128 bytes, more than news prose
// and essays have (200 bytes and up a paragraph), so that the list is
// made once for them; a text of short lines grows it as before. A count
// of the text's line breaks took about as long as the growing it saved.
func paragraphsGuess(text string) int {
	return len(text)/128 + 8
}

// Paragraphs appends the paragraphs of text to dst: runs of lines
// separated by blank lines, with leading and trailing space left out. A
// blank line inside a sentence (a page break: the text stops mid-sentence
// and goes on with a small letter) does not end a paragraph. A
// line that starts a list item ("- ", "* ", "• ", "1. ", "2) ") or a note
// ("[1] ", "[A] ") starts a paragraph of its own kind.
func Paragraphs(text string, dst []doc.Paragraph) []doc.Paragraph {
	// The open paragraph is flushed (appended to dst) in three places,
	// written out rather than called as a closure: the closure's
	// captured variables lived in memory, and the loop, turned once a
	// line, loaded and stored them at every turn.
	start := -1 // start of the open paragraph; -1 if none
	kind := doc.BlockParagraph
	end := 0       // end of the last non-blank line
	blank := false // a blank line came after the open paragraph's last line
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		line := text[i:j]
		lead := 0 // most lines start with an ASCII byte that is no space: nothing to trim
		if line == "" || !asciiNonSpace(line[0]) {
			lead = len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
		}
		if lead == len(line) {
			blank = start >= 0
			i = j + 1
			continue
		}
		body := line[lead:]
		k := itemKind(body)
		if blank && (k != "" || !continues(text[start:end], body)) {
			dst = append(dst, doc.Paragraph{Span: doc.Span{Start: start, End: end}, Kind: kind})
			start = -1
		}
		blank = false
		if k != "" {
			if start >= 0 {
				dst = append(dst, doc.Paragraph{Span: doc.Span{Start: start, End: end}, Kind: kind})
				start = -1
			}
			kind = k
		} else if start < 0 {
			kind = doc.BlockParagraph
		}
		if start < 0 {
			start = i + lead
		}
		if asciiNonSpace(line[len(line)-1]) {
			end = j
		} else {
			end = i + len(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		i = j + 1
	}
	if start >= 0 {
		dst = append(dst, doc.Paragraph{Span: doc.Span{Start: start, End: end}, Kind: kind})
	}
	return dst
}

// continues reports whether a line after a blank line carries on the
// paragraph before it, as across a page break in a transcript: the
// paragraph stops mid-sentence (on a letter or a comma) and the line
// starts with a small letter. A short paragraph is a heading, whatever
// follows it.
func continues(para, line string) bool {
	if len(para) < maxMetaLine/2 || strings.HasPrefix(line, "by ") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(para)
	first, _ := utf8.DecodeRuneInString(line)
	return (unicode.IsLetter(last) || last == ',') && unicode.IsLower(first)
}

// itemKind returns the kind of paragraph a line starting with a list or
// note marker begins, or "". List markers are a bullet ("- ", "* ", "• ")
// or a number or letter with "." or ")" ("1. ", "b) ", "(iv) "); note
// markers are "[1] ", "[A] ", "1] " and "^a ". A hand-written scanner,
// because this runs on every line of every text.
func itemKind(line string) doc.BlockKind {
	if line != "" && 'a' <= line[0]|0x20 && line[0]|0x20 <= 'z' && (len(line) == 1 || line[1] != '.' && line[1] != ')') {
		// Most lines: an ASCII letter first, and no "." or ")" after it.
		// Two letters or a letter and a digit are no number and no
		// single letter; one letter before anything else closes no
		// marker. Told before the rune is decoded and the run counted.
		return ""
	}
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '+', '•', '‣', '◦', '–':
		if spaceAt(line, size) {
			return doc.BlockListItem
		}
		return ""
	case '[', '^', '(':
		n := alnumRun(line[size:], 4)
		if n == 0 {
			return ""
		}
		switch {
		case r == '[' && closeAt(line, size+n, ']'):
			return doc.BlockFootnote
		case r == '^' && spaceAt(line, size+n):
			return doc.BlockFootnote
		case r == '(' && n <= 3 && closeAt(line, size+n, ')'):
			return doc.BlockListItem
		}
		return ""
	}
	n := alnumRun(line, 3)
	if n == 0 {
		return ""
	}
	digits := allDigits(line[:n])
	switch {
	case digits && closeAt(line, n, ']'):
		return doc.BlockFootnote
	case (digits || n == 1 && line[0] >= 'a' && line[0] <= 'z') && (closeAt(line, n, '.') || closeAt(line, n, ')')):
		return doc.BlockListItem
	}
	return ""
}

// asciiNonSpace reports whether c is an ASCII byte that unicode.IsSpace
// does not take, so that a line that starts or ends with it has nothing
// to trim there.
func asciiNonSpace(c byte) bool {
	return c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r')
}

// allDigits reports whether s is ASCII digits only (or empty), as
// strings.Trim(s, "0123456789") == "" does, without the set of cut
// bytes Trim makes on each call: itemKind asks it of most lines.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// alnumRun returns the length of the run of at most max ASCII letters and
// digits at the start of s, or 0 if the run is longer.
func alnumRun(s string, max int) int {
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	if n > max {
		return 0
	}
	return n
}

// closeAt reports whether s has c at i followed by a space.
func closeAt(s string, i int, c byte) bool {
	return i < len(s) && s[i] == c && spaceAt(s, i+1)
}

func spaceAt(s string, i int) bool {
	return i < len(s) && (s[i] == ' ' || s[i] == '\t')
}

// maxMetaLine is the longest line taken for a title, subtitle, byline or
// date; longer first lines are running text.
const maxMetaLine = 200

// metaParagraphs is how many leading paragraphs may hold metadata.
const metaParagraphs = 5

var (
	date = regexp.MustCompile(`^(?i:(?:published|posted|updated|dated)?:?\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?` +
		`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}` +
		`|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
		`|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}` +
		`|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}))\.?$`)
)

// Metadata finds the title, subtitle, byline and date among the first
// paragraphs of d and marks those paragraphs with their kind. A title is a
// short single line that does not end like a sentence; a subtitle is a
// second such line before the byline.
func Metadata(d *doc.Document) {
	n := min(len(d.Paragraphs), metaParagraphs)
	if n < 2 {
		return // a single paragraph is all body
	}
	for i := 0; i < n; i++ {
		p := &d.Paragraphs[i]
		line := d.Text[p.Start:p.End]
		if len(line) > maxMetaLine || strings.ContainsRune(line, '\n') {
			if i == 0 {
				return // running text from the first line: no header
			}
			break
		}
		switch {
		case d.Meta.Author == "" && isByline(line):
			start, end, _ := Byline(line)
			d.Meta.Author = normSpace(line[start:end])
			d.Meta.AuthorSpan = doc.Span{Start: p.Start + start, End: p.Start + end}
			p.Kind = doc.BlockByline
		case d.Meta.Date == "" && endsLikeDate(line) && date.MatchString(line):
			// (Every date the pattern reads ends with a digit: a corpus
			// of articles asks it of every title and subtitle, and the
			// search costs some thousands of instructions a line.)
			d.Meta.Date = normSpace(line)
			p.Kind = doc.BlockDate
		case i == 0 && titleLike(line):
			d.Meta.Title = normSpace(line)
			d.Meta.TitleSpan = p.Span
			p.Kind = doc.BlockTitle
		case i == 1 && d.Meta.Title != "" && d.Meta.Author == "" && titleLike(line):
			d.Meta.Subtitle = normSpace(line)
			p.Kind = doc.BlockSubtitle
		default:
			return
		}
	}
}

// endsLikeDate reports whether line ends as every line the date
// pattern matches ends: with a digit, and perhaps a full stop after it.
func endsLikeDate(line string) bool {
	line = strings.TrimSuffix(line, ".")
	return line != "" && '0' <= line[len(line)-1] && line[len(line)-1] <= '9'
}

func isByline(line string) bool {
	_, _, ok := Byline(line)
	return ok
}

// Byline reports whether line is a byline and where the names in it are:
// "By" (or "Written by", "Words by", "Author:") and one or more names of
// capitalised words joined by "and" or "&", optionally followed by a
// capitalised affiliation after a comma, "|" or a dash ("By Ann Lee,
// Staff Writer"). A sentence that starts with "By" ("By Tuesday, the
// ferries were running") is not a byline. The HTML and Markdown loaders
// use it too, so all formats agree.
func Byline(line string) (start, end int, ok bool) {
	const maxLine, maxNameWords = 160, 12
	if len(line) > maxLine || strings.ContainsRune(line, '\n') {
		return 0, 0, false
	}
	for _, p := range []string{"by ", "written by ", "words by ", "author: ", "authors: "} {
		if doc.HasPrefixLower(line, p) { // no lower-cased copy of the line: a byline is looked for in the first lines of every document
			start = len(p)
			break
		}
	}
	if start == 0 {
		return 0, 0, false
	}
	for start < len(line) && line[start] == ' ' {
		start++
	}
	rest := line[start:]
	name, affil := rest, ""
	if i := strings.IndexAny(rest, ",|–—"); i >= 0 {
		name, affil = rest[:i], rest[i:]
	} else if i := strings.Index(rest, " - "); i >= 0 {
		name, affil = rest[:i], rest[i:]
	}
	name = strings.TrimRight(name, " .;:")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxNameWords {
		return 0, 0, false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[strings.ToLower(w)] {
			return 0, 0, false
		}
	}
	if len(words) == 1 && notNames[strings.ToLower(words[0])] {
		return 0, 0, false // "By Tuesday"
	}
	if a := strings.TrimLeft(affil, ",|–—- "); a != "" {
		r, _ := utf8.DecodeRuneInString(a)
		last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(a))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) || last == '.' && len(strings.Fields(a)) > 4 {
			return 0, 0, false // a sentence goes on after the comma
		}
	}
	return start, start + len(name), true
}

// nameParticles are the lower-case words a byline's names may hold.
var nameParticles = map[string]bool{
	"and": true, "&": true, "de": true, "del": true, "der": true, "di": true, "da": true, "dos": true,
	"du": true, "la": true, "le": true, "van": true, "von": true, "bin": true, "al": true, "el": true,
}

// notNames are capitalised words that follow "By" in sentences, not bylines.
var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "then": true, "now": true, "far": true,
	"the": true, "this": true, "that": true, "contrast": true, "comparison": true,
}

// normSpace turns every run of white space (no-break spaces included)
// into one space: metadata values are for display and comparison.
func normSpace(s string) string {
	if spaced(s) {
		return s // most titles and bylines: nothing to join, and no copy made
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaced reports whether s is already as normSpace leaves it: ASCII,
// no white space at either end, and single spaces between its words.
// (A rune outside ASCII may be a space of Unicode's: those go the
// general way.)
func spaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ': // s does not end with a space
			return false
		}
	}
	return true
}

// titleLike reports whether a line reads as a heading: it has a letter,
// starts with a capital or a digit, and does not end with a full stop,
// comma or colon.
func titleLike(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("“‘\"'«", r)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:", last) && !strings.HasSuffix(line, "...") {
		return false
	}
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}
