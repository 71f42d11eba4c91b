package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestB1Glued: a sentence's opening phrase that ends with a body's
// name and no comma before the subject leaves the subject, a person,
// the speaker alone; a body's own name is kept whole. Sentences written
// for the test.
func TestB1Glued(t *testing.T) {
	for _, tt := range []struct {
		text, mention, name string
	}{
		// Known by a given name elsewhere.
		{"Donald Reed opened the pier. In an interview with the editorial board of the Harbour Ledger Reed said that the ferry may need to close.", "Reed", "Reed"},
		// Known by a title elsewhere.
		{"Mr. Moss opened the pier. After a meeting with the Harbour Board Moss said that the ferry was late.", "Moss", "Moss"},
		// The phrase's head read as the name.
		{"Mr. Moss opened the pier. After a meeting with the Harbour Ferry Board Moss said that the ferry was late.", "Moss", "Moss"},
		// Known as the speaker a "he" is given to.
		{"“The ferry is old,” Moss said. “It will sink,” he added. In a letter to the editors of the Valley Times Moss wrote that the ferry was late.", "Moss", "Moss"},
		// A given name and a surname.
		{"In a letter to the editors of the Valley Times Ann Ortiz said that the ferry was late.", "Ann Ortiz", "Ann Ortiz"},
		// Not: a body's name opens the clause.
		{"The pier was old, and the Harbour Ferry Board was planning a new one.", "the Harbour Ferry Board", "Harbour Ferry Board"},
		{"The pier was old, and the United States said that the ferry was late.", "the United States", "the United States"},
		// Not: the last word is no person the text names.
		{"In a letter to the board of the Valley Ferry Company said that the ferry was late.", "", ""},
		// Not: a body named alone elsewhere.
		{"Whole Foods said prices fell. Critics of the Whole Foods said that the ferry was late.", "Critics of the Whole Foods", "Critics of the Whole Foods"},
		// Not: no preposition before the body's name.
		{"Mr. Moss opened the pier. The Harbour Board Moss Trust said that the ferry was late.", "The Harbour Board Moss Trust", "Harbour Board Moss Trust"},
	} {
		d := run(t, tt.text)
		mention, name := "", ""
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteIndirect && q.Speaker.Mention.End > q.Speaker.Mention.Start {
				mention, name = d.Slice(q.Speaker.Mention), q.Speaker.Name // the last
			}
		}
		if tt.mention != "" && (mention != tt.mention || name != tt.name) {
			t.Errorf("%q:\n got %q (%q)\nwant %q (%q)", tt.text, mention, name, tt.mention, tt.name)
		}
		if tt.mention == "" && mention != "" && len(mention) < 8 {
			t.Errorf("%q: got %q, want no person cut from the body's name", tt.text, mention)
		}
	}
	// The pass alone, on spans made by hand: a title before the given
	// name keeps it ("the St. Mary Rovers").
	text := "Ed Moss came. After a game against the St. Mary Rovers the coach said so."
	m := doc.Span{Start: 20, End: 54}
	if at := gluedSplit(text, m, map[string]bool{}); at != -1 {
		t.Errorf("gluedSplit(%q) = %d, want -1", text[m.Start:m.End], at)
	}
}

// gluedText is n sentences whose mentions all pass gluedNames' gates and
// reach its read of the text before them, half of them cut and half
// not, each naming a person of its own.
func gluedText(n int) string {
	var b strings.Builder
	for i := range n {
		c := testutil.Coined(i)
		fmt.Fprintf(&b, "Mr. %s came. In a letter to the board of the Valley Times %s said that the ferry was late. After a talk with the Harbour Board %s warned that the pier was old.\n\n", c, c, testutil.Coined(i+n))
	}
	return b.String()
}

// TestB1GluedLinear checks that the stage's time grows linearly with
// many glued mentions, every one of which reads the text before it.
func TestB1GluedLinear(t *testing.T) {
	checkLinear(t, "the text", gluedText, 300)
}

// TestFirstLastWords holds firstLastWords to strings.Fields.
func TestFirstLastWords(t *testing.T) {
	for _, s := range []string{"", " ", "Ann", "Ann Reed", "  Mr.  Ed\tMoss ", "Ann\u00a0Reed", "Ann\u2003Reed Jr.", "\u2003", "é Ü", "a\x85b", "\xffA B\xc2", "x\u0085y\u00a0z"} {
		f := strings.Fields(s)
		first, last, n := firstLastWords(s)
		if n != len(f) || n > 0 && (first != f[0] || last != f[n-1]) {
			t.Errorf("%q: got %q %q %d, want %q", s, first, last, n, f)
		}
	}
}
