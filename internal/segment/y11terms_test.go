package segment

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source/text"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// sameListed fails when the sentence scan that reads the tokenizer's
// list of terminators (what Run does) and the scan that searches the
// text (Sentences) split a text differently, or when the tokenizer
// lists different terminators with plainRun and without.
func sameListed(t *testing.T, s string) {
	t.Helper()
	d := &doc.Document{Text: s}
	text.Load(d)
	paras := d.Paragraphs
	if len(paras) == 0 {
		paras = []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(s)}}}
	}
	for _, ps := range [][]doc.Paragraph{paras, {{Span: doc.Span{Start: 0, End: len(s)}}}} {
		want := Sentences(s, ps, nil)
		var ls lists
		tokensListing(s, ps, nil, &ls)
		terms := ls.terms
		got := listedSentences(s, ps, terms, nil)
		if !slices.EqualFunc(got, want, func(a, b doc.Sentence) bool { return a.Span == b.Span && a.Paragraph == b.Paragraph }) {
			t.Fatalf("%q: listed sentences %v, searched %v", s[:min(len(s), 80)], got, want)
		}
		var slow lists
		for _, p := range ps {
			tokenizeListing(s, p.Start, p.End, nil, &slow, false)
		}
		if !slices.Equal(terms, slow.terms) {
			t.Fatalf("%q: terminators %v with plainRun, %v without", s[:min(len(s), 80)], terms, slow.terms)
		}
		checkMarks(t, s, ps, ls.marks)
		checkMarks(t, s, ps, slow.marks)
	}
}

// TestListedSentences holds the listed sentence scan to the searching
// one on the tokenizer's texts, the sentence tests' own examples, the
// shared corpora when present, and random strings of words, numbers,
// terminators, closers and marks; and nextListed to the list it reads,
// in order and out of it.
func TestListedSentences(t *testing.T) {
	texts := append(tokenTexts(),
		"One. Two! Three? Four", "It was said by H. G. Wells in 1919. It was not.",
		"The memoirs of L.M. Kaganovich say so. Others disagree.", "Dear Mr. Williams.  In your article you ask.",
		"Prices rose 3.5 per cent. Then fell.", "Apples, pears, etc. were sold. Etc. The end.",
		"He moved to the U.S. The rest followed.", "I was wavering…  I was distracted… by him.",
		"Wait... What? No.", "But no. It was No. 5 on the list.", "She was older than I. She knew.",
		"She earned a Ph.D. She then left.", "“Why?” he asked. “Because.” [A] Next.¹ Then.", "e.g. the x.y. Z",
		"a.b.c. D", "end.a B", "3.5. Next", "1. First 2. Second", "x.’ Y", "x.) Y", "x?! Y", "x…. Y", "x.… Y")
	for _, s := range texts {
		sameListed(t, s)
	}
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "B", "word", "Mr", "U.S", "No", "e.g", " ", "  ", "\n", "\n\n", ".", "..", "...", "!", "?", "…",
		",", "-", "'", "’", "”", "“", "‘", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "`", "``", "''", "\"",
		")", "[A]", "[12]", "¹", "1", "3.5", "é", "É", "x.y", "I", "A", "\u00a0", "\u2028", "—", "–", "s’", "’90s", "n’t"}
	for range 30000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		sameListed(t, b.String())
	}
	t.Run("shared", func(t *testing.T) {
		dir := testutil.SharedData(t) // skips when absent
		for _, pat := range []string{"markdown/*.md", "seed/*.txt", "footnotes/*.txt"} {
			files, _ := filepath.Glob(filepath.Join(dir, pat))
			for _, f := range files {
				if b, err := os.ReadFile(f); err == nil {
					sameListed(t, string(b))
				}
			}
		}
	})
}

// checkMarks fails unless marks, the tokenizer's list of quotation
// marks, is in order and holds only bytes that may begin a mark, and
// every place in the paragraphs where a mark does begin (as the quote
// stage's glyphAt reads them, and every backtick).
func checkMarks(t *testing.T, s string, ps []doc.Paragraph, marks []int32) {
	t.Helper()
	for k, m := range marks {
		if k > 0 && marks[k-1] >= m || !markByte[s[m]] {
			t.Fatalf("%q: marks %v: %d out of order or no mark byte", s[:min(len(s), 80)], marks, m)
		}
	}
	var want []int32
	for _, p := range ps {
		for i := p.Start; i < p.End; i++ {
			if glyphStart(s[i:p.End]) && !slices.Contains(marks, int32(i)) {
				want = append(want, int32(i))
			}
		}
	}
	if len(want) > 0 {
		t.Fatalf("%q: marks %v lack %v", s[:min(len(s), 80)], marks, want)
	}
}

// glyphStart reports whether s begins with a quotation mark as the quote
// stage reads them (glyphAt), or a backtick.
func glyphStart(s string) bool {
	switch {
	case s == "":
		return false
	case s[0] == '"' || s[0] == '\'' || s[0] == '`':
		return true
	case strings.HasPrefix(s, "«") || strings.HasPrefix(s, "»"):
		return true
	case len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80:
		return 0x98 <= s[2] && s[2] <= 0x9F || s[2] == 0xB9 || s[2] == 0xBA
	case len(s) >= 3 && s[0] == 0xE3 && s[1] == 0x80:
		return 0x8C <= s[2] && s[2] <= 0x8F
	}
	return false
}

// TestNextListed holds nextListed to a walk over its list, for
// questions in order (as the sentence scan asks) and out of order.
func TestNextListed(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		var terms []int32
		for p := r.IntN(4); p < 200; p += 1 + r.IntN(12) {
			terms = append(terms, int32(p))
		}
		want := func(i, end int) int {
			for _, p := range terms {
				if int(p) >= i {
					return min(int(p), end)
				}
			}
			return end
		}
		s := termScan{listed: true, terms: terms}
		for i := 0; i < 210; i += r.IntN(5) {
			end := min(210, i+r.IntN(40))
			if got := s.nextListed(i, end); got != want(i, end) {
				t.Fatalf("nextListed(%d, %d) over %v = %d, want %d", i, end, terms, got, want(i, end))
			}
		}
		for range 20 {
			i := r.IntN(210)
			if got := s.nextListed(i, 210); got != want(i, 210) {
				t.Fatalf("nextListed(%d) out of order over %v = %d, want %d", i, terms, got, want(i, 210))
			}
		}
	}
}
