package quotebase

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrDump is returned for input that is not a MediaWiki XML export.
var ErrDump = errors.New("quotebase: not a MediaWiki XML dump")

// maxPage is the largest page text read from a dump: the longest
// Wikiquote pages are a few hundred kilobytes.
const maxPage = 8 << 20

// DumpReader returns a reader of the XML in r, decompressing it when it is
// bzip2 (as Wikimedia publishes its dumps), which it tells by the magic
// bytes rather than the file name.
func DumpReader(r io.Reader) io.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(3); bytes.Equal(head, []byte("BZh")) {
		return bzip2.NewReader(br)
	}
	return br
}

type dumpPage struct {
	Title    string    `xml:"title"`
	NS       int       `xml:"ns"`
	Redirect *struct{} `xml:"redirect"`
	Revision []struct {
		Text string `xml:"text"`
	} `xml:"revision"`
}

// ReadWikiquote reads a MediaWiki XML export of Wikiquote from r, a page
// at a time, so that the full dump (gigabytes) streams through in
// constant memory. For each article page about a person it calls fn
// with every quotation listed under a section that gives its status:
// Sourced (or Quotes, or a section named after a work), Disputed,
// Misattributed, Attributed (unsourced). Quotations under "Quotes about
// …" are by others and are skipped, as are redirects and pages outside
// the main namespace. For a misattributed line, the real author is taken
// from the notes under it when they name one ("actually said by [[X]]",
// "This was written by X").
func ReadWikiquote(r io.Reader, fn func(Entry) error) error {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	seenRoot := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if !seenRoot {
				return ErrDump
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrDump, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "mediawiki":
			seenRoot = true
		case "page":
			if !seenRoot {
				return ErrDump
			}
			var p dumpPage
			if err := dec.DecodeElement(&p, &se); err != nil {
				return fmt.Errorf("%w: %v", ErrDump, err)
			}
			if p.NS != 0 || p.Redirect != nil || len(p.Revision) == 0 {
				continue
			}
			text := p.Revision[len(p.Revision)-1].Text
			if len(text) > maxPage {
				continue
			}
			for _, e := range PageEntries(p.Title, text) {
				if err := fn(e); err != nil {
					return err
				}
			}
		default:
			if !seenRoot {
				return ErrDump
			}
		}
	}
}

var headingRE = regexp.MustCompile(`^(={2,6})\s*(.*?)\s*={2,6}\s*$`)

// heading returns the submatches of headingRE for a heading line, nil
// for any other.
func heading(l string) []string {
	if !strings.HasPrefix(l, "==") {
		return nil
	}
	return headingRE.FindStringSubmatch(l)
}

// sectionStatus classifies a section heading: its status, skip for
// sections whose lines are not the page subject's quotations, and known
// for headings that name a status (rather than a work or a year).
func sectionStatus(title string) (st Status, skip, known bool) {
	t := strings.ToLower(strings.TrimSpace(cleanWiki(title)))
	switch {
	case strings.HasPrefix(t, "misattribut"), strings.HasPrefix(t, "falsely attributed"), strings.HasPrefix(t, "wrongly attributed"):
		return Misattributed, false, true
	case strings.HasPrefix(t, "disputed"), strings.HasPrefix(t, "dubious"):
		return Disputed, false, true
	case strings.HasPrefix(t, "attributed"), strings.HasPrefix(t, "unsourced"):
		return Unsourced, false, true
	case t == "sourced" || t == "quotes" || t == "quotations" || strings.HasPrefix(t, "sourced"):
		return Sourced, false, true
	case strings.HasPrefix(t, "quotes about"), strings.HasPrefix(t, "about "), strings.HasPrefix(t, "quotations about"),
		strings.HasPrefix(t, "see also"), strings.HasPrefix(t, "external links"), t == "references", t == "notes",
		t == "sources", strings.HasPrefix(t, "further reading"), strings.HasPrefix(t, "bibliography"):
		return "", true, true
	}
	return Sourced, false, false
}

