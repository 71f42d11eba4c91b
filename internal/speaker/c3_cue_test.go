package speaker

import (
	"fmt"
	"strings"
	"testing"
)

// TestC3PunctCue checks that a quotation whose speaker a colon or a
// dash signature names gets that mark as its cue, with its exact span,
// and that a colon or dash that does not stand between the mention and
// the words, or a quotation with no speaker, gets none. Each row lists
// the top-level direct and mixed quotations in order as "mention |
// cue@offset" ("" and -1 for none).
func TestC3PunctCue(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// A transcript's turns: the label inside the marks.
		{"The transcript follows.\n\n“HOST: Will you be there?”\n\n“MOSS: I will not.”", []string{"HOST | :@32", "MOSS | :@64"}},
		// A name introducing a quotation, on the same line or the next.
		{"Ann Ortiz: “We wait.”", []string{"Ann Ortiz | :@9"}},
		{"The pier closed on Monday. I found a letter by Ann Reed:\n\n“We wait for the divers.”", []string{"Ann Reed | :@55"}},
		// Signatures after the words: a horizontal bar, an em dash,
		// two hyphens, a no-break space.
		{"“The bridge will hold.” ― Ana Ruiz\n\n“It will not.” ― Ed Moss", []string{"Ana Ruiz | ―@28", "Ed Moss | ―@61"}},
		{"Ann met the crew.\n\n“The pier is old.” — Ed Moss", []string{"Ed Moss | —@42"}},
		{"Ann met the crew.\n\n“The pier is old.” -- Ed Moss", []string{"Ed Moss | --@42"}},
		{"Ann met the crew.\n\n“The pier is old.”\u00a0― Ed Moss", []string{"Ed Moss | ―@43"}},
		// A word cue keeps its own cue.
		{"On Monday Ed Moss said: “Vote no.”", []string{"Ed Moss | said@18"}},
		{"“Vote no,” said Ed Moss.", []string{"Ed Moss | said@15"}},
		// Must not fire: no speaker named, a dash that goes on with
		// the sentence, words between the colon and the quotation.
		{"Focus on the strike: “Keep the ferries running.”\n\nThe strike began on Monday.", []string{" | @-1"}},
		{"Ann met the crew.\n\n“The pier is old” — and then she left.", []string{" | @-1"}},
	} {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Parent >= 0 || q.Kind != "direct" && q.Kind != "mixed" {
				continue
			}
			at := -1
			if q.Cue.End > q.Cue.Start {
				at = q.Cue.Start
			}
			got = append(got, fmt.Sprintf("%s | %s@%d", d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End], d.Text[q.Cue.Start:q.Cue.End], at))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestC3PunctBetween checks the two scanners on their own: only white
// space and marks may stand around the colon or dash, and the stretch
// read is bounded.
func TestC3PunctBetween(t *testing.T) {
	for _, tt := range []struct {
		gap   string
		colon bool
		cue   string
	}{
		{": ", true, ":"},
		{" :\n\n“", true, ":"},
		{": said", true, ""},
		{"said:", true, ""},
		{":" + strings.Repeat(" ", 40), true, ""},
		{" ― ", false, "―"},
		{"\n— ", false, "—"},
		{" - ", false, "-"},
		{" -- ", false, "--"},
		{" ―, ", false, ""},
		{" and ", false, ""},
		{"", false, ""},
	} {
		var got string
		if tt.colon {
			if s, ok := c3ColonBetween(tt.gap, 0, len(tt.gap)); ok {
				got = tt.gap[s.Start:s.End]
			}
		} else if s, ok := c3DashBetween(tt.gap, 0, len(tt.gap)); ok {
			got = tt.gap[s.Start:s.End]
		}
		if got != tt.cue {
			t.Errorf("%q: got %q, want %q", tt.gap, got, tt.cue)
		}
	}
}
