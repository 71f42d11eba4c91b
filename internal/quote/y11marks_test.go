package quote

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/source/text"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// sameMarks fails when Detect reading the segmenter's list of marks
// (doc.Document.MarkAt) and Detect searching the text for them find
// different quotations or diagnostics.
func sameMarks(t *testing.T, s string) {
	t.Helper()
	listed := &doc.Document{Text: s, Format: doc.FormatText}
	listed.Paragraphs = text.Paragraphs(s, nil)
	sameMarksIn(t, listed)
	if md, err := source.LoadBytes(context.Background(), "x.md", []byte(s), source.Options{Format: doc.FormatMarkdown}); err == nil {
		sameMarksIn(t, md) // code blocks and inline code, whose marks collect passes over
	}
}

// sameMarksIn is sameMarks for a loaded document.
func sameMarksIn(t *testing.T, listed *doc.Document) {
	t.Helper()
	s := listed.Text
	segment.Run(listed)
	if listed.MarkAt == nil {
		t.Fatalf("%q: the segmenter listed no marks", s[:min(len(s), 80)])
	}
	searched := *listed
	searched.MarkAt = nil
	searched.Diagnostics = slices.Clone(listed.Diagnostics)
	Detect(listed)
	Detect(&searched)
	if !reflect.DeepEqual(listed.Quotes, searched.Quotes) || !reflect.DeepEqual(listed.Diagnostics, searched.Diagnostics) {
		t.Fatalf("%q: listed marks found\n%s\nsearched\n%s", s[:min(len(s), 80)], dump(listed), dump(&searched))
	}
}

// TestListedMarks holds collect reading the segmenter's list of marks to
// collect searching the text, on the examples, mark soup, the shared
// texts when present, and text with code paragraphs and runes of every
// mark's lead byte that are no marks.
func TestListedMarks(t *testing.T) {
	texts := []string{
		"“‘In 1923,’, he said, ‘when I was at the workers’ training.’\n\n“Then.”",
		"„Ja“, ‚nein‘ « oui » »ja« ”ja” 「はい」 『x』", "''No,'' he said. ``Yes.'' `code` x=\"1\" \"a\"",
		"’90s rock ’n’ roll ’tis — – … ‐ © ° \u00a0 \u3000 ‹a› “b” don't Khrushchev’s workers’ cost",
		"Text with `code \"a\"` and “b”.\n\n```\nx = \"c\"\n```\n\n> “Quoted,” she said.\n",
	}
	files, _ := filepath.Glob("../../examples/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, s := range texts {
		sameMarks(t, s)
	}
	r := rand.New(rand.NewPCG(9, 10))
	pieces := append([]string{"—", "–", "…", "©", "\u00a0", "don't", "’s", "=", "x=\"1\"", "é"}, soupPieces...)
	for range 20000 {
		var b []byte
		for range r.IntN(30) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		sameMarks(t, string(b))
	}
	t.Run("shared", func(t *testing.T) {
		dir := testutil.SharedData(t) // skips when absent
		for _, pat := range []string{"markdown/*.md", "seed/*.txt", "footnotes/*.txt"} {
			files, _ := filepath.Glob(filepath.Join(dir, pat))
			for _, f := range files {
				if b, err := os.ReadFile(f); err == nil {
					sameMarks(t, string(b))
				}
			}
		}
	})
}
