package html_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source/html"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

func loadFile(t *testing.T, path string) *doc.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Name: path, Raw: src}
	start := testutil.CPUTime()
	if err := html.Load(d, src); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if el := (testutil.CPUTime() - start); el > testutil.TimeLimit(2*time.Second) {
		t.Errorf("%s: took %v", path, el)
	}
	testutil.CheckSpans(t, d)
	checkVerbatim(t, d)
	return d
}

// checkRawStarts checks that most paragraphs map to raw offsets where
// their first word appears (up to any markup or entity inside it), and
// reports how many do.
func checkRawStarts(t *testing.T, name string, d *doc.Document) (ok, all int) {
	t.Helper()
	for _, p := range d.Paragraphs {
		words := strings.Fields(d.Slice(p.Span))
		if len(words) < 3 {
			continue
		}
		all++
		w := words[0]
		r := d.RawSpan(p.Span)
		if r.Start < 0 || r.End > len(d.Raw) || r.Start > r.End {
			t.Errorf("%s: raw span %v out of range", name, r)
			continue
		}
		raw := d.Raw[r.Start:]
		i := 0
		for i < len(w) && i < len(raw) && raw[i] == w[i] {
			i++
		}
		// The word may run into markup, or start with an entity.
		if i == len(w) || i < len(raw) && (i > 0 && raw[i] == '<' || raw[i] == '&') {
			ok++
		}
	}
	return ok, all
}

// checkVerbatim checks, for every character of d.Text, that where its
// raw span is as long as itself it is a copy of it (but for white space,
// which may stand for other white space).
func checkVerbatim(t *testing.T, d *doc.Document) {
	t.Helper()
	bad := 0
	for i, r := range d.Text {
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 1
		}
		rs := d.RawSpan(doc.Span{Start: i, End: i + n})
		if rs.Start < 0 || rs.End > len(d.Raw) || rs.Start > rs.End {
			t.Errorf("text %d: raw span %v outside raw input of %d bytes", i, rs, len(d.Raw))
			return
		}
		if rs.Len() != n || string(d.Raw[rs.Start:rs.End]) == d.Text[i:i+n] || r == utf8.RuneError {
			continue
		}
		if strings.TrimSpace(string(d.Raw[rs.Start:rs.End])) == "" && strings.TrimSpace(d.Text[i:i+n]) == "" {
			continue
		}
		if bad++; bad <= 5 {
			t.Errorf("text %d %q maps to raw %v %q", i, d.Text[i:i+n], rs, d.Raw[rs.Start:rs.End])
		}
	}
}

type expected struct {
	Title  *string `json:"title"`
	Byline *string `json:"byline"`
}

