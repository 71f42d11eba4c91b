// Package cite finds where an article says its evidence comes from: the
// citation markers in its text, the notes and reference entries they
// lead to, and whether each leads anywhere.
//
// Detect reads the layers the loaders and segmentation left on a
// Document and adds three: Citations, References and Findings. It works
// in four passes, each linear in the size of the document:
//
//  1. Notes. The notes the markup declares (doc.ElemFootnote: Wikipedia,
//     Pandoc, goldmark, cmark-gfm, DPUB-ARIA, HTMLBook, Substack,
//     WordPress, Markdown "[^x]:" definitions) are taken as they are; a
//     note without text is none. In the text, a line that starts with a
//     label is a note: "[1] ", "[A] ", "[^x]: ", "[note 1] ", "^a "
//     anywhere; "1. ", "1) ", "a. ", "1 " only in a section headed
//     "Notes", "Footnotes" and the like (headings.txt) or "References",
//     "Bibliography" and the like (references.txt); "¹ ", "* ", "† ",
//     "‡ " anywhere, but outside such a section only if some marker
//     points at them, since "* " also starts a bulleted list. Lines
//     after a note without a label of their own go on with it. Where the
//     loader leaves list numbers out of the text (HTML, Markdown), the
//     items of a list opening such a section are notes numbered 1, 2, 3.
//     Under a references heading every line or item is an entry, with a
//     label or not; an entry nothing points to is no orphan, since a
//     bibliography lists what was read, not only what was cited.
//  2. Markers. Footnote-reference elements are markers whatever their
//     text, and plain text inside them is not read again, so that a
//     reference shown as "[1]" counts once; so are DPUB-ARIA
//     bibliography references (role doc-biblioref). In the text:
//     "[1]"–"[999]", "[A]", "[a]", "[note 1]" (groups.txt), Markdown
//     "[^x]", superscript digits "¹²", a <sup> holding digits, "*", "†",
//     "‡" (runs of up to three), and author-year citations in brackets:
//     "(Taubman 2003)", "(Furr, 2011, p. 12)", "(see Taubman 2003: 45)",
//     "(Smith and Jones 1999; Lee 2001)", one citation for each part
//     between semicolons (a lone citation's span holds the brackets).
//     Links to web addresses outside notes are citations of kind link.
//     Code is skipped, and so are author-year brackets inside notes,
//     where "(Harrow & Finch, 1958)" is a publisher, not a citation.
//  3. Resolution. A reference element leads to the note whose id its
//     href names (the address before "#" is ignored, so absolute links
//     to the page's own anchors resolve; a bibliography reference to the
//     entry holding that id); any other marker to the note with its
//     label: the first such note after it (chapters may number their
//     notes afresh), or else the last before it. Notes the markup
//     declares without a label take the label of the first reference to
//     them, or else their place in their list, so that "[137]" written
//     inside a Wikipedia note finds the 137th. An author-year citation
//     leads to the note or entry whose first author's surname and year
//     it gives. A link leads to its address.
//  4. Results. Citations that lead nowhere are unresolved, each with a
//     doc.FindUnresolvedCitation finding; notes with a label that
//     nothing points to are orphans, each a Citation of status orphan
//     (its span the note's written label, or the whole note where the
//     label is not part of the text, as in HTML and Markdown lists) and a
//     doc.FindOrphanNote finding. A citation with the same target (or,
//     unresolved, the same marker) as an earlier one gives the first
//     one's index as Repeat. Each note and entry is parsed into
//     bibliographic fields by ParseEntry.
//
// Forms that are ambiguous in running text count only when they lead
// somewhere: "*", "†", "‡" (an asterisk also censors a word or marks a
// bullet, a dagger a death), and a lower-case letter glued to a word
// ("word[s]" is an editor's plural). "[A]" after a word or a mark, digits
// in brackets, superscript digits after a word of three letters or more
// (so that "m²" and "x²" are not markers) or after punctuation, and
// "[^x]" always count, and lead nowhere if nothing matches: that is the
// finding a fact-checker wants. "[citation needed]", "[sic]", "[1923]"
// and "[I]" are not markers.
//
// Why rules and not a model: the markers are typographic conventions
// with few forms, the markup says most of what matters, and every
// decision must be explainable to the user who sees the finding.
package cite

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Detect sets d.Citations and d.References from the text and elements of
// d (loaded and segmented), and appends to d.Findings a finding for each
// citation that leads nowhere and each note that nothing points to.
// Citations and References are sorted by Start.
func Detect(d *doc.Document) {
	s := &state{d: d, ids: map[string]int{}, empty: map[string]bool{}}
	s.elementNotes()
	s.lineNotes()
	slices.SortStableFunc(s.notes, func(a, b note) int { return cmp.Compare(a.span.Start, b.span.Start) })
	s.noteLinks()
	s.refs = make([]doc.Reference, len(s.notes))
	for i := range s.notes {
		s.refs[i] = s.notes[i].parse(d.Text)
	}
	s.elementMarkers()
	s.textMarkers()
	slices.SortStableFunc(s.marks, func(a, b mark) int { return cmp.Compare(a.span.Start, b.span.Start) })
	s.resolve()
	s.emit()
}

