package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/hearsay-project/hearsay/internal/cite"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
)

// CiteOptions control ScoreCitations.
type CiteOptions struct {
	// RemoveEvery, when above 0, deletes every RemoveEvery-th note of
	// each file (the RemoveEvery-th, the 2×RemoveEvery-th …, in document
	// order) from the raw HTML or Markdown before the analysis, and
	// scores the citations found unresolved against the markers whose
	// notes were deleted. With 0 the files are scored as they are.
	RemoveEvery int
	// MaxErrors is how many mistakes to list for each file.
	MaxErrors int
}

// A CiteFile is the score of one file.
//
// The gold markers are the page's own: every footnote-reference element
// the loader kept (Wikipedia's sup.reference links, Pandoc's
// a.footnote-ref, HTMLBook's noterefs, Markdown's [^x]), each leading to
// the note element whose id its href names, or to none.
type CiteFile struct {
	Name       string
	Gold       int            // footnote-reference elements
	Found      int            // gold markers found as a note citation with the same span
	Correct    int            // gold markers found and resolved to the note their href names (or unresolved where it names none)
	Notes      int            // note elements
	Markers    int            // note and author-year citations found, text markers included
	Resolved   int            // of them, resolved
	Unresolved int            // of them, unresolved
	Orphans    int            // notes nothing points to
	Links      int            // link citations
	Manifest   map[string]int // the folder manifest's counts for the file; or nil
	Errors     []string       // up to CiteOptions.MaxErrors mistakes

	// Removal mode (CiteOptions.RemoveEvery > 0).
	Removed   int // notes deleted
	Expected  int // gold markers whose note was deleted
	TruePos   int // markers unresolved whose note was deleted
	FalsePos  int // markers unresolved whose note is there
	FalseNeg  int // markers resolved (or lost) whose note was deleted
	Unmatched int // unresolved note citations with no gold marker (text markers)
}

// Precision is the share of unresolved markers whose note was deleted.
func (f CiteFile) Precision() float64 { return ratio(f.TruePos, f.TruePos+f.FalsePos) }

// Recall is the share of markers whose note was deleted that came out
// unresolved.
func (f CiteFile) Recall() float64 { return ratio(f.TruePos, f.TruePos+f.FalseNeg) }

// A CiteReport is the score of every file and their total.
type CiteReport struct {
	Options CiteOptions
	Files   []CiteFile
}

// Total sums the files' counts.
func (r *CiteReport) Total() CiteFile {
	t := CiteFile{Name: "total"}
	for _, f := range r.Files {
		t.Gold += f.Gold
		t.Found += f.Found
		t.Correct += f.Correct
		t.Notes += f.Notes
		t.Markers += f.Markers
		t.Resolved += f.Resolved
		t.Unresolved += f.Unresolved
		t.Orphans += f.Orphans
		t.Links += f.Links
		t.Removed += f.Removed
		t.Expected += f.Expected
		t.TruePos += f.TruePos
		t.FalsePos += f.FalsePos
		t.FalseNeg += f.FalseNeg
		t.Unmatched += f.Unmatched
	}
	return t
}

// WriteText prints the report as a table, one line a file and a total,
// followed by each file's listed mistakes.
func (r *CiteReport) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	files := append(slices.Clone(r.Files), r.Total())
	if r.Options.RemoveEvery > 0 {
		fmt.Fprintf(bw, "citations, every %s note deleted: \"unresolved\" against the markers of deleted notes\n", ordinal(r.Options.RemoveEvery))
		fmt.Fprintf(bw, "%-64s %6s %7s %8s %5s %5s %5s %9s %6s %10s\n", "file", "notes", "deleted", "expected", "tp", "fp", "fn", "precision", "recall", "text-unres")
		for _, f := range files {
			fmt.Fprintf(bw, "%-64s %6d %7d %8d %5d %5d %5d %9s %6s %10d\n", f.Name, f.Notes, f.Removed, f.Expected, f.TruePos, f.FalsePos, f.FalseNeg,
				score(f.TruePos, f.TruePos+f.FalsePos), score(f.TruePos, f.TruePos+f.FalseNeg), f.Unmatched)
		}
	} else {
		fmt.Fprintf(bw, "citations: gold markers are the pages' footnote-reference elements, each leading where its href points\n")
		fmt.Fprintf(bw, "%-64s %5s %5s %7s %5s %7s %8s %10s %7s %5s  %s\n", "file", "gold", "found", "correct", "notes", "markers", "resolved", "unresolved", "orphans", "links", "manifest")
		for _, f := range files {
			fmt.Fprintf(bw, "%-64s %5d %5d %7d %5d %7d %8d %10d %7d %5d  %s\n", f.Name, f.Gold, f.Found, f.Correct, f.Notes, f.Markers, f.Resolved, f.Unresolved, f.Orphans, f.Links, manifestText(f.Manifest))
		}
	}
	for _, f := range r.Files {
		for _, e := range f.Errors {
			fmt.Fprintf(bw, "  %s: %s\n", f.Name, e)
		}
	}
	return bw.Flush()
}

