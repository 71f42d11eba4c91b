package speaker

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestMentionWordsAt holds the words wordsAround keeps by where they are
// (mentionWords.before, after) to the strings it kept before: the last
// field before the mention with "." and "," trimmed, and the
// appositive's words after ", ", at every mention of texts with words
// before names beyond ASCII, after spaces beyond ASCII, trimmed of
// marks and in appositives.
func TestMentionWordsAt(t *testing.T) {
	texts := []string{
		"Senator Ann Ortiz spoke. Businessman Ed Moss, a Democratic senator, replied. Sen. Jo Park left. ..Carpenter,, Ed Moss opened it.",
		"Ann Ortiz, a nurse and carpenter, said so. SENATOR Bo Lee came. \u212Aelvin Moss spoke. \u017Fenator Al Roe spoke. Jo Kim, the \u017Fenator, left.",
		"Ed Moss,  a  businessman\u00a0and father, said. Ann\u00a0Ortiz, a senator\u2009from Ohio, said. “Hi,” said Bo Lee, the mayor. Señor\u2003Al Roe, a b; said",
	}
	if b, err := os.ReadFile("../../examples/ferry-strike.txt"); err == nil {
		texts = append(texts, string(b))
	}
	n := 0
	for _, text := range texts {
		a := newAttributor(&doc.Document{Text: text})
		for j, m := range a.mentions {
			lo, hi := runeWindow(text, m.Start, m.End, 40, 100)
			var before, after string
			if w, ok := lastField(text[lo:m.Start]); ok {
				before = strings.Trim(w, ".,")
			}
			if rest := text[m.End:hi]; strings.HasPrefix(rest, ", ") {
				after = rest[2:]
				k := strings.IndexAny(after, ",.;")
				if k >= 0 {
					after = after[:k]
				}
				if (k < 0 || rest[2+k] != ',') && n65Clause(after) {
					after = "" // a clause, no appositive (n65_apposition.go)
				}
			}
			mw := a.wordsAround(j)
			if got := mw.before(text); got != before {
				t.Errorf("%q: the word before is %q, want %q", m.text, got, before)
			}
			if got := mw.after(text); got != after {
				t.Errorf("%q: the words after are %q, want %q", m.text, got, after)
			}
			n++
		}
	}
	t.Logf("%d mentions", n)
}

// TestLastFieldAt holds lastFieldAt to lastField's strings.Fields.
func TestLastFieldAt(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b", "a\u00a0b ", "é", " é\u2003", "x\u2003", "a\tb\n", "\u00a0"} {
		i, e, ok := lastFieldAt(s)
		fs := strings.Fields(s)
		if ok != (len(fs) > 0) || ok && s[i:e] != fs[len(fs)-1] || !ok && (i != 0 || e != 0) {
			t.Errorf("lastFieldAt(%q) = %d, %d, %v; Fields gives %q", s, i, e, ok, fs)
		}
	}
}
