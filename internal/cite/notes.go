package cite

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// elementNotes takes the notes the markup declares: every
// doc.ElemFootnote with text, with its id, its label (Markdown's
// "[^x]:") and its place in its list.
func (s *state) elementNotes() {
	els := s.d.Elements
	ordinals := map[int]int{} // list element → notes seen in it
	for _, e := range els {
		if e.Kind != doc.ElemFootnote {
			continue
		}
		n := note{span: e.Span, elem: true}
		n.id, _ = e.Attr("id")
		list := -1
		for p := e.Parent; p >= 0; p = els[p].Parent {
			if els[p].Kind == doc.ElemFootnotes {
				list = p
				break
			}
		}
		ordinals[list]++
		n.ordinal = ordinals[list]
		if e.Len() == 0 {
			s.empty[n.id] = true // a note with no text leads nowhere
			continue
		}
		if l, ok := e.Attr("label"); ok && l != "" {
			n.key = l
			if s.d.Format == doc.FormatMarkdown {
				n.key = "^" + l
			}
		}
		s.notes = append(doc.RoomForOne(s.notes), n)
	}
}

// noteLinks gives each note the first web address linked inside it, for
// its URL; s.notes must be sorted.
func (s *state) noteLinks() {
	k := 0
	for _, e := range s.d.Elements {
		if e.Kind != doc.ElemLink {
			continue
		}
		for k < len(s.notes) && s.notes[k].span.End <= e.Start {
			k++
		}
		if k < len(s.notes) && s.notes[k].span.Start <= e.Start && s.notes[k].url == "" {
			if href, _ := e.Attr("href"); webURL(href) {
				s.notes[k].url = href
			}
		}
	}
}

// lineNotes takes the notes and reference entries written as lines of
// text (see the package comment), outside the notes the markup declares.
func (s *state) lineNotes() {
	d := s.d
	declared := s.notes // sorted by Start, as elements are
	k := 0
	var section sectionKind
	// item is the position of a list item in a list that opens a section
	// of notes or references; -1 once something else came first.
	item := -1
	for _, p := range d.Paragraphs {
		for k < len(declared) && declared[k].span.End <= p.Start {
			k++
		}
		if k < len(declared) && declared[k].span.Start <= p.Start || p.Kind == doc.BlockCode {
			continue
		}
		if heading, kind := s.headingKind(p); heading {
			section, item = kind, 0
			continue
		}
		if p.Kind == doc.BlockListItem && section != prose && d.Format != doc.FormatText && item >= 0 {
			item++ // the loader leaves list numbers out of the text
		} else {
			item = -1
		}
		s.paragraphNotes(p, section, max(item, 0))
	}
}

// sectionKind says what the lines under a heading are.
type sectionKind uint8

const (
	prose      sectionKind = iota // running text: only lines with a bracket or caret label are notes
	notesList                     // notes: lines with any label are notes
	references                    // a reference list: every line is an entry
)

// paragraphNotes takes the notes among the lines of one paragraph. item
// is the paragraph's position in a list of notes or references whose
// numbers are not in the text (HTML and Markdown lists), or 0: a first
// line without a label is then the note numbered so.
func (s *state) paragraphNotes(p doc.Paragraph, section sectionKind, item int) {
	text := s.d.Text
	cur := -1                              // index into s.notes of the note the last line belonged to
	prevStart, prevEnd := p.Start, p.Start // the last line with text
	for ls := p.Start; ls < p.End; {
		le := ls + strings.IndexByte(text[ls:p.End], '\n')
		if le < ls {
			le = p.End
		}
		start := ls
		for start < le && (text[start] == ' ' || text[start] == '\t') {
			start++
		}
		end := start + len(trimRightSpace(text[start:le]))
		if start < end {
			key, labEnd, weak := lineLabel(text[start:end], section != prose)
			switch {
			case key != "":
				s.addLineNote(note{
					span:  doc.Span{Start: start, End: end},
					label: doc.Span{Start: start, End: start + labEnd},
					key:   key,
					weak:  weak,
				})
				cur = len(s.notes) - 1
			case cur < 0 && item > 0:
				s.notes = append(doc.RoomForOne(s.notes), note{span: doc.Span{Start: start, End: end}, key: strconv.Itoa(item), quiet: section == references})
				cur = len(s.notes) - 1
			case cur >= 0 && (s.notes[cur].key != "" || !newEntry(text[prevStart:prevEnd], text[start:end])):
				s.notes[cur].span.End = end
			case section == references:
				s.notes = append(doc.RoomForOne(s.notes), note{span: doc.Span{Start: start, End: end}, quiet: true})
				cur = len(s.notes) - 1
			default:
				cur = -1
			}
			prevStart, prevEnd = start, end
		}
		ls = le + 1
	}
}

// addLineNote appends a note read from a line. A weak note whose line
// follows another starting with the same symbol is an item of a bulleted
// list, and so is that one: neither is kept. Nor is a weak note whose
// text starts with a small letter ("* a bullet").
func (s *state) addLineNote(n note) {
	if n.weak {
		body := strings.TrimLeft(s.d.Text[n.label.End:n.span.End], " \t")
		if r, _ := utf8.DecodeRuneInString(body); unicode.IsLower(r) {
			return
		}
		if k := len(s.notes) - 1; k >= 0 && s.notes[k].weak && s.notes[k].key == n.key &&
			strings.TrimSpace(s.d.Text[s.notes[k].span.End:n.span.Start]) == "" {
			s.notes[k].key, n.key = "", ""
		}
	}
	s.notes = append(doc.RoomForOne(s.notes), n)
}