// PageEntries returns the quotations of one Wikiquote page, with the
// page's title (a parenthetical "(writer)" dropped) as their author. A
// page none of whose sections names a status (a theme page, a list) has
// no entries.
func PageEntries(title, wikitext string) []Entry {
	lines := strings.Split(wikitext, "\n")
	page := "https://en.wikiquote.org/wiki/" + url.PathEscape(strings.ReplaceAll(title, " ", "_"))
	author := strings.TrimSpace(title)
	if i := strings.Index(author, " ("); i > 0 && strings.HasSuffix(author, ")") {
		author = author[:i]
	}
	recognised := false
	for _, l := range lines {
		if m := heading(l); m != nil && len(m[1]) == 2 {
			if _, skip, known := sectionStatus(m[2]); known && !skip {
				recognised = true
				break
			}
		}
	}
	if !recognised {
		return nil
	}
	var out []Entry
	// levels[k] is the status set by the open heading of level k+2.
	type open struct {
		level int
		st    Status
		skip  bool
	}
	var stack []open
	cur := open{st: Sourced, skip: true} // the lead before the first section
	var last *Entry
	for _, l := range lines {
		if m := heading(l); m != nil {
			level := len(m[1])
			for len(stack) > 0 && stack[len(stack)-1].level >= level {
				stack = stack[:len(stack)-1]
			}
			st, skip, known := sectionStatus(m[2])
			o := open{level: level, st: st, skip: skip}
			if !known && len(stack) > 0 {
				o.st, o.skip = stack[len(stack)-1].st, stack[len(stack)-1].skip
			}
			stack = append(stack, o)
			cur = o
			last = nil
			continue
		}
		switch {
		case strings.HasPrefix(l, "**"):
			if last == nil {
				continue
			}
			note := strings.TrimSpace(strings.TrimLeft(l, "*:"))
			if last.Status == Misattributed && last.ActualAuthor == "" {
				last.ActualAuthor = realAuthor(note)
			}
			if last.Source == "" {
				last.Source = shortenNote(cleanWiki(note))
			}
		case strings.HasPrefix(l, "*"):
			last = nil
			if cur.skip {
				continue
			}
			text := trimQuoteMarks(cleanWiki(strings.TrimLeft(l, "*")))
			e := Entry{Text: text, Author: author, Status: cur.st, Evidence: []string{page}, Origin: "wikiquote:" + title}
			if e.Validate() != nil {
				continue
			}
			out = append(out, e)
			last = &out[len(out)-1]
		default:
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, ":") {
				last = nil
			}
		}
	}
	return out
}

// shortenNote keeps the first 300 characters of a note.
func shortenNote(s string) string {
	if utf8.RuneCountInString(s) <= 300 {
		return s
	}
	r := []rune(s)
	return string(r[:299]) + "…"
}

var (
	refRE      = regexp.MustCompile(`(?is)<ref[^>]*/>|<ref[^>]*>.*?</ref>`)
	commentRE  = regexp.MustCompile(`(?s)<!--.*?-->`)
	tagRE      = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	extLinkRE  = regexp.MustCompile(`\[(?:https?:)?//[^\s\]]+\s*([^\]]*)\]`)
	linkRE     = regexp.MustCompile(`\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]`)
	templateRE = regexp.MustCompile(`\{\{[^{}]*\}\}`)
)

