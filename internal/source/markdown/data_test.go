package markdown

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// essayPath is the team's own example essay.
const essayPath = "../../../testdata/markdown-loader/essay.md"

func TestGolden(t *testing.T) {
	src, err := os.ReadFile(essayPath)
	if err != nil {
		t.Fatal(err)
	}
	d := load(t, string(src))
	checkRaw(t, d, src)
	testutil.Golden(t, strings.TrimSuffix(essayPath, ".md")+".golden", []byte(dump(d)))
}

// TestShared loads the Markdown essays of the development data and checks
// their footnote counts against the manifest.
func TestShared(t *testing.T) {
	dir := testutil.SharedData(t, "markdown")
	f, err := os.Open(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var m struct {
			File       string `json:"file"`
			Defs       int    `json:"footnote_defs"`
			Refs       int    `json:"footnote_refs"`
			Unresolved []any  `json:"unresolved_refs"`
		}
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		n++
		t.Run(m.File, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, m.File))
			if err != nil {
				t.Fatal(err)
			}
			d := load(t, string(src))
			checkRaw(t, d, src)
			refs, defs := countNotes(d)
			if refs != m.Refs-len(m.Unresolved) || defs != m.Defs {
				t.Errorf("%d references and %d definitions, manifest says %d (%d unresolved) and %d", refs, defs, m.Refs, len(m.Unresolved), m.Defs)
			}
			if d.Meta.Title == "" {
				t.Error("no title")
			}
			t.Logf("%q by %q: %d paragraphs, %d elements, %d notes", d.Meta.Title, d.Meta.Author, len(d.Paragraphs), len(d.Elements), defs)
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("empty manifest")
	}
}

// TestSharedFootnoteSpecs loads goldmark's and cmark-gfm's footnote test
// files as Markdown: they are full of odd footnote syntax.
func TestSharedFootnoteSpecs(t *testing.T) {
	dir := testutil.SharedData(t, "footnotes")
	for _, name := range []string{"goldmark--extension-_test-footnote.txt", "cmark-gfm--test-extensions-footnotes-section.txt"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			d := load(t, string(src))
			checkRaw(t, d, src)
			refs, defs := countNotes(d)
			t.Logf("%d references, %d definitions, %d paragraphs", refs, defs, len(d.Paragraphs))
		})
	}
}

// FuzzLoad checks that Load never fails and keeps every span invariant.
func FuzzLoad(f *testing.F) {
	for _, c := range loadCases {
		f.Add(c.src)
	}
	if essay, err := os.ReadFile(essayPath); err == nil {
		f.Add(string(essay))
	}
	f.Add("---\ntitle: x\n---\n> - [^a]\n\n[^a]: > b\n    - c\n")
	f.Add(strings.Repeat("> ", 150) + "x")
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			t.Skip("Load takes UTF-8")
		}
		d := load(t, src) // fails on an error, which only a panic gives, or a broken invariant
		checkRaw(t, d, []byte(src))
	})
}