func TestSharedPages(t *testing.T) {
	dir := testutil.SharedData(t, "html")
	pages, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	var titles, bylines, starts, paras int
	for _, page := range pages {
		name := filepath.Base(filepath.Dir(page))
		d := loadFile(t, page)
		var want expected
		b, err := os.ReadFile(filepath.Join(filepath.Dir(page), "expected-metadata.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if norm(want.Title) == strings.Join(strings.Fields(d.Meta.Title), " ") {
			titles++
		} else {
			t.Logf("%s: title %q, want %q", name, d.Meta.Title, norm(want.Title))
		}
		if wb := html.CleanByline(norm(want.Byline)); wb == d.Meta.Author {
			bylines++
		} else {
			t.Logf("%s: author %q, want %q", name, d.Meta.Author, wb)
		}
		ok, all := checkRawStarts(t, name, d)
		if ok*10 < all*9 {
			t.Errorf("%s: only %d of %d paragraphs map to raw text starting with their first word", name, ok, all)
		}
		starts += ok
		paras += all
		if len(d.Paragraphs) < 3 {
			t.Errorf("%s: only %d paragraphs", name, len(d.Paragraphs))
		}
	}
	n := len(pages)
	t.Logf("titles match on %d of %d pages, bylines on %d; %d of %d paragraphs map to their first word", titles, n, bylines, starts, paras)
	if titles*10 < n*9 {
		t.Errorf("titles match on only %d of %d pages", titles, n)
	}
	if bylines*10 < n*9 {
		t.Errorf("bylines match on only %d of %d pages", bylines, n)
	}
}

func norm(s *string) string {
	if s == nil {
		return ""
	}
	return strings.Join(strings.Fields(*s), " ")
}

type manifestEntry struct {
	File     string `json:"file"`
	CiteRefs int    `json:"cite_refs"`
	Notes    int    `json:"ref_list_items"`
	NoteRefs int    `json:"noterefs"`
	FNRefs   int    `json:"footnote_refs"`
	Footnote int    `json:"footnotes"`
}

func TestSharedFootnotes(t *testing.T) {
	dir := testutil.SharedData(t, "footnotes")
	want := map[string]manifestEntry{}
	f, err := os.Open(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e manifestEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		want[e.File] = e
	}
	var files []string
	for _, pat := range []string{"*.html", "*.html5"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, m...)
	}
	for _, path := range files {
		name := filepath.Base(path)
		d := loadFile(t, path)
		refs, notes, lists := 0, 0, 0
		for _, e := range d.Elements {
			switch e.Kind {
			case doc.ElemFootnoteRef:
				refs++
			case doc.ElemFootnote:
				notes++
			case doc.ElemFootnotes:
				lists++
			}
		}
		e := want[name]
		wantRefs := max(e.CiteRefs, e.NoteRefs, e.FNRefs)
		wantNotes := max(e.Notes, e.Footnote)
		t.Logf("%s: %d refs (manifest %d), %d notes (manifest %d), %d lists", name, refs, wantRefs, notes, wantNotes, lists)
		if refs == 0 || notes == 0 {
			t.Errorf("%s: %d refs, %d notes", name, refs, notes)
		}
		if wantRefs > 0 && (refs*10 < wantRefs*9 || refs > wantRefs*11/10+1) {
			t.Errorf("%s: %d refs, manifest says %d", name, refs, wantRefs)
		}
		if wantNotes > 0 && (notes*10 < wantNotes*9 || notes > wantNotes*11/10+1) {
			t.Errorf("%s: %d notes, manifest says %d", name, notes, wantNotes)
		}
	}
}

// rendererCases returns the HTML outputs of the Markdown renderers' own
// footnote test cases: goldmark's ("//- - -//" between input and output,
// "//= = =//" after) and cmark-gfm's spec examples ("." between, a fence
// after).
func rendererCases(text string) []string {
	var out, lines []string
	inHTML, seps := false, 0
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "//- - -"):
			seps++
			inHTML = seps == 2
		case line == "." && seps == 0:
			inHTML = true
		case strings.HasPrefix(line, "//= = =") || strings.HasPrefix(line, "````````"):
			if inHTML {
				out = append(out, strings.Join(lines, "\n"))
			}
			inHTML, seps, lines = false, 0, nil
		case inHTML:
			lines = append(lines, line)
		}
	}
	return out
}

// TestSharedRendererFootnotes loads the HTML that goldmark and cmark-gfm
// write for their footnote test cases and checks that every reference
// and note they mark up is found.
func TestSharedRendererFootnotes(t *testing.T) {
	dir := testutil.SharedData(t, "footnotes")
	for _, name := range []string{"goldmark--extension-_test-footnote.txt", "cmark-gfm--test-extensions-footnotes-section.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		cases := rendererCases(string(b))
		if len(cases) == 0 {
			t.Fatalf("%s: no cases", name)
		}
		for i, src := range cases {
			d := &doc.Document{Raw: []byte(src)}
			if err := html.Load(d, d.Raw); err != nil {
				t.Fatal(err)
			}
			testutil.CheckSpans(t, d)
			checkVerbatim(t, d)
			refs, notes := 0, 0
			for _, e := range d.Elements {
				switch e.Kind {
				case doc.ElemFootnoteRef:
					refs++
				case doc.ElemFootnote:
					notes++
				}
			}
			wantRefs := strings.Count(src, `class="footnote-ref"`)
			wantNotes := strings.Count(src, `<li id="fn`)
			if refs != wantRefs || notes != wantNotes {
				t.Errorf("%s case %d: %d refs, %d notes; want %d, %d\n%s", name, i, refs, notes, wantRefs, wantNotes, src)
			}
		}
		t.Logf("%s: %d cases", name, len(cases))
	}
}