// score prints a/b to three places, or "-" where b is 0.
func score(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", ratio(a, b))
}

func ordinal(n int) string {
	switch {
	case n%10 == 1 && n%100 != 11:
		return fmt.Sprintf("%dst", n)
	case n%10 == 2 && n%100 != 12:
		return fmt.Sprintf("%dnd", n)
	case n%10 == 3 && n%100 != 13:
		return fmt.Sprintf("%drd", n)
	}
	return fmt.Sprintf("%dth", n)
}

func manifestText(m map[string]int) string {
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, m[k])
	}
	return strings.Join(parts, " ")
}

// manifestCounts are the manifest fields that count markers and notes.
var manifestCounts = []string{"cite_refs", "distinct_targets", "ref_list_items", "unresolved", "noterefs", "footnotes", "footnote_refs", "footnote_defs"}

// ScoreCitations analyses every HTML (.html, .htm, .html5) and Markdown
// (.md) file of dir/footnotes and dir/markdown, or of dir itself where
// it has neither, and scores the citations found against the pages' own
// footnote markup (see CiteFile); counts from a manifest.jsonl beside
// the files are carried along for comparison. Each file is loaded as
// the product loads it: source.LoadBytes, segment.Run, cite.Detect.
func ScoreCitations(ctx context.Context, dir string, opts CiteOptions) (*CiteReport, error) {
	var folders []string
	for _, sub := range []string{"footnotes", "markdown"} {
		if fi, err := os.Stat(filepath.Join(dir, sub)); err == nil && fi.IsDir() {
			folders = append(folders, filepath.Join(dir, sub))
		}
	}
	if folders == nil {
		folders = []string{dir}
	}
	rep := &CiteReport{Options: opts}
	for _, folder := range folders {
		manifest, err := readManifest(filepath.Join(folder, "manifest.jsonl"))
		if err != nil {
			return nil, err
		}
		entries, err := os.ReadDir(folder)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			name := e.Name()
			switch strings.ToLower(filepath.Ext(name)) {
			case ".html", ".htm", ".html5", ".md":
			default:
				continue
			}
			raw, err := os.ReadFile(filepath.Join(folder, name))
			if err != nil {
				return nil, err
			}
			f, err := scoreFile(ctx, name, raw, opts)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			f.Manifest = manifest[name]
			rep.Files = append(rep.Files, f)
		}
	}
	return rep, nil
}

// readManifest reads the counts of each file from a manifest.jsonl; a
// missing manifest gives none.
func readManifest(path string) (map[string]map[string]int, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]int{}
	for i, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal(line, &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, i+1, err)
		}
		name, _ := rec["file"].(string)
		counts := map[string]int{}
		for _, k := range manifestCounts {
			switch v := rec[k].(type) {
			case float64:
				counts[k] = int(v)
			case []any:
				counts[k] = len(v)
			}
		}
		out[name] = counts
	}
	return out, nil
}

// analyze loads and analyses one file as the product does.
func analyze(ctx context.Context, name string, raw []byte) (*doc.Document, error) {
	d, err := source.LoadBytes(ctx, name, raw, source.Options{})
	if err != nil {
		return nil, err
	}
	segment.Run(d)
	cite.Detect(d)
	return d, nil
}

// goldRef is a footnote-reference element and the note it leads to.
type goldRef struct {
	span doc.Span
	key  string   // what it points at: the note id its href names
	note doc.Span // the note element with that id; zero if none
	ok   bool     // such a note exists
}

// goldRefs reads the gold markers of d from its elements.
func goldRefs(d *doc.Document) []goldRef {
	notes := map[string]doc.Span{}
	for _, e := range d.Elements {
		if e.Kind == doc.ElemFootnote {
			if id, _ := e.Attr("id"); id != "" {
				if _, dup := notes[id]; !dup {
					notes[id] = e.Span
				}
			}
		}
	}
	var out []goldRef
	for _, e := range d.Elements {
		if e.Kind != doc.ElemFootnoteRef {
			continue
		}
		href, _ := e.Attr("href")
		_, frag, _ := strings.Cut(href, "#")
		n, ok := notes[frag]
		out = append(out, goldRef{span: e.Span, key: frag, note: n, ok: ok})
	}
	return out
}