// newEntry reports whether an unlabelled line starts a new reference
// entry rather than going on with the last: the last line ended with a
// full stop that is not an initial's, and this one starts with a letter
// ("van der Berg, L." starts an entry too).
func newEntry(last, line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return strings.HasSuffix(last, ".") && !abbrevBefore(last[:len(last)-1]) && unicode.IsLetter(r)
}

// headingKind reports whether a paragraph is a heading, and what the
// section it opens holds. A paragraph of one short line whose words are
// in headings.txt or references.txt opens notes or a reference list
// whatever its kind ("Notes" in plain text, "**References**" in
// Markdown); other headings are the paragraphs the loader marked as such
// and, in plain text, a short line that does not end like a sentence.
func (s *state) headingKind(p doc.Paragraph) (heading bool, kind sectionKind) {
	line := s.d.Slice(p.Span)
	if len(line) > 60 || strings.ContainsRune(line, '\n') {
		return false, prose
	}
	// The line is lower-cased into a buffer on the stack (it is at most
	// 60 bytes, as above; AppendLower gives strings.ToLower's bytes) and
	// looked up without making a string of it: strings.ToLower allocated
	// one for every short paragraph.
	if trimmed := strings.Trim(line, "#*_: \t"); mayBeHead(trimmed) {
		var buf [60]byte
		low := doc.AppendLower(buf[:0], trimmed)
		switch {
		case refHeads[string(low)]:
			return true, references
		case noteHeads[string(low)]:
			return true, notesList
		}
	}
	switch p.Kind {
	case doc.BlockHeading, doc.BlockTitle:
		return true, prose
	case doc.BlockParagraph:
		if s.d.Format != doc.FormatText {
			return false, prose
		}
		last, _ := utf8.DecodeLastRuneInString(line)
		first, _ := utf8.DecodeRuneInString(line)
		return unicode.IsUpper(first) && !strings.ContainsRune(".!?:;,”’\"')]", last), prose
	}
	return false, prose
}

// lineLabel reads the label at the start of a line: its key, the length
// of the label as written, and whether the note is weak (kept only if a
// marker points at it). It returns key "" if the line starts with no
// label. In a section of notes more forms are labels ("1. ", "a) ",
// "1 ") and no note is weak.
func lineLabel(line string, section bool) (key string, n int, weak bool) {
	// A line opening with an ASCII byte other than '[', '^' and '*',
	// most lines, has none of the labels read first below (brackets,
	// carets, superscript digits, symbols): only a section's forms are
	// read for it, without the reads that would find none.
	if c := line[0]; c < utf8.RuneSelf && c != '[' && c != '^' && c != '*' {
		return sectionLabel(line, section)
	}
	if k, n := bracketLabel(line); k != "" {
		rest := line[n:]
		if strings.HasPrefix(k, "^") {
			rest = strings.TrimPrefix(rest, ":")
		}
		if spaceThenText(rest) {
			return k, n, false
		}
		return "", 0, false
	}
	if line[0] == '^' {
		j := 1
		for j < len(line) && j <= 4 && isAlnum(line[j]) {
			j++
		}
		if j > 1 && spaceThenText(line[j:]) {
			return line[1:j], j, false
		}
		return "", 0, false
	}
	if digits, m := superscriptRun(line); m > 0 {
		rest := strings.TrimLeft(line[m:], " \t")
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !isSuperscript(r) {
			return digits, m, !section
		}
		return "", 0, false
	}
	if sym, m := symbolRun(line); m > 0 {
		if spaceThenText(line[m:]) {
			return sym, m, !section
		}
		return "", 0, false
	}
	return sectionLabel(line, section)
}

// sectionLabel is lineLabel for a line that opens with none of the
// labels of any section: the labels only a section of notes has ("1. ",
// "a) ", "1 "), or none.
func sectionLabel(line string, section bool) (key string, n int, weak bool) {
	if !section {
		return "", 0, false
	}
	j := 0
	for j < len(line) && j < 4 && isDigit(line[j]) {
		j++
	}
	switch {
	case j > 0 && j <= 3 && line[0] != '0':
		if j < len(line) && (line[j] == '.' || line[j] == ')') && spaceThenText(line[j+1:]) {
			return line[:j], j + 1, false
		}
		if spaceThenText(line[j:]) {
			return line[:j], j, false
		}
	case j == 0 && len(line) > 2 && isLetter(line[0]) && (line[1] == '.' || line[1] == ')') && spaceThenText(line[2:]):
		return line[:1], 2, false
	}
	return "", 0, false
}

// spaceThenText reports whether s is white space followed by more text.
func spaceThenText(s string) bool {
	return len(s) > 1 && (s[0] == ' ' || s[0] == '\t') && strings.TrimLeft(s, " \t") != ""
}

// webURL reports whether href is an absolute web address.
func webURL(href string) bool {
	for _, scheme := range []string{"http://", "https://"} {
		if len(href) > len(scheme) && strings.EqualFold(href[:len(scheme)], scheme) {
			return true
		}
	}
	return false
}

func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