// state is one run of Detect.
type state struct {
	d       *doc.Document
	notes   []note
	refs    []doc.Reference // the fields of each note, by index into notes
	marks   []mark
	ids     map[string]int  // note element id → index into notes
	empty   map[string]bool // ids of note elements without text
	elemIDs map[string]int  // id → start of every element with one; built when first needed
}

// A note is a note or reference entry while Detect runs.
type note struct {
	span    doc.Span
	label   doc.Span // the label as written ("[1]", "¹"); zero if not in the text
	key     string   // label key: "1", "A", "^x" (Markdown), "*"; "" for an unlabelled entry
	id      string   // the element's id; or ""
	elem    bool     // declared by the markup
	ordinal int      // position in its list of notes, from 1; 0 for line notes
	url     string   // the first web address linked inside it; or ""
	weak    bool     // a note only if a marker points at it
	quiet   bool     // an entry of a reference list: no orphan if nothing points at it
	used    bool     // a citation leads to it
	// The note's bibliographic fields are kept apart, in state.refs: a
	// Reference is twice the size of the rest, and the list of notes,
	// grown one note at a time and read whole by several loops, copied
	// it each time.
}

// A mark is a citation while Detect runs.
type mark struct {
	span   doc.Span
	marker string
	kind   doc.CitationKind
	key    string // note label key, or "surname|year" for author-year
	href   string // a footnote reference's href; or ""
	fromEl bool   // a footnote-reference or bibliography-reference element
	bibref bool   // a bibliography reference: its href names an entry, not a note
	url    string
	weak   bool // kept only if it resolves
	target int  // index into notes; -1 if none
}

// parse reads the note's fields from its text after its label.
func (n *note) parse(text string) doc.Reference {
	body := text[max(n.span.Start, n.label.End):n.span.End]
	body = strings.TrimLeft(body, " \t:")
	ref := ParseEntry(body)
	if ref.URL == "" {
		ref.URL = n.url
	}
	ref.Span = n.span
	return ref
}

// resolve gives every mark its target and drops weak marks that lead
// nowhere.
func (s *state) resolve() {
	for i, n := range s.notes {
		if n.id != "" {
			if _, dup := s.ids[n.id]; !dup {
				s.ids[n.id] = i
			}
		}
	}
	for i := range s.marks {
		m := &s.marks[i]
		m.target = -1
		if !m.fromEl || m.href == "" {
			continue
		}
		_, frag, ok := strings.Cut(m.href, "#")
		if !ok {
			continue
		}
		if t, ok := s.ids[frag]; ok {
			m.target = t
			s.labelFrom(t, m)
		} else if m.bibref {
			m.target = s.entryWithID(frag)
		}
	}
	// Per label key, the notes with it (by Start) and the first of them
	// not before the last mark with the key: one lookup a note and a
	// mark, where a map of lists and one of places took three.
	type keyed struct {
		notes []int
		next  int
	}
	byKey := map[string]*keyed{}
	for i := range s.notes {
		n := &s.notes[i]
		if n.key == "" && n.elem {
			n.key = strconv.Itoa(n.ordinal)
		}
		if n.key != "" {
			e := byKey[n.key]
			if e == nil {
				e = &keyed{}
				byKey[n.key] = e
			}
			e.notes = append(e.notes, i)
		}
	}
	// The author-year index, made when the first author-year mark asks
	// it: most texts cite by numbers alone, and the index read the
	// first author's surname of every entry.
	var years map[string]int
	kept := s.marks[:0]
	for _, m := range s.marks {
		switch {
		case m.kind == doc.CiteLink:
		case m.kind == doc.CiteAuthorYear:
			if years == nil {
				years = s.authorYearIndex()
			}
			if t, ok := years[m.key]; ok && m.target < 0 && !m.bibref {
				m.target = t
			}
		case m.target < 0 && (!m.fromEl || !strings.Contains(m.href, "#")):
			var cands []int
			k := 0
			e := byKey[m.key]
			if e != nil {
				cands, k = e.notes, e.next
			}
			for k < len(cands) && s.notes[cands[k]].span.Start <= m.span.Start {
				k++
			}
			if e != nil {
				e.next = k
			}
			switch {
			case k < len(cands):
				m.target = cands[k]
			case len(cands) > 0:
				m.target = cands[len(cands)-1]
			}
		}
		if m.target >= 0 {
			s.notes[m.target].used = true
		} else if m.weak {
			continue
		}
		kept = append(kept, m)
	}
	s.marks = kept
}