func scoreFile(ctx context.Context, name string, raw []byte, opts CiteOptions) (CiteFile, error) {
	f := CiteFile{Name: name}
	d, err := analyze(ctx, name, raw)
	if err != nil {
		return f, err
	}
	for _, e := range d.Elements {
		if e.Kind == doc.ElemFootnote {
			f.Notes++
		}
	}
	if opts.RemoveEvery > 0 {
		return f, scoreRemoval(ctx, &f, d, opts)
	}
	gold := goldRefs(d)
	f.Gold = len(gold)
	bySpan := map[doc.Span]doc.Citation{}
	for _, c := range d.Citations {
		switch {
		case c.Kind == doc.CiteLink:
			f.Links++
			continue
		case c.Status == doc.CiteOrphan:
			f.Orphans++
			continue
		case c.Status == doc.CiteResolved:
			f.Resolved++
		default:
			f.Unresolved++
		}
		f.Markers++
		if c.Kind == doc.CiteNote {
			bySpan[c.Span] = c
		}
	}
	for _, g := range gold {
		c, found := bySpan[g.span]
		if found {
			f.Found++
		}
		var got doc.Span
		resolved := found && c.Status == doc.CiteResolved && c.Target >= 0
		if resolved {
			got = d.References[c.Target].Span
		}
		if found && resolved == g.ok && got == g.note {
			f.Correct++
			continue
		}
		if len(f.Errors) < opts.MaxErrors {
			f.Errors = append(f.Errors, fmt.Sprintf("marker %q at %d: want %s, got %s", d.Slice(g.span), g.span.Start, describeNote(d, g.note, g.ok), describeCitation(d, c, found)))
		}
	}
	return f, nil
}

func describeNote(d *doc.Document, s doc.Span, ok bool) string {
	if !ok {
		return "unresolved"
	}
	return fmt.Sprintf("note at %d %q", s.Start, clip(d.Slice(s)))
}

func describeCitation(d *doc.Document, c doc.Citation, found bool) string {
	switch {
	case !found:
		return "no citation"
	case c.Target < 0:
		return string(c.Status)
	}
	return describeNote(d, d.References[c.Target].Span, true)
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 50 {
		i := 50
		for i > 0 && !isRuneStart(s[i]) {
			i--
		}
		s = s[:i] + "…"
	}
	return s
}

// scoreRemoval deletes every n-th note of the file d was loaded from,
// analyses the result, and scores "unresolved" against the markers of
// the deleted notes. A note citation is matched to its gold marker by
// what it points at: the href of the footnote-reference element it is,
// or for a Markdown "[^x]" the loader no longer marks (its definition
// gone), the note id "fn:x" the loader would have given it.
func scoreRemoval(ctx context.Context, f *CiteFile, d *doc.Document, opts CiteOptions) error {
	var ids []string
	for _, e := range d.Elements {
		if e.Kind == doc.ElemFootnote {
			id, _ := e.Attr("id")
			ids = append(ids, id)
		}
	}
	removed := map[string]bool{}
	for i := opts.RemoveEvery - 1; i < len(ids); i += opts.RemoveEvery {
		if ids[i] != "" {
			removed[ids[i]] = true
		}
	}
	var cut []byte
	if d.Format == doc.FormatMarkdown {
		cut = removeMarkdownNotes(d.Raw, removed)
	} else {
		cut = removeHTMLNotes(d.Raw, removed)
	}
	for _, g := range goldRefs(d) {
		if removed[g.key] {
			f.Expected++
		}
	}
	d2, err := analyze(ctx, f.Name, cut)
	if err != nil {
		return err
	}
	notesLeft := 0
	for _, e := range d2.Elements {
		if e.Kind == doc.ElemFootnote {
			notesLeft++
		}
	}
	f.Removed = f.Notes - notesLeft
	keys := map[doc.Span]string{}
	for _, g := range goldRefs(d2) {
		keys[g.span] = g.key
	}
	seen := map[string]int{} // markers of deleted notes found, by key
	for _, c := range d2.Citations {
		if c.Kind != doc.CiteNote || c.Status == doc.CiteOrphan {
			continue
		}
		key, ok := keys[c.Span]
		if !ok && d2.Format == doc.FormatMarkdown && strings.HasPrefix(d2.Slice(c.Span), "[^") {
			key, ok = "fn:"+c.Marker, true
		}
		unresolved := c.Status == doc.CiteUnresolved
		switch {
		case !ok:
			if unresolved {
				f.Unmatched++
			}
		case removed[key] && unresolved:
			f.TruePos++
			seen[key]++
		case removed[key]:
			f.FalseNeg++
			seen[key]++
			f.addError(opts, fmt.Sprintf("marker %q at %d resolved, but its note %s was deleted", d2.Slice(c.Span), c.Start, key))
		case unresolved:
			f.FalsePos++
			f.addError(opts, fmt.Sprintf("marker %q at %d unresolved, but its note %s is there", d2.Slice(c.Span), c.Start, key))
		}
	}
	found := 0
	for _, n := range seen {
		found += n
	}
	if lost := f.Expected - found; lost > 0 {
		f.FalseNeg += lost
		f.addError(opts, fmt.Sprintf("%d markers of deleted notes not found at all", lost))
	}
	return nil
}

