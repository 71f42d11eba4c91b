package text

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestParagraphsAsBefore holds Paragraphs and itemKind to the forms they
// had before the flush closure was written out and itemKind's first test
// added (refParagraphs, refItemKind), on the examples, the test data and
// random lines made of the bytes that matter to them.
func TestParagraphsAsBefore(t *testing.T) {
	var texts []string
	for _, pat := range []string{"../../../examples/*", "../../../testdata/*", "../../../testdata/*/*"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil && utf8.Valid(b) {
				texts = append(texts, string(b))
			}
		}
	}
	pieces := []string{"a", "B", "ab", "Zx", "1", "12", "a.", "a)", "b) x", "1. x", "(iv) ", "[1] ", "^a ", "- ", "* ", "• ", "– ",
		" ", "\t", "\n", "\n\n", "\r\n", "\u00a0", ".", ",", ")", "]", "by ", "word ", "Word ", "é", "\n  \n"}
	r := rand.New(rand.NewSource(4))
	for range 5000 {
		var b strings.Builder
		for range r.Intn(40) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		got, want := Paragraphs(text, nil), refParagraphs(text, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("Paragraphs(%.60q…):\n got  %v\n want %v", text, got, want)
		}
		for line := range strings.Lines(text) {
			if g, w := itemKind(line), refItemKind(line); g != w {
				t.Fatalf("itemKind(%q) = %q, want %q", line, g, w)
			}
		}
	}
}

// refParagraphs is Paragraphs as it was, with its flush closure.
func refParagraphs(text string, dst []doc.Paragraph) []doc.Paragraph {
	start := -1
	kind := doc.BlockParagraph
	end := 0
	blank := false
	flush := func() {
		if start >= 0 {
			dst = append(dst, doc.Paragraph{Span: doc.Span{Start: start, End: end}, Kind: kind})
			start = -1
		}
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		line := text[i:j]
		lead := 0
		if line == "" || !asciiNonSpace(line[0]) {
			lead = len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
		}
		switch {
		case lead == len(line):
			blank = start >= 0
		default:
			body := line[lead:]
			k := refItemKind(body)
			if blank && (k != "" || !continues(text[start:end], body)) {
				flush()
			}
			blank = false
			if k != "" {
				flush()
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
		}
		i = j + 1
	}
	flush()
	return dst
}

// refItemKind is itemKind as it was, without its first test.
func refItemKind(line string) doc.BlockKind {
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