// entryWithID returns the index of the note or entry that holds the
// element with the given id (a bibliography entry is a list item, not a
// note element), or -1.
func (s *state) entryWithID(id string) int {
	if s.elemIDs == nil {
		s.elemIDs = map[string]int{}
		for _, e := range s.d.Elements {
			if v, ok := e.Attr("id"); ok {
				if _, dup := s.elemIDs[v]; !dup {
					s.elemIDs[v] = e.Start
				}
			}
		}
	}
	pos, ok := s.elemIDs[id]
	if !ok {
		return -1
	}
	i, _ := slices.BinarySearchFunc(s.notes, pos, func(n note, p int) int { return cmp.Compare(n.span.Start, p+1) })
	if i > 0 && s.notes[i-1].span.Start <= pos && pos < s.notes[i-1].span.End {
		return i - 1
	}
	return -1
}

// labelFrom gives a declared note without a label of its own the label of
// the first reference to it, and finds that label written at the note's
// start (HTMLBook writes "22Sometimes known as…").
func (s *state) labelFrom(t int, m *mark) {
	n := &s.notes[t]
	if n.key != "" || m.key == "" {
		return
	}
	n.key = m.key
	if body := s.d.Text[n.span.Start:n.span.End]; strings.HasPrefix(body, m.marker) && m.marker != "" {
		rest := body[len(m.marker):]
		if rest == "" || !isDigit(rest[0]) {
			n.label = doc.Span{Start: n.span.Start, End: n.span.Start + len(m.marker)}
			s.refs[t] = n.parse(s.d.Text)
		}
	}
}

// authorYearIndex maps "surname|year" of each note's or entry's first
// author to the first such note.
func (s *state) authorYearIndex() map[string]int {
	idx := map[string]int{}
	var k []byte // the key, made in one buffer: a string only for a new one
	for i, ref := range s.refs {
		if len(ref.Authors) == 0 || ref.Year == "" {
			continue
		}
		k = append(append(appendSurname(k[:0], ref.Authors[0]), '|'), ref.Year...)
		if _, dup := idx[string(k)]; !dup {
			idx[string(k)] = i
		}
	}
	return idx
}

// surname returns the lower-cased family name of a name as a reference
// entry writes it: "Taubman, W." and "William Taubman" both give
// "taubman", "van der Maaten, L." gives "maaten".
func surname(name string) string {
	return string(appendSurname(nil, name))
}

// appendSurname appends surname(name) to dst. The words are read from
// the last back, each lower-cased into dst for the tests and kept if it
// is the answer, so that neither the list of words nor a lower-case
// string is made: resolving author-year citations asks it for every
// note and every citation.
func appendSurname(dst []byte, name string) []byte {
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	rest := name
	for {
		var w string
		w, rest = lastField(rest)
		if w == "" {
			break
		}
		if initials(w) {
			continue
		}
		n := len(dst)
		dst = doc.AppendLower(dst, strings.Trim(w, "."))
		if low := dst[n:]; !particles[string(low)] && string(low) != "jr" && string(low) != "sr" {
			return dst
		}
		dst = dst[:n]
	}
	return doc.AppendLower(dst, strings.Join(strings.Fields(name), " "))
}

// lastField returns the last of strings.Fields(s) and what comes before
// it, or "" when s is white space only.
func lastField(s string) (field, before string) {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end], s[:start]
}