func (f *CiteFile) addError(opts CiteOptions, msg string) {
	if len(f.Errors) < opts.MaxErrors {
		f.Errors = append(f.Errors, msg)
	}
}

// removeHTMLNotes returns raw without the elements whose id is in ids,
// each from its start tag to its end tag. Where the end tag is left out,
// as HTML allows for <li>, the element ends where the next <li> starts or
// where an element holding it closes.
func removeHTMLNotes(raw []byte, ids map[string]bool) []byte {
	z := html.NewTokenizer(bytes.NewReader(raw))
	var out bytes.Buffer
	pos, copied := 0, 0 // bytes of raw tokenized, and written to out
	cutStart := -1      // where the element being cut starts; -1 if none
	var open []string   // the elements open inside it, itself first
	finish := func(end int) {
		out.Write(raw[copied:cutStart])
		copied, cutStart, open = end, -1, open[:0]
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := pos
		pos += len(z.Raw())
		switch tt {
		case html.StartTagToken:
			tag, hasAttr := z.TagName()
			name := string(tag)
			if voidElement(name) {
				continue
			}
			if cutStart >= 0 && name == "li" && open[0] == "li" && len(open) == 1 {
				finish(start) // "<li id=x>…<li>": the first ends where the next starts
			}
			if cutStart >= 0 {
				open = append(open, name)
				continue
			}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if string(k) == "id" && ids[string(v)] {
					cutStart, open = start, append(open, name)
					break
				}
			}
		case html.EndTagToken:
			if cutStart < 0 {
				continue
			}
			tag, _ := z.TagName()
			j := len(open) - 1
			for j >= 0 && open[j] != string(tag) {
				j--
			}
			switch {
			case j < 0:
				finish(start) // an element holding it closed
			case j == 0:
				finish(pos)
			default:
				open = open[:j]
			}
		}
	}
	if cutStart >= 0 {
		finish(len(raw))
	}
	out.Write(raw[copied:])
	return out.Bytes()
}

func voidElement(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

// noteDef matches the first line of a Markdown footnote definition.
var noteDef = regexp.MustCompile(`^ {0,3}\[\^([^\]]+)\]:`)

// removeMarkdownNotes returns src without the footnote definitions whose
// note id ("fn:" and the label, as the Markdown loader names them) is in
// ids: the definition's line and the indented or blank lines after it.
// Fenced code is left alone.
func removeMarkdownNotes(src []byte, ids map[string]bool) []byte {
	var out bytes.Buffer
	lines := bytes.SplitAfter(src, []byte("\n"))
	fence := ""
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimLeft(string(line), " ")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[:3]
		default:
			if m := noteDef.FindSubmatch(line); m != nil && ids["fn:"+string(m[1])] {
				for i+1 < len(lines) && continuation(lines[i+1:]) {
					i++
				}
				continue
			}
		}
		out.Write(line)
	}
	return out.Bytes()
}

// continuation reports whether lines[0] belongs to the footnote
// definition above it: an indented line, a blank line before one, or a
// line of text that carries on the definition's paragraph (a lazy
// continuation line, as CommonMark calls it).
func continuation(lines [][]byte) bool {
	if len(bytes.TrimSpace(lines[0])) > 0 {
		return indented(lines[0]) || lazy(lines[0])
	}
	for _, l := range lines[1:] {
		if len(bytes.TrimSpace(l)) > 0 {
			return indented(l)
		}
	}
	return false
}

func indented(l []byte) bool {
	return bytes.HasPrefix(l, []byte("    ")) || bytes.HasPrefix(l, []byte("\t"))
}

// lazy reports whether a line can only go on with the paragraph above: it
// opens no block (heading, quotation, list, fence, table, definition).
func lazy(l []byte) bool {
	t := bytes.TrimLeft(l, " ")
	if noteDef.Match(l) || len(t) == 0 || bytes.ContainsRune([]byte("#>-*+=|`~"), rune(t[0])) {
		return false
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i == 0 || i == len(t) || t[i] != '.' && t[i] != ')'
}
