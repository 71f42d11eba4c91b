package speaker

import (
	"strings"
	"testing"
)

// c3Attributed lists the top-level direct, mixed and indirect
// quotations of text that have a speaker, as "mention | cue | words".
func c3Attributed(t *testing.T, text string) []string {
	t.Helper()
	d := run(t, text)
	var got []string
	for _, q := range d.Quotes {
		if q.Parent >= 0 || q.Speaker.Name == "" || q.Kind != "direct" && q.Kind != "mixed" && q.Kind != "indirect" {
			continue
		}
		got = append(got, d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]+" | "+d.Text[q.Cue.Start:q.Cue.End]+" | "+q.Words(d.Text))
	}
	return got
}

// TestC3HeadlineLabel checks that a page's label or a heading before a
// headline's colon is no source, alone, with its number, or opening
// with a conjunction or an adverb in -ly; and that a name, an inquiry
// and a capitalised description before the colon still are.
func TestC3HeadlineLabel(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// Must not attribute: labels and headings.
		{"Gallery: Harbour ferries at dawn | 12 Photos\n\nThe ferries sail at six.", nil},
		{"Review: Tidewater Is a Slow but Generous Novel\n\nThe novel is long.", nil},
		{"Analysis: Ann Reed, Harbour Desk, Port Elsby\n\nThe strike is over.", nil},
		{"Part Two: The Ferries Return to the Harbour\n\nThe ferries sail at six.", nil},
		{"Chapter 3: The Ferries Return to the Harbour\n\nThe ferries sail at six.", nil},
		{"But First: What Is a Ferry Strike?\n\nThe ferries sail at six.", nil},
		{"Technically Literate: New Fiction About the Harbour\n\nThe ferries sail at six.", nil},
		{"Review: ‘Tidewater’ is a slow but generous novel\n\nThe novel is long.", nil},
		// Must still attribute: a name, an inquiry, a capitalised
		// description.
		{"Reed: Ferries Will Sail Again by Monday\n\nThe ferries sail at six.", []string{"Reed | : | Ferries Will Sail Again by Monday"}},
		{"Poll: Voters Back the Ferry Strike\n\nThe ferries sail at six.", []string{"Poll | : | Voters Back the Ferry Strike"}},
		{"Kimberly Reed: Ferries Will Sail Again by Monday\n\nThe ferries sail at six.", []string{"Kimberly Reed | : | Ferries Will Sail Again by Monday"}},
	} {
		if got := c3Attributed(t, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestC3CaptionMention checks that a media caption's label run into the
// sentence after it is left out of the speaker's mention, and that a
// name that merely starts with one of its letters keeps its mention.
func TestC3CaptionMention(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Media caption Ann Reed told the BBC that the ferries would sail\n\nThe ferries sail at six.", []string{"Ann Reed | told | that the ferries would sail"}},
		{"Image caption Ann Reed said the ferries would sail\n\nThe ferries sail at six.", []string{"Ann Reed | said | the ferries would sail"}},
		{"Media Watch host Ann Reed said the ferries would sail.", []string{"Media Watch host Ann Reed | said | the ferries would sail"}},
	} {
		if got := c3Attributed(t, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestC3NoSource(t *testing.T) {
	for _, tt := range []struct {
		words string
		want  bool
	}{
		{"Gallery", true}, {"Part Two", true}, {"Chapter IV", true}, {"Step 3", true},
		{"Part Harbour", false}, {"Pence", false}, {"Poll", false}, {"The Post", false},
		{"But First", true}, {"Ultimately Useless", true}, {"Kimberly", false}, {"Family", false},
	} {
		var toks []tok
		for _, w := range strings.Fields(tt.words) {
			toks = append(toks, tok{word: true, low: strings.ToLower(w)})
		}
		if got := c3NoSource(tt.words, toks, len(toks)); got != tt.want {
			t.Errorf("%q: got %v", tt.words, got)
		}
	}
}