// emit writes the results into the Document: references (weak notes that
// nothing pointed at left out), citations with orphans among them, and
// findings.
func (s *state) emit() {
	d := s.d
	index := make([]int, len(s.notes)) // note → index into d.References; -1 if dropped
	// The references are s.refs itself, those of the notes dropped
	// squeezed out in place (kept <= i, so that no reference is written
	// over before it is read): a reference is large, and a second list
	// made for them copied every one.
	kept := 0
	for i, n := range s.notes {
		index[i] = -1
		if n.weak && !n.used {
			continue
		}
		index[i] = kept
		if kept != i {
			s.refs[kept] = s.refs[i]
		}
		s.refs[kept].Label = strings.TrimPrefix(n.key, "^")
		kept++
	}
	d.References = s.refs[:kept:kept]
	if kept == 0 {
		d.References = nil
	}
	cites := make([]doc.Citation, 0, len(s.marks))
	for _, m := range s.marks {
		c := doc.Citation{Span: m.span, Marker: m.marker, Kind: m.kind, Status: doc.CiteUnresolved, Target: -1, URL: m.url, Repeat: -1}
		if m.target >= 0 {
			c.Target = index[m.target]
		}
		if c.Target >= 0 || m.kind == doc.CiteLink {
			c.Status = doc.CiteResolved
		}
		cites = append(cites, c)
	}
	for i, n := range s.notes {
		if n.used || n.weak || n.quiet || n.key == "" {
			continue
		}
		sp := n.label
		if sp.Len() == 0 {
			sp = n.span
		}
		cites = append(cites, doc.Citation{Span: sp, Marker: strings.TrimPrefix(n.key, "^"), Kind: doc.CiteNote, Status: doc.CiteOrphan, Target: index[i], Repeat: -1})
	}
	slices.SortStableFunc(cites, func(a, b doc.Citation) int { return cmp.Compare(a.Start, b.Start) })
	// A citation repeats the first one with its key: the same address, the
	// same note or entry, or else the same kind and marker. The key's
	// parts are held as they are, not joined in a new string for each
	// citation; the sorts of key never meet, as the tags (and the list
	// by target below) keep them apart.
	type repeatKey struct {
		tag  byte // 'u' address, 'k' kind and marker
		kind doc.CitationKind
		s    string
	}
	// A citation with a target, most, is keyed by it alone: its first is
	// kept in a list by target (-1 for none yet), not hashed into the
	// map with the others' keys. The map is made when the first other
	// citation needs it, sized for every citation at once: a long list
	// of notes grew it, and copied its entries, a dozen times.
	byTarget := make([]int, kept)
	for i := range byTarget {
		byTarget[i] = -1
	}
	var first map[repeatKey]int
	for i := range cites {
		c := &cites[i]
		if c.Status == doc.CiteOrphan {
			continue
		}
		var k repeatKey
		switch {
		case c.Kind == doc.CiteLink:
			k = repeatKey{tag: 'u', s: c.URL}
		case c.Target >= 0:
			if j := byTarget[c.Target]; j >= 0 {
				c.Repeat = j
			} else {
				byTarget[c.Target] = i
			}
			continue
		default:
			k = repeatKey{tag: 'k', kind: c.Kind, s: c.Marker}
		}
		if first == nil {
			first = make(map[repeatKey]int, len(cites))
		}
		if j, ok := first[k]; ok {
			c.Repeat = j
		} else {
			first[k] = i
		}
	}
	d.Citations = cites
	hrefs := map[doc.Span]string{}
	for _, m := range s.marks {
		if m.href != "" {
			hrefs[m.span] = m.href
		}
	}
	// Room for every finding at once, as for the map above: a finding
	// is large, and appended one by one the list was copied many times.
	n := 0
	for _, c := range cites {
		if c.Status == doc.CiteUnresolved || c.Status == doc.CiteOrphan {
			n++
		}
	}
	d.Findings = slices.Grow(d.Findings, n)
	for _, c := range cites {
		switch c.Status {
		case doc.CiteUnresolved:
			d.Findings = append(d.Findings, s.unresolved(c, hrefs[c.Span]))
		case doc.CiteOrphan:
			d.Findings = append(d.Findings, doc.Finding{
				Code:    doc.FindOrphanNote,
				Span:    c.Span,
				Message: fmt.Sprintf("note %s is not referred to by any marker", c.Marker),
			})
		}
	}
}

// unresolved describes a citation that leads nowhere.
func (s *state) unresolved(c doc.Citation, href string) doc.Finding {
	f := doc.Finding{Code: doc.FindUnresolvedCitation, Span: c.Span}
	shown := s.d.Slice(c.Span)
	switch {
	case c.Kind == doc.CiteAuthorYear && len(s.d.References) == 0:
		f.Message = fmt.Sprintf("citation %q leads nowhere: the article has no reference list", shown)
	case c.Kind == doc.CiteAuthorYear:
		f.Message = fmt.Sprintf("citation %q matches no entry of the reference list", shown)
	case href != "":
		_, frag, _ := strings.Cut(href, "#")
		where := "which is not in the article"
		if s.empty[frag] {
			where = "a note with no text"
		}
		f.Message = fmt.Sprintf("reference %q points to %s, %s", shown, href, where)
		f.Evidence = []string{href}
	case len(s.d.References) == 0:
		f.Message = fmt.Sprintf("citation marker %q leads nowhere: the article has no notes", shown)
	default:
		// Written out, not by fmt.Sprintf (whose %q is strconv.Quote):
		// an article with a broken list of notes has a message like this
		// for every marker, and fmt boxed both strings for each.
		// One buffer on the stack, then one string.
		var buf [128]byte
		b := append(buf[:0], "citation marker "...)
		b = strconv.AppendQuote(b, shown)
		b = append(append(b, " leads nowhere: no note is labelled "...), c.Marker...)
		f.Message = string(b)
	}
	return f
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