// cleanWiki turns a line of wikitext into plain text: references,
// comments, templates and markup dropped, links replaced by their words.
func cleanWiki(s string) string {
	// Each expression runs only on lines that hold what it looks for:
	// most lines hold none of it, and a dump has millions of lines.
	if strings.Contains(s, "<ref") || strings.Contains(s, "<REF") {
		s = refRE.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "<!--") {
		s = commentRE.ReplaceAllString(s, "")
	}
	for i := 0; i < 5 && strings.Contains(s, "{{"); i++ {
		s = templateRE.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "[[") {
		s = replaceLinks(s)
	}
	if strings.Contains(s, "//") {
		s = extLinkRE.ReplaceAllString(s, "$1")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = tagRE.ReplaceAllString(s, "")
	}
	s = strings.ReplaceAll(s, "'''", "")
	s = strings.ReplaceAll(s, "''", "")
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// replaceLinks replaces wiki links by their words: [[target|words]] by
// words, [[target]] by target; links to files and categories go.
func replaceLinks(s string) string {
	return linkRE.ReplaceAllStringFunc(s, func(m string) string {
		sm := linkRE.FindStringSubmatch(m)
		target := sm[1]
		if i := strings.IndexByte(target, ':'); i > 0 && !strings.HasPrefix(target, ":") {
			switch strings.ToLower(target[:i]) {
			case "file", "image", "category", "media":
				return ""
			}
		}
		if sm[2] != "" {
			return sm[2]
		}
		return strings.TrimPrefix(strings.TrimPrefix(target, ":"), "w:")
	})
}

// trimQuoteMarks drops quote marks around a whole line.
func trimQuoteMarks(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"“", "”"}, {`"`, `"`}, {"‘", "’"}, {"«", "»"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			return strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

// byRE finds a statement of who really said a line: "actually said by",
// "was written by", "coined by", "originally from".
var byRE = regexp.MustCompile(`(?i)\b(?:said|written|wrote|coined|spoken|stated|penned|uttered|composed|originated|authored|used|published|first\s+appeared|comes|came|actually|really|originally)\s+(?:\w+\s+)?(?:by|from)\s+`)

// realAuthor returns the person a note under a misattributed line names
// as its author, or "".
func realAuthor(note string) string {
	note = refRE.ReplaceAllString(note, "")
	note = strings.ReplaceAll(strings.ReplaceAll(note, "'''", ""), "''", "")
	// The name follows the phrase closely: look at the first few phrases
	// and the words right after each, so that a hostile note with
	// thousands of "said by" costs no more than a short one.
	for _, loc := range byRE.FindAllStringIndex(note, 4) {
		rest := note[loc[1]:]
		if len(rest) > 300 {
			cut := 300
			for cut < len(rest) && !utf8.RuneStart(rest[cut]) {
				cut++
			}
			rest = rest[:cut]
		}
		if strings.HasPrefix(rest, "[[") {
			if m := linkRE.FindStringSubmatch(rest); m != nil && strings.HasPrefix(rest, m[0]) {
				name := m[1]
				if m[2] != "" {
					name = m[2]
				}
				name = strings.TrimPrefix(strings.TrimPrefix(name, ":"), "w:")
				if looksLikeName(name) {
					return strings.TrimSpace(name)
				}
			}
			continue
		}
		if name := capitalisedName(cleanWiki(rest)); name != "" {
			return name
		}
	}
	return ""
}

// capitalisedName returns the run of capitalised words and initials
// that s starts with ("H. G. Wells", "Lincoln Steffens", "Leonardo da
// Vinci"), or "" when s does not start with a name.
func capitalisedName(s string) string {
	fields := strings.Fields(s)
	var name []string
	for i, f := range fields {
		w := strings.TrimRight(f, ",;:.)'’\"”")
		trailing := w != f
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "":
		case unicode.IsUpper(r) && !stopName[w]:
			for _, poss := range []string{"'s", "’s"} {
				if base, ok := strings.CutSuffix(w, poss); ok {
					return nameOrEmpty(append(name, base))
				}
			}
			name = append(name, w)
			if strings.HasSuffix(f, ".") && len(w) == 1 {
				name[len(name)-1] += "."
				continue // an initial: "H."
			}
		case len(name) > 0 && i+1 < len(fields) && (w == "da" || w == "de" || w == "van" || w == "von" || w == "du" || w == "la" || w == "del"):
			name = append(name, w)
			continue
		default:
			return nameOrEmpty(name)
		}
		if trailing || len(name) >= 5 {
			return nameOrEmpty(name)
		}
	}
	return nameOrEmpty(name)
}

// stopName are capitalised words that start a sentence, not a name.
var stopName = map[string]bool{"The": true, "A": true, "An": true, "This": true, "His": true, "Her": true,
	"Their": true, "In": true, "It": true, "He": true, "She": true, "They": true, "Some": true}

func nameOrEmpty(name []string) string {
	s := strings.Join(name, " ")
	if !looksLikeName(s) {
		return ""
	}
	return s
}

// looksLikeName reports whether s can be a person's name: one to six
// words, starting with a capital, not a work ("The …").
func looksLikeName(s string) bool {
	s = strings.TrimSpace(s)
	n := len(strings.Fields(s))
	if n == 0 || n > 6 || strings.ContainsAny(s, "[]{}|") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
