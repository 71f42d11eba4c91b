package speaker

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestThingBeforeIndex checks that thingBefore read from the index in
// place answers as the toks of its window do, at the start of every
// token of the examples and of texts made to cut the window's start in
// a word, in a character and between sentence ends.
func TestThingBeforeIndex(t *testing.T) {
	texts := []string{
		"The city sent a stern letter to the firm. It says the pier must close. The report, issued Monday! It found the ferry late? A study... It says so.",
		strings.Repeat("x", 290) + " the letter. It says so.",
		strings.Repeat("é", 149) + "a memo from the board. It says …",
		"Ann Ortiz, R-Tex., sent a note. It says. Donald Trump Jr. wrote a letter (D-Ore.). It says",
	}
	for _, name := range []string{"ferry-strike.txt", "jazz-review.md", "library-closure.html"} {
		raw, err := os.ReadFile("../../examples/" + name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	for _, text := range texts {
		a := newAttributor(&doc.Document{Text: text})
		inPlace := 0
		for _, c := range a.ix.all {
			at := int(c.s)
			want := a.thingBeforeToks(at)
			got, ok := a.thingBeforeIndex(at)
			if !ok {
				continue
			}
			inPlace++
			if got != want {
				t.Fatalf("thingBefore(%d) in %.40q…: index %q, toks %q", at, text, got, want)
			}
		}
		if inPlace == 0 {
			t.Errorf("no answer read in place in %.40q…", text)
		}
	}
}
