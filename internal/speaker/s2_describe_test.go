package speaker

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// refResolveDescription is resolveDescription as it was before its
// mentions were gated by mentionWords.keys: every mention within reach
// compared with the head word by every test.
func refResolveDescription(a *attributor, desc string, at int) string {
	if !strings.HasPrefix(desc, "the ") && !strings.HasPrefix(desc, "The ") {
		return ""
	}
	words := strings.Fields(desc)
	if len(words) < 2 || len(words) > 5 || strings.ToLower(words[0]) != "the" {
		return ""
	}
	head := strings.Trim(words[len(words)-1], ".,")
	if len(head) < 3 || capital(head) || function[head] || strings.ContainsAny(head, "’'") {
		return ""
	}
	title := roleTitles[head]
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].Start >= at })
	for j := i - 1; j >= 0 && j >= i-48; j-- {
		m := a.mentions[j]
		if at-m.End > describeReach {
			break
		}
		if m.inQuote {
			continue
		}
		mw := a.wordsAround(j)
		if mw.hasBefore && lowerIs(mw.before(a.text), head) {
			return m.text
		}
		if f := firstWord(m.text); strings.EqualFold(f, head) && len(f) < len(m.text) {
			return m.text[len(f)+1:]
		}
		if title != "" && lowerHasPrefixDot(m.text, title) {
			return m.text
		}
		if mw.sigs&sigBit(head) != 0 {
			for w := range strings.FieldsSeq(mw.after(a.text)) {
				if lowerIs(w, head) {
					return m.text
				}
			}
		}
	}
	return ""
}

// TestS2ResolveDescription holds resolveDescription to the reference
// for many descriptions at every mention of texts with role words
// before names, in appositives, as first words and as titles, in
// either case and beyond ASCII (the Kelvin sign folds to "k", the long
// s to "s").
func TestS2ResolveDescription(t *testing.T) {
	texts := []string{
		"Senator Ann Ortiz spoke. Businessman Ed Moss, a Democratic senator, replied. Sen. Jo Park left. Carpenter Ed Moss opened it.",
		"Ann Ortiz, a nurse and carpenter, said so. SENATOR Bo Lee came. \u212Aelvin Moss spoke. \u017Fenator Al Roe spoke. Jo Kim, the \u017Fenator, left.",
		"President Ana Ruiz, a former colonel, met Gov. Ed Moss and Dr. Jo Park. Reverend Ida Lee. Col. Sam Hunt, a quiet man, said it.",
		"Ed Moss,  a  businessman\u00a0and father, said. Ann\u00a0Ortiz, a senator\u2009from Ohio, said. “Hi,” said Bo Lee, the mayor.",
	}
	if b, err := os.ReadFile("../../examples/ferry-strike.txt"); err == nil {
		texts = append(texts, string(b))
	}
	descs := []string{
		"the senator", "The senator", "the Democratic senator", "the businessman", "the carpenter",
		"the nurse", "the kelvin", "the \u017Fenator", "the colonel", "the president", "the governor",
		"the doctor", "the reverend", "the mayor", "the man", "the father", "the harbourmaster",
		"the senator.", "the New York businessman", "the a b c d", "the", "the sen", "the SENATOR",
	}
	found := map[string]bool{} // the names some description resolved to
	for _, text := range texts {
		a := newAttributor(&doc.Document{Text: text})
		if len(a.mentions) == 0 {
			t.Fatalf("no mentions in %q", text)
		}
		for _, m := range a.mentions {
			for _, at := range []int{m.End, m.End + 1, m.End + 40, len(text)} {
				for _, desc := range descs {
					if got, want := a.resolveDescription(desc, at), refResolveDescription(a, desc, at); got != want {
						t.Errorf("resolveDescription(%q, %d) = %q, want %q", desc, at, got, want)
					} else if got != "" {
						found[got] = true
					}
				}
			}
		}
	}
	if len(found) < 5 {
		t.Errorf("descriptions resolved to %d names, %v: the texts no longer test the rules", len(found), found)
	}
	t.Logf("resolved to: %v", found)
}
